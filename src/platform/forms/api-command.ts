import type { FastifyRequest, FastifySchema } from 'fastify';
import type { Static, TObject, TSchema } from 'typebox';
import { type Result, refusedForApi } from '../commands/result.ts';
import type { RouteAccess } from '../http/auth.ts';
import { ProblemSchema, problemResponses } from '../http/schemas.ts';
import type { App } from '../http/types.ts';

/** A request to an API command route, typed by the declaration's schemas. */
export type CommandRequest<B extends TObject, Q extends TObject> = FastifyRequest & {
  body: Static<B>;
  params: Static<Q>;
};

export interface ApiCommandDeclaration<B extends TObject, Q extends TObject, T, R extends TSchema> {
  /** The path under the scope it is registered on (modules' API scope is `/api/v1`). */
  path: string;
  access: RouteAccess;
  params?: Q;
  /** The body; a client's bad body is the platform's 422 naming `body.<field>`, as on every route. */
  body: B;
  /** The same command as the form's. */
  command: (input: Static<B>, request: CommandRequest<B, Q>) => Promise<Result<T>>;
  /** The address of what was made (`Location`), absolute or from the site root. */
  location: (value: T, request: CommandRequest<B, Q>) => string;
  /** The response body, with its schema for validation and the OpenAPI document. */
  response: { schema: R; body: (value: T, request: CommandRequest<B, Q>) => Static<R> };
  /** For the OpenAPI document. */
  tags: readonly string[];
  summary: string;
  description?: string;
}

/**
 * The API twin of a form: POST runs the command; success is 201 with `Location` and the response
 * body, refusal a 422 problem+json whose `errors` name the body fields in English. Access, the
 * write limit and CSRF (for a session cookie) are the platform's, as for any route.
 */
export function apiCommandRoute<B extends TObject, Q extends TObject, T, R extends TSchema>(
  app: App,
  route: ApiCommandDeclaration<B, Q, T, R>,
): void {
  // Typed as a plain schema: the response is checked against `response.schema` when sent.
  const schema: FastifySchema & Record<string, unknown> = {
    tags: [...route.tags],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.params ? { params: route.params } : {}),
    body: route.body,
    response: { 201: route.response.schema, ...problemResponses, 401: ProblemSchema, 403: ProblemSchema },
  };
  app.post(route.path, { config: { access: route.access }, schema }, async (request, reply) => {
    const req = request as CommandRequest<B, Q>;
    const result = await route.command(req.body, req);
    if (!result.ok) throw refusedForApi(result.problems);
    return reply
      .code(201)
      .header('location', route.location(result.value, req))
      .send(route.response.body(result.value, req));
  });
}
