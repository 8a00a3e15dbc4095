import { describe, expect, it } from 'vitest';
import { organizationId } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { createApiToken } from '../../platform/auth/api-tokens.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadPlansDemo } from './demo.ts';
import { isStarred } from './evaluations.ts';

const { app, ctx } = await createTestApp();
await loadPlansDemo(ctx);

const idOf = async (number: string) =>
  (await ctx.db.query<{ id: number }>(sql`select id from plan_commitments where number = ${number}`))[0]!.id;
const procurement = await idOf('3.3.1.8');
const count = async (table: string) =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.id(table)}`))[0]!.n;

type Client = Awaited<ReturnType<typeof signedInAs>>;
type Files = Parameters<Client['upload']>[2];

/** Opens the report form (finding records by a search), then sends it with its one-time key. */
async function postReport(client: Client, id: number, fields: Record<string, string>, files: Files = {}) {
  const page = await client.get(
    `/plans/commitments/${id}/report?lang=en&find=${encodeURIComponent('procurement agency')}`,
  );
  const key = /name="submissionKey" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const res = await client.upload(
    `/plans/commitments/${id}/report?lang=en`,
    { submissionKey: key, ...fields },
    files,
  );
  return { res, key, page };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

describe('progress reports by the responsible organisation', () => {
  it('refuses those who are not members of a responsible organisation', async () => {
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get(`/plans/commitments/${procurement}/report`)).statusCode).toBe(403);
    const justice = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-justice',
    });
    const page = await justice.get(`/plans/commitments/${procurement}/report?lang=en`);
    expect(page.statusCode).toBe(403);
    expect((await justice.get(`/plans/commitments/${procurement}?lang=en`)).body).not.toContain(
      'Report progress',
    );
  });

  it('takes a report with evidence linked to a record, a link and a document, once', async () => {
    const follower = await signedInAs(app, ctx);
    await follower.get(`/plans/commitments/${procurement}`);
    expect(
      (await follower.submit(`/plans/commitments/${procurement}/follow`, { follow: '1' })).statusCode,
    ).toBe(303);

    const finance = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    const { res, key, page } = await postReport(
      finance,
      procurement,
      {
        organization: 'ministry-of-finance',
        completion: 'substantial',
        narrative: 'Contracts above the threshold are published on the procurement portal.',
        reportedOn: '2015-06-30',
        records: 'organizations:organization:government-procurement-agency',
        links: 'https://www.tender.gov.mn/en/contracts',
      },
      { files: { name: 'report.pdf', content: PDF, type: 'application/pdf' } },
    );
    expect(page.body).toContain('value="organizations:organization:government-procurement-agency"');
    expect(res.statusCode).toBe(303);
    const shown = await app.inject(`/plans/commitments/${procurement}?lang=en`);
    expect(shown.body).toContain('Contracts above the threshold are published');
    expect(shown.body).toContain('href="/organizations/government-procurement-agency"');
    expect(shown.body).toContain('https://www.tender.gov.mn/en/contracts');
    expect(shown.body).toMatch(/href="\/plans\/evidence\/[0-9a-f-]{36}"/);
    const [c] = await ctx.db.query<{ completion: string }>(
      sql`select completion from plan_commitments where id = ${procurement}`,
    );
    expect(c?.completion).toBe('substantial');
    const [audit] = await ctx.db.query<{ actor: string; details: { evidence: number } }>(
      sql`select actor, details from audit_log where action = 'plans.report' order by seq desc limit 1`,
    );
    expect(audit).toEqual({
      actor: `user:${finance.userId}`,
      details: expect.objectContaining({ evidence: 3 }),
    });
    const mail = await ctx.db.query<{ to_address: string; subject: string }>(
      sql`select to_address, subject from mail_outbox where subject like '%3.3.1.8%'`,
    );
    expect(mail).toHaveLength(1);

    // The evidence document is served safely; the follower's address is nowhere public.
    const file = /href="(\/plans\/evidence\/[0-9a-f-]{36})"/.exec(shown.body)![1]!;
    const served = await app.inject(file);
    expect(served.statusCode).toBe(200);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.body).not.toContain(mail[0]!.to_address);
    expect((await app.inject(`/api/v1/plans/commitments/${procurement}`)).body).not.toContain(
      mail[0]!.to_address,
    );

    // The same submission again (a retried form) makes no second report.
    const reports = await count('plan_progress_reports');
    await finance.get(`/plans/commitments/${procurement}/report`);
    const retry = await finance.upload(
      `/plans/commitments/${procurement}/report`,
      {
        submissionKey: key,
        organization: 'ministry-of-finance',
        completion: 'substantial',
        narrative: 'Contracts above the threshold are published on the procurement portal.',
        reportedOn: '2015-06-30',
      },
      {},
    );
    expect(retry.statusCode).toBe(303);
    expect(await count('plan_progress_reports')).toBe(reports);
  });

  it('names every bad field and writes nothing', async () => {
    const finance = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    const before = await count('plan_progress_reports');
    const { res } = await postReport(
      finance,
      procurement,
      {
        organization: 'ministry-of-finance',
        completion: 'finished',
        narrative: ' ',
        reportedOn: '2999-01-01',
        records: 'organizations:organization:no-such-body',
        links: 'javascript:alert(1)',
      },
      { files: { name: 'photo.jpg', content: PDF, type: 'image/jpeg' } },
    );
    expect(res.statusCode).toBe(422);
    for (const field of ['completion', 'narrative', 'reportedOn', 'records', 'links', 'files'])
      expect(res.body).toContain(`href="#${field}"`);
    expect(res.body).toContain('The report’s date cannot be in the future');
    expect(await count('plan_progress_reports')).toBe(before);
  });

  it('takes reports through the API with an organisation’s token', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-justice',
    });
    const token = await createApiToken(ctx.db, {
      userId: admin.userId,
      organizationId: await organizationId(ctx.db, 'ministry-of-justice'),
      name: 'plans',
      scopes: ['plans.report'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: admin.userId,
    });
    const id = await idOf('3.3.3.1');
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/plans/commitments/${id}/reports`,
        headers: { authorization: `Bearer ${token.token}` },
        payload,
      });
    const body = {
      organization: 'ministry-of-justice',
      completion: 'limited',
      narrative: 'A first map is online.',
      reportedOn: '2015-03-01',
      submissionKey: 'api-retry-key-0000000001',
    };
    const first = await post(body);
    expect(first.statusCode).toBe(201);
    const second = await post(body);
    expect(second.statusCode).toBe(201);
    expect((second.json() as { id: number }).id).toBe((first.json() as { id: number }).id);
    const wrong = await post({ ...body, organization: 'ministry-of-finance', submissionKey: undefined });
    expect(wrong.statusCode).toBe(422);
    const bad = await post({ ...body, completion: 'done' });
    expect(bad.statusCode).toBe(422);
    const other = await app.inject({
      method: 'POST',
      url: `/api/v1/plans/commitments/${procurement}/reports`,
      headers: { authorization: `Bearer ${token.token}` },
      payload: { ...body, organization: 'ministry-of-finance', submissionKey: undefined },
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('the counts the dashboard reads', () => {
  it('equal the reports and evidence there are, for every commitment', async () => {
    const rows = await ctx.db.query<{
      id: number;
      report_count: number;
      evidence_count: number;
      reports: number;
      evidence: number;
    }>(
      sql`select c.id, c.report_count, c.evidence_count,
          (select count(*)::int from plan_progress_reports r where r.commitment_id = c.id) as reports,
          (select count(*)::int from plan_report_evidence e join plan_progress_reports r on r.id = e.report_id
            where r.commitment_id = c.id) as evidence
        from plan_commitments c`,
    );
    expect(rows.filter((r) => r.reports > 0).length).toBeGreaterThan(0);
    for (const r of rows) expect([r.report_count, r.evidence_count]).toEqual([r.reports, r.evidence]);
  });
});

describe('independent evaluation', () => {
  const rate = {
    verifiable: 'yes',
    relevance: 'access-to-information',
    potentialImpact: 'moderate',
    completion: 'substantial',
    earlyResults: 'marginal',
    justification: 'Contract notices are online, but amendments are not.',
  };

  it('derives the star by the IRM’s rule', () => {
    const base = {
      verifiable: true,
      relevance: ['access-to-information'],
      potentialImpact: 'moderate',
      completion: 'substantial',
    };
    expect(isStarred(base)).toBe(true);
    expect(isStarred({ ...base, verifiable: false })).toBe(false);
    expect(isStarred({ ...base, relevance: [] })).toBe(false);
    expect(isStarred({ ...base, potentialImpact: 'minor' })).toBe(false);
    expect(isStarred({ ...base, completion: 'limited' })).toBe(false);
  });

  it('is only for evaluators', async () => {
    const finance = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    expect((await finance.get(`/plans/commitments/${procurement}/evaluate`)).statusCode).toBe(403);
  });

  it('saves a draft, refuses bad ratings, publishes with the star the database derives', async () => {
    const evaluator = await signedInAs(app, ctx, { role: 'independent-evaluator' });
    await evaluator.get(`/plans/commitments/${procurement}/evaluate?lang=en`);
    const bad = await evaluator.submit(`/plans/commitments/${procurement}/evaluate?lang=en`, {
      ...rate,
      potentialImpact: 'huge',
      justification: '',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#potentialImpact"');
    expect(bad.body).toContain('href="#justification"');
    const saved = await evaluator.submit(`/plans/commitments/${procurement}/evaluate`, rate);
    expect(saved.statusCode).toBe(303);
    expect((await app.inject(`/plans/commitments/${procurement}?lang=en`)).body).toContain(
      'No published rating yet',
    );
    const form = await evaluator.get(`/plans/commitments/${procurement}/evaluate?lang=en`);
    expect(form.body).toContain('Published, this rating stars the commitment');
    const action = /action="(\/plans\/evaluations\/\d+\/publish)"/.exec(form.body)![1]!;
    expect((await evaluator.submit(action, {})).statusCode).toBe(303);
    const page = await app.inject(`/plans/commitments/${procurement}?lang=en`);
    expect(page.body).toContain('Contract notices are online');
    expect(page.body).toContain('★ Starred');
    const ratings = await app.inject('/datasets/plan-ratings/download.json');
    expect(ratings.body).toContain('"starred":true');
    const actions = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where action in ('plans.evaluate', 'plans.publish-evaluation') order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual(['plans.evaluate', 'plans.publish-evaluation']);
  });
});
