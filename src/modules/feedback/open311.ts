import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../platform/auth/actor.ts';
import { checkApiToken } from '../../platform/auth/api-tokens.ts';
import { can } from '../../platform/auth/permissions.ts';
import { actorForUser } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { AppError, problems as catalogue } from '../../platform/http/errors.ts';
import { classify } from '../../platform/http/problem.ts';
import type { App } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { listCategories } from './cases.ts';
import { caseKinds } from './kinds.ts';
import { isTrackingNumber } from './numbers.ts';
import { publicRequests } from './public-cases.ts';
import { IDEMPOTENCY_KEY, submitCase } from './submit.ts';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): the centre's categories as
 * services, cases as service requests, JSON and XML. GET tells only what the public pages and the
 * performance report tell (`public-cases.ts`): published cases, by their moderated text, to the
 * aimag and the month. POST needs `api_key`, a platform API token with the
 * `feedback.submit-api` scope (or the same token as a Bearer header). One jurisdiction: the host
 * of the public URL, told in `discovery.{json,xml}`; a `jurisdiction_id` naming another is a 404.
 */

type Format = 'json' | 'xml';
const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });

function send(
  reply: FastifyReply,
  format: Format,
  status: number,
  root: string,
  item: string,
  rows: unknown[],
) {
  reply.code(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(rows));
  return reply
    .type('text/xml; charset=utf-8')
    .send(`<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: { [item]: rows } })}`);
}

/** One document (service definition, discovery) rather than a list; `xml` is its shape in XML. */
function sendOne(reply: FastifyReply, format: Format, root: string, json: unknown, xml: unknown) {
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(json));
  return reply
    .type('text/xml; charset=utf-8')
    .send(`<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: xml })}`);
}

/** Open311's error format: a list of `{ code, description }`, with the HTTP status. */
function sendErrors(reply: FastifyReply, format: Format, status: number, descriptions: string[]) {
  return send(
    reply,
    format,
    status,
    'errors',
    'error',
    descriptions.map((d) => ({ code: status, description: d })),
  );
}

/** `requests.json` → json; anything else is not an Open311 path. */
function formatOf(file: string, name: string): Format | undefined {
  if (file === `${name}.json`) return 'json';
  if (file === `${name}.xml`) return 'xml';
  return undefined;
}

async function apiActor(ctx: ModuleContext, request: FastifyRequest, key: unknown): Promise<Actor> {
  if (request.actor.kind === 'token') return request.actor;
  if (typeof key !== 'string' || key === '')
    throw new AppError('unauthorized', 'api_key is required to submit a request');
  const check = await checkApiToken(ctx.db, key);
  if (!check.ok) throw new AppError('unauthorized', `the api_key is ${check.reason}`);
  return actorForUser(ctx.db, check.record.userId, { tokenId: check.record.id, scopes: check.record.scopes });
}

/** When this endpoint or its discovery document last changed: moved by hand with either. */
const CHANGESET = '2026-12-06T00:00:00Z';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/** The one jurisdiction this endpoint serves: the host its clients reach it by. */
const jurisdictionOf = (ctx: ModuleContext) => new URL(ctx.config.publicUrl).hostname;

/**
 * GeoReport v2 asks for `jurisdiction_id` only of endpoints that serve several; given, it must be
 * ours, or the answer is the spec's 404. Returns the error to send, if any.
 */
function wrongJurisdiction(ctx: ModuleContext, request: FastifyRequest): string | undefined {
  const given =
    (request.body as Record<string, unknown> | undefined)?.jurisdiction_id ??
    (request.query as Record<string, unknown> | undefined)?.jurisdiction_id;
  if (given === undefined || given === '' || given === jurisdictionOf(ctx)) return undefined;
  return `jurisdiction_id was not found: this endpoint serves only ${jurisdictionOf(ctx)}`;
}

