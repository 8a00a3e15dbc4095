import type { FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../../platform/views/html.ts';

/** A signed-in official who may not do this to this record: a page that says so (403). */
export function forbidden403(_request: FastifyRequest, reply: FastifyReply, message: string) {
  return reply.code(403).sendPage({ title: message, main: html`<h1>${message}</h1>` });
}

/** A problem's message: a message key of this module, or text a platform part wrote (in English). */
export function problemText(t: (key: string) => string, message: string): string {
  return /^[a-z]+(\.[a-zA-Z]+)+$/.test(message) ? t(message) : message;
}
