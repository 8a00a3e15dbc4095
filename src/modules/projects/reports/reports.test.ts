import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { createApiToken } from '../../../platform/auth/api-tokens.ts';
import { sql } from '../../../platform/db/sql.ts';
import { insertLoan } from '../flags/test-support.ts';
import { projectsModule } from '../module.ts';
import type { Project } from '../queries.ts';
import { buildProject } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, projectsModule] });
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];

const basis = {
  physicalBasisMn: 'Гэрээний ажлын тоо хэмжээ',
  physicalBasisEn: 'Contract quantities',
  financialBasisMn: 'Батлагдсан төсөв',
  financialBasisEn: 'Approved budget',
};
const q1 = { periodStart: '2025-01-01', periodEnd: '2025-03-31', reportedOn: '2025-04-20' };
const q2 = { periodStart: '2025-04-01', periodEnd: '2025-06-30', reportedOn: '2025-07-15' };
const q3 = { periodStart: '2025-07-01', periodEnd: '2025-09-30', reportedOn: '2025-10-15' };

let road: Project;
let theirs: Project;
const reportsOf = async (projectId: number) =>
  ctx.db.query<{ period_end: string; physical: number; financial: number }>(
    sql`select period_end::text, physical_percent::float8 as physical, financial_percent::float8 as financial
      from project_progress_reports where project_id = ${projectId} order by period_end`,
  );

beforeAll(async () => {
  road = await buildProject(ctx, { organization: first, slug: 'northern-road', titleEn: 'Northern road' });
  theirs = await buildProject(ctx, { organization: second, slug: 'their-school', titleEn: 'Their school' });
  await ctx.db.query(
    sql`insert into officials (slug, name_mn, name_en) values ('b-bold', 'Б. Болд', 'B. Bold')`,
  );
});

describe('recording a progress report by the form', () => {
  it('stores a report with its officer and completed milestone, and shows it on its page and the project’s chart', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${road.slug}/milestones/new?lang=en`);
    const planned = await publisher.submit(`/projects/${road.slug}/milestones/new`, {
      titleMn: 'Суурийн ажил',
      titleEn: 'Foundations',
      dueOn: '2025-03-15',
    });
    expect(planned.statusCode).toBe(303);
    const [milestone] = await ctx.db.query<{ id: number }>(
      sql`select id from project_milestones where project_id = ${road.id}`,
    );
    const form = await publisher.get(`/projects/${road.slug}/reports/new?lang=en`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Foundations (');
    const res = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...q1,
      ...basis,
      physicalPercent: '12.5',
      financialPercent: '20',
      spentAmount: '1 250 000',
      spentCurrency: 'MNT',
      issuesMn: 'Өвлийн улиралд ажил зогссон',
      issuesEn: 'Works stopped over the winter',
      officer: 'b-bold',
      milestones: String(milestone!.id),
    });
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(new RegExp(`^/projects/${road.slug}/reports/\\d+$`));
    const [done] = await ctx.db.query<{ completed_on: string; report_id: number }>(
      sql`select completed_on::text, report_id from project_milestones where id = ${milestone!.id}`,
    );
    expect(done).toEqual({ completed_on: '2025-04-20', report_id: Number(location.split('/').at(-1)) });
    const [audit] = await ctx.db.query<{ role: string }>(
      sql`select role from audit_log where action = 'projects.reports.record'`,
    );
    expect(audit).toEqual({ role: 'organization-publisher' });
    const page = await app.inject({ url: `${location}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('12.5%: Contract quantities');
    expect(page.body).toContain('href="/officials/b-bold">B. Bold</a>');
    expect(page.body).toContain('Works stopped over the winter');
    expect(page.body).toContain('Milestones completed');
    const project = await app.inject({ url: `/projects/${road.slug}?lang=en` });
    expect(project.body).toContain(
      '<svg role="img" aria-labelledby="project-progress-title project-progress-desc"',
    );
    expect(project.body).toContain('Physical progress');
    expect(project.body).toContain(`href="${location}"`);
    expect(project.body).not.toContain('<script');
  });

  it('refuses a percentage above 100 or below 0, naming the field, and stores nothing', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${road.slug}/reports/new?lang=en`);
    const before = await reportsOf(road.id);
    const res = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...q2,
      ...basis,
      physicalPercent: '120',
      financialPercent: '-5',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<a href="#physicalPercent">Enter a percentage from 0 to 100, not 120</a>');
    expect(res.body).toContain('<a href="#financialPercent">Enter a percentage from 0 to 100, not -5</a>');
    const words = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...q2,
      ...basis,
      physicalPercent: 'most',
      financialPercent: '10.123',
    });
    expect(words.statusCode).toBe(422);
    expect(words.body).toContain(
      '<a href="#physicalPercent">Enter the percentage as a number with at most two decimals</a>',
    );
    expect(words.body).toContain(
      '<a href="#financialPercent">Enter the percentage as a number with at most two decimals</a>',
    );
    expect(await reportsOf(road.id)).toEqual(before);
  });

  it('refuses progress going backwards without a reason (naming decreaseReasonMn), and takes it with one', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${road.slug}/reports/new?lang=mn`);
    const backwards = { ...q2, ...basis, physicalPercent: '10', financialPercent: '25' };
    const refused = await publisher.submit(`/projects/${road.slug}/reports/new`, backwards);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(
      '<a href="#decreaseReasonMn">Өмнөх тайланд биет 12.5%, санхүүгийн 20% байсан',
    );
    expect(await reportsOf(road.id)).toHaveLength(1);
    const taken = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...backwards,
      decreaseReasonMn: 'Үерт эвдэрсэн хэсгийг дахин хийнэ',
      decreaseReasonEn: 'A stretch washed away by the flood is to be rebuilt',
    });
    expect(taken.statusCode).toBe(303);
    expect((await reportsOf(road.id)).map((r) => r.physical)).toEqual([12.5, 10]);
  });

  it('refuses a period that overlaps the previous report’s, comes before it or ends before it starts', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${road.slug}/reports/new?lang=en`);
    const values = { ...basis, physicalPercent: '30', financialPercent: '30' };
    const overlap = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...values,
      periodStart: '2025-06-01',
      periodEnd: '2025-09-30',
      reportedOn: '2025-10-10',
    });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.body).toContain(
      '<a href="#periodStart">The previous report covers up to 2025-06-30: the period must start after it</a>',
    );
    const earlier = await publisher.submit(`/projects/${road.slug}/reports/new`, { ...values, ...q1 });
    expect(earlier.statusCode).toBe(422);
    expect(earlier.body).toContain('<a href="#periodStart">A report up to 2025-06-30 is already recorded');
    const reversed = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...values,
      periodStart: '2025-09-30',
      periodEnd: '2025-07-01',
      reportedOn: '2025-10-01',
    });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.body).toContain(
      '<a href="#periodEnd">The last day of the period must be after its first day</a>',
    );
    const future = await publisher.submit(`/projects/${road.slug}/reports/new`, {
      ...values,
      ...q3,
      reportedOn: '2999-01-01',
      officer: 'nobody-known',
    });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('<a href="#reportedOn">The report cannot be dated after today</a>');
    expect(future.body).toContain('<a href="#officer">“nobody-known” is not in the officials register</a>');
    expect(await reportsOf(road.id)).toHaveLength(2);
  });

  it('is refused for another organisation’s project (403), nothing stored', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${road.slug}/reports/new?lang=en`);
    const res = await publisher.submit(`/projects/${theirs.slug}/reports/new`, {
      ...q1,
      ...basis,
      physicalPercent: '5',
      financialPercent: '5',
    });
    expect(res.statusCode).toBe(403);
    expect(await reportsOf(theirs.id)).toEqual([]);
  });
});