/** GeoReport v2 service discovery: where the endpoint is, what it speaks, how to get a key. */
function discovery(ctx: ModuleContext) {
  const base = ctx.config.publicUrl;
  return {
    changeset: CHANGESET,
    contact: `The citizens' feedback centre (11-11): ${base}/feedback`,
    key_service: `api_key is a platform API token with the feedback.submit-api scope, issued to an organisation's system by the platform's administrators (${base}/admin/organizations)`,
    // Not in the discovery specification: clients that serve several cities read it to fill jurisdiction_id.
    jurisdiction_id: jurisdictionOf(ctx),
    endpoints: [
      {
        specification: SPECIFICATION,
        url: `${base}/open311/v2`,
        changeset: CHANGESET,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  };
}

async function serviceList(ctx: ModuleContext, lang: 'mn' | 'en') {
  const t = translator(lang);
  return (await listCategories(ctx.db)).map((c) => ({
    service_code: c.code,
    service_name: t.pick({ mn: c.nameMn, en: c.nameEn }),
    description: t.pick({ mn: c.descriptionMn, en: c.descriptionEn }),
    metadata: true,
    type: 'realtime',
    keywords: c.code,
    group: t('feedback.title'),
  }));
}

async function serviceDefinition(ctx: ModuleContext, code: string, lang: 'mn' | 'en') {
  const t = translator(lang);
  const units = await ctx.db.query<{ code: string; nameMn: string; nameEn: string }>(sql`
    select code, name_mn as "nameMn", name_en as "nameEn" from admin_units where kind in ('capital', 'aimag') order by code`);
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'kind',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: t('feedback.open311.kindHint'),
        order: 1,
        description: t('feedback.field.kind'),
        values: caseKinds.map((k) => ({ key: k, name: t(`feedback.kind.${k}`) })),
      },
      {
        variable: true,
        code: 'aimag',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: t('feedback.open311.aimagHint'),
        order: 2,
        description: t('feedback.field.aimag'),
        values: units.map((u) => ({ key: u.code, name: t.pick({ mn: u.nameMn, en: u.nameEn }) })),
      },
    ],
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function readDate(value: unknown, name: string, problems: string[]): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const d = typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : new Date(Number.NaN);
  // Date.parse accepts 2026-02-30 by rolling over; compare the date part back to refuse it.
  if (
    Number.isNaN(d.getTime()) ||
    (typeof value === 'string' && !value.includes('T') && d.toISOString().slice(0, 10) !== value)
  ) {
    problems.push(`${name} must be a real date in W3C format (2026-03-01 or 2026-03-01T08:00:00+08:00)`);
    return undefined;
  }
  return d;
}

/**
 * Open311 routes in a scope of their own, so that whatever is refused before a handler runs (the
 * platform's input guard, the write limit, a body that is not JSON) is told in Open311's error list.
 */
export function open311Routes(app: App, ctx: ModuleContext): void {
  app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      const { code, detail, errors } = classify(error);
      const { status, en } = catalogue[code];
      if (status >= 500) request.log.error({ err: error }, 'Open311 request failed');
      const file = (request.params as { file?: string } | undefined)?.file ?? '';
      const told = errors?.length
        ? errors.map((e) => `${e.field}: ${e.message}`)
        : [detail && status < 500 ? `${en}: ${detail}` : en];
      if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      return sendErrors(reply, file.endsWith('.xml') ? 'xml' : 'json', status, told);
    });
    open311Scope(scope, ctx);
  });
}

