import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './auth.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers every asker alike, signed in or not (a public file, a published list
     * that shows nothing more to anyone): shared caches may keep its answer even to a request
     * that carried credentials.
     */
    sameForEveryone?: boolean;
  }
}

/** Whether the request proves who asks: an answer to it may be that person's own. */
export function carriesCredentials(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || request.cookies?.[SESSION_COOKIE] !== undefined;
}

/** Adds names to the Vary header, keeping what another hook (compression) put there. */
export function addVary(reply: FastifyReply, ...names: string[]): void {
  const present = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const lower = new Set(present.map((v) => v.toLowerCase()));
  reply.header('vary', [...present, ...names.filter((n) => !lower.has(n.toLowerCase()))].join(', '));
}

/**
 * Cache headers of a GET or HEAD answer that set none itself. What may depend on who asks is
 * `private`: an answer to a request that carried a session cookie or an Authorization header,
 * unless the route says it is the same for everyone, and every answer of a route behind an
 * action. Only anonymous requests to public routes (and `sameForEveryone` routes) are publicly
 * cacheable. Every answer varies on Authorization and Cookie, so a shared cache never hands one
 * asker's copy to another.
 */
export function setCacheHeaders(request: FastifyRequest, reply: FastifyReply): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  if (reply.getHeader('cache-control')) return;
  const config = request.routeOptions.config;
  const shared =
    config.sameForEveryone === true || (config.access === 'public' && !carriesCredentials(request));
  addVary(reply, 'Authorization', 'Cookie', 'Accept-Encoding');
  const type = String(reply.getHeader('content-type') ?? '');
  if (type.startsWith('text/html')) {
    // Pages depend on the language cookie; revalidate with the ETag each time.
    reply.header('cache-control', shared ? 'no-cache' : 'private, no-cache');
  } else if (!shared) {
    reply.header('cache-control', 'private, no-cache');
  } else if (reply.statusCode === 200) {
    reply.header('cache-control', 'public, max-age=60, must-revalidate');
  }
}
