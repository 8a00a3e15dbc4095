import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../src/modules/extractives/environment/stages.ts';
import { cleanSpec, releasesOf } from '../src/modules/procurement/test-support.ts';
import { roles } from '../src/platform/auth/actor.ts';
import { sql } from '../src/platform/db/sql.ts';
import { problems } from '../src/platform/http/errors.ts';
import {
  callerNames,
  type Expectation,
  expectations,
  parseExpectations,
  routeKey,
} from './authorization/expectations.ts';
import {
  A,
  B,
  type Client,
  makeOrganizationA,
  makeRecordsOfB,
  type RecordsOfB,
  staffRoles,
} from './authorization/records.ts';
import { createTestApp } from './helpers.ts';
import { signedInAs } from './support/actors.ts';
import type { UploadFile } from './support/client.ts';

/**
 * Access control, tested against a table written by hand (`authorization/expectations.ts`):
 *
 * 1. the gate: every route the app registers, called by every caller of the table, is let
 *    through or refused (401, or 403 `forbidden`) as its row says;
 * 2. another organisation's records: organisation A's staff — by form and by JSON in a session,
 *    and by A's API tokens, scoped to the route's action and with every scope — name organisation
 *    B's real records in every write route and every route with a parameter; each attempt is
 *    refused and nothing in the database changes, unless the row says why the route is open.
 */
const { app, ctx } = await createTestApp();
const table = parseExpectations(expectations);
const routes = [...app.shilen.routes].sort((x, y) =>
  `${x.url} ${x.method}`.localeCompare(`${y.url} ${y.method}`),
);
const b = await makeRecordsOfB(app, ctx);
const a = await makeOrganizationA(app, ctx);

const cookieOf = (client: Client) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

// ---------------------------------------------------------------------------------------------
// 1. The gate.

/**
 * Values for the gate's check: A's own slug and ids of no record, so that a handler past the gate
 * answers for A's staff or with a 404, and never refuses for a record's organisation.
 */
const placeholders: Record<string, string> = {
  slug: A,
  token: 'x'.repeat(43),
  id: '0'.repeat(16),
  code: 'not-found',
  file: 'favicon.svg',
};
const placeholderUrl = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => placeholders[name] ?? 'x');

const gateCallers: { name: string; cookie: string }[] = [{ name: 'anonymous', cookie: '' }];
for (const role of roles) {
  const client = await signedInAs(app, ctx, {
    role,
    organization: role.startsWith('organization-') ? A : undefined,
  });
  gateCallers.push({ name: role, cookie: cookieOf(client) });
}
const unproved = await signedInAs(app, ctx, { role: 'platform-administrator', secondFactor: false });
gateCallers.push({ name: 'platform-administrator without second factor', cookie: cookieOf(unproved) });

const problemCode = (res: LightMyRequestResponse) =>
  res.headers['content-type']?.includes('json') ? (res.json() as { code?: string }).code : undefined;
const refusedByGate = (res: LightMyRequestResponse) =>
  res.statusCode === 401 || (res.statusCode === 403 && problemCode(res) === 'forbidden');
/** A refusal for a missing or stale CSRF token says nothing about authorisation. */
const refusedForCsrf = (res: LightMyRequestResponse) =>
  res.statusCode === 403 &&
  (problemCode(res) === 'csrf-failed' ||
    res.body.includes(problems['csrf-failed'].mn) ||
    res.body.includes(problems['csrf-failed'].en));

// ---------------------------------------------------------------------------------------------
// 2. Another organisation's records.

