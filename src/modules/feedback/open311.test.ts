import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { anonymous } from '../../platform/auth/actor.ts';
import { publishCase } from './publish.ts';
import { answerCase } from './respond.ts';
import { submitCase } from './submit.ts';
import { meta, sampleCase, staffActor } from './test-support.ts';

const { app, ctx } = await createTestApp();

const CONTACT = { name: 'Оюунчимэг Гантулга', email: 'oyuna.gantulga@example.mn', phone: '88114455' };
// 17:26:53 on 14 March 2026 in Ulaanbaatar, at a house in Uliastai.
const FILED = new Date('2026-03-14T09:26:53Z');
const PLACE = { aimag: '81', lat: '47.74321', lon: '96.84987' };

async function file(subject: string, now: Date): Promise<string> {
  const result = await submitCase(
    ctx,
    anonymous,
    { ...sampleCase, ...PLACE, ...CONTACT, subject, publishConsent: 'yes' },
    { channel: 'web', meta: meta(), locale: 'en', now },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.case.number;
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
