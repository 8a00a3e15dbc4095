import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { createApiToken } from '../../../platform/auth/api-tokens.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { extractivesModule } from '../module.ts';
import { loadEnvironmentDemo, registerCompany } from './demo.ts';
import type { EnvironmentCase } from './queries.ts';
import { buildEnvironmentCase } from './test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, extractivesModule],
});
const keeperSlug = ctx.country.extractives.environmentalList.keeperSlug;
const other = ctx.country.organizations.find((o) => o.slug !== keeperSlug)!.slug;
const { replyDays } = ctx.country.extractives.environmentalList;
const plus = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An API token of the keeper's publisher, scoped to the list's writes. */
async function keeperToken(): Promise<string> {
  const keeper = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeperSlug });
  const [org] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${keeperSlug}`,
  );
  const { token } = await createApiToken(ctx.db, {
    userId: keeper.userId,
    organizationId: org!.id,
    name: 'environment',
    scopes: ['extractives.environment.write'],
    expiresAt: new Date(Date.now() + 3600_000),
    createdBy: keeper.userId,
  });
  return token;
}

let hidden: EnvironmentCase;
let replied: EnvironmentCase;
let listed: EnvironmentCase;
let company: number;

beforeAll(async () => {
  hidden = await buildEnvironmentCase(ctx, { input: { findingEn: 'Secret finding not yet notified' } });
  company = await registerCompany(ctx, 'Dusty Road Fictional LLC');
  replied = await buildEnvironmentCase(ctx, {
    company,
    input: { findingEn: 'Dust over the winter camps' },
    steps: [
      ['notice', { date: '2026-02-02' }],
      ['reply', { date: '2026-02-06', language: 'en', text: 'We water the road twice a day.' }],
    ],
  });
  listed = await buildEnvironmentCase(ctx, {
    input: { findingEn: 'Turbid river below the wash plant' },
    steps: [
      ['notice', { date: '2026-02-02' }],
      ['decision', { date: plus('2026-02-02', replyDays + 2), listed: 'yes', penaltyMnt: '2500000' }],
    ],
  });
});

describe('the list page', () => {
  it('lists the companies listed now first, then the cases in due process, never one not yet notified', async () => {
    const res = await app.inject({ url: '/extractives/environment?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 cases');
    expect(res.body.indexOf(`/extractives/environment/${listed.id}"`)).toBeLessThan(
      res.body.indexOf(`/extractives/environment/${replied.id}"`),
    );
    expect(res.body).not.toContain('Secret finding');
    expect(res.body).toContain(`${replyDays} days to reply`);
    expect(res.body).toContain('General Administrative Law');
  });

  it('filters by stage and company', async () => {
    const stage = await app.inject({ url: '/extractives/environment?lang=en&stage=replied' });
    expect(stage.body).toContain('1 case');
    expect(stage.body).toContain(`/extractives/environment/${replied.id}"`);
    const byCompany = await app.inject({ url: `/extractives/environment?lang=en&company=${company}` });
    expect(byCompany.body).toContain('1 case');
  });

  it('shows the keeper the cases awaiting their notice, and a link to open one', async () => {
    const keeper = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeperSlug });
    const res = await keeper.get('/extractives/environment?lang=en');
    expect(res.body).toContain('only you see these');
    expect(res.body).toContain(`/extractives/environment/${hidden.id}"`);
  });
});

