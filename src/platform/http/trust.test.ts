import fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../test/support/actors.ts';
import { importActionPlan } from '../../modules/plans/import/import-plan.ts';
import { systemActor } from '../auth/actor.ts';
import { openPglite } from '../db/pglite.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext, ShilenModule } from '../module.ts';
import { allMigrations } from '../setup.ts';
import { buildApp } from './app.ts';

// A module of this test: one read of restricted data whose action requires a stated purpose. No
// module declares such an action yet; the next ones (contacts of citizens, declarations) will.
const restricted: ShilenModule = {
  name: 'trust-test',
  permissions: {
    'trust-test.read-restricted': {
      description: 'Read a restricted record (test)',
      allow: 'signed-in',
      purposeRequired: true,
    },
  },
  pages: (app) => {
    app.get<{ Params: { id: string } }>(
      '/trust-test/restricted/:id',
      { config: { access: { action: 'trust-test.read-restricted' } } },
      async (request) => ({ id: request.params.id, purpose: request.purpose }),
    );
  },
};

/** Log lines as pino writes them, kept for the test to read. */
function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

const log = logSink();
const base = await createTestContext();
// One proxy in front: the address it saw is the client's, whatever the client wrote before it.
const ctx: ModuleContext = { ...base, config: { ...base.config, trustProxy: 1 } };
const { modules } = await import('../../modules/index.ts');
const app = await buildApp({
  config: ctx.config,
  db: ctx.db,
  modules: [...modules, restricted],
  migrations: allMigrations(modules),
  secret: 'test-secret-test-secret-test-secret-0123',
  logger: { level: 'info', stream: log.stream },
});
await app.ready();
afterAll(() => app.close());

const lastAudit = async () =>
  (
    await ctx.db.query<{ action: string; purpose: string | null; ip: string | null; request_id: string }>(
      sql`select action, purpose, ip, request_id from audit_log order by seq desc limit 1`,
    )
  )[0];

