import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine } from '../test-support.ts';
import { type Dimension, dimensions, type LineScope, UNCLASSIFIED } from './dimensions.ts';
import {
  type Amounts,
  breakdown,
  compareYears,
  executionRate,
  linesUnder,
  pathTo,
  sumAmounts,
  yearTotals,
} from './queries.ts';

const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
const cents = (v: number) => Math.round(v * 100);
const same = (a: Amounts, b: Amounts) =>
  expect([a.proposed, a.approved, a.revised, a.executed, a.plan].map(cents).concat(a.lines)).toEqual(
    [b.proposed, b.approved, b.revised, b.executed, b.plan].map(cents).concat(b.lines),
  );

/** Walks every node under `parent`: its rows sum to `expected`, and each node's lines are the node's figure. */
async function walk(dimension: Dimension, scope: LineScope, parent: string | null, expected: Amounts) {
  const rows = await breakdown(ctx.db, dimension, scope, parent);
  same(sumAmounts(rows), expected);
  for (const row of rows) {
    if (row.kind === 'own') continue;
    const { lines, count } = await linesUnder(ctx.db, dimension, scope, row.key, 'approved', 1000);
    expect(count).toBe(row.lines);
    same(sumAmounts(lines), row);
    if (row.kind === 'node') await walk(dimension, scope, row.key, row);
  }
}

const pack = ctx.country.fiscal;
const codesOf = (scheme: 'functional' | 'economic' | 'programme' | 'funding', year: number) =>
  pack.classifications[scheme].versions
    .filter((v) => v.from <= year && (v.until ?? 9999) >= year)
    .flatMap((v) => v.codes.map((c) => c.code));
const bodies = [
  'government',
  'ministry-of-health',
  'ministry-of-finance',
  'general-police-department',
  'erdenes-mongol',
  'oyu-tolgoi',
  'state-great-khural',
];
const units = [null, '11', '1101', '21', '65'];
const amount = fc.option(
  fc.integer({ min: 0, max: 5_000_000_000 }).map((n) => n / 100),
  { nil: null },
);

describe('totals agree at every level', () => {
  it('sums children to their parent in every classification, phase by phase (property)', async () => {
    let year = 2015;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            body: fc.constantFrom(...bodies),
            direction: fc.constantFrom('expenditure' as const, 'revenue' as const),
            functional: fc.option(fc.nat(200), { nil: null }),
            economic: fc.nat(200),
            programme: fc.option(fc.nat(20), { nil: null }),
            funding: fc.nat(20),
            unit: fc.constantFrom(...units),
            proposed: amount,
            approved: amount,
            revised: amount,
            executed: amount,
          }),
          { minLength: 1, maxLength: 18 },
        ),
        async (specs) => {
          year += 1;
          const pick = (list: string[], i: number) => list[i % list.length] as string;
          for (const s of specs)
            await buildBudgetLine(ctx.db, {
              ...s,
              year,
              functional: s.functional === null ? null : pick(codesOf('functional', year), s.functional),
              economic: pick(codesOf('economic', year), s.economic),
              programme: s.programme === null ? null : pick(codesOf('programme', year), s.programme),
              funding: pick(codesOf('funding', year), s.funding),
            });
          const totals = await yearTotals(ctx.db, year);
          for (const direction of ['expenditure', 'revenue'] as const) {
            const mine = specs.filter((s) => s.direction === direction);
            const plan = mine.reduce((sum, s) => sum + (s.revised ?? s.approved ?? 0), 0);
            expect(cents(totals[direction].plan)).toBe(cents(plan));
            expect(totals[direction].lines).toBe(mine.length);
            for (const dimension of dimensions)
              await walk(dimension, { year, direction }, null, totals[direction]);
          }
        },
      ),
      { numRuns: 6, seed: 20261207 },
    );
  }, 120_000);
});

