import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../../test/support/actors.ts';
import { sql } from '../../../platform/db/sql.ts';
import { resolveEntities } from '../../../platform/legal-entities/index.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { procurementModule } from '../../procurement/module.ts';
import { projectsModule } from '../module.ts';
import { buildProject } from '../test-support.ts';
import { type ProcurementProcess, procurementProcesses } from './procurement.ts';

const modules = [...baseModules, legalEntitiesModule, procurementModule, projectsModule];
const { app, ctx } = await createTestApp({ modules });
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];
const organizationId = async (slug: string) =>
  Number((await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`))[0]!.id);
let processes: ProcurementProcess[] = [];
const links = async () =>
  (await ctx.db.query<{ ocid: string }>(sql`select ocid from project_contracts order by id`)).map(
    (r) => r.ocid,
  );
const CONDITIONS = 'A performance security of 10% of the price; delay damages of 0.05% a day.';

beforeAll(async () => {
  await procurementModule.demo?.(ctx, modules);
  processes = (await procurementProcesses(ctx, modules)).slice(0, 4);
  await buildProject(ctx, { organization: first, slug: 'bridge', titleEn: 'Bridge' });
  await buildProject(ctx, { organization: second, slug: 'theirs', titleEn: 'Theirs' });
  const project = await ctx.db.query<{ id: number }>(sql`select id from projects where slug = 'bridge'`);
  const lenders = await resolveEntities(
    ctx.db,
    [
      {
        scheme: 'XM-DAC',
        identifier: '46004',
        name: 'Asian Development Bank',
        kind: 'international-organisation',
      },
    ],
    { source: 'test' },
    ctx.country.legalEntities,
  );
  await ctx.db.query(sql`
    insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en,
      agreement_on, amount, currency, rate_kind, fixed_rate, maturity_months, grace_months, repayment_method,
      payments_per_year)
    values ('bridge-loan', ${project[0]!.id}, ${await organizationId(first)}, 'loan', ${[...lenders.values()][0]},
      'Гүүрийн зээл', 'Bridge loan', '2024-01-10', 1000000, 'USD', 'fixed', 1, 240, 60, 'annuity', 2)`);
}, 240_000);

describe('linking a project to procurement processes', () => {
  it('by the form: 303 to the project, audited and versioned; the section shows the process as procurement publishes it', async () => {
    expect(processes.length).toBe(4);
    const p = processes[0]!;
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const form = await publisher.get('/projects/bridge/contracts/new?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="bridge-loan">Bridge loan</option>');
    const res = await publisher.submit('/projects/bridge/contracts/new', {
      ocid: p.ocid,
      loan: 'bridge-loan',
      generalConditionsMn: 'Гүйцэтгэлийн баталгаа 10%.',
      generalConditionsEn: CONDITIONS,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/projects/bridge#project-contracts');
    const [audit] = await ctx.db.query<{ role: string }>(
      sql`select role from audit_log where action = 'projects.contracts.write' and details->>'ocid' = ${p.ocid}`,
    );
    expect(audit?.role).toBe('organization-publisher');
    const [version] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from record_versions where dataset = 'project-contracts'`,
    );
    expect(version?.n).toBe(1);
    const page = await app.inject({ url: '/projects/bridge?lang=en' });
    expect(page.body).toContain('<h2 id="project-contracts">Procurement and contracts</h2>');
    expect(page.body).toContain(`href="/procurement/processes/${encodeURIComponent(p.ocid)}"`);
    expect(page.body).toContain(p.buyerName!);
    expect(page.body).toContain(p.supplierName!);
    expect(page.body).toContain('<a href="/projects/loans/bridge-loan">Bridge loan</a>');
    expect(page.body).toContain(CONDITIONS);
    const anonymous = await app.inject({ url: '/projects/theirs?lang=en' });
    expect(anonymous.body).not.toContain('project-contracts');
  });

  it('by the form: an OCID procurement does not publish, a loan not the project’s, a process linked twice — 422 naming the field, nothing stored', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    await publisher.get('/projects/bridge/contracts/new?lang=en');
    const before = await links();
    const unknown = await publisher.submit('/projects/bridge/contracts/new', {
      ocid: 'ocds-zz0000-not-published',
      loan: '',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toMatch(
      /<a href="#ocid">The procurement register publishes no process “ocds-zz0000-not-published”<\/a>/,
    );
    const badFormat = await publisher.submit('/projects/bridge/contracts/new', { ocid: 'road-12', loan: '' });
    expect(badFormat.body).toContain(
      '<a href="#ocid">An OCID begins with “ocds-” and the publisher’s prefix</a>',
    );
    const badLoan = await publisher.submit('/projects/bridge/contracts/new', {
      ocid: processes[1]!.ocid,
      loan: 'no-such-loan',
    });
    expect(badLoan.statusCode).toBe(422);
    expect(badLoan.body).toContain('<a href="#loan">Choose one of this project’s loans</a>');
    const twice = await publisher.submit('/projects/bridge/contracts/new', {
      ocid: processes[0]!.ocid,
      loan: '',
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('is already linked to this project');
    expect(await links()).toEqual(before);
  });

  it('refuses another organisation’s project, on the form and through the API', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    expect((await publisher.get('/projects/theirs/contracts/new')).statusCode).toBe(403);
    const token = await apiTokenOf(ctx, publisher.userId, ['projects.contracts.write'], {
      organizationId: await organizationId(first),
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/projects/theirs/contracts',
      headers: { authorization: `Bearer ${token}` },
      payload: { ocid: processes[2]!.ocid },
    });
    expect(res.statusCode).toBe(403);
    expect(await links()).toEqual([processes[0]!.ocid]);
  });

  it('by the API: 201 with the process, 422 naming `ocid`; the list is public and the dataset has the rows', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    const token = await apiTokenOf(ctx, publisher.userId, ['projects.contracts.write'], {
      organizationId: await organizationId(first),
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/projects/bridge/contracts',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const p = processes[3]!;
    const made = await post({ ocid: p.ocid });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('http://shilen.test/api/v1/projects/bridge/contracts');
    expect(made.json()).toMatchObject({
      project: 'bridge',
      ocid: p.ocid,
      loan: null,
      process: { buyer: p.buyerName, supplier: p.supplierName },
    });
    const refused = await post({ ocid: 'ocds-zz0000-nothing' });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json().errors)).toContain('ocid');
    const list = await app.inject({ url: '/api/v1/projects/bridge/contracts' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { ocid: string }) => i.ocid)).toEqual([processes[0]!.ocid, p.ocid]);
    expect(list.json().items[0]).toMatchObject({
      loan: 'bridge-loan',
      generalConditions: { en: CONDITIONS },
    });
    const csv = await app.inject({ url: '/datasets/project-contracts/download.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(p.ocid);
    expect(csv.body).toContain('bridge-loan');
  });
});
