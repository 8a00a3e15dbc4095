import { Type } from 'typebox';
import { refusedForApi } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import { AppError } from '../../platform/http/errors.ts';
import { ProblemSchema, problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { listCategories } from './cases.ts';
import { caseKinds } from './kinds.ts';
import { IDEMPOTENCY_KEY, submitCase } from './submit.ts';

const NewCase = Type.Object(
  {
    kind: Type.Union(caseKinds.map((k) => Type.Literal(k))),
    category: Type.String({ maxLength: 50, description: 'A category code from GET /feedback/categories' }),
    subject: Type.String({ maxLength: 200 }),
    body: Type.String({ maxLength: 10000 }),
    aimag: Type.Optional(Type.String({ maxLength: 10, description: 'Aimag, capital or district code' })),
    soum: Type.Optional(Type.String({ maxLength: 10 })),
    lat: Type.Optional(Type.Number()),
    lon: Type.Optional(Type.Number()),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(Type.String({ maxLength: 320 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    registerNumber: Type.Optional(Type.String({ maxLength: 10 })),
    publishConsent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Acknowledgement = Type.Object({
  number: Type.String({ description: 'The tracking number, given once the case is committed' }),
  organization: Type.String({ description: 'Slug of the organisation that answers it' }),
  deadline: Type.String({ format: 'date-time', description: 'The answer is due before this instant' }),
  replayed: Type.Boolean({ description: 'True when this Idempotency-Key made the case before' }),
});

export function feedbackApi(app: App, ctx: ModuleContext): void {
  app.get(
    '/feedback/categories',
    {
      config: { access: 'public' },
      schema: {
        tags: ['feedback'],
        summary: 'Categories of cases and who answers them nationally',
        response: {
          200: Type.Array(
            Type.Object({ code: Type.String(), name: Type.Object({ mn: Type.String(), en: Type.String() }) }),
          ),
        },
      },
    },
    async () =>
      (await listCategories(ctx.db)).map((c) => ({ code: c.code, name: { mn: c.nameMn, en: c.nameEn } })),
  );

  app.post(
    '/feedback/cases',
    {
      config: { access: { action: 'feedback.submit-api' } },
      schema: {
        tags: ['feedback'],
        summary: 'File a case on a citizen’s behalf (an organisation’s system)',
        description:
          'An API token with the `feedback.submit-api` scope. Send an `Idempotency-Key` header: a retry with the same key returns the case made the first time (200) and never makes a second one. Routed and given its statutory deadline at once.',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 100 })) }),
        body: NewCase,
        response: {
          201: Acknowledgement,
          200: Acknowledgement,
          ...problemResponses,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
        throw new AppError('bad-request', 'Idempotency-Key must be 8 to 100 letters, digits or -_.:');
      const result = await submitCase(ctx, request.actor, request.body, {
        channel: 'api',
        meta: request.meta,
        locale: request.locale,
        ...(key ? { idempotencyKey: key } : {}),
      });
      if (!result.ok) throw refusedForApi(result.problems);
      const [org] = await ctx.db.query<{ slug: string }>(
        sql`select slug from organizations where id = ${result.value.organizationId}`,
      );
      return reply.code(result.value.replayed ? 200 : 201).send({
        number: result.value.number,
        organization: org?.slug ?? '',
        deadline: result.value.deadlineAt.toISOString(),
        replayed: result.value.replayed,
      });
    },
  );
}
