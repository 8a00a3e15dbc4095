import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadDemoOnce } from '../../platform/setup.ts';

// Every module with its demo data: the records of procurement and plans that questions are about,
// and the feedback cases the league table counts beside the questions.
const { app, ctx } = await createTestApp();
await loadDemoOnce(ctx, app.shilen.modules);
const subject = (kind: string) =>
  app.shilen.modules.flatMap((m) => m.questionSubjects ?? []).find((s) => s.kind === kind)!;

describe('the records modules declare for questions', () => {
  it('a procurement process by its OCID, answered by its buyer; an unknown OCID is none', async () => {
    const [process] = await ctx.db.query<{ ocid: string; buyerId: number }>(
      sql`select ocid, buyer_id as "buyerId" from procurement_processes where buyer_id is not null order by id limit 1`,
    );
    const found = await subject('procurement.process').resolve(ctx, process!.ocid);
    expect(found).toMatchObject({
      organizationId: process!.buyerId,
      href: `/procurement/processes/${process!.ocid}`,
    });
    expect(await subject('procurement.process').resolve(ctx, 'ocds-nothing-here')).toBeNull();
    const page = await app.inject({ url: `/procurement/processes/${process!.ocid}?lang=en` });
    expect(page.body).toContain(
      `href="/questions/ask?subject=procurement.process&amp;key=${encodeURIComponent(process!.ocid)}"`,
    );
  });

  it('a commitment of a published plan, answered by its lead organisation', async () => {
    const [commitment] = await ctx.db.query<{ id: number; lead: number }>(sql`
      select c.id, l.organization_id as lead from plan_commitments c join plans p on p.id = c.plan_id
      join plan_item_organizations l on l.commitment_id = c.id
      where p.status = 'published' and l.role = 'lead' and l.milestone_id is null and l.organization_id is not null
      order by c.id, l.position limit 1`);
    const found = await subject('plans.commitment').resolve(ctx, String(commitment!.id));
    expect(found).toMatchObject({
      organizationId: commitment!.lead,
      href: `/plans/commitments/${commitment!.id}`,
    });
    expect(await subject('plans.commitment').resolve(ctx, '999999999')).toBeNull();
    expect(await subject('plans.commitment').resolve(ctx, 'not-a-number')).toBeNull();
    const page = await app.inject({ url: `/plans/commitments/${commitment!.id}?lang=en` });
    expect(page.body).toContain(`href="/questions/ask?subject=plans.commitment&amp;key=${commitment!.id}"`);
    expect(page.body).toContain('Ask a question about this record');
  });

  it('the asking form names the record it is about', async () => {
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    const form = await citizen.get(
      '/questions/ask?subject=procurement.process&key=ocds-mn0001-2025-90002&lang=en',
    );
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('href="/procurement/processes/ocds-mn0001-2025-90002"');
  });
});

describe('the demo’s questions', () => {
  it('are public with their answers, and the league table counts them beside the feedback cases', async () => {
    const list = (await app.inject({ url: '/api/v1/questions' })).json() as { items: { status: string }[] };
    expect(list.items.map((q) => q.status).sort()).toEqual(['answered', 'open']);
    const league = await app.inject({ url: '/requests/league?lang=en' });
    expect(league.statusCode).toBe(200);
    expect(league.body).toContain('<option value="feedback.case">Feedback cases</option>');
    expect(league.body).toContain('<option value="questions.question">Public questions</option>');
    const feedbackOnly = await app.inject({ url: '/requests/league?lang=en&kind=feedback.case' });
    expect(feedbackOnly.body).toMatch(/<td class="numeric">\d+%<\/td>/);
  });
});
