import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { createApiToken } from '../../../platform/auth/api-tokens.ts';
import { sql } from '../../../platform/db/sql.ts';
import { projectsModule } from '../module.ts';
import type { Project } from '../queries.ts';
import { buildProject } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, projectsModule] });
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];

const study = {
  titleMn: 'Шинэ нисэх онгоцны буудлын ТЭЗҮ',
  titleEn: 'New airport feasibility study',
  summaryMn: 'Хөшигийн хөндийд олон улсын нисэх онгоцны буудал барих үндэслэл.',
  summaryEn: 'The case for an international airport in the Khushig valley.',
  author: 'Japan International Cooperation Agency study team',
  startedOn: '2007-03-01',
  completedOn: '2008-02-28',
  costEstimate: '536 000 000',
  costCurrency: 'usd',
  durationMonths: '60',
  expectedBenefitsMn: 'Цаг агаараас үл хамаарах нислэг',
  expectedBenefitsEn: 'Flights whatever the weather',
  economicIrr: '12.4',
  benefitCostRatio: '1.35',
};

let airport: Project;
let theirs: Project;
const studiesOf = async (projectId: number) =>
  ctx.db.query<{ title_en: string; completed_on: string | null }>(
    sql`select title_en, completed_on::text from project_feasibility_studies where project_id = ${projectId} order by id`,
  );

beforeAll(async () => {
  airport = await buildProject(ctx, { organization: first, slug: 'new-airport', titleEn: 'New airport' });
  theirs = await buildProject(ctx, { organization: second, slug: 'their-bridge', titleEn: 'Their bridge' });
});

