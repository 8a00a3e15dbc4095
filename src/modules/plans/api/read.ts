import type { FastifyRequest, FastifySchema } from 'fastify';
import type { Static, TObject, TSchema } from 'typebox';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';

/** A public read of the plans API: what its OpenAPI entry says, and the schema of its 200 answer. */
export interface PublicRead<P extends TObject, R extends TSchema> {
  summary: string;
  params?: P;
  response: R;
}

/**
 * Declares a public GET of the plans API (tag `plans`, the platform's problem answers): every read
 * of plans, commitments, the committee, indicators and comments is one.
 */
export function publicRead<P extends TObject, R extends TSchema>(
  app: App,
  path: string,
  read: PublicRead<P, R>,
  answer: (request: FastifyRequest & { params: Static<P> }) => Promise<Static<R>>,
): void {
  // Typed as a plain schema: the answer is checked against `read.response` when sent.
  const schema: FastifySchema & Record<string, unknown> = {
    tags: ['plans'],
    summary: read.summary,
    ...(read.params ? { params: read.params } : {}),
    response: { 200: read.response, ...problemResponses },
  };
  app.get(path, { config: { access: 'public' }, schema }, (request) =>
    answer(request as FastifyRequest & { params: Static<P> }),
  );
}
