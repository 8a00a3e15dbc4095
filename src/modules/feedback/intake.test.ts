import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { sql } from '../../platform/db/sql.ts';
import { systemToken as feedbackSystemToken } from './test-support.ts';

const { app, ctx } = await createTestApp();

const PERSONAL = {
  name: 'Цэцэгмаа Болдбаатар',
  email: 'tsetseg.bold@example.mn',
  phone: '99112233',
  address: 'Чингэлтэй дүүрэг, 4-р хороо, 12-р байр 34 тоот',
  registerNumber: 'УБ85010112',
};

async function orgOf(number: string): Promise<string> {
  const [row] = await ctx.db.query<{ slug: string }>(sql`select o.slug from feedback_cases c
    join organizations o on o.id = c.organization_id where c.number = ${number}`);
  return row!.slug;
}

const systemToken = (scopes: string[]) => feedbackSystemToken(ctx, scopes);
/** A responder of an organisation no test case is routed to. */
const energyResponder = () =>
  signedInAs(app, ctx, { role: 'organization-responder', organization: 'ministry-of-energy' });

let anonymousNumber = '';
let followUrl = '';

describe('the web form, the responder console and the citizen', () => {
  test('an anonymous case reaches the right organisation, is answered in the console, rated by the citizen', async () => {
    const citizen = new TestClient(app);
    const form = await citizen.get('/feedback/new?lang=en');
    expect(form.statusCode).toBe(200);
    const submissionId = /name="submissionId" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const land = { submissionId, kind: 'complaint', category: 'land' };
    const bad = await citizen.submit('/feedback/new', {
      ...land,
      subject: '',
      body: '<b>x</b>',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Enter a subject');
    expect(bad.body).toContain('HTML and script cannot be entered');
    const res = await citizen.submit('/feedback/new', {
      ...land,
      aimag: '64',
      subject: 'Land fenced off illegally',
      body: `My neighbour ${PERSONAL.name} (${PERSONAL.registerNumber}, ${PERSONAL.phone}) fenced the common pasture.`,
      ...PERSONAL,
      publishConsent: 'yes',
    });
    expect(res.statusCode).toBe(303);
    followUrl = String(res.headers.location).replace(/\?.*$/, '');
    const page = await citizen.follow(res);
    anonymousNumber = /Case (\d{4}-\d{6}-\d)/.exec(page.body)?.[1] ?? '';
    expect(page.body).toContain('Your case is registered as');
    expect(await orgOf(anonymousNumber)).toBe('governor-bayankhongor');
    // A second submission of the same form makes no second case.
    await citizen.get('/feedback/new');
    const again = await citizen.submit('/feedback/new', { ...land, subject: 'x', body: 'y' });
    expect(String(again.headers.location)).toBe(`/feedback/received/${anonymousNumber}`);

    const responder = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'governor-bayankhongor',
    });
    const queue = await responder.get('/feedback/console?lang=en');
    expect(queue.body).toContain(anonymousNumber);
    const casePage = await responder.get(`/feedback/console/cases/${anonymousNumber}?lang=en`);
    expect(casePage.body).toContain(PERSONAL.phone);
    const note = await responder.submit(`/feedback/console/cases/${anonymousNumber}/note`, {
      'text-note': 'Call the soum office first',
    });
    expect(note.statusCode).toBe(303);
    await responder.get(`/feedback/console/cases/${anonymousNumber}`);
    const answered = await responder.submit(`/feedback/console/cases/${anonymousNumber}/answer`, {
      answer: 'The fence will be removed by 1 June.',
    });
    expect(answered.statusCode).toBe(303);

    const outsider = await energyResponder();
    expect((await outsider.get(`/feedback/console/cases/${anonymousNumber}`)).statusCode).toBe(403);
    expect((await outsider.get('/feedback/console')).body).not.toContain(anonymousNumber);

    const followed = await citizen.get(`${followUrl}?lang=en`);
    expect(followed.body).toContain('The fence will be removed by 1 June.');
    expect(followed.body).not.toContain('Call the soum office first');
    const rated = await citizen.submit(`${followUrl}/rate`, { rating: '5', comment: 'Thank you' });
    expect(rated.statusCode).toBe(303);
    expect((await citizen.follow(rated)).body).toContain('The answer was rated 5/5.');
    expect(
      (await new TestClient(app).get('/feedback/follow/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))
        .statusCode,
    ).toBe(404);
  });

  test('a signed-in citizen sees their cases on their page', async () => {
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    await citizen.get('/feedback/new');
    const res = await citizen.submit('/feedback/new', {
      kind: 'enquiry',
      category: 'taxes',
      subject: 'VAT refund',
      body: 'When is the refund paid?',
    });
    expect(res.statusCode).toBe(303);
    const mine = await citizen.get('/feedback/mine?lang=en');
    const number = /\/feedback\/mine\/(\d{4}-\d{6}-\d)/.exec(mine.body)?.[1] ?? '';
    expect(number).not.toBe('');
    expect((await citizen.get(`/feedback/mine/${number}`)).statusCode).toBe(200);
    const other = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await other.get(`/feedback/mine/${number}`)).statusCode).toBe(404);
  });

  test('the operator console enters a call with its channel, for the centre’s staff only', async () => {
    const operator = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'government-11-11-centre',
    });
    await operator.get('/feedback/operator?lang=en');
    const heating = {
      kind: 'complaint',
      category: 'utilities',
      subject: 'No heating',
      body: 'Since Monday.',
    };
    const missing = await operator.submit('/feedback/operator', heating);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Choose the channel');
    const res = await operator.submit('/feedback/operator', {
      ...heating,
      channel: 'phone',
      aimag: '11',
      name: 'Дорж',
    });
    expect(res.statusCode).toBe(303);
    const number = /entered=(\d{4}-\d{6}-\d)/.exec(String(res.headers.location))?.[1] ?? '';
    expect(await orgOf(number)).toBe('capital-city-governor');
    const [row] = await ctx.db.query<{ channel: string }>(
      sql`select channel from feedback_cases where number = ${number}`,
    );
    expect(row?.channel).toBe('phone');
    const other = await energyResponder();
    expect((await other.get('/feedback/operator')).statusCode).toBe(403);
  });
});

