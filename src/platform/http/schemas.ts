import { type Static, type TSchema, Type } from 'typebox';

/** RFC 9457 problem details, as every API error is sent. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.String(),
    code: Type.String({ description: 'Stable error code; see /problems/{code}' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({ field: Type.String({ description: 'e.g. query.pageSize' }), message: Type.String() }),
      ),
    ),
    requestId: Type.String(),
  },
  { description: 'RFC 9457 problem details' },
);

/** The error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ProblemSchema,
  404: ProblemSchema,
  422: ProblemSchema,
} as const;

export const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });

/**
 * `T` or null. Written as `type: [T, "null"]` where T has a single type (valid JSON Schema and
 * OpenAPI 3.1), which fast-json-stringify serialises far faster than an `anyOf`.
 */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: unknown }).type;
  if (typeof type !== 'string') return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
}

/**
 * The schema of a route in the API reference: its tag and summary, what it takes (`description`,
 * `params`, `querystring`, `body`), and `response` as its 200 answer beside the problems
 * (`problemResponses`). The route's input is typed from `more` as if written out in place.
 */
export function documentedRoute<
  const S extends { description?: string; params?: TSchema; querystring?: TSchema; body?: TSchema },
>(tag: string, summary: string, response: TSchema, more: S) {
  return { tags: [tag], summary, ...more, response: { 200: response, ...problemResponses } };
}
