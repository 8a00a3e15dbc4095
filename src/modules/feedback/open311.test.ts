import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { problems } from '../../platform/http/errors.ts';
import { publishCase } from './publish.ts';
import { answerCase } from './respond.ts';
import { fileCase, meta, staffActor, systemToken } from './test-support.ts';

const { app, ctx } = await createTestApp();

const CONTACT = { name: 'Оюунчимэг Гантулга', email: 'oyuna.gantulga@example.mn', phone: '88114455' };
// 17:26:53 on 14 March 2026 in Ulaanbaatar, at a house in Uliastai.
const FILED = new Date('2026-03-14T09:26:53Z');
const PLACE = { aimag: '81', lat: '47.74321', lon: '96.84987' };

async function file(subject: string, now: Date): Promise<string> {
  const filed = await fileCase(ctx, { ...PLACE, ...CONTACT, subject, publishConsent: 'yes' }, now);
  return filed.number;
}

const list = async (query: string) => {
  const res = await app.inject({ method: 'GET', url: `/open311/v2/requests.json?lang=en${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Record<string, unknown>[];
};

describe('Open311 GET tells what the public pages and the performance report already tell', () => {
  test('only published cases, by their published text, to the aimag and the month', async () => {
    const published = await file('Road to the airport flooded', FILED);
    const answeredOnly = await file('Road to the market flooded', FILED);
    const recent = await file('Road to the school flooded', new Date(Date.now() - 86_400_000));
    const governor = await staffActor(ctx, 'organization-responder', 'governor-zavkhan');
    for (const number of [published, answeredOnly])
      expect((await answerCase(ctx, governor, number, { text: 'Drained.' }, meta())).ok).toBe(true);
    const moderator = await staffActor(ctx, 'moderator');
    const done = await publishCase(
      ctx,
      moderator,
      published,
      { text: 'The road to the airport is flooded.', answer: 'Drained.' },
      meta(),
    );
    expect(done.ok).toBe(true);

    const march = await list('&start_date=2026-03-01&end_date=2026-03-31');
    expect(march.map((r) => r.service_request_id)).toEqual([published]);
    const [row] = march;
    expect(row).toMatchObject({
      status: 'closed',
      description: 'The road to the airport is flooded.',
      status_notes: 'Drained.',
      service_code: 'roads',
      address: 'Zavkhan',
      // The month it came in, in Ulaanbaatar: the precision of the performance report.
      requested_datetime: '2026-03-01T00:00:00+08:00',
      updated_datetime: '',
      expected_datetime: '',
    });
    expect(row).not.toHaveProperty('lat');
    expect(row).not.toHaveProperty('long');

    // A date filter does not tell the second, the day or the week a case came in.
    expect((await list('&start_date=2026-03-14T09:26:54Z')).map((r) => r.service_request_id)).toContain(
      published,
    );
    expect(
      (await list('&start_date=2026-03-01&end_date=2026-03-14T09:26:52Z')).map((r) => r.service_request_id),
    ).toEqual([published]);
    expect(await list('&start_date=2026-02-01&end_date=2026-02-28T15:59:59Z')).toEqual([]);

    // The last 90 days, by default: the recent case is not published, so it is not there.
    const latest = await list('');
    expect(latest.map((r) => r.service_request_id)).not.toContain(recent);

    // Unpublished cases are not there by number either, as if they did not exist.
    const byIds = await list(`&service_request_id=${published},${answeredOnly},${recent}`);
    expect(byIds.map((r) => r.service_request_id)).toEqual([published]);
    for (const number of [answeredOnly, recent]) {
      const one = await app.inject({ method: 'GET', url: `/open311/v2/requests/${number}.json` });
      expect(one.statusCode).toBe(404);
      expect(one.json()).toEqual([{ code: 404, description: `no request ${number}` }]);
    }
    const one = await app.inject({ method: 'GET', url: `/open311/v2/requests/${published}.xml?lang=en` });
    expect(one.statusCode).toBe(200);
    expect(new XMLParser().parse(one.body).service_requests.request).toMatchObject({
      service_request_id: published,
      address: 'Zavkhan',
    });

    for (const url of [
      '/open311/v2/requests.json?start_date=2026-01-01',
      '/open311/v2/requests.xml?start_date=2026-01-01',
      `/open311/v2/requests/${published}.json`,
    ]) {
      const body = (await app.inject({ method: 'GET', url })).body;
      for (const secret of [
        ...Object.values(CONTACT),
        'market',
        'school',
        '47.74',
        '96.85',
        '17:26',
        '09:26',
      ])
        expect(body, `${url} shows ${secret}`).not.toContain(secret);
    }
  });
});

const submitToken = () => systemToken(ctx, ['feedback.submit-api']);

/** A POST as GeoReport v2 says: form-encoded, `api_key` among the fields, no cookie. */
const postForm = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('Open311 as its clients expect', () => {
  test('service discovery, in JSON and XML, points at this endpoint and names its jurisdiction', async () => {
    const json = await app.inject({ method: 'GET', url: '/open311/v2/discovery.json' });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const discovery = json.json();
    expect(discovery).toMatchObject({
      jurisdiction_id: new URL(ctx.config.publicUrl).hostname,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${ctx.config.publicUrl}/open311/v2`,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    });
    for (const field of ['changeset', 'contact', 'key_service'])
      expect(typeof discovery[field], field).toBe('string');
    expect(Number.isNaN(Date.parse(discovery.changeset))).toBe(false);
    expect(Number.isNaN(Date.parse(discovery.endpoints[0].changeset))).toBe(false);

    const xml = await app.inject({ method: 'GET', url: '/open311/v2/discovery.xml' });
    expect(xml.statusCode, xml.body).toBe(200);
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    const parsed = new XMLParser().parse(xml.body).discovery;
    expect(parsed.changeset).toBe(discovery.changeset);
    expect(parsed.endpoints.endpoint).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${ctx.config.publicUrl}/open311/v2`,
      type: 'production',
      formats: { format: ['application/json', 'text/xml'] },
    });
  });

  test("a form POST without a valid api_key is answered in Open311's error list, and a valid one files", async () => {
    const fields = { service_code: 'health', description: 'The clinic in Uliastai is closed.' };
    for (const [url, extra] of [
      ['/open311/v2/requests.json', { api_key: 'shl_not-a-token' }],
      ['/open311/v2/requests.json', {}],
    ] as const) {
      const res = await postForm(url, { ...fields, ...extra });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const [error] = res.json();
      expect(error.code).toBe(403);
      expect(error.description).toMatch(/api_key/);
    }
    const xml = await postForm('/open311/v2/requests.xml', { ...fields, api_key: 'shl_not-a-token' });
    expect(xml.statusCode, xml.body).toBe(403);
    expect(new XMLParser().parse(xml.body).errors.error.description).toMatch(/api_key/);

    const filed = await postForm('/open311/v2/requests.json', { ...fields, api_key: await submitToken() });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()[0].service_request_id).toMatch(/^\d{4}-\d{6}-\d$/);
  });

  test('a form POST that sends a session cookie still needs the CSRF token, key or not', async () => {
    const res = await postForm(
      '/open311/v2/requests.json',
      { service_code: 'health', description: 'x', api_key: 'shl_not-a-token' },
      { cookie: 'sid=a-stolen-or-ambient-session' },
    );
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json()).toEqual([{ code: 403, description: problems['csrf-failed'].en }]);
  });

  test('jurisdiction_id: this one is accepted on every route, any other is a 404 in the error list', async () => {
    const ours = new URL(ctx.config.publicUrl).hostname;
    const token = await submitToken();
    const gets = [
      '/open311/v2/services.json',
      '/open311/v2/services/health.json',
      '/open311/v2/requests.json',
    ];
    for (const url of gets) {
      const good = await app.inject({ method: 'GET', url: `${url}?jurisdiction_id=${ours}` });
      expect(good.statusCode, `${url}: ${good.body}`).toBe(200);
      const bad = await app.inject({ method: 'GET', url: `${url}?jurisdiction_id=sfgov.org` });
      expect(bad.statusCode, `${url}: ${bad.body}`).toBe(404);
      expect(bad.json()).toEqual([{ code: 404, description: expect.stringContaining('jurisdiction_id') }]);
    }
    const badXml = await app.inject({
      method: 'GET',
      url: '/open311/v2/services.xml?jurisdiction_id=sfgov.org',
    });
    expect(badXml.statusCode).toBe(404);
    expect(new XMLParser().parse(badXml.body).errors.error.code).toBe(404);

    const fields = {
      service_code: 'health',
      description: 'The clinic in Uliastai is closed.',
      api_key: token,
    };
    const refused = await postForm('/open311/v2/requests.json', { ...fields, jurisdiction_id: 'sfgov.org' });
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json()[0].description).toMatch(/jurisdiction_id/);
    const [count] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from feedback_cases where body = ${fields.description}`,
    );
    const accepted = await postForm('/open311/v2/requests.json', { ...fields, jurisdiction_id: ours });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const [after] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from feedback_cases where body = ${fields.description}`,
    );
    expect(after!.n).toBe(count!.n + 1);
  });
});
