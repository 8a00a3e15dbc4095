import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';

/** The Fastify instance modules register on: TypeBox schemas type each route's input. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * Where a request came from and when: set once on every request (`request.meta`, by a hook in
 * `app.ts`) and handed to commands, which write it into the audit trail.
 */
export interface RequestMeta {
  ip: string;
  requestId: string;
  /** The time of the action; tests pass their own. */
  now: Date;
  userAgent?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    meta: RequestMeta;
  }
}
