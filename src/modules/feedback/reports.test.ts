import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { anonymous } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { rateAnswer } from './citizen.ts';
import { league } from './pages/reports.ts';
import { reportBy, reportTotals } from './reports.ts';
import { answerCase } from './respond.ts';
import { fileCase, meta, staffActor } from './test-support.ts';

const { app, ctx } = await createTestApp();

const file = (category: string, aimag: string, at: string) =>
  fileCase(ctx, { category, aimag }, new Date(at));

describe('the public performance report', () => {
  test('received, answered, on time, median days, overdue now and satisfaction per organisation, category, aimag and month', async () => {
    const health = await staffActor(ctx, 'organization-responder', 'ministry-of-health');
    const taxes = await staffActor(ctx, 'organization-responder', 'general-department-of-taxation');
    // Health: three cases in January 2026, answered after 4 and 10 days, and 40 days (late).
    const h1 = await file('health', '', '2026-01-05T02:00:00Z');
    const h2 = await file('health', '', '2026-01-06T02:00:00Z');
    const h3 = await file('health', '65', '2026-01-07T02:00:00Z');
    for (const [filed, at] of [
      [h1, '2026-01-09T02:00:00Z'],
      [h2, '2026-01-16T02:00:00Z'],
      [h3, '2026-02-16T02:00:00Z'],
    ] as const)
      await answerCase(ctx, health, filed.number, { text: 'ok' }, meta(new Date(at)));
    for (const [filed, rating, at] of [
      [h1, 5, '2026-01-10T00:00:00Z'],
      [h3, 2, '2026-02-17T00:00:00Z'],
    ] as const)
      await rateAnswer(ctx, anonymous, { token: filed.followToken! }, { rating }, meta(new Date(at)));
    // Taxes: one in February, never answered, long overdue by now.
    await file('taxes', '65', '2026-02-01T02:00:00Z');
    expect(taxes.userId).toBeTruthy();

    const byOrg = await reportBy(ctx, 'organization', {});
    const h = byOrg.find((r) => r.key === 'ministry-of-health')!;
    expect(h).toMatchObject({
      received: 3,
      answered: 3,
      answered_on_time: 2,
      median_days_to_answer: 10,
      overdue_now: 0,
      satisfaction: 3.5,
      ratings: 2,
    });
    const t = byOrg.find((r) => r.key === 'general-department-of-taxation')!;
    expect(t).toMatchObject({
      received: 1,
      answered: 0,
      answered_on_time: 0,
      median_days_to_answer: null,
      overdue_now: 1,
    });
    expect(league(byOrg).map((r) => r.key)).toEqual(['ministry-of-health', 'general-department-of-taxation']);
    const byMonth = await reportBy(ctx, 'month', {});
    expect(byMonth.map((m) => [m.key, m.received])).toEqual([
      ['2026-01', 3],
      ['2026-02', 1],
    ]);
    const byAimag = await reportBy(ctx, 'aimag', {});
    expect(byAimag.map((a) => [a.key, a.received])).toEqual([
      ['', 2],
      ['65', 2],
    ]);
    expect((await reportTotals(ctx, { category: 'health' })).received).toBe(3);

    const page = await app.inject({ method: 'GET', url: '/feedback/reports?lang=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('2 (67%)');
    // The aimags as a map without JavaScript: a schematic with the same figures as a table.
    expect(page.body).toContain(
      '<svg role="img" aria-labelledby="feedback-by-aimag-title feedback-by-aimag-desc"',
    );
    expect(page.body).toContain('Cases received from each aimag');
    expect(page.body).toContain('A schematic: each square is one aimag');
    expect(page.body).toContain('<caption>Cases received from each aimag</caption>');
    const csv = await app.inject({
      method: 'GET',
      url: '/feedback/reports/performance.csv?organization=ministry-of-health',
    });
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'month,organization,category,aimag,received,answered,answered_on_time,median_days_to_answer,overdue_now,satisfaction,ratings',
    );
    expect(lines.slice(1)).toEqual([
      '2026-01,ministry-of-health,health,00,2,2,2,7,0,5,1',
      '2026-01,ministry-of-health,health,65,1,1,0,40,0,2,1',
    ]);
    const json = await app.inject({ method: 'GET', url: '/feedback/reports/performance.json?year=2026' });
    expect(json.statusCode).toBe(200);
    const bad = await app.inject({ method: 'GET', url: '/feedback/reports/performance.json?year=20x6' });
    expect(bad.statusCode).toBe(422);
    const [{ count }] = (await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from feedback_cases`,
    )) as [{ count: number }];
    expect(count).toBe(4);
  });
});
