import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { outlineOf } from '../../platform/places/outline.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { officialsModule } from '../officials/module.ts';
import { projectsModule } from './module.ts';
import { buildProject } from './test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, officialsModule, projectsModule],
});
// Two public bodies of whichever country pack the suite runs on.
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];
const organizationId = async (slug: string) =>
  Number((await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`))[0]!.id);
// A top-level unit with a unit beneath it, and the centres of both: places inside the country.
const [unit] = await ctx.db.query<{
  aimag: string;
  soum: string;
  lat: number;
  lon: number;
  soumLat: number;
  soumLon: number;
}>(sql`
  select p.code as aimag, c.code as soum, p.lat, p.lon, c.lat as "soumLat", c.lon as "soumLon"
  from admin_units p join admin_units c on c.parent_code = p.code where p.parent_code is null
  order by p.code, c.code limit 1`);
const point = { type: 'Point', coordinates: [unit!.lon, unit!.lat] };
const road = {
  type: 'LineString',
  coordinates: [
    [unit!.lon, unit!.lat],
    [unit!.soumLon, unit!.soumLat],
  ],
};
const area = (lon: number, lat: number, d = 0.01) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

/** A lender of the register and its loans and grant, written as the loans part writes them. */
async function buildLoan(
  slug: string,
  kind: 'loan' | 'grant',
  currency: string,
  projectId: number | null = null,
) {
  const [lender] = await ctx.db.query<{ id: number }>(sql`
    insert into legal_entities (scheme, identifier, kind, name_en) values ('XI-IATI', 'XM-DAC-41' || ${slug}, 'international-organisation', ${`Bank of ${slug}`})
    returning id`);
  const terms =
    kind === 'loan'
      ? sql`'fixed', 0.2, 480, 120, 'equal-principal', 2`
      : sql`null, null, null, null, null, null`;
  await ctx.db.query(sql`
    insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en, agreement_on,
      amount, currency, rate_kind, fixed_rate, maturity_months, grace_months, repayment_method, payments_per_year)
    values (${slug}, ${projectId}, ${await organizationId(first)}, ${kind}, ${lender!.id}, ${`Зээл ${slug}`}, ${`Loan ${slug}`},
      '2012-05-10', 1000000, ${currency}, ${terms})`);
  return Number(lender!.id);
}

const slugsOf = async () =>
  (await ctx.db.query<{ slug: string }>(sql`select slug from projects order by slug`)).map((r) => r.slug);
const counts = async () =>
  (
    await ctx.db.query<{ n: string }>(sql`
      select (select count(*) from projects) || '/' || (select count(*) from project_locations) || '/' ||
        (select count(*) from project_funding) || '/' || (select count(*) from project_revisions) as n`)
  )[0]!.n;

let lenderId = 0;
const full = () => ({
  organization: first,
  supervisingOrganization: second,
  slug: 'new-airport',
  titleMn: 'Шинэ нисэх онгоцны буудал',
  titleEn: 'New airport',
  descriptionMn: 'Олон улсын нисэх онгоцны буудал барих',
  descriptionEn: 'Building an international airport',
  sector: 'transport.air',
  projectType: 'construction',
  stage: 'implementation',
  status: 'active',
  budgetAmount: '65000000000',
  budgetCurrency: 'JPY',
  budgetApprovedOn: '2012-05-01',
  plannedStart: '2013-01-01',
  plannedEnd: '2016-12-31',
  planDecision: 'Government resolution 123',
  actualStart: '2013-05-01',
  actualEnd: '',
  aimag: unit!.aimag,
  soum: unit!.soum,
  locations: JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: area(unit!.lon, unit!.lat),
        properties: { descriptionEn: 'Terminal', descriptionMn: 'Терминал' },
      },
      { type: 'Feature', geometry: road, properties: { descriptionEn: 'Access road' } },
      { type: 'Feature', geometry: point, properties: null },
    ],
  }),
  funding: 'foreign-loan 65000000000 JPY airport-loan\nbudget 12000000000 MNT 2013-ULS-0042',
});

beforeAll(async () => {
  lenderId = await buildLoan('airport-loan', 'loan', 'JPY');
  await buildLoan('road-grant', 'grant', 'USD');
  await buildProject(ctx, {
    organization: first,
    slug: 'alpha',
    titleEn: 'Alpha',
    sector: 'energy.solar',
    stage: 'preparation',
  });
  await buildProject(ctx, {
    organization: first,
    slug: 'beta',
    titleEn: 'Beta',
    funding: 'grant 500000 USD road-grant',
  });
  await buildProject(ctx, {
    organization: second,
    slug: 'gamma',
    titleEn: 'Gamma',
    aimag: unit!.aimag,
    funding: 'concession 100 USD',
  });
});

describe('adding a project by the form', () => {
  it('stores every field, its places with their units, its funding and its approved plan; 303 to its page, audited', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const form = await publisher.get('/projects/new?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="funding"');
    const res = await publisher.submit('/projects/new', full());
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/projects/new-airport');
    const [row] = await ctx.db.query<Record<string, unknown>>(sql`
      select p.title_en, p.project_type, p.stage, p.status, p.budget_amount::text as budget, p.budget_currency,
        to_char(p.planned_end, 'YYYY-MM-DD') as planned_end, p.admin_unit_code, s.slug as supervising
      from projects p join organizations s on s.id = p.supervising_organization_id where p.slug = 'new-airport'`);
    expect(row).toEqual({
      title_en: 'New airport',
      project_type: 'construction',
      stage: 'implementation',
      status: 'active',
      budget: '65000000000.00',
      budget_currency: 'JPY',
      planned_end: '2016-12-31',
      admin_unit_code: unit!.soum,
      supervising: second,
    });
    const places = await ctx.db.query<{ type: string; description_en: string | null }>(sql`
      select l.geometry->>'type' as type, l.description_en from project_locations l join projects p on p.id = l.project_id
      where p.slug = 'new-airport' order by l.id`);
    expect(places).toEqual([
      { type: 'Polygon', description_en: 'Terminal' },
      { type: 'LineString', description_en: 'Access road' },
      { type: 'Point', description_en: null },
    ]);
    const funding = await ctx.db.query<{ source: string; loan: string | null; ref: string | null }>(sql`
      select f.source, l.slug as loan, f.budget_line_ref as ref from project_funding f
        join projects p on p.id = f.project_id left join project_loans l on l.id = f.loan_id
      where p.slug = 'new-airport' order by f.id`);
    expect(funding).toEqual([
      { source: 'foreign-loan', loan: 'airport-loan', ref: null },
      { source: 'budget', loan: null, ref: '2013-ULS-0042' },
    ]);
    const revisions = await ctx.db.query<{ on: string; reason: string; decision: string }>(sql`
      select to_char(r.revised_on, 'YYYY-MM-DD') as on, r.reason_en as reason, r.decision from project_revisions r
      join projects p on p.id = r.project_id where p.slug = 'new-airport'`);
    expect(revisions).toEqual([
      { on: '2012-05-01', reason: 'The plan as first approved', decision: 'Government resolution 123' },
    ]);
    const [entry] = await ctx.db.query<{ role: string; request_id: string }>(
      sql`select role, request_id from audit_log where action = 'projects.create' and details->>'slug' = 'new-airport'`,
    );
    expect(entry).toEqual({ role: 'organization-publisher', request_id: res.headers['x-request-id'] });
  });

  it('refuses bad input naming each field, and stores nothing', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/new?lang=en');
    const before = await counts();
    const bad = await publisher.submit('/projects/new', {
      ...full(),
      slug: 'map',
      titleEn: ' ',
      sector: 'space',
      stage: 'dreaming',
      budgetAmount: '-5',
      budgetCurrency: 'y1',
      plannedStart: '2016-01-01',
      plannedEnd: '2015-02-30',
      actualStart: '2014-01-01',
      actualEnd: '2013-01-01',
      locations: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [106, 47],
            [107, 47],
            [107, 48],
            [106, 47.5],
          ],
        ],
      }),
      funding:
        'foreign-loan 100 JPY no-such-loan\ngrant 10 USD airport-loan\nforeign-loan 5 USD airport-loan\nlottery 5 MNT',
    });
    expect(bad.statusCode).toBe(422);
    for (const [field, message] of [
      ['slug', 'not the name of a page such as new, map or loans'],
      ['titleEn', 'Enter the title'],
      ['sector', 'Choose a sector from the list'],
      ['stage', 'Choose a stage from the list'],
      ['budgetAmount', 'Enter an amount above zero with at most two decimals'],
      ['budgetCurrency', 'Enter the three-letter currency code'],
      ['plannedEnd', 'Enter a real date as YYYY-MM-DD'],
      ['actualEnd', 'The end must come after the start'],
      ['locations', 'A ring of place 1 must end where it starts'],
      ['funding', 'Line 1: there is no loan or grant “no-such-loan” in the register'],
      ['funding', 'Line 2: “airport-loan” is not of this kind'],
      ['funding', 'Line 3: the loan “airport-loan” is in JPY'],
      ['funding', 'Line 4: the source is one of budget'],
    ] as const)
      expect(bad.body).toMatch(new RegExp(`<a href="#${field}">[^<]*${message.replace(/[()]/g, '\\$&')}`));
    const taken = await publisher.submit('/projects/new', { ...full(), slug: 'alpha' });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('“alpha” is taken; choose another identifier');
    const theirs = await publisher.submit('/projects/new', {
      ...full(),
      slug: 'theirs',
      organization: second,
    });
    expect(theirs.statusCode).toBe(403);
    expect(await counts()).toBe(before);
  });

  it('refuses a place outside the country and a line of one position', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/new?lang=en');
    const before = await counts();
    const line = await publisher.submit('/projects/new', {
      ...full(),
      slug: 'one-point-line',
      locations: JSON.stringify({ type: 'LineString', coordinates: [[unit!.lon, unit!.lat]] }),
    });
    expect(line.statusCode).toBe(422);
    expect(line.body).toContain('Place 1 has bad positions');
    const json = await publisher.submit('/projects/new', { ...full(), slug: 'not-json', locations: '{nope' });
    expect(json.body).toMatch(/<a href="#locations">Give the places as GeoJSON<\/a>/);
    if (outlineOf(ctx.country)) {
      const far = await publisher.submit('/projects/new', {
        ...full(),
        slug: 'far-away',
        locations: JSON.stringify({ type: 'Point', coordinates: [2.35, 48.85] }),
      });
      expect(far.statusCode).toBe(422);
      expect(far.body).toContain('Place 1 has a position (2.35, 48.85) outside the country');
    }
    expect(await counts()).toBe(before);
  });
});

describe('changing a project', () => {
  it('by the form: its fields, places and funding replaced; the change in its history', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const form = await publisher.get('/projects/beta/edit?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('grant 500000.00 USD road-grant');
    const res = await publisher.submit('/projects/beta/edit', {
      organization: first,
      titleMn: 'Бета',
      titleEn: 'Beta road',
      descriptionMn: 'Зам',
      descriptionEn: 'A road',
      sector: 'transport.road',
      stage: 'completion',
      status: 'closed',
      actualStart: '2015-01-01',
      actualEnd: '2018-06-30',
      locations: JSON.stringify(road),
      funding: 'budget 300 MNT',
    });
    expect(res.statusCode).toBe(303);
    const page = await app.inject({ url: '/projects/beta?lang=en' });
    expect(page.body).toContain('<h1>Beta road</h1>');
    expect(page.body).toContain('Stage: Completion');
    expect(page.body).toContain('Works ended');
    expect(page.body).toMatch(/Change history/);
    expect(page.body).toMatch(/Title \(English\)/);
    const funding = await ctx.db.query<{ source: string }>(sql`
      select f.source from project_funding f join projects p on p.id = f.project_id where p.slug = 'beta'`);
    expect(funding).toEqual([{ source: 'budget' }]);
  });

  it('refuses another body’s staff (403) and bad input (422), changing nothing', async () => {
    const other = await signedInAs(app, ctx, { role: 'organization-publisher', organization: second });
    expect((await other.get('/projects/alpha/edit')).statusCode).toBe(403);
    expect((await other.get('/projects/alpha/revisions/new')).statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/alpha/edit?lang=en');
    const before = await counts();
    const bad = await publisher.submit('/projects/alpha/edit', {
      organization: first,
      titleMn: 'Альфа',
      titleEn: 'Alpha',
      descriptionMn: 'Тайлбар',
      descriptionEn: '',
      sector: 'energy.solar',
      stage: 'preparation',
      status: 'forgotten',
      soum: 'nowhere',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toMatch(/<a href="#descriptionEn">Enter the description<\/a>/);
    expect(bad.body).toMatch(/<a href="#status">Choose a status from the list<\/a>/);
    expect(bad.body).toMatch(/<a href="#soum">/);
    expect(await counts()).toBe(before);
  });
});

describe('revising the budget or schedule', () => {
  it('needs a reason, a later date and a new value; the project then holds the latest values', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/new-airport/revisions/new?lang=en');
    const before = await counts();
    const bad = await publisher.submit('/projects/new-airport/revisions/new', {
      revisedOn: '2010-01-01',
      reasonMn: '',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toMatch(
      /<a href="#revisedOn">Use a date no earlier than the last revision’s \(2012-05-01\)<\/a>/,
    );
    expect(bad.body).toMatch(/<a href="#budgetAmount">Enter a new budget or new planned dates<\/a>/);
    expect(bad.body).toMatch(/<a href="#reasonMn">Give the reason for the change in Mongolian<\/a>/);
    const backwards = await publisher.submit('/projects/new-airport/revisions/new', {
      revisedOn: '2015-01-01',
      plannedEnd: '2012-01-01',
      reasonMn: 'Хойшилсон',
    });
    expect(backwards.body).toMatch(/<a href="#plannedEnd">The end must come after the start<\/a>/);
    expect(await counts()).toBe(before);
    const res = await publisher.submit('/projects/new-airport/revisions/new', {
      revisedOn: '2015-06-01',
      budgetAmount: '72000000000',
      budgetCurrency: 'JPY',
      plannedEnd: '2019-06-30',
      reasonMn: 'Газар шорооны ажил нэмэгдсэн',
      reasonEn: 'More earthworks',
      decision: 'Resolution 45',
    });
    expect(res.statusCode).toBe(303);
    const [row] = await ctx.db.query<{ budget: string; end: string; start: string }>(sql`
      select budget_amount::text as budget, to_char(planned_end, 'YYYY-MM-DD') as end,
        to_char(planned_start, 'YYYY-MM-DD') as start from projects where slug = 'new-airport'`);
    expect(row).toEqual({ budget: '72000000000.00', end: '2019-06-30', start: '2013-01-01' });
    const page = await app.inject({ url: '/projects/new-airport?lang=en' });
    expect(page.body).toContain('Revised: budget');
    expect(page.body).toContain('Reason: More earthworks');
    expect(page.body).toContain('Plan approved: budget');
  });
});

describe('the project page', () => {
  it('shows the summary, the timeline in date order, the places drawn on the server, funding and history', async () => {
    await ctx.db.query(sql`
      insert into project_milestones (project_id, title_mn, title_en, due_on)
      select id, 'Терминал', 'Terminal built', '2030-01-01' from projects where slug = 'new-airport'`);
    const res = await app.inject({ url: '/projects/new-airport?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>New airport</h1>');
    expect(res.body).toContain(`href="/projects/agencies/${first}"`);
    expect(res.body).toContain('href="/projects/loans/airport-loan"');
    expect(res.body).toContain(`href="/projects/lenders/${lenderId}"`);
    expect(res.body).toContain('Budget line 2013-ULS-0042');
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('Terminal');
    expect(res.body).not.toContain('<script');
    const start = res.body.indexOf('<ol class="timeline">');
    const timeline = res.body.slice(start, res.body.indexOf('</ol>', start));
    const dates = [...timeline.matchAll(/datetime="([\d-]+)"/g)].map((m) => m[1]);
    expect(dates).toEqual([...dates].sort());
    expect(timeline).toContain('Due: Terminal built');
    expect(timeline).toContain('Works started');
    expect((await app.inject({ url: '/projects/no-such-project' })).statusCode).toBe(404);
  });
});

describe('the list', () => {
  it('filters by sector (with its subsectors), stage, status, aimag, funding and lender', async () => {
    const titles = async (query: string) => {
      const res = await app.inject({ url: `/api/v1/projects?${query}` });
      expect(res.statusCode).toBe(200);
      return res.json().items.map((i: { slug: string }) => i.slug);
    };
    expect(await titles('sector=energy')).toEqual(['alpha']);
    expect(await titles('sector=transport.air')).toEqual(['new-airport']);
    expect(await titles('stage=preparation')).toEqual(['alpha']);
    expect(await titles('status=closed')).toEqual(['beta']);
    expect(await titles(`aimag=${unit!.aimag}`)).toEqual(['gamma', 'new-airport']);
    expect(await titles('funding=concession')).toEqual(['gamma']);
    expect(await titles(`lender=${lenderId}`)).toEqual(['new-airport']);
    // A loan that names its project without a funding row of the project still finds it by lender.
    const [alpha] = await ctx.db.query<{ id: number }>(sql`select id from projects where slug = 'alpha'`);
    const direct = await buildLoan('alpha-direct-loan', 'loan', 'USD', Number(alpha!.id));
    expect(await titles(`lender=${direct}`)).toEqual(['alpha']);
    expect(await titles(`lender=${direct}&funding=foreign-loan`)).toEqual([]);
    expect(await titles(`organization=${second}`)).toEqual(['gamma']);
    expect(await titles('q=airport')).toEqual(['new-airport']);
    expect((await app.inject({ url: '/api/v1/projects?stage=dreaming' })).statusCode).toBe(422);
  });

  it('shows the page with its filters, sorts and downloads', async () => {
    const res = await app.inject({ url: '/projects?lang=en&funding=foreign-loan' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<p class="result-count" role="status">1 project</p>');
    expect(res.body).toContain('<a href="/projects/new-airport">New airport</a>');
    for (const name of ['q', 'organization', 'sector', 'stage', 'status', 'aimag', 'funding'])
      expect(res.body).toContain(`name="${name}"`);
    expect(res.body).toContain('href="/projects.csv?funding=foreign-loan"');
  });
});

describe('the API', () => {
  it('adds, changes and revises a project with a token, refusing bad input by field', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const token = await apiTokenOf(ctx, publisher.userId, ['projects.write'], {
      organizationId: await organizationId(first),
    });
    const call = (method: 'POST' | 'PUT', url: string, payload: object) =>
      app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, payload });
    const body = {
      organization: first,
      slug: 'api-road',
      titleMn: 'Зам',
      titleEn: 'Road',
      descriptionMn: 'Зам',
      descriptionEn: 'Road',
      sector: 'transport.road',
      stage: 'identification',
      budgetAmount: 1500000.5,
      budgetCurrency: 'USD',
      plannedStart: '2026-01-01',
      locations: { type: 'Feature', geometry: road, properties: { descriptionEn: 'The road' } },
      funding: [
        { source: 'grant', amount: 200, currency: 'USD', loan: 'road-grant', descriptionEn: 'Road grant' },
      ],
    };
    const made = await call('POST', '/api/v1/projects', body);
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('http://shilen.test/api/v1/projects/api-road');
    expect(made.json()).toMatchObject({
      slug: 'api-road',
      budget: { amount: '1500000.50', currency: 'USD' },
      locations: [{ geometry: { type: 'LineString' }, description: { en: 'The road' } }],
      funding: [{ source: 'grant', loan: 'road-grant' }],
      revisions: [{ revisedOn: expect.any(String), budgetAmount: '1500000.50' }],
    });
    const refused = await call('POST', '/api/v1/projects', {
      ...body,
      slug: 'api-road-2',
      funding: [{ source: 'grant', amount: 0, currency: 'USD', loan: 'road-grant' }],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { field: 'body.funding', message: 'Line 1: enter an amount above zero' },
    ]);
    const { slug: _slug, budgetAmount: _a, budgetCurrency: _c, plannedStart: _s, ...edit } = body;
    const changed = await call('PUT', '/api/v1/projects/api-road', {
      ...edit,
      stage: 'preparation',
      funding: [],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ stage: 'preparation', funding: [] });
    const revised = await call('POST', '/api/v1/projects/api-road/revisions', {
      revisedOn: '2099-01-01',
      plannedEnd: '2027-12-31',
      reasonMn: 'Хугацааг тогтоосон',
    });
    expect(revised.statusCode).toBe(201);
    expect(revised.json()).toMatchObject({
      plannedEnd: '2027-12-31',
      revisions: [{}, { plannedEnd: '2027-12-31' }],
    });
    const noReason = await call('POST', '/api/v1/projects/api-road/revisions', {
      revisedOn: '2099-02-01',
      plannedEnd: '2028-12-31',
      reasonMn: '',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors).toEqual([
      { field: 'body.reasonMn', message: 'Give the reason for the change in Mongolian' },
    ]);
    const theirs = await call('PUT', '/api/v1/projects/gamma', { ...edit, organization: second });
    expect(theirs.statusCode).toBe(403);
  });
});

describe('the map, the agency page and the dataset', () => {
  it('draws every project’s places on /projects/map with the list’s filters, without JavaScript', async () => {
    const res = await app.inject({ url: '/projects/map?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('href="/projects/new-airport"');
    const filtered = await app.inject({ url: '/projects/map?lang=en&stage=preparation' });
    expect(filtered.body).not.toContain('href="/projects/new-airport"');
    const layer = await app.inject({ url: '/api/v1/geo/projects.geojson' });
    expect(layer.statusCode).toBe(200);
    expect(
      layer
        .json()
        .features.some((f: { properties: { slug: string } }) => f.properties.slug === 'new-airport'),
    ).toBe(true);
  });

  it('shows an implementing body’s projects, counts by stage and budgets by currency', async () => {
    const res = await app.inject({ url: `/projects/agencies/${first}?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/projects/new-airport"');
    expect(res.body).not.toContain('href="/projects/gamma"');
    expect(res.body).toContain('Budgets by currency');
    expect((await app.inject({ url: '/projects/agencies/no-such-body' })).statusCode).toBe(404);
  });

  it('puts a project in the site search, and its page on the home page’s card', async () => {
    const found = await app.inject('/search?lang=en&q=airport');
    expect(found.body).toContain('href="/projects/new-airport"');
    const home = await app.inject('/?lang=en');
    expect(home.body).toContain('href="/projects"');
  });

  it('downloads the list’s rows with its filters, and keeps each project’s versions', async () => {
    const res = await app.inject({ url: `/projects.csv?organization=${second}` });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body.trim().split(/\r?\n/);
    expect(header!.split(',').slice(0, 3)).toEqual(['slug', 'title_mn', 'title_en']);
    expect(header).toContain('funding_sources');
    expect(rows.map((r) => r.split(',')[0])).toEqual(['gamma']);
    expect((await app.inject({ url: '/projects.csv?organization=Not+a+slug' })).statusCode).toBe(422);
    const versions = await app.inject({ url: '/api/v1/datasets/projects/records/beta/versions' });
    expect(versions.statusCode).toBe(200);
    expect(await slugsOf()).toContain('beta');
  });
});