describe('photos, files and links of a report', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';
  let project: Project;
  beforeAll(async () => {
    project = await buildProject(ctx, {
      organization: first,
      slug: 'photographed-bridge',
      titleEn: 'Bridge',
    });
  });

  it('refuses a file whose bytes are not a photo, naming the field, and stores nothing', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${project.slug}/reports/new?lang=en`);
    const res = await publisher.upload(
      `/projects/${project.slug}/reports/new`,
      { ...q1, ...basis, physicalPercent: '5', financialPercent: '5', links: 'not a link' },
      { photos: { name: 'site.jpg', content: PDF, type: 'image/jpeg' } },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/<a href="#photos">The file was not accepted: [^<]*site.jpg/);
    expect(res.body).toContain('<a href="#links">Enter up to 20 addresses starting with http:// or https://');
    expect(await reportsOf(project.id)).toEqual([]);
    const [files] = await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from project_documents`,
    );
    expect(files!.count).toBe(0);
  });

  it('stores photos and files judged from their bytes, and links, shown on the report page and served back', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get(`/projects/${project.slug}/reports/new?lang=en`);
    const res = await publisher.upload(
      `/projects/${project.slug}/reports/new`,
      {
        ...q1,
        ...basis,
        physicalPercent: '5',
        financialPercent: '5',
        links: 'https://example.mn/report-q1.pdf',
      },
      {
        photos: { name: 'pier.png', content: PNG, type: 'image/png' },
        files: { name: 'report.pdf', content: PDF, type: 'application/pdf' },
      },
    );
    expect(res.statusCode).toBe(303);
    const docs = await ctx.db.query<{ id: number; kind: string; url: string | null }>(
      sql`select id, kind, url from project_documents where project_id = ${project.id} order by id`,
    );
    expect(docs.map((d) => d.kind)).toEqual(['photo', 'physicalProgressReport', 'physicalProgressReport']);
    const page = await app.inject({ url: `${res.headers.location}?lang=en` });
    expect(page.body).toContain(
      `href="/projects/${project.slug}/documents/${docs[0]!.id}">pier.png</a> (Photo,`,
    );
    expect(page.body).toContain('href="https://example.mn/report-q1.pdf"');
    const photo = await app.inject({ url: `/projects/${project.slug}/documents/${docs[0]!.id}` });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(photo.rawPayload, PNG)).toBe(0);
    expect((await app.inject({ url: `/projects/${road.slug}/documents/${docs[0]!.id}` })).statusCode).toBe(
      404,
    );
  });
});

