import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { FORM_BODY, JSON_BODY, postBody } from '../../../test/support/client.ts';
import { MAX_URL_FIELD } from './input-guard.ts';

/**
 * Text a client can send but PostgreSQL cannot store or compare (NUL, other control characters,
 * lone surrogates, bytes that are not UTF-8, strings longer than any field) is refused at the
 * edge with 400 naming the field, in each route's own error format, never a 500.
 */
const { app, ctx } = await createTestApp();

const json = { accept: 'application/json' };
/** `{"q":"` + bytes C3 28 (an unfinished two-byte UTF-8 sequence) + `"}`. */
const invalidUtf8Json = Buffer.concat([Buffer.from('{"q":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);

describe('input guard', () => {
  it('refuses NUL in the search of the pages with a 400 page naming the field', async () => {
    for (const url of ['/organizations?q=a%00', '/procurement?q=a%00']) {
      const res = await app.inject({ method: 'GET', url: `${url}&lang=en` });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('query.q');
      expect(res.body).toContain('control character');
    }
  });

  it('refuses NUL in the platform API with a problem document naming query.q', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/organizations?q=a%00' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.code).toBe('bad-request');
    expect(body.errors).toEqual([{ field: 'query.q', message: expect.any(String) }]);
  });

  it('reads the raw query: bytes that are not UTF-8 are refused, not replaced or kept as typed', async () => {
    for (const q of ['%C3%28', '%E2%82', '%ED%A0%80', '%FF']) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/organizations?lang=en&q=${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().errors[0]).toEqual({
        field: 'query.q',
        message: 'holds bytes that are not UTF-8 text',
      });
    }
  });

  it('lets through text people write: Cyrillic, emoji, tabs and line breaks, + and a stray %', async () => {
    for (const q of ['%D0%A3%D0%BB%D0%B0%D0%B0%D0%BD', '%F0%9F%98%80', 'a%09b%0Ac%0D', 'a+b%2B', '100%']) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/organizations?q=${q}`, headers: json });
      expect(res.statusCode, q).toBe(200);
    }
  });

  it('refuses path parameters and query strings longer than any field allows', async () => {
    const long = 'a'.repeat(MAX_URL_FIELD + 1);
    const res = await app.inject({ method: 'GET', url: `/api/v1/organizations?lang=en&q=${long}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ field: 'query.q', message: 'is longer than any field allows' });
    const param = await app.inject({ method: 'GET', url: '/api/v1/organizations/a%00b' });
    expect(param.statusCode).toBe(400);
    expect(param.json().errors[0].field).toBe('params.slug');
  });

  it("answers CKAN's action API in CKAN's envelope, for the query and for JSON bodies", async () => {
    const get = await app.inject({ method: 'GET', url: '/api/3/action/package_search?q=a%00' });
    expect(get.statusCode).toBe(400);
    expect(get.json()).toMatchObject({ success: false, error: { __type: 'Bad Request' } });
    expect(get.json().error.message).toContain('query.q');
    for (const payload of [
      '{"q":"a\\u0000"}',
      '{"q":"\\ud800"}',
      '{"fq":{"x":["ok","\\udc00"]}}',
      invalidUtf8Json,
    ]) {
      const res = await postBody(app, '/api/3/action/package_search', JSON_BODY, payload);
      expect(res.statusCode, String(payload)).toBe(400);
      expect(res.json()).toMatchObject({ success: false, error: { __type: 'Bad Request' } });
      expect(res.json().error.message).toMatch(/body(\.q|\.fq\.x\.1)?:/);
    }
  });

  it("answers Open311 in Open311's error list, JSON or XML", async () => {
    const res = await app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual([{ code: 400, description: expect.stringContaining('query.status') }]);
    const xml = await app.inject({ method: 'GET', url: '/open311/v2/requests.xml?status=%ff' });
    expect(xml.statusCode).toBe(400);
    expect(xml.body).toContain('<errors>');
    expect(xml.body).toContain('query.status');
  });

  it('reads form bodies from their bytes: NUL, and %-escapes that are not UTF-8, name the field', async () => {
    for (const payload of ['email=a%00b%40example.mn&password=x', 'email=%C3%28&password=x']) {
      const res = await postBody(app, '/sign-in?lang=en', FORM_BODY, payload);
      expect(res.statusCode, payload).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('body.email');
    }
  });

  it('refuses JSON bodies of the platform API with a lone surrogate or NUL, naming the field', async () => {
    const editor = await signedInAs(app, ctx, { role: 'platform-administrator' });
    for (const [payload, field] of [
      ['{"nameEn":"\\ud800x"}', 'body.nameEn'],
      ['{"website":"a\\u0000"}', 'body.website'],
      ['{"a\\u0000":"x"}', 'body.a\\u0000'],
    ]) {
      const res = await app.inject({
        method: 'PATCH',
        url: '/api/v1/organizations/ministry-of-finance',
        headers: { 'content-type': 'application/json', cookie: `sid=${editor.cookies.get('sid')}` },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().errors[0].field).toBe(field);
    }
  });

  it('refuses the headers and cookies the platform reads when they hold what the database cannot', async () => {
    // [path, headers, status, the field named]: a cookie the platform does not read passes.
    const cases: [string, Record<string, string>, number, string | null][] = [
      ['/organizations', { cookie: 'lang=%00' }, 400, 'cookie.lang'],
      ['/organizations', { cookie: '_ga=%00' }, 200, null],
      [
        '/api/v1/organizations',
        { 'user-agent': Buffer.from([0xc3, 0x28]).toString('latin1') },
        400,
        'header.user-agent',
      ],
      ['/api/v1/organizations', { 'x-purpose': 'audit\u0007' }, 400, 'header.x-purpose'],
    ];
    for (const [url, headers, status, field] of cases) {
      const res = await app.inject({ method: 'GET', url, headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(status);
      if (field && url.startsWith('/api/')) expect(res.json().errors[0].field).toBe(field);
      else if (field) expect(res.body).toContain(field);
    }
  });

  it('answers a path the router cannot decode, or one too long, in the platform format, not Fastify JSON', async () => {
    const page = await app.inject({ method: 'GET', url: '/organizations/%zz' });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<h1>Хүсэлт буруу байна</h1>');
    const api = await app.inject({ method: 'GET', url: '/api/v1/organizations/%C3%28' });
    expect(api.statusCode).toBe(400);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(api.json().code).toBe('bad-request');
    const long = await app.inject({ method: 'GET', url: `/api/v1/organizations/${'a'.repeat(300)}` });
    expect(long.statusCode).toBe(400);
    expect(long.json().code).toBe('bad-request');
  });

  it('shows an error page when a form post is refused before the page context is made (access)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/feedback/operator',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<h1>Нэвтрэх шаардлагатай</h1>');
  });
});
