import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadPlansDemo } from './demo.ts';
import { messages } from './messages.ts';

const { app, ctx } = await createTestApp();
await loadPlansDemo(ctx);
const SLUG = 'action-plan-2014-2015';
const [first] = await ctx.db.query<{ id: number }>(
  sql`select id from plan_commitments where number = '3.3.1.3'`,
);

describe('the plans pages in both languages', () => {
  it('has the same message keys in Mongolian and English', () => {
    expect(Object.keys(messages.mn).sort()).toEqual(Object.keys(messages.en).sort());
  });

  const pages = [
    '/plans',
    `/plans/${SLUG}`,
    `/plans/${SLUG}/overdue`,
    `/plans/${SLUG}/organizations`,
    `/plans/${SLUG}/organizations/ministry-of-finance`,
    `/plans/commitments/${first!.id}`,
    '/organizations/ministry-of-finance',
    '/',
  ];
  for (const lang of ['mn', 'en']) {
    it.each(pages)(`%s (${lang}) renders every message`, async (path) => {
      const res = await app.inject(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/\[plans\.[^\]]*\]/);
      expect(res.body).toContain(`<html lang="${lang}">`);
    });
  }

  it('shows the demo plan as published, with its five priority areas and the numbered commitment of IV', async () => {
    const res = await app.inject(`/plans/${SLUG}?lang=en`);
    for (const title of [
      'Preparatory actions',
      'Implementation Structure and management',
      'Increasing public transparency',
      'Improving public service',
      'Enhancing justice and reducing corruption',
    ])
      expect(res.body).toContain(title);
    expect(res.body).toContain('>3.3.2.1<');
    expect(res.body).not.toContain('This is a draft');
  });

  it('makes the absence of evidence visible', async () => {
    const res = await app.inject(`/plans/${SLUG}?lang=en`);
    expect(res.body).toContain('No evidence');
    expect(res.body).toMatch(/<strong>33<\/strong> without evidence/);
  });

  it('lists what the organisation is responsible for on its page', async () => {
    const res = await app.inject('/organizations/ministry-of-finance?lang=en');
    expect(res.body).toContain(`/plans/${SLUG}/organizations/ministry-of-finance`);
  });

  it('lists overdue commitments: everything due before today and not complete', async () => {
    const res = await app.inject(`/plans/${SLUG}/overdue?lang=en`);
    expect(res.body).toContain('3.3.3.7');
    expect(res.body).toContain('I.1');
  });

  it('keeps the review pages for reviewers', async () => {
    expect((await app.inject(`/plans/${SLUG}/review`)).statusCode).toBe(303);
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get(`/plans/${SLUG}/review`)).statusCode).toBe(403);
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const res = await reviewer.get(`/plans/${SLUG}/review?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/\[plans\.[^\]]*\]/);
  });

  it('answers an unknown plan or commitment with 404, not an error', async () => {
    expect((await app.inject('/plans/no-such-plan')).statusCode).toBe(404);
    expect((await app.inject('/plans/commitments/999999')).statusCode).toBe(404);
    expect((await app.inject('/api/v1/plans/commitments/999999')).statusCode).toBe(404);
    expect((await app.inject('/plans/evidence/not-a-file')).statusCode).toBe(404);
  });
});
