import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { FORM_BODY, JSON_BODY, postBody } from '../../../test/support/client.ts';
import { allMessages, locales } from '../i18n/index.ts';

const { app, ctx } = await createTestApp();

describe('platform HTTP', () => {
  it('is live and ready once migrations are applied', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('publishes an OpenAPI 3.1 document that validates', async () => {
    const res = await app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/organizations');
    // The platform's API, and the OpenSpending-compatible aggregate API at /api/3 (module fiscal); no page.
    expect(
      Object.keys(doc.paths).filter((p) => !p.startsWith('/api/v1/') && !/^\/api\/3(\/|$)/.test(p)),
    ).toEqual([]);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('renders a readable API reference from the same document', async () => {
    const res = await app.inject({ url: '/api?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('/api/v1/organizations/{slug}');
    expect(res.body).toContain('List public bodies');
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await app.inject({ url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBeDefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes its own request id whatever the client sends (the client’s is only logged)', async () => {
    const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'edge-42' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a repeated GET with 304 through its ETag', async () => {
    const first = await app.inject({ url: '/api/v1/organizations?kind=ministry' });
    expect(first.headers.etag).toBeDefined();
    expect(first.headers['cache-control']).toContain('max-age');
    const again = await app.inject({
      url: '/api/v1/organizations?kind=ministry',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const page = await app.inject({ url: '/organizations' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(String(page.headers.vary)).toContain('Cookie');
  });

  it('compresses with brotli or gzip as the client asks', async () => {
    const br = await app.inject({ url: '/organizations', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await app.inject({ url: '/organizations', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('serves fingerprinted assets cached for a year', async () => {
    const home = await app.inject({ url: '/' });
    const css = /href="(\/assets\/shilen\.[0-9a-f]{10}\.css)"/.exec(home.body)?.[1];
    expect(css).toBeDefined();
    const res = await app.inject({ url: css as string });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/css');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers unknown paths with a 404 page or a 404 problem', async () => {
    const page = await app.inject({ url: '/no/such/page' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Хуудас олдсонгүй');
    const api = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
    const doc = await app.inject({ url: '/problems/not-found?lang=en' });
    expect(doc.statusCode).toBe(200);
  });

  it('answers a page refused at the gate with an error page in the reader’s language', async () => {
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    const refused = await citizen.get('/admin/audit?lang=en');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.body).toContain('<html lang="en"');
    expect(refused.body).not.toContain('Cannot destructure');
    const anonymousForm = await postBody(app, '/admin/roles', FORM_BODY, 'email=a%40example.mn');
    expect(anonymousForm.statusCode).toBe(401);
    expect(anonymousForm.headers['content-type']).toMatch(/^text\/html/);
  });

  it('explains a malformed JSON body as a 400 problem, never a 500', async () => {
    const res = await postBody(app, '/api/v1/organizations', JSON_BODY, '{"broken": ');
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('switches language with ?lang and remembers it in a cookie', async () => {
    const en = await app.inject({ url: '/?lang=en' });
    expect(en.body).toContain('<html lang="en">');
    const cookie = String(en.headers['set-cookie']).split(';')[0] as string;
    const next = await app.inject({ url: '/', headers: { cookie } });
    expect(next.body).toContain('<html lang="en">');
    const back = await app.inject({ url: '/?lang=mn', headers: { cookie } });
    expect(back.body).toContain('<html lang="mn">');
  });

  it('escapes whatever is typed into search', async () => {
    const res = await app.inject({ url: `/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('finds an organisation from the search box in Cyrillic', async () => {
    const res = await app.inject({ url: `/search?q=${encodeURIComponent('Сангийн')}` });
    expect(res.body).toContain('/organizations/ministry-of-finance');
  });
});

describe('translations', () => {
  it('has every message in both languages', () => {
    const [first, ...rest] = locales.map((l) => Object.keys(allMessages(l)).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });
});