describe('the API', () => {
  it('records a report (201), refuses bad input naming body fields, and lists the reports', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const [org] = await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${first}`);
    const { token } = await createApiToken(ctx.db, {
      userId: publisher.userId,
      organizationId: org!.id,
      name: 'reports',
      scopes: ['projects.reports.write'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: publisher.userId,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/projects/${road.slug}/reports`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const bad = await post({ ...q3, ...basis, physicalPercent: 101, financialPercent: 5 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.physicalPercent', message: 'Enter a percentage from 0 to 100, not 101' },
        expect.objectContaining({ field: 'body.decreaseReasonMn' }),
      ]),
    );
    const made = await post({
      ...q3,
      ...basis,
      physicalPercent: 35,
      financialPercent: 40,
      spentAmount: 5000000,
      spentCurrency: 'mnt',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      project: road.slug,
      physical: { percent: 35, basis: { en: 'Contract quantities' } },
      spent: { amount: '5000000.00', currency: 'MNT' },
    });
    expect(made.headers.location).toMatch(/\/api\/v1\/projects\/northern-road\/reports\/\d+$/);
    const milestone = await app.inject({
      method: 'POST',
      url: `/api/v1/projects/${road.slug}/milestones`,
      headers: { authorization: `Bearer ${token}` },
      payload: { titleMn: 'Гүүр', titleEn: 'Bridge deck', dueOn: '2026-13-01' },
    });
    expect(milestone.statusCode).toBe(422);
    expect(milestone.json().errors).toEqual([
      { field: 'body.dueOn', message: 'Enter the date as YYYY-MM-DD' },
    ]);
    const planned = await app.inject({
      method: 'POST',
      url: `/api/v1/projects/${road.slug}/milestones`,
      headers: { authorization: `Bearer ${token}` },
      payload: { titleMn: 'Гүүр', titleEn: 'Bridge deck', dueOn: '2026-12-01' },
    });
    expect(planned.statusCode).toBe(201);
    expect(planned.json()).toMatchObject({
      title: { en: 'Bridge deck' },
      dueOn: '2026-12-01',
      completedOn: null,
    });
    const list = await app.inject({ url: `/api/v1/projects/${road.slug}/reports` });
    expect(list.json().items.map((r: { periodEnd: string }) => r.periodEnd)).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
    ]);
    const one = await app.inject({ url: String(made.headers.location).replace('http://shilen.test', '') });
    expect(one.statusCode).toBe(200);
    expect(
      (await app.inject({ url: `/api/v1/projects/${theirs.slug}/reports/${made.json().id}` })).statusCode,
    ).toBe(404);
  });
});

describe('the progress chart and the dataset', () => {
  it('draws the share of loans drawn beside physical and financial progress, with its table', async () => {
    await insertLoan(ctx.db, road, {
      amount: 1_000_000,
      currency: 'USD',
      disbursements: [
        { on: '2025-02-01', amount: 100_000 },
        { on: '2025-05-01', amount: 150_000 },
      ],
    });
    const page = await app.inject({ url: `/projects/${road.slug}?lang=en` });
    expect(page.body).toContain('Loans drawn (USD)');
    // The table beside the chart: drawn 10% by the end of Q1, 25% by Q2 and Q3.
    expect(page.body).toMatch(
      /<th scope="row">2025-03-31<\/th><td class="numeric">12.5%<\/td><td class="numeric">20%<\/td><td class="numeric">10%<\/td>/,
    );
    expect(page.body).toMatch(
      /<th scope="row">2025-09-30<\/th><td class="numeric">35%<\/td><td class="numeric">40%<\/td><td class="numeric">25%<\/td>/,
    );
  });

  it('downloads the reports as open data', async () => {
    const res = await app.inject({ url: '/datasets/project-progress-reports/download.csv' });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body.trim().split(/\r?\n/);
    expect(header).toContain('id,project,period_start,period_end,reported_on,physical_percent');
    expect(rows).toHaveLength(4);
    const [versions] = await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from record_versions where dataset = 'project-progress-reports'`,
    );
    expect(versions!.count).toBe(4);
  });
});
