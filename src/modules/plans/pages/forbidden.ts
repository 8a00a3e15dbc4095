import type { FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../../platform/views/html.ts';

/** A signed-in official who may not do this to this record: a page that says so (403). */
export function forbidden403(_request: FastifyRequest, reply: FastifyReply, message: string) {
  return reply.code(403).sendPage({ title: message, main: html`<h1>${message}</h1>` });
}
