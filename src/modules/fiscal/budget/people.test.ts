import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { countryPackFor } from '../../../country/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions, organizationId } from '../test-support.ts';
import { biggestPayees, bodyEconomic, reportingBody } from './bodies.ts';
import { assumptions, revisions, telling } from './citizens.ts';
import { budgetLine, lineTransactions, mismatchOf } from './line.ts';
import { aimagByFunction, aimagFigures, populationFor, splitTax } from './people.ts';
import { breakdown } from './queries.ts';

const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
const pack = ctx.country.fiscal;

// Dornod (21): 500,000,000 approved for police in the aimag itself; Ulaanbaatar (11): 300,000,000 in
// one of its districts (1101); 200,000,000 placed nowhere (national).
await buildBudgetLine(ctx.db, {
  body: 'general-police-department',
  functional: '03.1',
  unit: '21',
  approved: 500_000_000,
});
await buildBudgetLine(ctx.db, {
  functional: '07.3',
  unit: '1101',
  approved: 300_000_000,
  revised: 350_000_000,
});
await buildBudgetLine(ctx.db, { functional: '09.1', unit: null, approved: 200_000_000 });
await buildTransactions(ctx, [
  { aimag: '21', amount: 40_000_000, payee: { identifier: '5123456', name: 'Эм Хангамж ХХК' } },
  { aimag: '21', amount: 10_000_000, payee: { identifier: '5123456', name: 'Эм Хангамж ХХК' } },
  { aimag: '21', amount: -2_000_000, kind: 'refund' },
  { aimag: null, amount: 7_000_000, payee: 'individual' },
]);

describe('figures per person', () => {
  it('divides each aimag’s spending by its residents (the pack’s population, grown from 2023)', async () => {
    // 2025 residents: Dornod round(82,214 × 1.012²) = 84,199; Ulaanbaatar round(1,691,752 × 1.012²) = 1,732,598.
    const { rows, unplaced, population } = await aimagFigures(ctx.db, pack, 2025, 'approved');
    expect(population?.year).toBe(2025);
    const dornod = rows.find((r) => r.code === '21');
    expect(dornod).toMatchObject({ population: 84_199, budget: 500_000_000, paid: 48_000_000 });
    expect(dornod?.budgetPerResident).toBeCloseTo(5938.3128, 3);
    expect(dornod?.paidPerResident).toBeCloseTo(48_000_000 / 84_199, 6);
    const capital = rows.find((r) => r.code === '11');
    expect(capital).toMatchObject({ population: 1_732_598, budget: 300_000_000 });
    expect(capital?.budgetPerResident).toBeCloseTo(173.1504, 3);
    expect(rows.find((r) => r.code === '65')).toMatchObject({ budget: 0, budgetPerResident: 0 });
    expect(unplaced).toEqual({ budget: 200_000_000, paid: 7_000_000 });
    const revised = await aimagFigures(ctx.db, pack, 2025, 'revised');
    expect(revised.rows.find((r) => r.code === '11')?.budget).toBe(350_000_000);
  });

  it('uses the latest earlier population when the year has none, and says there is none before any', () => {
    expect(populationFor(pack, 2030)?.year).toBe(2026);
    expect(populationFor(pack, 2000)?.year).toBe(2023);
    expect(populationFor(countryPackFor('xt').fiscal, 2025)?.byUnit['01']).toBe(50_000);
  });

  it('breaks an aimag’s spending down by function per resident', async () => {
    const { rows, residents } = await aimagByFunction(ctx.db, pack, '11', 2025, 'approved');
    expect(residents).toBe(1_732_598);
    expect(rows.map((r) => [r.key, r.approved])).toEqual([['07', 300_000_000]]);
    expect(rows[0]?.perResident).toBeCloseTo(300_000_000 / 1_732_598, 8);
  });

  it('splits a tax payment in the national shares, the parts adding up to the tögrög', async () => {
    const national = await breakdown(ctx.db, 'functional', { year: 2025, direction: 'expenditure' }, null);
    // 03: 500M, 07: 300M, 09: 200M of 1,000M → 50%, 30%, 20%.
    const parts = splitTax(1_000_001, national, 'approved');
    expect(parts.map((p) => [p.key, p.share, p.amount])).toEqual([
      ['03', 0.5, 500_001],
      ['07', 0.3, 300_000],
      ['09', 0.2, 200_000],
    ]);
    expect(splitTax(0, national, 'approved')).toEqual([]);
    expect(splitTax(100, [], 'approved')).toEqual([]);
  });
});

