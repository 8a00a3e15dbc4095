import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp, createTestContext } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions, exampleTransactions, organizationId } from '../test-support.ts';
import { packageProblems } from './fdp-profile.ts';

/**
 * /api/3 over HTTP, queried as OpenSpending's clients write their queries (drill-downs joined with
 * `|`, cuts `ref:value|ref:value`, `order=ref:desc`, `page=0`), with figures computed by hand
 * from the factories' rows; babbage's errors; the Fiscal Data Package and its CSV file.
 */
const modules = [...baseModules, legalEntitiesModule, fiscalModule];
const ctx = await createTestContext(modules);
const { app } = await createTestApp({ modules, ctx });
await buildTransactions(ctx, exampleTransactions);
await buildBudgetLine(ctx.db, { approved: 900_000_000, executed: 800_000_000, unit: '1101' });
await buildBudgetLine(ctx.db, { approved: 100_000_000, executed: null, unit: '21' });
await buildBudgetLine(ctx.db, { direction: 'revenue', approved: 50_000_000, unit: null });
const health = await organizationId(ctx.db, 'ministry-of-health');
await ctx.db.query(sql`insert into fiscal_fund_flows (ref, fund_code, organization_id, fiscal_year, flowed_on, direction, amount_mnt, purpose)
  values ('f-1', 'health-insurance', ${health}, 2025, '2025-02-01', 'collection', 300, 'premiums'),
         ('f-2', 'health-insurance', ${health}, 2025, '2025-03-01', 'spending', 120, 'care'),
         ('f-3', 'health-insurance', ${health}, 2025, '2025-04-01', 'spending', 30, 'care')`);

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return {
    status: res.statusCode,
    body: res.headers['content-type']?.includes('json') ? res.json() : res.body,
    res,
  };
};

describe('the babbage API at /api/3', () => {
  it('says it is there and lists its cubes, with or without the trailing slash', async () => {
    expect((await get('/api/3')).body).toMatchObject({ status: 'ok', api: 'babbage' });
    expect((await get('/api/3/')).status).toBe(200);
    const { body } = await get('/api/3/cubes/');
    expect(body.data.map((c: { name: string }) => c.name)).toEqual([
      'fiscal-transactions',
      'fiscal-budget',
      'fiscal-funds',
      'fiscal-benefits',
    ]);
  });

  it('describes a cube in babbage’s model shape', async () => {
    const { body } = await get('/api/3/cubes/fiscal-transactions/model?lang=en');
    expect(body.name).toBe('fiscal-transactions');
    expect(body.model.measures.amount).toMatchObject({ ref: 'amount', currency: 'MNT', aggregates: ['sum'] });
    expect(body.model.dimensions.administrative).toMatchObject({
      key_ref: 'administrative.code',
      label_ref: 'administrative.label',
    });
    expect(body.model.aggregates._count).toMatchObject({ function: 'count' });
    expect(body.model.hierarchies.functional.levels).toEqual(['functional_division', 'functional']);
  });

  it('answers a query as OpenSpending’s client writes it, with the right figures', async () => {
    const { status, body } = await get(
      '/api/3/cubes/fiscal-transactions/aggregate?drilldown=administrative|functional&cut=year:2025&order=amount.sum:desc&page=0&lang=en',
    );
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(
      [
        'aggregates',
        'attributes',
        'cell',
        'cells',
        'order',
        'page',
        'page_size',
        'status',
        'summary',
        'total_cell_count',
      ].sort(),
    );
    expect(
      body.cells.map((c: Record<string, unknown>) => [
        c['administrative.code'],
        c['functional.code'],
        c['amount.sum'],
        c._count,
      ]),
    ).toEqual([
      ['ministry-of-health', '07.3', 20_500_000, 4],
      ['ministry-of-health', '07.1', 20_000_000, 1],
      ['ministry-of-finance', '01.1', 7_000_000, 1],
    ]);
    expect(body.cells[0]['administrative.label']).toBe('Ministry of Health');
    expect(body).toMatchObject({
      summary: { 'amount.sum': 47_500_000, _count: 6 },
      total_cell_count: 3,
      cell: [['year.year', ':', 2025]],
      order: [['amount.sum', 'desc']],
      page: 1,
      page_size: 100,
      status: 'ok',
    });
    const cut = await get(
      '/api/3/cubes/fiscal-transactions/aggregate?drilldown=aimag&cut=administrative:"ministry-of-health"|year:2025&aggregates=amount.sum',
    );
    expect(cut.body.cells.map((c: Record<string, unknown>) => [c['aimag.code'], c['amount.sum']])).toEqual([
      ['21', 34_500_000],
      ['41', 6_000_000],
    ]);
  });

  it('gives the cells as a CSV attachment with its columns in alphabetical order', async () => {
    const { res } = await get('/api/3/cubes/fiscal-transactions/aggregate?drilldown=year&format=csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.body.split('\r\n').slice(0, 3)).toEqual([
      '_count,amount.sum,year.year',
      '1,3000000,2024',
      '6,47500000,2025',
    ]);
  });

  it('tells a bad query or an unknown cube in babbage’s error shape', async () => {
    for (const [url, status, message] of [
      ['/api/3/cubes/nothing/aggregate', 404, /no cube named nothing/],
      ['/api/3/cubes/fiscal-transactions/aggregate?drilldown=colour', 400, /colour is not a dimension/],
      ['/api/3/cubes/fiscal-transactions/aggregate?cut=year:"2025"', 400, /type integer/],
      ['/api/3/cubes/fiscal-transactions/aggregate?cut=date:2025-02-30', 400, /not a date/],
      ['/api/3/cubes/fiscal-transactions/aggregate?format=xml', 400, /format must be/],
      ['/api/3/cubes/fiscal-transactions/members/colour', 400, /not a dimension/],
      ['/api/3/info/nothing/package', 404, /no cube/],
      [`/api/3/cubes/fiscal-transactions/aggregate?cut=${'x'.repeat(4001)}`, 400, /query\.cut/],
    ] as const) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(res.body.status, url).toBe('error');
      expect(res.body.message, url).toMatch(message);
    }
  });

  it('pages facts, never naming an individual payee', async () => {
    const { body } = await get(
      '/api/3/cubes/fiscal-transactions/facts?fields=administrative.code,payee,amount&cut=payee:"individual"&lang=en',
    );
    expect(body).toMatchObject({
      status: 'ok',
      total_fact_count: 1,
      fields: ['administrative.code', 'payee.code', 'payee.label', 'amount'],
    });
    expect(body.data).toEqual([
      {
        'administrative.code': 'ministry-of-health',
        'payee.code': 'individual',
        'payee.label': 'Individual',
        amount: 5_500_000,
      },
    ]);
    const ordered = await get(
      '/api/3/cubes/fiscal-transactions/facts?fields=amount&order=amount:desc&pagesize=2&page=2',
    );
    expect(ordered.body.data).toEqual([{ amount: 7_000_000 }, { amount: 6_000_000 }]);
  });

  it('lists the members of a dimension under the cuts', async () => {
    const { body } = await get(
      '/api/3/cubes/fiscal-transactions/members/functional_division?cut=year:2025&lang=en',
    );
    expect(body).toMatchObject({
      status: 'ok',
      total_member_count: 2,
      fields: ['functional_division.code', 'functional_division.label'],
    });
    expect(body.data).toEqual([
      { 'functional_division.code': '01', 'functional_division.label': 'General public services' },
      { 'functional_division.code': '07', 'functional_division.label': 'Health' },
    ]);
  });

  it('sums budget lines per phase, a district’s line in its aimag, and funds’ collections and spending', async () => {
    const { body } = await get(
      '/api/3/cubes/fiscal-budget/aggregate?drilldown=direction|aimag.code&aggregates=approved.sum|executed.sum|executed.count',
    );
    expect(body.cells).toEqual([
      {
        'direction.code': 'expenditure',
        'aimag.code': '11',
        'approved.sum': 900_000_000,
        'executed.sum': 800_000_000,
        'executed.count': 1,
      },
      {
        'direction.code': 'expenditure',
        'aimag.code': '21',
        'approved.sum': 100_000_000,
        'executed.sum': null,
        'executed.count': 0,
      },
      {
        'direction.code': 'revenue',
        'aimag.code': null,
        'approved.sum': 50_000_000,
        'executed.sum': null,
        'executed.count': 0,
      },
    ]);
    const funds = await get('/api/3/cubes/fiscal-funds/aggregate?drilldown=fund.code&cut=year:2025');
    expect(funds.body.cells).toEqual([
      { 'fund.code': 'health-insurance', 'collected.sum': 300, 'spent.sum': 150, _count: 3 },
    ]);
  });
});