describe('Open311 GeoReport v2', () => {
  test('services, a POST with api_key and an Idempotency-Key, and GET in JSON and XML', async () => {
    const services = await app.inject({ method: 'GET', url: '/open311/v2/services.json?lang=en' });
    expect(services.json().map((s: { service_code: string }) => s.service_code)).toContain('health');
    const xml = await app.inject({ method: 'GET', url: '/open311/v2/services.xml' });
    expect(new XMLParser().parse(xml.body).services.service.length).toBeGreaterThan(5);
    const definition = await app.inject({ method: 'GET', url: '/open311/v2/services/health.json' });
    expect(definition.json().attributes[0].code).toBe('kind');
    expect((await app.inject({ method: 'GET', url: '/open311/v2/services/nope.json' })).statusCode).toBe(404);

    /** An Open311 POST as a form, the way its clients send one. */
    const postForm = (format: 'json' | 'xml', payload: string, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: `/open311/v2/requests.${format}`,
        payload,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });
    const token = await systemToken(['feedback.submit-api']);
    const form = new URLSearchParams({
      api_key: token,
      service_code: 'health',
      description: `Clinic closed. Call me: ${PERSONAL.phone}`,
      lat: '47.92',
      long: '106.92',
      email: PERSONAL.email,
      first_name: 'Цэцэгмаа',
      'attribute[aimag]': '11',
    }).toString();
    const post = () => postForm('json', form, { 'idempotency-key': 'open311-test-0001' });
    const first = await post();
    expect(first.statusCode, first.body).toBe(201);
    const id = first.json()[0].service_request_id;
    const retry = await post();
    expect(retry.json()[0].service_request_id).toBe(id);
    const [count] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from feedback_cases where idempotency_key = 'open311-test-0001'`,
    );
    expect(count?.n).toBe(1);
    expect(await orgOf(id)).toBe('ministry-of-health');

    // Open311: 403 when api_key is missing or invalid.
    const noKey = await app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: { service_code: 'health', description: 'x' },
    });
    expect(noKey.statusCode).toBe(403);
    expect(noKey.json()[0]).toMatchObject({ code: 403 });
    const badKey = await app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: { api_key: 'shl_nope', service_code: 'health', description: 'x' },
    });
    expect(badKey.statusCode).toBe(403);
    const unknown = await postForm('xml', `api_key=${token}&service_code=nope&description=x`);
    expect(unknown.statusCode).toBe(404);
    expect(new XMLParser().parse(unknown.body).errors.error.code).toBe(404);
    const wrongScope = await systemToken(['organizations.update']);
    const refused = await postForm('json', `api_key=${wrongScope}&service_code=health&description=x`);
    expect(refused.statusCode).toBe(403);

    // Not published: Open311 does not tell it exists (open311.test.ts has what it does tell).
    const one = await app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    expect(one.statusCode).toBe(404);
    const oneXml = await app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.xml` });
    expect(new XMLParser().parse(oneXml.body).errors.error.code).toBe(404);
    const badDate = await app.inject({
      method: 'GET',
      url: '/open311/v2/requests.json?start_date=2026-02-30',
    });
    expect(badDate.statusCode).toBe(400);
  });

  test('the JSON API files a case once per Idempotency-Key', async () => {
    const token = await systemToken(['feedback.submit-api']);
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/feedback/cases',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'api-test-000001' },
        payload: {
          kind: 'petition',
          category: 'education',
          subject: 'More school buses',
          body: 'Our soum needs two.',
          aimag: '65',
        },
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    const second = await send();
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ number: first.json().number, replayed: true });
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/feedback/cases',
      headers: { authorization: `Bearer ${token}` },
      payload: { kind: 'petition', category: 'nope', subject: 's', body: 'b' },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0].field).toBe('body.category');
  });
});