describe('a reporting body', () => {
  it('tells its basis, its budget by economic category and its biggest payees, individuals unnamed', async () => {
    expect(await reportingBody(ctx.db, 'oyu-tolgoi')).toMatchObject({ basis: 'state-share', stateShare: 34 });
    expect(await reportingBody(ctx.db, 'all-ministries')).toBeNull();
    const health = await organizationId(ctx.db, 'ministry-of-health');
    const economic = await bodyEconomic(ctx.db, health, 2025, 'expenditure', 'approved');
    expect(economic.map((r) => [r.depth, r.key, r.approved])).toEqual([
      [0, '2', 500_000_000],
      [1, '22', 500_000_000],
    ]);
    const payees = await biggestPayees(ctx.db, health, 2025);
    expect(payees.map((p) => [p.name, p.individual, p.payments, p.total])).toEqual([
      // The refund is from the same company: it nets against its payments.
      ['Эм Хангамж ХХК', false, 3, 48_000_000],
      [null, true, 1, 7_000_000],
    ]);
  });
});

describe('the citizens’ budget', () => {
  it('goes below a single top category, names assumptions from the pack and lists what revision changed', async () => {
    await buildBudgetLine(ctx.db, { direction: 'revenue', functional: null, economic: '111', approved: 9 });
    await buildBudgetLine(ctx.db, { direction: 'revenue', functional: null, economic: '141', approved: 4 });
    const revenue = await telling(ctx.db, 'economic', { year: 2025, direction: 'revenue' }, 'approved');
    expect(revenue.parent).toBe('1');
    expect(revenue.rows.map((r) => [r.key, r.approved])).toEqual([
      ['11', 9],
      ['14', 4],
    ]);
    await ctx.db.query(sql`insert into fiscal_assumptions (fiscal_year, indicator, value) values
      (2025, 'usd-rate', 3450), (2025, 'gdp-growth', 6.1), (2025, 'wool-price', 2)`);
    const named = await assumptions(ctx.db, pack, 2025);
    expect(named.map((a) => [a.code, a.name.en, a.unit?.en ?? null, a.value])).toEqual([
      ['gdp-growth', 'Real GDP growth', '%', 6.1],
      ['usd-rate', 'US dollar exchange rate', 'MNT per USD', 3450],
      ['wool-price', 'wool-price', null, 2],
    ]);
    const spending = await breakdown(ctx.db, 'functional', { year: 2025, direction: 'expenditure' }, null);
    expect(revisions(spending)).toMatchObject([
      { key: '07', approved: 300_000_000, revisedPlan: 350_000_000, change: 50_000_000 },
    ]);
  });
});

describe('a budget line followed to its transactions', () => {
  it('finds the transactions that name it, and reports what they do not cover', async () => {
    const line = await buildBudgetLine(ctx.db, { year: 2026, approved: 100_000_000, executed: 90_000_000 });
    await buildTransactions(ctx, [
      { line: line.ref, amount: 60_000_000, paidOn: '2026-02-01', ocid: 'ocds-abc123-1' },
      { line: line.ref, amount: 5_000_000, paidOn: '2026-03-01' },
    ]);
    const found = await budgetLine(ctx.db, line.ref);
    expect(found).toMatchObject({ year: 2026, approved: 100_000_000, revised: null, executed: 90_000_000 });
    expect(found?.functional).toEqual({
      code: '07.3',
      labelMn: 'Эмнэлгийн үйлчилгээ',
      labelEn: 'Hospital services',
    });
    const paid = await lineTransactions(ctx.db, line.ref, pack.glassAccount.threshold);
    expect(paid).toMatchObject({ count: 2, total: 65_000_000, atOrUnderThreshold: 1 });
    expect(paid.items[0]).toMatchObject({ amountMnt: 60_000_000, ocid: 'ocds-abc123-1' });
    expect(mismatchOf(found?.executed ?? null, paid.total)).toEqual({
      executed: 90_000_000,
      transactions: 65_000_000,
      uncovered: 25_000_000,
    });
    expect(mismatchOf(65_000_000, 65_000_000)).toBeNull();
    expect(mismatchOf(null, 10)).toEqual({ executed: 0, transactions: 10, uncovered: -10 });
    expect(await budgetLine(ctx.db, 'nothing-here')).toBeNull();
  });
});