function open311Scope(app: App, ctx: ModuleContext): void {
  const lang = (request: FastifyRequest) => (request.locale === 'en' ? 'en' : 'mn');
  const Query = Type.Record(
    Type.String(),
    Type.Union([Type.String({ maxLength: 2000 }), Type.Array(Type.String({ maxLength: 2000 }))]),
  );

  for (const format of ['json', 'xml'] as const)
    app.get(
      `/open311/v2/discovery.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      async (_request, reply) => {
        const found = discovery(ctx);
        const endpoint = found.endpoints.map((e) => ({ ...e, formats: { format: e.formats } }));
        return sendOne(reply, format, 'discovery', found, { ...found, endpoints: { endpoint } });
      },
    );

  app.get(
    '/open311/v2/:file',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const file = (request.params as { file: string }).file;
      const q = request.query as Record<string, string>;
      const elsewhere = wrongJurisdiction(ctx, request);
      if (elsewhere) return sendErrors(reply, file.endsWith('.xml') ? 'xml' : 'json', 404, [elsewhere]);
      const services = formatOf(file, 'services');
      if (services)
        return send(reply, services, 200, 'services', 'service', await serviceList(ctx, lang(request)));
      const requests = formatOf(file, 'requests');
      if (!requests)
        return sendErrors(reply, file.endsWith('.xml') ? 'xml' : 'json', 404, [
          `no Open311 resource ${file}`,
        ]);
      const problems: string[] = [];
      const start = readDate(q.start_date, 'start_date', problems);
      const end = readDate(q.end_date, 'end_date', problems);
      if (start && end && start > end) problems.push('start_date must not be after end_date');
      const ids =
        typeof q.service_request_id === 'string' && q.service_request_id
          ? q.service_request_id.split(',').map((s) => s.trim())
          : undefined;
      if (ids?.some((id) => !isTrackingNumber(id)))
        problems.push('service_request_id must be tracking numbers like 2603-000042-7');
      if (q.status !== undefined && q.status !== 'open' && q.status !== 'closed')
        problems.push('status must be open or closed');
      const codes =
        typeof q.service_code === 'string' && q.service_code ? q.service_code.split(',') : undefined;
      if (codes) {
        const known = new Set((await listCategories(ctx.db)).map((c) => c.code));
        if (codes.some((c) => !known.has(c))) problems.push('service_code names no service');
      }
      if (problems.length > 0) return sendErrors(reply, requests, 400, problems);
      const rows = await publicRequests(ctx, lang(request), {
        ids,
        codes,
        status: q.status as 'open' | 'closed' | undefined,
        start: start ?? (ids ? undefined : new Date(Date.now() - 90 * 86_400_000)),
        end,
      });
      return send(reply, requests, 200, 'service_requests', 'request', rows);
    },
  );

  app.get(
    '/open311/v2/:folder/:file',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { folder, file } = request.params as { folder: string; file: string };
      const format: Format = file.endsWith('.xml') ? 'xml' : 'json';
      const name = file.replace(/\.(json|xml)$/, '');
      if (!/\.(json|xml)$/.test(file)) return sendErrors(reply, format, 404, ['use .json or .xml']);
      const elsewhere = wrongJurisdiction(ctx, request);
      if (elsewhere) return sendErrors(reply, format, 404, [elsewhere]);
      if (folder === 'services') {
        const known = (await listCategories(ctx.db)).some((c) => c.code === name);
        if (!known) return sendErrors(reply, format, 404, [`no service ${name}`]);
        const definition = await serviceDefinition(ctx, name, lang(request));
        const attribute = definition.attributes.map((a) => ({ ...a, values: { value: a.values } }));
        return sendOne(reply, format, 'service_definition', definition, {
          ...definition,
          attributes: { attribute },
        });
      }
      if (folder === 'requests') {
        if (!isTrackingNumber(name)) return sendErrors(reply, format, 404, [`no request ${name}`]);
        const rows = await publicRequests(ctx, lang(request), { ids: [name] });
        if (rows.length === 0) return sendErrors(reply, format, 404, [`no request ${name}`]);
        return send(reply, format, 200, 'service_requests', 'request', rows);
      }
      return sendErrors(reply, format, 404, [`no Open311 resource ${folder}/${file}`]);
    },
  );

  app.post(
    '/open311/v2/:file',
    {
      schema: { hide: true, body: Type.Record(Type.String(), Type.Unknown()) },
      // It takes its caller from api_key (or a Bearer token), never from a session: a form post
      // without the session cookie needs no CSRF token, and a bad key gets Open311's 403.
      config: { access: { action: 'feedback.submit' }, ownKey: true },
      // The api_key may come in the form itself: who is acting is settled before the write limit counts.
      preValidation: async (request) => {
        const key =
          (request.body as Record<string, unknown> | undefined)?.api_key ??
          (request.query as Record<string, unknown>).api_key;
        if (request.actor.kind === 'token' || typeof key !== 'string' || !key) return;
        // A bad key leaves the caller anonymous; the handler answers in Open311's error format.
        request.actor = await apiActor(ctx, request, key).catch(() => request.actor);
      },
    },
    async (request, reply) => {
      const file = (request.params as { file: string }).file;
      const format = formatOf(file, 'requests');
      if (!format) return sendErrors(reply, 'json', 404, [`no Open311 resource ${file}`]);
      const body = request.body as Record<string, unknown>;
      const actor = request.actor;
      if (actor.kind !== 'token')
        return sendErrors(reply, format, 403, [
          'api_key is missing or not valid: a platform API token with the feedback.submit-api scope',
        ]);
      if (!can(actor, 'feedback.submit-api'))
        return sendErrors(reply, format, 403, [
          'this api_key may not submit requests (scope feedback.submit-api)',
        ]);
      const elsewhere = wrongJurisdiction(ctx, request);
      if (elsewhere) return sendErrors(reply, format, 404, [elsewhere]);
      const str = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
      const attribute = (name: string) =>
        str(`attribute[${name}]`) ?? (body.attribute as Record<string, string> | undefined)?.[name];
      const key = request.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)))
        return sendErrors(reply, format, 400, ['Idempotency-Key must be 8 to 100 letters, digits or -_.:']);
      const code = str('service_code');
      const known = code ? (await listCategories(ctx.db)).some((c) => c.code === code) : false;
      if (!code) return sendErrors(reply, format, 400, ['service_code is required']);
      if (!known) return sendErrors(reply, format, 404, [`service_code ${code} names no service`]);
      const description = str('description') ?? '';
      const name = [str('first_name'), str('last_name')].filter(Boolean).join(' ');
      const result = await submitCase(
        ctx,
        actor,
        {
          kind: attribute('kind') ?? 'complaint',
          category: code,
          subject: description.split('\n')[0]?.slice(0, 120) ?? '',
          body: description,
          aimag: attribute('aimag'),
          lat: str('lat'),
          lon: str('long'),
          name: name || undefined,
          email: str('email'),
          phone: str('phone'),
          address: str('address_string'),
        },
        {
          channel: 'open311',
          meta: request.meta,
          locale: lang(request),
          ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
        },
      );
      if (!result.ok) {
        const t = translator('en');
        const open311Name: Record<string, string> = {
          lon: 'long',
          body: 'description',
          subject: 'description',
          address: 'address_string',
          category: 'service_code',
          kind: 'attribute[kind]',
          aimag: 'attribute[aimag]',
        };
        return sendErrors(
          reply,
          format,
          400,
          result.problems.map((p) => `${open311Name[p.field] ?? p.field}: ${t(p.key, p.params)}`),
        );
      }
      return send(reply, format, result.value.replayed ? 200 : 201, 'service_requests', 'request', [
        {
          service_request_id: result.value.number,
          service_notice: translator(lang(request))('feedback.open311.notice', {
            date: translator(lang(request)).date(new Date(result.value.deadlineAt.getTime() - 1)),
          }),
          account_id: '',
        },
      ]);
    },
  );
}
