import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { RouteInfo } from '../../src/platform/http/auth.ts';
import type { ModuleContext } from '../../src/platform/module.ts';
import { signedInAs } from '../support/actors.ts';

/**
 * Property-based requests against a running server, generated from the app's own route list
 * (`app.shilen.routes`, pages, CKAN and Open311 included): every path parameter, query parameter
 * and body field gets valid, hostile (control characters, lone surrogates, bytes that are not
 * UTF-8), huge, wrongly typed, wrongly shaped and boundary values, sent as anonymous and as a
 * signed-in official. The property: never a 5xx, and every 4xx in the route's own error format.
 * Shared by test/fuzz/routes.test.ts (a few thousand) and `npm run bench -- fuzz` (100,000).
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
}

/** A value as it goes into a URL or form: raw text is sent percent-encoded, `{ raw }` as written. */
type Text = string | { raw: string };

/** Valid values for parameters whose name says what they hold. */
const KNOWN: Record<string, readonly string[]> = {
  slug: ['ministry-of-finance', 'government-11-11-centre', 'nope'],
  action: ['package_search', 'package_show', 'package_list', 'organization_list', 'status_show', 'nope'],
  file: ['requests.json', 'services.json', 'services.xml', 'requests.xml', 'favicon.svg'],
  folder: ['services', 'requests'],
  number: ['2603-000042-7', '0000-000000-0'],
  token: ['x'.repeat(43)],
  code: ['not-found', 'health'],
  kind: ['commitments', 'milestones', 'complaint'],
  lang: ['en', 'mn'],
  format: ['csv', 'json', 'ndjson', 'xlsx'],
  sort: ['name', '-name'],
  q: ['Сангийн', 'finance', 'ministry of'],
};

/** Text that the database cannot store or compare, or that no field holds. */
const HOSTILE_TEXT: readonly Text[] = [
  'a\u0000b',
  '\u0000',
  '\u0007bell',
  'x\u001b[31m',
  '\u007f',
  '\u0085',
  { raw: '%ED%A0%80' }, // a surrogate encoded in UTF-8: not UTF-8
  { raw: '%C3%28' },
  { raw: '%FF%FE' },
  { raw: '%E2%82' },
  { raw: '%' },
  { raw: '%zz' },
  'x'.repeat(5_000),
  '\u{1F600}'.repeat(300),
  "'; drop table organizations; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\t\r\n',
  '',
  ' ',
];

/** Numbers at and past every boundary, as text. */
const BOUNDARY_NUMBERS = [
  '0',
  '-1',
  '1',
  '2147483648',
  '9007199254740993',
  '1e309',
  'NaN',
  '1.5',
  '-0',
  '0x10',
];

const anyText = (known: readonly string[] = []): fc.Arbitrary<Text> =>
  fc.oneof(
    { weight: 3, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.string({ maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  );

function schemaValues(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const values: string[] = [];
  if (schema.enum) values.push(...schema.enum.map(String));
  if (schema.const !== undefined) values.push(String(schema.const));
  for (const option of schema.anyOf ?? []) values.push(...schemaValues(option));
  if (schema.maxLength !== undefined)
    values.push('a'.repeat(schema.maxLength), 'a'.repeat(schema.maxLength + 1));
  if (schema.minimum !== undefined) values.push(String(schema.minimum), String(schema.minimum - 1));
  if (schema.maximum !== undefined) values.push(String(schema.maximum), String(schema.maximum + 1));
  if (schema.format === 'date') values.push('2026-03-01', '2026-02-30');
  if (schema.format === 'email') values.push('a@example.mn');
  return values;
}

/** A value for a named field: known and schema values, hostile text and boundaries. */
const fieldText = (name: string, schema?: JsonSchema) =>
  anyText([...(KNOWN[name] ?? []), ...schemaValues(schema)]);

/** A JSON value of any shape, with the hostile strings in it (lone surrogates survive JSON). */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('\ud800', '\udc00x', 'a\u0000', 'x'.repeat(200_000), '', 'ok'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'q', 'name', '\u0000', '__proto__', 'constructor'), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value;

/** A JSON body for a schema: each property valid, hostile, of the wrong type or missing. */
function jsonFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const props = Object.entries(schema?.properties ?? {});
  if (props.length === 0) return hostileJson;
  const textOf = (t: Text) => (typeof t === 'string' ? t : decodeURIComponentLoose(t.raw));
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        Object.fromEntries(
          props.map(([name, sub]) => [name, fc.oneof(fieldText(name, sub).map(textOf), hostileJson)]),
        ),
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: hostileJson },
  );
}