describe('drilling down', () => {
  const year = 2030;
  const scope = { year, direction: 'expenditure' as const };

  it('goes from a COFOG division to its groups, keeps lines coded at the division as its own, and leads back up', async () => {
    await buildBudgetLine(ctx.db, { year, functional: '07.3', approved: 300, executed: 240, revised: 320 });
    await buildBudgetLine(ctx.db, { year, functional: '07.1', approved: 100, executed: 100 });
    await buildBudgetLine(ctx.db, { year, functional: '07', approved: 50, executed: null });
    await buildBudgetLine(ctx.db, { year, functional: '09.2', approved: 400, executed: 380 });
    const top = await breakdown(ctx.db, 'functional', scope, null);
    expect(top.map((r) => [r.key, r.approved])).toEqual([
      ['07', 450],
      ['09', 400],
    ]);
    const health = top[0] as Amounts;
    expect(health.plan).toBe(320 + 100 + 50);
    expect(executionRate(health)).toBeCloseTo(340 / 470, 10);
    const groups = await breakdown(ctx.db, 'functional', scope, '07');
    expect(groups.map((r) => [r.kind, r.key, r.approved, r.executed])).toEqual([
      ['node', '07.3', 300, 240],
      ['node', '07.1', 100, 100],
      ['own', '07', 50, 0],
    ]);
    expect((await pathTo(ctx.db, 'functional', year, '07.3')).map((c) => [c.code, c.labelEn])).toEqual([
      ['07', 'Health'],
      ['07.3', 'Hospital services'],
    ]);
    expect(await pathTo(ctx.db, 'functional', year, '99.9')).toEqual([]);
  });

  it('goes from the government to its ministries, and from a ministry to its lines', async () => {
    const line = await buildBudgetLine(ctx.db, { year, body: 'ministry-of-health', approved: 10 });
    const top = await breakdown(ctx.db, 'administrative', scope, null);
    const government = top.find((r) => r.slug === 'government');
    expect(government?.children).toBe(true);
    const ministries = await breakdown(ctx.db, 'administrative', scope, government?.key as string);
    const health = ministries.find((r) => r.slug === 'ministry-of-health');
    expect(health?.approved).toBe(300 + 100 + 50 + 400 + 10);
    const { lines } = await linesUnder(ctx.db, 'administrative', scope, health?.key as string, 'approved');
    expect(lines.map((l) => l.ref)).toContain(line.ref);
    const crumbs = await pathTo(ctx.db, 'administrative', year, health?.key as string);
    expect(crumbs.map((c) => c.labelEn)).toEqual(['Government of Mongolia', 'Ministry of Health']);
  });

  it('shows revenue lines with no function as unclassified at the top, and lists them', async () => {
    await buildBudgetLine(ctx.db, {
      year,
      direction: 'revenue',
      functional: null,
      economic: '111',
      approved: 7,
    });
    const top = await breakdown(ctx.db, 'functional', { year, direction: 'revenue' }, null);
    expect(top).toMatchObject([{ kind: 'unclassified', key: UNCLASSIFIED, approved: 7 }]);
    const { count } = await linesUnder(
      ctx.db,
      'functional',
      { year, direction: 'revenue' },
      UNCLASSIFIED,
      'approved',
    );
    expect(count).toBe(1);
    const economic = await breakdown(ctx.db, 'economic', { year, direction: 'revenue' }, null);
    expect(economic.map((r) => [r.key, r.approved])).toEqual([['1', 7]]);
  });
});

describe('year on year', () => {
  it('matches each node with the year before and computes the change', async () => {
    await buildBudgetLine(ctx.db, { year: 2031, functional: '07.3', approved: 100 });
    await buildBudgetLine(ctx.db, { year: 2031, functional: '02.1', approved: 80 });
    await buildBudgetLine(ctx.db, { year: 2032, functional: '07.3', approved: 150 });
    await buildBudgetLine(ctx.db, { year: 2032, functional: '09.1', approved: 60 });
    const scope = (year: number) => ({ year, direction: 'expenditure' as const });
    const rows = compareYears(
      await breakdown(ctx.db, 'functional', scope(2032), null),
      await breakdown(ctx.db, 'functional', scope(2031), null),
      'approved',
    );
    expect(rows.map((r) => [r.key, r.current, r.previous, r.change, r.rate])).toEqual([
      ['07', 150, 100, 50, 0.5],
      ['09', 60, 0, 60, null],
      ['02', 0, 80, -80, -1],
    ]);
  });
});