describe('privacy and publication', () => {
  test('no personal data in any public page, download, search result or Open311 answer', async () => {
    const moderator = await signedInAs(app, ctx, { role: 'moderator' });
    const review = await moderator.get(`/feedback/moderation/${anonymousNumber}?lang=en`);
    expect(review.statusCode).toBe(200);
    const proposed = /<textarea id="text"[^>]*>([^<]*)<\/textarea>/.exec(review.body)?.[1] ?? '';
    expect(proposed).not.toContain(PERSONAL.registerNumber);
    const leaking = await moderator.submit(`/feedback/moderation/${anonymousNumber}`, {
      text: `Fence by ${PERSONAL.phone}`,
      answer: 'Removed.',
    });
    expect(leaking.statusCode).toBe(422);
    const published = await moderator.submit(`/feedback/moderation/${anonymousNumber}`, {
      text: 'Land fenced off illegally. My neighbour […] fenced the common pasture.',
      answer: 'The fence will be removed by 1 June.',
    });
    expect(
      published.statusCode,
      published.body.slice(
        published.body.indexOf('error-summary'),
        published.body.indexOf('error-summary') + 600,
      ),
    ).toBe(303);

    const visitor = new TestClient(app);
    const urls = [
      '/feedback',
      '/feedback/published',
      `/feedback/published/${anonymousNumber}`,
      '/feedback/reports',
      '/feedback/reports/performance.csv',
      '/feedback/reports/performance.json',
      '/datasets/feedback-performance',
      '/open311/v2/requests.json',
      '/open311/v2/requests.xml',
      `/open311/v2/requests/${anonymousNumber}.json`,
      '/search?q=fence',
      '/api/v1/search?q=pasture',
      '/api/v1/datasets/feedback-performance/rows',
      '/datasets/feedback-performance/download.csv',
    ];
    const secrets = [...Object.values(PERSONAL), 'Цэцэгмаа', 'Болдбаатар', 'Дорж'];
    for (const url of urls) {
      const res = await visitor.get(url);
      expect(res.statusCode, url).toBeLessThan(400);
      for (const secret of secrets) expect(res.body, `${url} shows ${secret}`).not.toContain(secret);
    }
    expect((await visitor.get('/search?q=pasture')).body).toContain(anonymousNumber);
    expect((await visitor.get(`/feedback/published/${anonymousNumber}`)).body).toContain('common pasture');
  });
});

describe('the routing page', () => {
  test('platform administrators see and change the rules; others may not', async () => {
    const admin = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const page = await admin.get('/feedback/admin/routing?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Governor&#39;s Office of Arkhangai Aimag');
    const bad = await admin.submit('/feedback/admin/routing', { category: '', organization: '' });
    expect(bad.statusCode).toBe(422);
    const ok = await admin.submit('/feedback/admin/routing', {
      category: 'education',
      aimag: '85',
      organization: 'governor-uvs',
    });
    expect(ok.statusCode).toBe(303);
    const responder = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'ministry-of-health',
    });
    expect((await responder.get('/feedback/admin/routing')).statusCode).toBe(403);
  });
});