describe('caching of answers that depend on who asks', () => {
  it('keeps a committee member’s view of the plans (drafts included) out of shared caches', async () => {
    const seed = fs.readFileSync(
      new URL('../../modules/plans/demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url),
    );
    const imported = await importActionPlan(ctx, systemActor('test'), {
      bytes: new Uint8Array(seed),
      name: 'p.txt',
    });
    expect(imported.ok).toBe(true);

    const visitor = await app.inject({ url: '/api/v1/plans' });
    expect(visitor.json().items).toEqual([]);
    expect(visitor.headers['cache-control']).toBe('public, max-age=60, must-revalidate');
    expect(String(visitor.headers.vary)).toMatch(/Authorization/);
    expect(String(visitor.headers.vary)).toMatch(/Cookie/);

    const member = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const mine = await app.inject({
      url: '/api/v1/plans',
      headers: { cookie: `sid=${member.cookies.get('sid')}` },
    });
    expect(mine.json().items.map((p: { status: string }) => p.status)).toEqual(['draft']);
    expect(String(mine.headers['cache-control'])).toMatch(/^private/);
    expect(String(mine.headers['cache-control'])).not.toContain('public');
    expect(String(mine.headers.vary)).toMatch(/Authorization/);
    expect(String(mine.headers.vary)).toMatch(/Cookie/);

    const token = await apiTokenOf(ctx, member.userId, ['plans.manage'], { name: 'cache test' });
    const api = await app.inject({ url: '/api/v1/plans', headers: { authorization: `Bearer ${token}` } });
    expect(api.json().items).toHaveLength(1);
    expect(String(api.headers['cache-control'])).toMatch(/^private/);

    // A signed-in page is the person's own too.
    const page = await member.get('/plans');
    expect(String(page.headers['cache-control'])).toMatch(/^private/);
  });
});

describe('request ids and client addresses in the audit trail', () => {
  it('makes its own request id, logging a client’s separately, and never writes the client’s into the trail', async () => {
    const officer = await signedInAs(app, ctx, { role: 'anti-corruption-officer' });
    const res = await app.inject({
      url: '/admin/audit',
      headers: { cookie: `sid=${officer.cookies.get('sid')}`, 'x-request-id': 'forged-42' },
    });
    expect(res.statusCode).toBe(200);
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const entry = await lastAudit();
    expect(entry?.action).toBe('audit.read');
    expect(entry?.request_id).toBe(id);
    const logged = log.lines.map((l) => JSON.parse(l)).find((l) => l.reqId === id && l.req);
    expect(logged?.req.clientRequestId).toBe('forged-42');

    // A client's id that is too long or holds other characters is not logged at all.
    const odd = await app.inject({ url: '/healthz', headers: { 'x-request-id': `a"b${'x'.repeat(300)}` } });
    const oddLine = log.lines
      .map((l) => JSON.parse(l))
      .find((l) => l.reqId === odd.headers['x-request-id'] && l.req);
    expect(oddLine?.req).toBeDefined();
    expect(oddLine?.req.clientRequestId).toBeUndefined();
    // Nor is it the id of a problem document.
    const problem = await app.inject({ url: '/api/v1/no-such', headers: { 'x-request-id': 'forged-43' } });
    expect(problem.json().requestId).not.toBe('forged-43');
  });

  it('trusts only the configured proxy hops: a forged X-Forwarded-For does not become the address', async () => {
    const officer = await signedInAs(app, ctx, { role: 'anti-corruption-officer' });
    await app.inject({
      url: '/admin/audit',
      headers: {
        cookie: `sid=${officer.cookies.get('sid')}`,
        'x-forwarded-for': '203.0.113.66, 198.51.100.7',
      },
    });
    expect((await lastAudit())?.ip).toBe('198.51.100.7');

    // Named by address: only what the proxy at 127.0.0.1 says counts.
    const named = await createTestApp({
      ctx: { ...ctx, config: { ...ctx.config, trustProxy: ['127.0.0.1'] } },
    });
    await named.app.inject({
      url: '/admin/audit',
      headers: {
        cookie: `sid=${officer.cookies.get('sid')}`,
        'x-forwarded-for': '203.0.113.66, 198.51.100.8',
      },
    });
    expect((await lastAudit())?.ip).toBe('198.51.100.8');
  });
});

describe('secrets kept out of the logs', () => {
  it('redacts link tokens, api keys, OpenID codes, cookies and Authorization from request logs', async () => {
    const secrets = [
      'S3cretLinkT0kenAAAAAAAAAAAAAAAAAAAA',
      'ApiKeyBBBBBBBBBBBBBBBB',
      'OidcCodeCCCCCCCC',
      'OidcStateDDDDDDDD',
    ];
    const [link, apiKey, code, state] = secrets as [string, string, string, string];
    const urls = [
      `/reset-password/${link}`,
      `/confirm-email/${link}`,
      `/invitations/${link}`,
      `/feedback/follow/${link}`,
      `/open311/v2/requests.json?api_key=${apiKey}&lang=en`,
      `/sign-in/oidc/callback?code=${code}&state=${state}`,
      `/api/v1/organizations?token=${link}`,
      // A link no route matches (mistyped, outdated) with a token in it.
      `/reset-passwrd/${'Ab1'.repeat(14)}x`,
    ];
    const before = log.lines.length;
    for (const url of urls)
      await app.inject({
        url,
        headers: { cookie: `sid=SessionCookieEEEEEEEE; lang=en`, authorization: 'Bearer shl_FFFFFFFF_x' },
      });
    await app.inject({ url: '/healthz', headers: { cookie: 'sid=SessionCookieEEEEEEEE' } });
    const written = log.lines.slice(before).join('\n');
    expect(written).toContain('/reset-password/');
    expect(written).toContain('api_key=');
    for (const secret of [...secrets, 'Ab1Ab1Ab1Ab1', 'SessionCookieEEEEEEEE', 'shl_FFFFFFFF_x'])
      expect(written).not.toContain(secret);
    // What is not a secret stays readable.
    expect(written).toContain('lang=en');
  });

  it('redacts the same in headers logged by any code', async () => {
    const before = log.lines.length;
    app.log.info(
      { req: { headers: { authorization: 'Bearer GGGGGGGG', cookie: 'sid=HHHHHHHH' } } },
      'headers',
    );
    const written = log.lines.slice(before).join('\n');
    expect(written).toContain('headers');
    expect(written).not.toContain('GGGGGGGG');
    expect(written).not.toContain('HHHHHHHH');
  });
});

describe('readiness', () => {
  it('says only "not ready" when the database is unreachable, and logs why', async () => {
    const lines = logSink();
    const db = await openPglite();
    const broken = await buildApp({
      config: ctx.config,
      db,
      modules: [],
      migrations: [],
      secret: 'test-secret-test-secret-test-secret-0123',
      logger: { level: 'info', stream: lines.stream },
    });
    await broken.ready();
    await db.close();
    const res = await broken.inject({ url: '/readyz' });
    await broken.close();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'not ready' });
    expect(lines.lines.some((l) => /readiness/.test(l) && /closed/i.test(l))).toBe(true);
  });
});

describe('reads that need a stated purpose', () => {
  it('refuses a restricted read without a purpose, naming it, and records the purpose it was given', async () => {
    const reader = await signedInAs(app, ctx);
    const cookie = `sid=${reader.cookies.get('sid')}`;
    const none = await app.inject({
      url: '/trust-test/restricted/7',
      headers: { cookie, accept: 'application/json' },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([{ field: 'purpose', message: expect.stringContaining('purpose') }]);

    const long = await app.inject({
      url: `/trust-test/restricted/7?purpose=${'x'.repeat(501)}`,
      headers: { cookie, accept: 'application/json' },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].field).toBe('purpose');

    const stated = 'Гомдол 2026/17-г шалгах';
    const ok = await app.inject({
      url: `/trust-test/restricted/7?purpose=${encodeURIComponent(stated)}`,
      headers: { cookie, accept: 'application/json' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: '7', purpose: stated });
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'trust-test.read-restricted', purpose: stated });
    expect(entry?.request_id).toBe(ok.headers['x-request-id']);

    const header = await app.inject({
      url: '/trust-test/restricted/8',
      headers: { cookie, accept: 'application/json', 'x-purpose': 'case 2026/18 review' },
    });
    expect(header.statusCode).toBe(200);
    expect((await lastAudit())?.purpose).toBe('case 2026/18 review');
  });
});

describe('the language cookie', () => {
  it('is Secure when the public address is https, like the session cookies', async () => {
    const secure = await createTestApp({
      ctx: { ...base, config: { ...base.config, publicUrl: 'https://shilen.test' } },
    });
    const res = await secure.app.inject({ url: '/?lang=en' });
    const lang = String(res.headers['set-cookie'])
      .split(/,(?=\s*\w+=)/)
      .find((c) => c.startsWith('lang='));
    expect(lang).toMatch(/;\s*Secure/i);
  });
});
