import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';

const SEED = fs.readFileSync(new URL('./demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url));
const { app, ctx } = await createTestApp();
const SLUG = 'action-plan-2014-2015';

/** Uploads a plan document from the import page, as a browser sends it. */
async function upload(
  client: Awaited<ReturnType<typeof signedInAs>>,
  content: Buffer,
  filename = 'plan.txt',
  dryRun = false,
) {
  await client.get('/plans/import?lang=en');
  return client.upload('/plans/import?lang=en', dryRun ? { dryRun: '1' } : {}, {
    document: { name: filename, content, type: 'text/plain' },
  });
}

describe('importing, reviewing and publishing a plan on the site', () => {
  it('refuses the upload page to citizens and to officials without the role', async () => {
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get('/plans/import')).statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    expect((await publisher.get('/plans/import')).statusCode).toBe(403);
    expect((await app.inject('/plans/import')).statusCode).toBe(303);
  });

  it('reports a bad document on the upload page and writes nothing', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const res = await upload(reviewer, Buffer.from('%PDF-1.4\n1 0 obj\n'), 'plan.pdf');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('PDF file');
    expect(res.body).toContain('Nothing was written');
    const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from plans`);
    expect(row?.n).toBe(0);
  });

  it('checks on a dry run, then imports a draft that only reviewers see', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const dry = await upload(reviewer, SEED, 'plan.txt', true);
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('Checked: nothing was written');
    const res = await upload(reviewer, SEED);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('The plan is imported as a draft');
    expect(res.body).toMatch(/<strong>33<\/strong> commitments/);
    expect(res.body).toContain('Commissary.');
    expect((await app.inject(`/plans/${SLUG}`)).statusCode).toBe(404);
    expect((await app.inject(`/api/v1/plans/${SLUG}`)).statusCode).toBe(404);
    expect((await reviewer.get(`/plans/${SLUG}?lang=en`)).body).toContain('This is a draft');
    const again = await upload(reviewer, SEED);
    expect(again.body).toContain('nothing changed');
  });

  it('lets the reviewer correct an item, refusing bad values field by field', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const review = await reviewer.get(`/plans/${SLUG}/review?lang=en`);
    expect(review.body).toContain('Text the import could not place');
    expect(review.body).toContain('A commitment has no number');
    const [c] = await ctx.db.query<{ id: number }>(sql`select id from plan_commitments where number is null`);
    const path = `/plans/${SLUG}/review/commitments/${c!.id}`;
    await reviewer.get(`${path}?lang=en`);
    const bad = await reviewer.submit(`${path}?lang=en`, {
      number: '3.3.2.2',
      startDate: '2015-02-30',
      endDate: '2014-01-01',
      titleEn: 'x',
    });
    expect(bad.statusCode).toBe(422);
    for (const field of ['startDate']) expect(bad.body).toContain(`href="#${field}"`);
    const taken = await reviewer.submit(`${path}?lang=en`, { number: '3.3.2.2' });
    expect(taken.body).toContain('already used');
    const good = await reviewer.submit(path, { number: '3.3.2.1', ogpValues: 'civic-participation' });
    expect(good.statusCode).toBe(303);
    const [row] = await ctx.db.query<{ number: string; ogp_values: string[] }>(
      sql`select number, ogp_values from plan_commitments where id = ${c!.id}`,
    );
    expect(row).toEqual({ number: '3.3.2.1', ogp_values: ['civic-participation'] });
    const [audit] = await ctx.db.query<{ details: { number: { from: null; to: string } } }>(
      sql`select details from audit_log where action = 'plans.correct' order by seq desc limit 1`,
    );
    expect(audit?.details.number).toEqual({ from: null, to: '3.3.2.1' });
  });

  it('points an organisation at the registry and changes its role', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const [link] = await ctx.db.query<{
      id: number;
      commitment: number;
    }>(sql`select l.id, l.commitment_id as commitment
      from plan_item_organizations l join plan_commitments c on c.id = l.commitment_id
      where c.number = '3.3.1.1' and l.name_as_written = 'Parliament'`);
    await reviewer.get(`/plans/${SLUG}/review/commitments/${link!.commitment}`);
    const res = await reviewer.submit(`/plans/${SLUG}/review/organizations/${link!.id}`, {
      organization: 'state-great-khural',
      role: 'lead',
    });
    expect(res.statusCode).toBe(303);
    await reviewer.get(`/plans/${SLUG}/review/commitments/${link!.commitment}`);
    const bad = await reviewer.submit(`/plans/${SLUG}/review/organizations/${link!.id}`, {
      organization: 'no-such-body',
      role: 'lead',
    });
    expect(bad.statusCode).toBe(422);
    const [row] = await ctx.db.query<{ role: string }>(
      sql`select role from plan_item_organizations where id = ${link!.id}`,
    );
    expect(row?.role).toBe('lead');
  });

  it('adds an organisation the document left out, and removes a wrong one', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const [c] = await ctx.db.query<{ id: number }>(sql`select id from plan_commitments where number = 'I.4'`);
    const path = `/plans/${SLUG}/review/commitments/${c!.id}`;
    await reviewer.get(`${path}?lang=en`);
    const bad = await reviewer.submit(`${path}/organizations?lang=en`, { organization: '', role: 'lead' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#add-organization"');
    await reviewer.get(path);
    expect(
      (await reviewer.submit(`${path}/organizations`, { organization: 'cabinet-secretariat', role: 'lead' }))
        .statusCode,
    ).toBe(303);
    const links = await ctx.db.query<{
      id: number;
      slug: string;
      role: string;
    }>(sql`select l.id, o.slug, l.role
      from plan_item_organizations l join organizations o on o.id = l.organization_id where l.commitment_id = ${c!.id}`);
    expect(links.map((l) => [l.slug, l.role])).toEqual([['cabinet-secretariat', 'lead']]);
    await reviewer.get(path);
    expect(
      (await reviewer.submit(`/plans/${SLUG}/review/organizations/${links[0]!.id}/remove`, { next: path }))
        .statusCode,
    ).toBe(303);
    const [left] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from plan_item_organizations where commitment_id = ${c!.id}`,
    );
    expect(left?.n).toBe(0);
    const audit = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where action in ('plans.add-organization', 'plans.remove-organization') order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['plans.add-organization', 'plans.remove-organization']);
    // Put back, so that I.4 has its organisation for the rest of the file.
    await reviewer.get(path);
    await reviewer.submit(`${path}/organizations`, { organization: 'cabinet-secretariat', role: 'lead' });
  });

  it('gives the plan and a priority area their Mongolian titles', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    await reviewer.get(`/plans/${SLUG}/review/titles/plan`);
    const empty = await reviewer.submit(`/plans/${SLUG}/review/titles/plan?lang=en`, {
      titleMn: '',
      titleEn: '',
    });
    expect(empty.statusCode).toBe(422);
    const plan = await reviewer.submit(`/plans/${SLUG}/review/titles/plan`, {
      titleMn: 'Нээлттэй засгийн түншлэлийн үйл ажиллагааны төлөвлөгөө',
      titleEn: 'Government of Mongolia "Open government partnership" Country action plan',
    });
    expect(plan.statusCode).toBe(303);
    const [priority] = await ctx.db.query<{ id: number }>(
      sql`select id from plan_priorities where number = 'III'`,
    );
    await reviewer.get(`/plans/${SLUG}/review/titles/priority-${priority!.id}`);
    const res = await reviewer.submit(`/plans/${SLUG}/review/titles/priority-${priority!.id}`, {
      titleMn: 'Төрийн ил тод байдлыг нэмэгдүүлэх',
      titleEn: 'Increasing public transparency',
    });
    expect(res.statusCode).toBe(303);
    const page = await reviewer.get(`/plans/${SLUG}?lang=mn`);
    expect(page.body).toContain('Нээлттэй засгийн түншлэлийн үйл ажиллагааны төлөвлөгөө');
    expect(page.body).toContain('Төрийн ил тод байдлыг нэмэгдүүлэх');
  });

  it('publishes the plan: public pages, API, search and downloads', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    await reviewer.get(`/plans/${SLUG}/review`);
    const res = await reviewer.submit(`/plans/${SLUG}/publish`, {});
    expect(res.statusCode).toBe(303);
    const page = await app.inject(`/plans/${SLUG}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Progress by priority area');
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('Enhancing justice and reducing corruption');
    const api = await app.inject(`/api/v1/plans/${SLUG}`);
    const plan = api.json() as { priorities: { commitments: unknown[] }[] };
    expect(plan.priorities.map((p) => p.commitments.length)).toEqual([8, 5, 8, 5, 7]);
    const csv = await app.inject(`/datasets/plan-commitments/download.csv?plan=${SLUG}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\n')).toHaveLength(34);
    const search = await app.inject(
      `/api/v1/search?q=${encodeURIComponent('random disclosure assets')}&module=plans`,
    );
    expect((search.json() as { items: { url: string }[] }).items[0]?.url).toMatch(
      /\/plans\/commitments\/\d+$/,
    );
    const [audit] = await ctx.db.query(sql`select 1 from audit_log where action = 'plans.publish'`);
    expect(audit).toBeDefined();
  });

  it('refuses a different document over the published plan', async () => {
    const reviewer = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const changed = Buffer.from(
      SEED.toString('utf8').replace('Strengthen the capacity', 'Strengthen the legal capacity'),
    );
    const res = await upload(reviewer, changed);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('is published');
  });
});
