import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { createApiToken } from '../../platform/auth/api-tokens.ts';
import { sql } from '../../platform/db/sql.ts';
import { projectsModule } from './module.ts';
import { buildProject } from './test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, projectsModule] });
// Two public bodies of whichever country pack the suite runs on.
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];
const organizationId = async (slug: string) =>
  (await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`))[0]!.id;
const described = {
  descriptionMn: 'Тайлбар',
  descriptionEn: 'About it',
  sector: 'transport.road',
  stage: 'implementation',
};
const slugsOf = async () =>
  (await ctx.db.query<{ slug: string }>(sql`select slug from projects order by slug`)).map((r) => r.slug);

beforeAll(async () => {
  await buildProject(ctx, { organization: first, slug: 'alpha', titleEn: 'Alpha' });
  await buildProject(ctx, { organization: first, slug: 'beta', titleEn: 'Beta' });
  await buildProject(ctx, { organization: second, slug: 'gamma', titleEn: 'Gamma' });
});

describe('the list page', () => {
  it('lists the records with their count, filters and downloads', async () => {
    const res = await app.inject({ url: '/projects?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<p class="result-count" role="status">3 records</p>');
    expect(res.body).toContain('<a href="/projects/alpha">Alpha</a>');
    expect(res.body).toContain('href="/projects.csv"');
    expect(res.body).toMatch(/<select id="organization" name="organization">/);
  });

  it('filters by organisation, in the singular for one record, and ignores a value it does not know', async () => {
    const one = await app.inject({ url: `/projects?lang=en&organization=${second}` });
    expect(one.body).toContain('<p class="result-count" role="status">1 record</p>');
    expect(one.body).toContain('href="/projects/gamma"');
    expect(one.body).not.toContain('href="/projects/alpha"');
    const unknown = await app.inject({ url: '/projects?lang=en&organization=no-such-body' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('3 records');
  });

  it('shows a record on its page, and a 404 for a slug it does not have', async () => {
    const res = await app.inject({ url: '/projects/beta?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Beta</h1>');
    expect((await app.inject({ url: '/projects/no-such-record' })).statusCode).toBe(404);
  });
});

describe('the API', () => {
  it('lists the records with the list’s filters and offset paging', async () => {
    const res = await app.inject({ url: `/api/v1/projects?organization=${first}&pageSize=1` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { slug: string }) => i.slug)).toEqual(['alpha']);
    expect(body.links.next).toContain('page=2');
    const one = await app.inject({ url: '/api/v1/projects/gamma' });
    expect(one.json()).toMatchObject({ slug: 'gamma', organization: { slug: second } });
  });

  it('refuses a parameter it does not know and a page size over the cap, naming them', async () => {
    const unknown = await app.inject({ url: '/api/v1/projects?colour=red' });
    expect(unknown.statusCode).toBe(422);
    const big = await app.inject({ url: '/api/v1/projects?pageSize=501' });
    expect(big.statusCode).toBe(422);
    expect(JSON.stringify(big.json().errors)).toContain('pageSize');
  });
});

describe('adding a record', () => {
  it('by the form: 303 to the new record, audited with the publisher’s role', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const form = await publisher.get('/projects/new?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="_csrf"');
    const res = await publisher.submit('/projects/new', {
      organization: first,
      slug: 'delta',
      titleMn: 'Дельта',
      titleEn: 'Delta',
      ...described,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/projects/delta');
    const [entry] = await ctx.db.query<{ role: string; request_id: string }>(
      sql`select role, request_id from audit_log where action = 'projects.create' and details->>'slug' = 'delta'`,
    );
    expect(entry).toEqual({ role: 'organization-publisher', request_id: res.headers['x-request-id'] });
  });

  it('by the form: 422 with the problems named, nothing written; 403 for another organisation', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/new?lang=en');
    const before = await slugsOf();
    const bad = await publisher.submit('/projects/new', {
      organization: first,
      slug: 'Not A Slug',
      titleMn: 'Нэр',
      titleEn: ' ',
      ...described,
      ...described,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('<title>Error: Add a record');
    expect(bad.body).toMatch(/<a href="#slug">Use lower-case letters and digits joined by hyphens<\/a>/);
    expect(bad.body).toMatch(/<a href="#titleEn">Enter the name<\/a>/);
    const taken = await publisher.submit('/projects/new', {
      organization: first,
      slug: 'alpha',
      titleMn: 'Нэр',
      titleEn: 'Name',
      ...described,
    });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('“alpha” is taken; choose another identifier');
    const theirs = await publisher.submit('/projects/new', {
      organization: second,
      slug: 'theirs',
      titleMn: 'Нэр',
      titleEn: 'Name',
      ...described,
    });
    expect(theirs.statusCode).toBe(403);
    expect(await slugsOf()).toEqual(before);
  });

  it('by the API: 201 with Location, or 422 problem+json naming the field', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const { token } = await createApiToken(ctx.db, {
      userId: publisher.userId,
      organizationId: await organizationId(first),
      name: 'projects',
      scopes: ['projects.create'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: publisher.userId,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const made = await post({
      organization: first,
      slug: 'epsilon',
      titleMn: 'Эпсилон',
      titleEn: 'Epsilon',
      ...described,
    });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('http://shilen.test/api/v1/projects/epsilon');
    expect(made.json()).toMatchObject({ slug: 'epsilon', title: { mn: 'Эпсилон', en: 'Epsilon' } });
    const refused = await post({
      organization: first,
      slug: 'epsilon',
      titleMn: 'Нэр',
      titleEn: 'Name',
      ...described,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().errors).toEqual([
      { field: 'body.slug', message: '“epsilon” is taken; choose another identifier' },
    ]);
  });
});

describe('the dataset', () => {
  it('downloads the list’s rows with its filters, and refuses a value it does not take', async () => {
    const res = await app.inject({ url: `/projects.csv?organization=${second}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = res.body.trim().split(/\r?\n/);
    expect(header).toBe('slug,title_mn,title_en,organization,created_at,updated_at');
    expect(rows.map((r) => r.split(',')[0])).toEqual(['gamma']);
    const bad = await app.inject({ url: '/projects.csv?organization=Not+a+slug' });
    expect(bad.statusCode).toBe(422);
  });
});