describe('a case’s page', () => {
  it('shows the finding with the company’s reply beside it, attributed, and the timeline with deadlines', async () => {
    const res = await app.inject({ url: `/extractives/environment/${replied.id}?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /Dust over the winter camps[\s\S]*The company’s reply[\s\S]*In the company’s own words/,
    );
    expect(res.body).toContain('<blockquote lang="en"><p>We water the road twice a day.</p></blockquote>');
    expect(res.body).toContain('Last day to reply');
    expect(res.body).toMatch(/Last day to reply[^<]*<strong class="tag">met<\/strong>/);
  });

  it('shows the penalty of a listed company', async () => {
    const res = await app.inject({ url: `/extractives/environment/${listed.id}?lang=en` });
    expect(res.body).toContain('<strong class="tag">Listed</strong>');
    expect(res.body).toMatch(/2,500,000/);
    expect(res.body).toContain('No reply was received');
  });

  it('is not found before the notice, except for the keeper', async () => {
    expect((await app.inject({ url: `/extractives/environment/${hidden.id}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/extractives/environment/${hidden.id}` })).statusCode).toBe(404);
    const keeper = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeperSlug });
    const res = await keeper.get(`/extractives/environment/${hidden.id}?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/extractives/environment/${hidden.id}/notice"`);
  });
});

describe('the keeper’s forms', () => {
  it('opens a case and records its notice: 303 to the case, audited with the keeper’s role', async () => {
    const keeper = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeperSlug });
    await keeper.get('/extractives/environment/new?lang=en');
    const made = await keeper.submit('/extractives/environment/new', {
      company: String(company),
      findingMn: 'Хаягдлын нэвчилт',
      findingEn: 'Tailings seepage',
      unit: '',
      licences: '',
      inspectedOn: '2026-03-01',
      inspector: keeperSlug,
      reportReference: 'FORM-1',
    });
    expect(made.statusCode).toBe(303);
    const id = Number(String(made.headers.location).split('/').pop());
    await keeper.get(`/extractives/environment/${id}/notice?lang=en`);
    const noticed = await keeper.submit(`/extractives/environment/${id}/notice`, { date: '2026-03-02' });
    expect(noticed.statusCode).toBe(303);
    const [entry] = await ctx.db.query<{ role: string }>(
      sql`select role from audit_log where action = 'extractives.environment.notice' and subject_id = ${String(id)}`,
    );
    expect(entry?.role).toBe('organization-publisher');
  });

  it('refuses a reply after the decision with the form again (422, the field named); 403 for another body', async () => {
    const keeper = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeperSlug });
    await keeper.get(`/extractives/environment/${listed.id}/reply?lang=en`);
    const late = await keeper.submit(`/extractives/environment/${listed.id}/reply`, {
      date: '2026-04-01',
      text: 'Too late',
      language: 'en',
    });
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain(
      '<a href="#date">The case has been decided: a reply can no longer be added</a>',
    );
    const stranger = await signedInAs(app, ctx, { role: 'organization-publisher', organization: other });
    expect((await stranger.get(`/extractives/environment/${replied.id}/decision?lang=en`)).statusCode).toBe(
      403,
    );
    await stranger.get('/extractives/environment/new?lang=en');
    const refused = await stranger.submit(`/extractives/environment/${replied.id}/decision`, {
      date: '2026-04-01',
      listed: 'yes',
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the API and the dataset', () => {
  it('lists public cases and gives one with its history', async () => {
    const list = await app.inject({ url: '/api/v1/extractives/environment?stage=decided' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(listed.id);
    const one = await app.inject({ url: `/api/v1/extractives/environment/${replied.id}` });
    expect(one.json()).toMatchObject({ stage: 'replied', company: { id: company } });
    expect(one.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'inspection',
      'notice',
      'reply',
    ]);
  });

  it('answers a delisting without remedy with 422 problem+json naming the field', async () => {
    const token = await keeperToken();
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/extractives/environment/${listed.id}/delisted`,
      headers: { authorization: `Bearer ${token}` },
      payload: { date: '2026-04-01' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      {
        field: 'body.date',
        message: 'Delist only after the remedy is verified or the decision is overturned on appeal',
      },
    ]);
  });

  it('answers hostile input with 422 naming the field, never a 5xx, and stores nothing', async () => {
    const token = await keeperToken();
    const count = async () =>
      (
        await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from extractive_environment_events`)
      )[0]!.n;
    const before = await count();
    const post = (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
    const cases: [string, object, string][] = [
      [
        `/api/v1/extractives/environment/${replied.id}/decision`,
        { date: '0000-00-00', listed: 'yes' },
        'body.date',
      ],
      [
        `/api/v1/extractives/environment/${replied.id}/decision`,
        { date: '9999-12-31', listed: 'yes' },
        'body.date',
      ],
      [
        `/api/v1/extractives/environment/${replied.id}/decision`,
        { date: '2026-04-01', listed: 'maybe' },
        'body.listed',
      ],
      [
        `/api/v1/extractives/environment/${replied.id}/decision`,
        { date: '2026-04-01', listed: 'yes', penaltyMnt: '1e99' },
        'body.penaltyMnt',
      ],
      [
        `/api/v1/extractives/environment/${replied.id}/decision`,
        { date: '2026-04-01', listed: 'yes', remedyEn: 'Fix', remedyDue: '2026-02-30' },
        'body.remedyMn',
      ],
      [
        `/api/v1/extractives/environment/${listed.id}/appeal-outcome`,
        { date: '2026-04-01', outcome: 'x' },
        'body.date',
      ],
      [
        '/api/v1/extractives/environment',
        {
          company: 'x',
          findingMn: 'a',
          findingEn: 'b',
          inspectedOn: '2026-01-01',
          inspector: keeperSlug,
          reportReference: 'r',
        },
        'body.company',
      ],
    ];
    for (const [url, payload, field] of cases) {
      const res = await post(url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(422);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(
      (await post('/api/v1/extractives/environment/999999/notice', { date: '2026-01-01' })).statusCode,
    ).toBe(404);
    expect(await count()).toBe(before);
  });

  it('downloads the public cases as CSV, never one not yet notified', async () => {
    const res = await app.inject({ url: '/extractives/environment.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.body.split('\n')[0]).toContain('id,company_id,company_name_mn');
    expect(res.body).toContain('Turbid river below the wash plant');
    expect(res.body).not.toContain('Secret finding');
  });
});

describe('search, the entity’s page and the demo', () => {
  it('puts cases in the site search from the notice on', async () => {
    const rows = await ctx.db.query<{ key: string }>(
      sql`select key from search_documents where module = 'extractives' and kind = 'environmental-case'`,
    );
    const keys = rows.map((r) => Number(r.key));
    expect(keys).toContain(replied.id);
    expect(keys).not.toContain(hidden.id);
  });

  it('shows the environmental record on the company’s page', async () => {
    const res = await app.inject({ url: `/legal-entities/${company}?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Environmental record');
    expect(res.body).toContain(`/extractives/environment/${replied.id}"`);
  });

  it('loads four demo cases at different stages', async () => {
    expect(await loadEnvironmentDemo(ctx)).toEqual({ environmentalCases: 4 });
    const stages = await ctx.db.query<{ stage: string; listed: boolean }>(
      sql`select stage, listed from extractive_environment_cases where report_reference like 'DEMO-%' order by id`,
    );
    expect(stages).toEqual([
      { stage: 'noticed', listed: false },
      { stage: 'decided', listed: true },
      { stage: 'delisted', listed: false },
      { stage: 'delisted', listed: false },
    ]);
    expect(await loadEnvironmentDemo(ctx)).toEqual({ environmentalCases: 0 });
    const ids = await ctx.db.query<{ id: number; ref: string }>(
      sql`select id, report_reference as ref from extractive_environment_cases where report_reference like 'DEMO-%'`,
    );
    const page = async (ref: string) =>
      (await app.inject({ url: `/extractives/environment/${ids.find((r) => r.ref === ref)!.id}?lang=en` }))
        .body;
    // The dust case's remedy was due on 30 June 2026 and is not verified; the overturned case owes none.
    expect(await page('DEMO-2025-044')).toMatch(
      /Remedy due by: 30 Jun 2026 <strong class="tag">missed<\/strong>/,
    );
    expect(await page('DEMO-2025-031')).toMatch(/Remedy due by: 31 Dec 2025<\/p>/);
    const inTov = await app.inject({ url: '/api/v1/extractives/environment?aimag=41' });
    expect(inTov.json().items.map((i: { stage: string }) => i.stage)).toEqual(['noticed']);
  });
});
