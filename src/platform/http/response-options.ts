/**
 * The options of the response plugins (`@fastify/helmet`, `@fastify/compress`) that `app.ts`
 * registers, in a file of their own so that the benchmarks' bare server adds back the very same.
 */
import type { FastifyCompressOptions } from '@fastify/compress';

/** The strict Content Security Policy of every response: nothing but the site's own files. */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

/** Responses over 1 KiB compressed, as the client accepts. */
export const compression: FastifyCompressOptions = {
  global: true,
  threshold: 1024,
  encodings: ['br', 'gzip', 'deflate'],
};