function decodeURIComponentLoose(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Field names forms and queries use, for routes that read them without a schema. */
const COMMON_FIELDS = [
  'q',
  'page',
  'pageSize',
  'sort',
  'lang',
  'email',
  'password',
  'name',
  'title',
  'body',
  'subject',
  'next',
  'format',
  'organization',
  'status',
  'from',
  'to',
];

function fieldsOf(schema: JsonSchema | undefined): [string, JsonSchema | undefined][] {
  const named = Object.entries(schema?.properties ?? {});
  return named.length > 0 ? named : COMMON_FIELDS.map((n) => [n, undefined]);
}

const encode = (t: Text) => (typeof t === 'string' ? encodeForm(t) : t.raw);
function encodeForm(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as a browser would never send it
  }
}

/** `a=1&b=2` from some of the fields; a repeated field now and then. */
const urlEncoded = (fields: [string, JsonSchema | undefined][]) =>
  fc
    .subarray(fields, { maxLength: Math.min(6, fields.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map(([name, sub]) =>
          fc
            .array(fieldText(name, sub), { minLength: 1, maxLength: 2 })
            .map((vs) => vs.map((v) => `${encodeForm(name)}=${encode(v)}`).join('&')),
        ),
      ),
    )
    .map((parts) => parts.join('&'));

export interface FuzzRequest {
  caller: 'anonymous' | 'official';
  method: string;
  /** The route as declared, e.g. `/organizations/:slug`. */
  route: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Caller {
  name: 'anonymous' | 'official';
  cookie: string;
  csrf: string;
}

const BODY_KINDS = ['json', 'form', 'bytes', 'none'] as const;

/** Requests for one route. */
export function requestsFor(route: RouteInfo): fc.Arbitrary<Omit<FuzzRequest, 'caller'>> {
  const schema = (route.schema ?? {}) as Record<string, JsonSchema | undefined>;
  const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const params = fc.tuple(
    ...paramNames.map((name) => fieldText(name, schema.params?.properties?.[name]).map(encode)),
  );
  const query = urlEncoded(fieldsOf(schema.querystring));
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  const body: fc.Arbitrary<{ type?: string; body?: string | Uint8Array }> = hasBody
    ? fc.constantFrom(...BODY_KINDS).chain((kind) => {
        if (kind === 'json')
          return jsonFor(schema.body).map((v) => ({
            type: 'application/json',
            body: JSON.stringify(v) ?? 'null',
          }));
        if (kind === 'form')
          return urlEncoded(fieldsOf(schema.body)).map((b) => ({
            type: 'application/x-www-form-urlencoded',
            body: b,
          }));
        if (kind === 'bytes')
          return fc
            .tuple(
              fc.constantFrom(
                'application/json',
                'application/x-www-form-urlencoded',
                'text/plain',
                'application/xml',
              ),
              fc.uint8Array({ maxLength: 64 }),
            )
            .map(([type, bytes]) => ({ type, body: bytes }));
        return fc.constant({});
      })
    : fc.constant({});
  return fc
    .record({ params, query, body, accept: fc.constantFrom('text/html', 'application/json', '*/*') })
    .map(({ params: values, query: q, body: b, accept }) => {
      let i = 0;
      const path = route.url.replace(/:(\w+)/g, () => values[i++] ?? 'x');
      return {
        method: route.method,
        route: route.url,
        url: q ? `${path}?${q}` : path,
        headers: { accept, ...(b.type ? { 'content-type': b.type } : {}) },
        ...(b.body !== undefined ? { body: b.body } : {}),
      };
    });
}

/** Requests over every route, by every caller. */
export function allRequests(routes: readonly RouteInfo[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(fc.constantFrom(...routes), fc.constantFrom<FuzzRequest['caller']>('anonymous', 'official'))
    .chain(([route, caller]) => requestsFor(route).map((r) => ({ ...r, caller })));
}

/** Whether the router can read the path: decodable, each segment within maxParamLength (200). */
function routable(path: string): boolean {
  try {
    return path.split('/').every((segment) => decodeURIComponent(segment).length <= 200);
  } catch {
    return false;
  }
}

type Format = 'ckan' | 'babbage' | 'problem' | 'open311' | 'page';

/**
 * The error formats a URL may be answered in: its route's. A path the router cannot read belongs
 * to no route, so the platform's format (problem+json for the API and `.json`, a page otherwise);
 * so may a path with an empty segment, which the router may or may not give to a parameter.
 */
export function formatsFor(url: string): Format[] {
  // As fetch sends it: `.` and `..` segments resolved (`/api/3/action/.` is `/api/3/action/`).
  const path = new URL(url.split('?')[0] as string, 'http://fuzz.test').pathname;
  const platform: Format = /^\/api\//.test(path) || /\.json$/.test(path) ? 'problem' : 'page';
  if (!routable(path)) return [platform];
  const own: Format | undefined = /^\/api\/(3\/)?action\/[^/]*$/.test(path)
    ? 'ckan'
    : /^\/api\/3(\/(cubes|info)(\/.*)?)?\/?$/.test(path)
      ? 'babbage'
      : /^\/open311\/v2\/([^/]*\/)?[^/]*$/.test(path)
        ? 'open311'
        : undefined;
  if (!own) return [platform];
  return /\/\/|\/$/.test(path) ? [own, platform] : [own];
}

/** Why a response breaks the property, or undefined. */
export function judge(request: FuzzRequest, status: number, type: string, body: string): string | undefined {
  if (status >= 500) return `status ${status}`;
  if (status < 400) return undefined;
  const verdicts = formatsFor(request.url).map((format) => inFormat(format, request, status, type, body));
  return verdicts.includes(undefined) ? undefined : verdicts.join('; ');
}

function inFormat(format: Format, request: FuzzRequest, status: number, type: string, body: string) {
  const json = () => {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  };
  if (format === 'ckan') {
    const b = json() as { success?: boolean; error?: { __type?: string } } | undefined;
    return b?.success === false && typeof b.error?.__type === 'string'
      ? undefined
      : `not CKAN's envelope: ${type}`;
  }
  if (format === 'babbage') {
    // OpenSpending's aggregate API (module fiscal) answers as babbage does: {status: "error", message}.
    const b = json() as { status?: string; message?: string } | undefined;
    return b?.status === 'error' && typeof b.message === 'string'
      ? undefined
      : `not babbage's error: ${type}`;
  }
  if (format === 'problem') {
    const b = json() as { status?: number; code?: string } | undefined;
    return type.startsWith('application/problem+json') && b?.status === status && typeof b.code === 'string'
      ? undefined
      : `not a problem document: ${type}`;
  }
  if (format === 'open311') {
    if (type.startsWith('text/xml'))
      return body.includes('<errors>') ? undefined : 'not an Open311 error list';
    const b = json();
    return Array.isArray(b) && b.every((e) => typeof e?.description === 'string' && e.code === status)
      ? undefined
      : `not an Open311 error list: ${type}`;
  }
  // Pages: an HTML page, or problem+json when the client asked for JSON only, or for a data file
  // (`.csv`, `.xlsx`: a download answers a program in problem+json, a browser with a page).
  if (type.startsWith('text/html') && body.includes('<h1')) return undefined;
  const file = /\.\w+$/.test(request.url.split('?')[0] as string);
  if (type.startsWith('application/problem+json') && (file || request.headers.accept === 'application/json'))
    return undefined;
  return `not an error page: ${type}`;
}

export interface FuzzResult {
  requests: number;
  seconds: number;
  statuses: Map<number, number>;
  failures: { request: FuzzRequest; status: number; why: string; body: string }[];
}

/** The app listening on 127.0.0.1 with an anonymous caller and a signed-in official with a CSRF token. */
export async function listenForFuzz(
  app: FastifyInstance,
  ctx: ModuleContext,
): Promise<{ base: string; callers: Record<Caller['name'], Caller> }> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const official = await signedInAs(app, ctx, { role: 'platform-administrator' });
  // A page with a form gives the CSRF cookie and the token that goes with it.
  await official.get('/account');
  const csrf = official.csrf();
  const cookie = [...official.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    base,
    callers: {
      anonymous: { name: 'anonymous', cookie: '', csrf: '' },
      official: { name: 'official', cookie, csrf },
    },
  };
}

/** Node's limit of a request head (`--max-http-header-size`, 16 KiB), less room for the headers. */
const MAX_HEAD = 16 * 1024 - 1024;

/** Sends `count` generated requests, `concurrency` at a time; counts statuses and failures. */
export async function fuzz(options: {
  base: string;
  routes: readonly RouteInfo[];
  callers: Record<Caller['name'], Caller>;
  count: number;
  seed: number;
  concurrency?: number;
  onProgress?: (done: number) => void;
}): Promise<FuzzResult> {
  const statuses = new Map<number, number>();
  const failures: FuzzResult['failures'] = [];
  const requests = fc.sample(allRequests(options.routes), { numRuns: options.count, seed: options.seed });
  const t0 = performance.now();
  let next = 0;
  let answered = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as FuzzRequest;
      const caller = options.callers[request.caller];
      const headers: Record<string, string> = { ...request.headers };
      if (caller.cookie) headers.cookie = caller.cookie;
      if (caller.csrf) headers['x-csrf-token'] = caller.csrf;
      let status = 0;
      let type = '';
      let body = '';
      try {
        const res = await fetch(`${options.base}${request.url}`, {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: request.body } : {}),
          redirect: 'manual',
        });
        status = res.status;
        type = res.headers.get('content-type') ?? '';
        body = await res.text();
      } catch (error) {
        // Past Node's 16 KiB request head, its HTTP parser answers 431 and closes the connection
        // before the app sees anything; the client may see only the reset.
        if (request.url.length > MAX_HEAD) status = 431;
        else {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const why = `no answer: ${(error as Error).message} (${cause?.code ?? ''} ${cause?.message ?? ''})`;
          failures.push({ request, status: 0, why, body: '' });
          continue;
        }
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const why =
        status === 431 && request.url.length > MAX_HEAD ? undefined : judge(request, status, type, body);
      if (why) failures.push({ request, status, why, body: body.slice(0, 300) });
      answered += 1;
      if (options.onProgress && answered % 1000 === 0) options.onProgress(answered);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { requests: requests.length, seconds: (performance.now() - t0) / 1000, statuses, failures };
}

/** One failure as a line a person can replay with curl. */
export function describeFailure(f: FuzzResult['failures'][number]): string {
  const body =
    f.request.body === undefined
      ? ''
      : typeof f.request.body === 'string'
        ? ` body=${JSON.stringify(f.request.body.slice(0, 200))}`
        : ` bytes=${Buffer.from(f.request.body).toString('hex')}`;
  return `${f.request.caller} ${f.request.method} ${f.request.url.slice(0, 300)} [${f.request.headers['content-type'] ?? ''}]${body} → ${f.status} ${f.why} ${f.body.slice(0, 200)}`;
}