describe('the Fiscal Data Package of each cube', () => {
  it('is sound by the project’s encoding of the profile, with the profile’s words', async () => {
    for (const name of ['fiscal-transactions', 'fiscal-budget', 'fiscal-funds']) {
      const { status, body } = await get(`/api/3/info/${name}/package`);
      expect(status, name).toBe(200);
      expect(packageProblems(body), name).toEqual([]);
    }
    const { body } = await get('/api/3/info/fiscal-transactions/package');
    expect(body).toMatchObject({
      granularity: 'transactional',
      countryCode: 'MN',
      fiscalPeriod: { start: '2024-01-01', end: '2025-12-31' },
    });
    expect(body.model.measures.amount).toEqual({
      source: 'amount',
      currency: 'MNT',
      direction: 'expenditure',
      phase: 'executed',
      title: 'Amount (MNT)',
    });
    expect(body.model.dimensions.functional).toMatchObject({
      dimensionType: 'classification',
      classificationType: 'functional',
      primaryKey: 'code',
      attributes: {
        code: { source: 'functional_code', parent: 'functional_division_code' },
        label: { source: 'functional_label', labelfor: 'code' },
        functional_division_code: { source: 'functional_division_code' },
      },
    });
    const budget = await get('/api/3/info/fiscal-budget/package');
    expect(budget.body.granularity).toBe('aggregated');
    expect(budget.body.model.measures.revised.phase).toBe('adjusted');
  });

  it('serves its resource as CSV with the columns of its Table Schema', async () => {
    const pkg = (await get('/api/3/info/fiscal-transactions/package')).body;
    const resource = pkg.resources[0];
    expect(resource.path).toBe(
      `${ctx.config.publicUrl}/api/3/info/fiscal-transactions/fiscal-transactions.csv`,
    );
    const { res } = await get(new URL(resource.path).pathname);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(','));
    expect(lines).toHaveLength(1 + 7);
    expect(res.body).not.toContain('Эм Хангамж ХХК,individual');
    const download = await get('/api/3/info/fiscal-funds/datapackage.json');
    expect(download.res.headers['content-disposition']).toMatch(/attachment; filename="datapackage.json"/);
  });
});
