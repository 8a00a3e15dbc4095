import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildTransactions, exampleTransactions } from '../test-support.ts';
import { transactionsCube as cube } from './declarations.ts';
import type { AggregateRequest } from './model.ts';
import { parseAggregateRequest } from './parse.ts';
import { aggregate, readsTotals } from './query.ts';

/**
 * The aggregate query over transactions made by the factories, with figures computed by hand,
 * read both from the pre-aggregated totals and from the facts.
 */
const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
await buildTransactions(ctx, exampleTransactions);

const ask = (query: Record<string, string>, locale: 'mn' | 'en' = 'en') =>
  parseAggregateRequest(cube, query, locale);

async function both(request: AggregateRequest) {
  const fromTotals = await aggregate(ctx.db, cube, request);
  const fromFacts = await aggregate(ctx.db, cube, request, { facts: true });
  expect(fromTotals.source).toBe('totals');
  expect(fromFacts.source).toBe('facts');
  expect({ ...fromTotals, source: 'facts' }).toEqual(fromFacts);
  return fromTotals;
}

describe('the aggregate over transactions', () => {
  it('drills into body and function for a year as OpenSpending writes it', async () => {
    const result = await both(
      ask({ drilldown: 'administrative|functional', cut: 'year:2025', order: 'amount.sum:desc', page: '0' }),
    );
    expect(
      result.cells.map((c) => [c['administrative.code'], c['functional.code'], c['amount.sum'], c._count]),
    ).toEqual([
      ['ministry-of-health', '07.3', 20_500_000, 4],
      ['ministry-of-health', '07.1', 20_000_000, 1],
      ['ministry-of-finance', '01.1', 7_000_000, 1],
    ]);
    expect(result.cells[0]).toMatchObject({ 'functional.label': 'Hospital services' });
    expect(result.summary).toEqual({ 'amount.sum': 47_500_000, _count: 6 });
    expect(result.totalCellCount).toBe(3);
  });

  it('regroups codes into their COFOG division, with sets of values and quoted strings', async () => {
    const result = await both(
      ask({ drilldown: 'functional_division', cut: 'year:2025|aimag:"21"|economic:"22";"311"' }, 'mn'),
    );
    expect(result.cells).toEqual([
      {
        'functional_division.code': '01',
        'functional_division.label': 'Нийтийн ерөнхий үйлчилгээ',
        'amount.sum': 7_000_000,
        _count: 1,
      },
      {
        'functional_division.code': '07',
        'functional_division.label': 'Эрүүл мэнд',
        'amount.sum': 34_500_000,
        _count: 4,
      },
    ]);
  });

  it('cuts on a label, pages from 1, and tells the facts apart from the totals', async () => {
    const request = ask({
      drilldown: 'administrative.label|year',
      cut: 'administrative.label:"Ministry of Health"',
      pagesize: '1',
      page: '2',
    });
    const result = await both(request);
    expect(result.totalCellCount).toBe(1);
    expect(result.cells).toEqual([]);
    const first = await aggregate(ctx.db, cube, { ...request, page: 1 });
    expect(first.cells).toEqual([
      {
        'administrative.label': 'Ministry of Health',
        'year.year': 2025,
        'amount.sum': 40_500_000,
        _count: 5,
      },
    ]);
    // A day or the payee is not in the totals: the facts answer.
    expect(readsTotals(cube, ask({ drilldown: 'date' }))).toBe(false);
    const payees = await aggregate(ctx.db, cube, ask({ drilldown: 'payee', cut: 'payee:"individual"' }));
    expect(payees.source).toBe('facts');
    expect(payees.cells).toEqual([
      { 'payee.code': 'individual', 'payee.label': 'Individual', 'amount.sum': 5_500_000, _count: 1 },
    ]);
  });

  it('answers without drill-down with one cell, the summary', async () => {
    const result = await both(ask({ cut: 'year:2024;2025', aggregates: 'amount.sum' }));
    expect(result.cells).toEqual([{ 'amount.sum': 50_500_000 }]);
    expect(result.summary).toEqual({ 'amount.sum': 50_500_000 });
  });

  it('refuses a ref, a type or a value the cube does not have', () => {
    expect(() => ask({ drilldown: 'nothing' })).toThrow(/not a dimension or attribute/);
    expect(() => ask({ cut: 'year:"2025"' })).toThrow(/type integer, not string/);
    expect(() => ask({ cut: 'economic:22' })).toThrow(/write "22"/);
    expect(() => ask({ aggregates: 'amount.max' })).toThrow(/no aggregate max/);
    expect(() => ask({ drilldown: 'year', order: 'aimag:desc' })).toThrow(/not among the selected/);
    expect(() => ask({ page: 'x' })).toThrow(/page must be an integer/);
    expect(ask({ pagesize: '50000' }).pageSize).toBe(10_000);
  });
});