describe('feasibility studies', () => {
  it('adds a completed study and an ongoing one by the form, shown on the project page with their figures', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const form = await publisher.get(`/projects/${airport.slug}/studies/new?lang=en`);
    expect(form.statusCode).toBe(200);
    const done = await publisher.submit(`/projects/${airport.slug}/studies/new`, study);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toMatch(/^\/projects\/new-airport#study-\d+$/);
    await publisher.get(`/projects/${airport.slug}/studies/new?lang=en`);
    const ongoing = await publisher.submit(`/projects/${airport.slug}/studies/new`, {
      ...study,
      titleMn: 'Замын ТЭЗҮ',
      titleEn: 'Access road study',
      startedOn: '2026-01-10',
      completedOn: '',
      economicIrr: '',
      benefitCostRatio: '',
    });
    expect(ongoing.statusCode).toBe(303);
    const page = await app.inject({ url: `/projects/${airport.slug}?lang=en` });
    expect(page.body).toContain('<h2 id="project-studies">Feasibility studies</h2>');
    expect(page.body).toContain('Access road study <strong class="tag">Ongoing</strong>');
    expect(page.body).toContain('US$536,000,000');
    expect(page.body).toContain('60 months');
    expect(page.body).toContain('12.4%');
    // Ongoing first.
    expect(page.body.indexOf('Access road study')).toBeLessThan(
      page.body.indexOf('New airport feasibility study'),
    );
    const api = await app.inject({ url: `/api/v1/projects/${airport.slug}/studies` });
    expect(api.json().items.map((s: { ongoing: boolean }) => s.ongoing)).toEqual([true, false]);
  });

  it('completes an ongoing study through its edit form', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const [row] = await ctx.db.query<{ id: number }>(
      sql`select id from project_feasibility_studies where completed_on is null and project_id = ${airport.id}`,
    );
    const form = await publisher.get(`/projects/${airport.slug}/studies/edit?study=${row!.id}&lang=en`);
    expect(form.body).toContain('value="Access road study"');
    const res = await publisher.submit(`/projects/${airport.slug}/studies/edit`, {
      ...study,
      study: String(row!.id),
      titleMn: 'Замын ТЭЗҮ',
      titleEn: 'Access road study',
      startedOn: '2026-01-10',
      completedOn: '2026-06-30',
    });
    expect(res.statusCode).toBe(303);
    expect((await studiesOf(airport.id)).map((s) => s.completed_on)).toEqual(['2008-02-28', '2026-06-30']);
    const [versions] = await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from record_versions where dataset = 'project-feasibility-studies'`,
    );
    expect(versions!.count).toBe(3);
  });

  it('refuses bad input naming each field, and another organisation’s project, storing nothing', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${airport.slug}/studies/new?lang=en`);
    const before = await studiesOf(airport.id);
    const bad = await publisher.submit(`/projects/${airport.slug}/studies/new`, {
      ...study,
      author: ' ',
      costEstimate: '-5',
      costCurrency: 'dollars',
      durationMonths: 'two years',
      startedOn: '2008-03-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('<a href="#author">Fill in this field</a>');
    expect(bad.body).toContain(
      '<a href="#costEstimate">Enter the estimate as a number above 0 with at most two decimals</a>',
    );
    expect(bad.body).toContain(
      '<a href="#costCurrency">Enter the three-letter currency code (for example USD)</a>',
    );
    expect(bad.body).toContain(
      '<a href="#durationMonths">Enter the duration as a whole number of months above 0</a>',
    );
    expect(bad.body).toContain('<a href="#completedOn">The study cannot be completed before it started</a>');
    const other = await publisher.submit(`/projects/${theirs.slug}/studies/new`, study);
    expect(other.statusCode).toBe(403);
    expect(await studiesOf(airport.id)).toEqual(before);
    expect(await studiesOf(theirs.id)).toEqual([]);
  });

  it('keeps the study’s documents, uploaded (judged from the bytes) or linked, listed in its section', async () => {
    const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${airport.slug}/studies/new?lang=en`);
    const refused = await publisher.upload(
      `/projects/${airport.slug}/studies/new`,
      { ...study, titleEn: 'Noise study' },
      { files: { name: 'noise.pdf', content: 'MZ not a pdf at all', type: 'application/pdf' } },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(/<a href="#files">The file was not accepted: [^<]*noise.pdf/);
    expect((await studiesOf(airport.id)).map((s) => s.title_en)).not.toContain('Noise study');
    const made = await publisher.upload(
      `/projects/${airport.slug}/studies/new`,
      { ...study, titleEn: 'Noise study', links: 'https://example.mn/noise-annex.pdf' },
      { files: { name: 'noise.pdf', content: PDF, type: 'application/pdf' } },
    );
    expect(made.statusCode).toBe(303);
    const docs = await ctx.db.query<{ id: number; kind: string }>(
      sql`select id, kind from project_documents where project_id = ${airport.id} order by id`,
    );
    expect(docs.map((d) => d.kind)).toEqual(['feasibilityStudy', 'feasibilityStudy']);
    const page = await app.inject({ url: `/projects/${airport.slug}?lang=en` });
    expect(page.body).toContain(`href="/projects/${airport.slug}/documents/${docs[0]!.id}">noise.pdf</a>`);
    expect(page.body).toContain('href="https://example.mn/noise-annex.pdf"');
    const file = await app.inject({ url: `/projects/${airport.slug}/documents/${docs[0]!.id}` });
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('adds a study by the API (201), or refuses naming the body’s fields', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const [org] = await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${first}`);
    const { token } = await createApiToken(ctx.db, {
      userId: publisher.userId,
      organizationId: org!.id,
      name: 'studies',
      scopes: ['projects.studies.write'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: publisher.userId,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/projects/${airport.slug}/studies`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const bad = await post({ ...study, costEstimate: 0, completedOn: undefined, titleMn: undefined });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { field: 'body.titleMn', message: 'Fill in this field' },
      {
        field: 'body.costEstimate',
        message: 'Enter the estimate as a number above 0 with at most two decimals',
      },
    ]);
    const made = await post({
      ...study,
      titleEn: 'Cargo terminal study',
      completedOn: undefined,
      costEstimate: 25_000_000,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      title: { en: 'Cargo terminal study' },
      ongoing: true,
      costEstimate: { amount: '25000000.00', currency: 'USD' },
    });
  });

  it('downloads the studies as open data, ongoing ones marked', async () => {
    const res = await app.inject({ url: '/datasets/project-feasibility-studies/download.csv' });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body.trim().split(/\r?\n/);
    expect(header).toContain('id,project,title_mn,title_en');
    expect(rows).toHaveLength(4);
  });
});