/** B's record for each parameter: the first rule whose pattern matches the route and names it. */
const rulesOfB = (r: RecordsOfB): [RegExp, Record<string, string>][] => [
  [/^\/account\/sessions\/:id/, { id: r.sessionId }],
  [/\/invitations\/:id/, { id: r.invitationId }],
  [/\/datasets\/:id/, { id: 'organizations', key: B }],
  [/^(\/api\/v1)?\/plans\/commitments\/:id/, { id: r.commitmentId }],
  [/\/committee\/meetings\/:id/, { id: r.meetingId }],
  [/\/committee\/members\/:id/, { id: r.committeeMemberId }],
  [/^\/officials\/:slug/, { slug: r.officialSlug }],
  [/\/indicators\/:id/, { id: r.indicatorId }],
  [/^\/plans\/comments\/:id/, { id: r.commentId }],
  [/^\/plans\/evaluations\/:id/, { id: r.evaluationId }],
  [/^\/plans\/:slug\/review\/:kind\/:id/, { kind: 'commitments', id: r.commitmentId }],
  [/^\/admin\/roles\//, { grantId: r.nationalGrantId }],
  [/^\/plans\/:slug\/review\/organizations\/:id/, { id: r.itemOrganizationId }],
  [/^(\/api\/v1)?\/plans\/:slug/, { slug: r.planSlug, organization: B, target: 'plan' }],
  [/^\/procurement\/suppliers\/:id/, { id: r.supplierId }],
  [/^(\/api\/v1)?\/questions\/:id/, { id: r.questionId }],
  [/^(\/api\/v1)?\/extractives\/environment\/:id/, { id: r.environmentCaseId }],
  [/^(\/api\/v1)?\/projects\/:slug/, { slug: r.projectSlug }],
  [/^\/assets\//, { file: 'favicon.svg' }],
  [/^\/open311\/v2\/:folder/, { folder: 'requests', file: `${r.caseNumber}.json` }],
  [/^\/open311\//, { file: 'services.json' }],
  [/^\/procurement\/ocds\//, { file: 'releases-2025.json' }],
  [/^\/feedback\/follow\//, { token: r.followToken }],
  [/^\/invitations\//, { token: r.invitationToken }],
  [
    /./,
    {
      slug: B,
      grantId: r.grantId,
      tokenId: r.tokenId,
      importId: r.importId,
      number: r.caseNumber,
      file: r.caseFile,
      ocid: r.ocid,
      token: 'x'.repeat(43),
      code: 'not-found',
      action: 'package_list',
      // No report of the fixture has a document: evidence is public anyway.
      fileId: '00000000-0000-0000-0000-000000000000',
    },
  ],
];
const rules = rulesOfB(b);
const urlOfB = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const rule = rules.find(([pattern, values]) => pattern.test(url) && name in values);
    if (!rule) throw new Error(`no record of B for :${name} in ${url}`);
    return rule[1][name] as string;
  });

const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const releaseOfB = () =>
  releasesOf(cleanSpec(`ocds-b1a2c3-probe-${Date.now()}`, { buyer: { slug: B, name: 'ЗГХЭГ' } }));

/**
 * What each write sends: a body that would do the route's work were the caller allowed to, so a
 * missing check shows as a change, not as a validation error.
 */
// A valid change of B's project and a valid revision of its plan: refused for its body, not its content.
const projectOfB = {
  organization: B,
  titleMn: 'Төсөл',
  titleEn: 'Project',
  descriptionMn: 'Тайлбар',
  descriptionEn: 'About it',
  sector: 'transport.road',
  stage: 'implementation',
};
const revisionOfB = {
  revisedOn: '2026-01-15',
  budgetAmount: '1000000',
  budgetCurrency: 'MNT',
  reasonMn: 'Шалтгаан',
};

const bodies: Record<string, () => Record<string, string>> = {
  'POST /admin/organizations/:slug/invitations': () => ({
    email: 'probe@example.mn',
    role: 'organization-publisher',
  }),
  'POST /admin/organizations/:slug/members/grants': () => ({
    member: String(staff['organization-publisher'].form.userId),
    memberRole: 'organization-administrator',
  }),
  'POST /admin/organizations/:slug/tokens': () => ({
    name: 'probe',
    scopes: 'organizations.update',
    expiresOn,
  }),
  'PATCH /api/v1/organizations/:slug': () => ({ website: 'https://probe.example.mn' }),
  'POST /api/v1/projects/:slug/contracts': () => ({ ocid: b.ocid }),
  'PUT /api/v1/projects/:slug': () => projectOfB,
  'POST /projects/:slug/edit': () => projectOfB,
  'POST /api/v1/projects/:slug/revisions': () => revisionOfB,
  'POST /projects/:slug/revisions/new': () => revisionOfB,
  'POST /projects/:slug/contracts/new': () => ({ ocid: b.ocid }),
  'POST /organizations/:slug/edit': () => ({ website: 'https://probe.example.mn' }),
  'POST /api/v1/plans/commitments/:id/reports': () => ({
    organization: B,
    completion: 'complete',
    narrative: 'probe',
    reportedOn: '2024-02-01',
  }),
  'POST /plans/commitments/:id/report': () => ({
    organization: B,
    completion: 'complete',
    narrative: 'probe',
    reportedOn: '2024-02-01',
  }),
  'POST /plans/indicators/new': () => ({
    organization: B,
    nameEn: 'Probe',
    definition: 'probe',
    unit: 'count',
    direction: 'increase',
  }),
  'POST /plans/indicators/:id/values': () => ({ period: '2024', actual: '99', target: '100' }),
  'POST /feedback/console/cases/:number/answer': () => ({ answer: 'probe' }),
  'POST /feedback/console/cases/:number/assign': () => ({
    assignee: String(staff['organization-responder'].form.userId),
  }),
  'POST /feedback/console/cases/:number/extend': () => ({ days: '30', 'reason-extend': 'probe' }),
  'POST /feedback/console/cases/:number/note': () => ({ 'text-note': 'probe' }),
  'POST /feedback/console/cases/:number/request-information': () => ({ 'text-question': 'probe?' }),
  'POST /feedback/console/cases/:number/transfer': () => ({ organization: A, 'reason-transfer': 'probe' }),
  'POST /feedback/mine/:number/information': () => ({ text: 'probe' }),
  'POST /feedback/mine/:number/rate': () => ({ rating: '1', comment: 'probe' }),
  'POST /feedback/mine/:number/reopen': () => ({ reason: 'probe' }),
  'POST /feedback/moderation/:number': () => ({ decision: 'publish', text: 'probe' }),
  'POST /feedback/operator': () => ({
    kind: 'complaint',
    category: 'roads',
    subject: 'probe',
    body: 'probe',
    aimag: '65',
    channel: 'phone',
  }),
  'POST /invitations/:token': () => ({ accept: 'yes' }),
  'POST /questions/:id/answer': () => ({ answer: 'probe' }),
  'POST /questions/:id/extend': () => ({ days: '3', reason: 'probe' }),
  'POST /questions/:id/moderate': () => ({ decision: 'publish', publicText: 'probe', reason: '' }),
  'POST /questions/ask': () => ({ subject: 'procurement.process', key: b.ocid, text: 'probe?' }),
  ...environmentBodies(),
};

/** The environmental list's writes: a case opened on the fixture's company, and each step of its due process. */
function environmentBodies(): Record<string, () => Record<string, string>> {
  const today = new Date().toISOString().slice(0, 10);
  const open = () => ({
    company: b.legalEntityId,
    findingMn: 'Туршилт',
    findingEn: 'Probe',
    inspectedOn: today,
    inspector: A,
    reportReference: 'PROBE-1',
  });
  const step: Record<string, Record<string, string>> = {
    reply: { date: today, text: 'probe', language: 'en' },
    decision: { date: today, listed: 'yes' },
    'appeal-outcome': { date: today, outcome: 'upheld' },
  };
  const out: Record<string, () => Record<string, string>> = {
    'POST /extractives/environment/new': open,
    'POST /api/v1/extractives/environment': open,
  };
  for (const s of STEPS) {
    out[`POST /extractives/environment/:id/${s}`] = () => step[s] ?? { date: today };
    out[`POST /api/v1/extractives/environment/:id/${s}`] = () => step[s] ?? { date: today };
  }
  return out;
}

/** What a refusal as invalid input must say, so that it is the record's refusal and not another problem. */
const invalidBecause: Record<string, string> = {
  'POST /procurement/upload': 'you may publish only for your own organisation',
  'POST /api/v1/procurement/releases': 'you may publish only for your own organisation',
};

/** Routes whose work comes in a file: a form is the only way to send it. */
const uploads: Record<string, () => Record<string, UploadFile>> = {
  'POST /procurement/upload': () => ({
    file: {
      name: 'theirs.ndjson',
      content: releaseOfB()
        .map((r) => JSON.stringify(r))
        .join('\n'),
    },
  }),
  'POST /datasets/organizations/import': () => ({
    file: { name: 'organizations.csv', content: `slug,name_mn\n${B},Шинэ нэр\n`, type: 'text/csv' },
  }),
};
const jsonBodies: Record<string, () => unknown> = {
  'POST /api/v1/procurement/releases': () => ({
    uri: 'https://probe.example.mn/package.json',
    publishedDate: '2025-05-01T00:00:00Z',
    publisher: { name: 'probe' },
    version: '1.1',
    releases: releaseOfB(),
  }),
};

/** A staff member's session frozen as it is: its cookies and the CSRF token that goes with them. */
interface Session {
  userId: number;
  cookie: string;
  csrf: string;
}
async function session(role: (typeof staffRoles)[number]): Promise<Session> {
  const client = await signedInAs(app, ctx, { role, organization: A });
  await client.get('/account');
  return { userId: client.userId, cookie: cookieOf(client), csrf: client.csrf() };
}
// One account per way in, so that no attempt runs into the write limit of a person.
const staff = {} as Record<(typeof staffRoles)[number], { form: Session; json: Session }>;
for (const role of staffRoles) staff[role] = { form: await session(role), json: await session(role) };

function multipart(fields: Record<string, string>, files: Record<string, UploadFile>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, f] of Object.entries(files))
    form.append(k, new Blob([f.content], { type: f.type ?? 'application/octet-stream' }), f.name);
  return new Response(form);
}

interface Attempt {
  who: string;
  request: () => Promise<InjectOptions>;
}

/** Every way A's staff and A's systems can name B's record in this route. */
function attempts(row: Expectation, action: string | undefined): Attempt[] {
  const key = routeKey(row.method, row.url);
  const urls = [urlOfB(row.url)];
  // An organisation's page with B's record under A's own name: the record must belong to A.
  if (row.url.startsWith('/admin/organizations/:slug/') && /:(id|grantId|tokenId)/.test(row.url))
    urls.push(urlOfB(row.url).replace(`/organizations/${B}/`, `/organizations/${A}/`));
  const method = row.method as InjectOptions['method'];
  const fields = bodies[key]?.() ?? {};
  const files = uploads[key];
  const write = row.method !== 'GET';
  // A browser's form only gets and posts, and never to the JSON API.
  const byForm = (row.method === 'GET' || row.method === 'POST') && !row.url.startsWith('/api/');
  const list: Attempt[] = [];
  for (const url of urls) {
    for (const role of staffRoles) {
      const form = staff[role].form;
      if (byForm)
        list.push({
          who: `${role} by form: ${url}`,
          request: async () => {
            if (!write) return { method, url, headers: { cookie: form.cookie } };
            if (files) {
              const body = multipart({ _csrf: form.csrf, ...fields }, files());
              return {
                method,
                url,
                payload: Buffer.from(await body.arrayBuffer()),
                headers: { cookie: form.cookie, 'content-type': body.headers.get('content-type') ?? '' },
              };
            }
            return {
              method,
              url,
              payload: new URLSearchParams({ ...fields, _csrf: form.csrf }).toString(),
              headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            };
          },
        });
      if (files) continue;
      const json = staff[role].json;
      list.push({
        who: `${role} by API in a session: ${url}`,
        request: async () => ({
          method,
          url,
          headers: {
            cookie: json.cookie,
            accept: 'application/json',
            ...(write ? { 'content-type': 'application/json', 'x-csrf-token': json.csrf } : {}),
          },
          ...(write ? { payload: JSON.stringify(jsonBodies[key]?.() ?? fields) } : {}),
        }),
      });
    }
    const tokens: [string, string | undefined][] = [
      ['A’s token scoped to the route’s action', action ? a.scopedToken.get(action) : undefined],
      ['A’s token with every scope', a.widestToken],
    ];
    for (const [who, token] of tokens) {
      if (!token) continue;
      const authorization = `Bearer ${token}`;
      list.push({
        who: `${who}: ${url}`,
        request: async () => {
          if (!write) return { method, url, headers: { authorization, accept: 'application/json' } };
          if (files) {
            const body = multipart(fields, files());
            return {
              method,
              url,
              payload: Buffer.from(await body.arrayBuffer()),
              headers: { authorization, 'content-type': body.headers.get('content-type') ?? '' },
            };
          }
          return {
            method,
            url,
            payload: JSON.stringify(jsonBodies[key]?.() ?? fields),
            headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
          };
        },
      });
    }
  }
  return list;
}

/** Columns that move on every use (last seen, last used), left out of the comparison. */
const projections: Record<string, string> = {
  sessions: 'id_hash, user_id, revoked_at',
  api_tokens: 'id, user_id, organization_id, scopes, expires_at, revoked_at',
  rate_limits: '',
};

/** A fingerprint of every table's rows, to say which tables an attempt changed. */
async function fingerprint(): Promise<Map<string, string>> {
  const tables = await ctx.db.query<{ name: string }>(sql`select table_name as name
    from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`);
  const prints = new Map<string, string>();
  for (const { name } of tables) {
    const columns = projections[name];
    if (columns === '') continue;
    const source = columns
      ? sql`(select ${sql.raw(columns)} from ${sql.id(name)}) t`
      : sql`${sql.id(name)} t`;
    const [row] = await ctx.db.query<{ print: string }>(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as print from ${source}`,
    );
    prints.set(name, row?.print ?? '');
  }
  return prints;
}
const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([name, print]) => before.get(name) !== print).map(([name]) => name);

describe('authorisation matrix', () => {
  it('has one row per route the app registers, and no row for a route it does not have', () => {
    expect(routes.length).toBeGreaterThan(20);
    const registered = routes.map((r) => routeKey(r.method, r.url));
    const routesWithoutRow = registered.filter((key) => !table.has(key));
    const rowsWithoutRoute = [...table.keys()].filter((key) => !registered.includes(key));
    expect({ routesWithoutRow, rowsWithoutRoute }).toEqual({ routesWithoutRow: [], rowsWithoutRoute: [] });
  });

  it('says for every write and every route with a parameter what another organisation’s record gets', () => {
    const silent = [...table.values()].filter(
      (row) => (row.method !== 'GET' || row.url.includes(':')) && row.other.kind === 'none',
    );
    expect(silent.map((row) => routeKey(row.method, row.url))).toEqual([]);
  });

  describe('the gate lets through exactly the callers its row says', () => {
    for (const route of routes) {
      const row = table.get(routeKey(route.method, route.url));
      it.skipIf(!row)(`${route.method} ${route.url}`, async () => {
        const url = placeholderUrl(route.url);
        const answers = [];
        for (const caller of gateCallers) {
          const res = await app.inject({
            method: route.method as InjectOptions['method'],
            url,
            headers: {
              accept: 'application/json',
              cookie: caller.cookie,
              'content-type': 'application/json',
            },
            payload: route.method === 'GET' ? undefined : '{}',
          });
          answers.push({ caller: caller.name, through: !refusedByGate(res) });
        }
        expect(answers).toEqual(callerNames.map((name, i) => ({ caller: name, through: row!.allowed[i] })));
      });
    }
  });

  it('lets each way in through with A’s own record, so that a refusal below is the record’s', async () => {
    const publisher = staff['organization-publisher'];
    const website = (n: number) => ({ website: `https://a${n}.example.mn` });
    const form = await app.inject({
      method: 'POST',
      url: `/organizations/${A}/edit`,
      payload: new URLSearchParams({ ...website(1), _csrf: publisher.form.csrf }).toString(),
      headers: { cookie: publisher.form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const json = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${A}`,
      payload: JSON.stringify(website(2)),
      headers: {
        cookie: publisher.json.cookie,
        'x-csrf-token': publisher.json.csrf,
        'content-type': 'application/json',
      },
    });
    const byToken = (token: string | undefined, n: number) =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/organizations/${A}`,
        payload: JSON.stringify(website(n)),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
    const scoped = await byToken(a.scopedToken.get('organizations.update'), 3);
    const widest = await byToken(a.widestToken, 4);
    const releases = releasesOf(
      cleanSpec('ocds-b1a2c3-own-0001', { buyer: { slug: A, name: 'Сангийн яам' } }),
    );
    const upload = multipart(
      { _csrf: publisher.form.csrf },
      { file: { name: 'mine.ndjson', content: releases.map((r) => JSON.stringify(r)).join('\n') } },
    );
    const uploaded = await app.inject({
      method: 'POST',
      url: '/procurement/upload',
      payload: Buffer.from(await upload.arrayBuffer()),
      headers: { cookie: publisher.form.cookie, 'content-type': upload.headers.get('content-type') ?? '' },
    });
    expect([form, json, scoped, widest, uploaded].map((res) => res.statusCode)).toEqual([
      303, 200, 200, 200, 200,
    ]);
    const [org] = await ctx.db.query<{ website: string }>(
      sql`select website from organizations where slug = ${A}`,
    );
    expect(org?.website).toBe('https://a4.example.mn');
  });

  it('names B’s real records: each page probed below shows B’s record to those whose it is', async () => {
    const padm = gateCallers.find((c) => c.name === 'platform-administrator')!.cookie;
    const evaluator = gateCallers.find((c) => c.name === 'independent-evaluator')!.cookie;
    const ownerOf = (url: string): string | undefined => {
      if (url === '/plans/commitments/:id/report') return cookieOf(b.member);
      if (url.startsWith('/plans/commitments/:id/evaluate')) return evaluator;
      if (url.startsWith('/feedback/mine/')) return cookieOf(b.submitter);
      // B's case is not published: nobody sees it there, which is what the probe below checks.
      if (url.startsWith('/feedback/published/')) return undefined;
      // Shows a new token's secret once, right after it is issued, and then is gone.
      if (url.endsWith('/tokens/issued')) return undefined;
      return padm;
    };
    const missing: string[] = [];
    for (const row of table.values()) {
      if (row.method !== 'GET' || !row.url.includes(':') || row.other.kind !== 'refused') continue;
      const cookie = ownerOf(row.url);
      if (cookie === undefined) continue;
      const res = await app.inject({ method: 'GET', url: urlOfB(row.url), headers: { cookie } });
      if (res.statusCode !== 200)
        missing.push(`${row.url} → ${res.statusCode} ${urlOfB(row.url)} ${res.body.slice(0, 300)}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows none of B’s restricted records in the lists and pages of A’s staff', async () => {
    // What would give B's records away: its case's number, its members' page, its invitation.
    const marks = [b.caseNumber, `/admin/organizations/${B}/`, 'invited-to-b@example.mn'];
    const pages = [
      '/admin',
      '/admin/organizations',
      '/feedback/console',
      '/feedback/console?mine=no&overdue=no',
    ];
    const seen: string[] = [];
    for (const url of pages) {
      const readers: [string, Record<string, string>][] = [
        ...staffRoles.map((role): [string, Record<string, string>] => [
          role,
          { cookie: staff[role].form.cookie },
        ]),
        ['A’s token with every scope', { authorization: `Bearer ${a.widestToken}` }],
      ];
      for (const [who, headers] of readers) {
        const res = await app.inject({ method: 'GET', url, headers });
        for (const mark of marks) if (res.body.includes(mark)) seen.push(`${who}: ${url} shows ${mark}`);
      }
    }
    expect(seen).toEqual([]);
    // The same pages do show them to a platform administrator, so the marks are the right ones.
    const padm = { cookie: gateCallers.find((c) => c.name === 'platform-administrator')!.cookie };
    const console = await app.inject({ method: 'GET', url: '/feedback/console', headers: padm });
    const members = await app.inject({
      method: 'GET',
      url: `/admin/organizations/${B}/members`,
      headers: padm,
    });
    expect([console.body.includes(b.caseNumber), members.body.includes('invited-to-b@example.mn')]).toEqual([
      true,
      true,
    ]);
  });

  describe('organisation A cannot read or change organisation B’s records', () => {
    for (const route of routes) {
      const row = table.get(routeKey(route.method, route.url));
      if (!row || (row.other.kind !== 'refused' && row.other.kind !== 'invalid')) continue;
      const action = route.access === 'public' ? undefined : route.access.action;
      const allowedStatus = row.other.kind === 'refused' ? [403, 404] : [400, 403, 404, 422];
      const because = invalidBecause[routeKey(route.method, route.url)];
      it(`${route.method} ${route.url}: ${row.other.kind}`, async () => {
        expect(row.other.kind === 'refused' || because !== undefined, 'what its refusal says').toBe(true);
        const before = await fingerprint();
        const wrong: string[] = [];
        for (const attempt of attempts(row, action)) {
          const res = await app.inject(await attempt.request());
          const answer = `${attempt.who} → ${res.statusCode} ${res.body.slice(0, 160)}`;
          if (refusedForCsrf(res)) wrong.push(`${answer} (the CSRF token's refusal proves nothing)`);
          else if (!allowedStatus.includes(res.statusCode)) wrong.push(answer);
          else if ([400, 422].includes(res.statusCode) && !res.body.includes(because as string))
            wrong.push(`${answer} (refused for another reason)`);
        }
        expect.soft(wrong, 'attempts not refused').toEqual([]);
        expect(changedTables(before, await fingerprint()), 'tables changed').toEqual([]);
      });
    }
  });

  it('is written down for review', async () => {
    const header = `| route | ${callerNames.join(' | ')} | another organisation’s record |`;
    const rows = routes.map((r) => {
      const row = table.get(routeKey(r.method, r.url));
      if (!row) return `| \`${r.method} ${r.url}\` | no row |`;
      const cells = row.allowed.map((yes) => (yes ? 'yes' : '—'));
      const other =
        row.other.kind === 'none'
          ? ''
          : row.other.kind === 'refused'
            ? 'refused'
            : `${row.other.kind}: ${row.other.why}`;
      return `| \`${r.method} ${r.url}\`${r.access === 'public' ? '' : ` (${r.access.action})`} | ${cells.join(' | ')} | ${other} |`;
    });
    const roleList = roles.map((role) => `- \`${role}\``).join('\n');
    const doc = `# Authorisation matrix

Generated by \`test/authorization-matrix.test.ts\` from the table written by hand in
\`test/authorization/expectations.ts\` (\`vitest run test/authorization-matrix.test.ts -u\` rewrites
it); the test checks every cell against the running app. "yes" means the route's gate lets the
caller through; organisation roles are held in organisation A (${A}). The last column says what
happens when A's staff (by form and by API in a session) and A's API tokens (scoped to the route's
action, and with every scope) name a record of organisation B (${B}): "refused" is a 403 or 404
with nothing changed in the database; "invalid" a 400 or 422 with nothing changed; "open" an
exception, with its reason.

Roles:
${roleList}

${header}
|${' --- |'.repeat(callerNames.length + 2)}
${rows.join('\n')}
`;
    await expect(doc).toMatchFileSnapshot('../docs/authorization-matrix.md');
  });
});
