import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBenefits } from '../test-support.ts';

/** The benefits cube in the aggregate API: the published table only, never a hidden cell, no facts. */
const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });
const minimum = ctx.country.fiscal.benefits.minimumCell;
// A small cell with a figure found nowhere else, so that any leak of it shows.
await buildBenefits(ctx.db, [
  ['political', 'housing', minimum - 2, 7_777_777],
  ['political', 'long-service', 12, 12_000_000],
  ['administrative-executive', 'housing', 40, 80_000_000],
  ['administrative-executive', 'long-service', 55, 30_000_000],
]);
const get = async (url: string) => {
  const res = await app.inject({ url });
  return { status: res.statusCode, body: res.body, json: () => res.json() };
};

describe('the fiscal-benefits cube', () => {
  it('answers a year drilled down by grade and type with the small cell and its complement hidden', async () => {
    const res = await get(
      '/api/3/cubes/fiscal-benefits/aggregate?cut=year:2025&drilldown=grade.code|type.code&order=grade.code,type.code',
    );
    expect(res.status).toBe(200);
    const cells = res.json().cells as Record<string, unknown>[];
    const pack = ctx.country.fiscal.benefits;
    expect(cells).toHaveLength(pack.grades.length * pack.types.length);
    const small = cells.find((c) => c['grade.code'] === 'political' && c['type.code'] === 'housing');
    expect(small).toMatchObject({ 'recipients.sum': null, 'amount.sum': null, suppressed: 'small' });
    expect(cells.filter((c) => c.suppressed !== null).length).toBeGreaterThanOrEqual(2);
    expect(res.body).not.toContain('7777777');
    // The grand total would give the small cell away with its complement: it is not published either.
    const all = await get('/api/3/cubes/fiscal-benefits/aggregate?cut=year:2025');
    expect(all.body).not.toContain('7777777');
    expect(all.status).toBe(200);
  });

  it('answers only by year, has no facts, and serves its package from the published cells', async () => {
    const noYear = await get('/api/3/cubes/fiscal-benefits/aggregate?drilldown=grade.code');
    expect(noYear.status).toBe(400);
    expect(noYear.json()).toMatchObject({ status: 'error' });
    expect((await get('/api/3/cubes/fiscal-benefits/facts')).status).toBe(404);
    expect((await get('/api/3/cubes/fiscal-benefits/model')).status).toBe(200);
    const pkg = await get('/api/3/info/fiscal-benefits/package');
    expect(pkg.status).toBe(200);
    expect(pkg.json()).toMatchObject({ granularity: 'aggregated' });
    expect(pkg.body).not.toContain('7777777');
  });
});
