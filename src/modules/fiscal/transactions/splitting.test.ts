import { beforeEach, describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildTransactions, type TransactionSpec } from '../test-support.ts';
import { splitGroups, splittingRule, thresholdFigures } from './splitting.ts';

/**
 * The Mongolian pack's rule: threshold 5,000,000; band 0.8 (each payment from 4,000,000 to
 * 5,000,000); at least 2 payments within 30 days of the first; together above the threshold.
 */
const ctx: ModuleContext = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
/** Each test pays in a fiscal year of its own, so that one database serves them all. */
let y = 2017;
beforeEach(() => {
  y += 1;
});

const company = { identifier: '6001001', name: 'Хуваагч ХХК' };
const other = { identifier: '6001002', name: 'Өөр ХХК' };
const pay = (paidOn: string, amount: number, spec: TransactionSpec = {}): TransactionSpec => ({
  paidOn,
  amount,
  payee: company,
  ...spec,
});
const groups = () => splitGroups(ctx.db, splittingRule(ctx.country.fiscal), { year: y });

describe('the splitting flag', () => {
  it('fires on payments just under the threshold within the window, and explains them with their figures', async () => {
    const refs = await buildTransactions(ctx, [
      pay(`${y}-04-01`, 4_900_000),
      pay(`${y}-04-05`, 4_800_000),
      pay(`${y}-04-12`, 4_900_000),
    ]);
    const found = await groups();
    expect(found).toHaveLength(1);
    const [g] = found;
    expect(g).toMatchObject({ payerSlug: 'ministry-of-health', count: 3, total: '14600000.00', days: 12 });
    expect(g?.first).toBe(`${y}-04-01`);
    expect(g?.last).toBe(`${y}-04-12`);
    expect(g?.payments.map((p) => p.ref)).toEqual(refs);
    expect(g?.payments.map((p) => p.amountMnt)).toEqual(['4900000.00', '4800000.00', '4900000.00']);
  });

  it('does not fire on the same payments spaced beyond the window', async () => {
    // 30 days holds the first day and the 29 after it: 1 April to 1 May is 31 days.
    await buildTransactions(ctx, [pay(`${y}-04-01`, 4_900_000), pay(`${y}-05-01`, 4_900_000)]);
    expect(await groups()).toEqual([]);
    // A third payment within 30 days of the second makes those two a group, not the first.
    await buildTransactions(ctx, [pay(`${y}-05-30`, 4_500_000)]);
    const [g] = await groups();
    expect(g?.payments.map((p) => p.paidOn)).toEqual([`${y}-05-01`, `${y}-05-30`]);
  });

  it('does not fire on payments below the band, nor above the threshold', async () => {
    await buildTransactions(ctx, [
      pay(`${y}-04-01`, 3_900_000),
      pay(`${y}-04-02`, 3_999_999.99),
      pay(`${y}-04-03`, 5_000_000.01),
      pay(`${y}-04-04`, 4_000_000),
    ]);
    // Only one payment is in the band (4,000,000 is its floor): no group.
    expect(await groups()).toEqual([]);
  });

  it('needs the payments together above the threshold', async () => {
    const strict = { ...splittingRule(ctx.country.fiscal), band: 0.4 };
    await buildTransactions(ctx, [pay(`${y}-04-01`, 2_400_000), pay(`${y}-04-02`, 2_500_000)]);
    // 4,900,000 together is not above 5,000,000.
    expect(await splitGroups(ctx.db, strict, { year: y })).toEqual([]);
    await buildTransactions(ctx, [pay(`${y}-04-03`, 2_100_000)]);
    expect(await splitGroups(ctx.db, strict, { year: y })).toHaveLength(1);
  });

  it('does not group payments across payees or across payers', async () => {
    await buildTransactions(ctx, [
      pay(`${y}-04-01`, 4_900_000),
      pay(`${y}-04-02`, 4_900_000, { payee: other }),
      pay(`${y}-04-03`, 4_900_000, { body: 'ministry-of-finance' }),
      pay(`${y}-04-04`, 4_900_000, { payee: 'individual' }),
      pay(`${y}-04-05`, 4_900_000, { payee: 'individual' }),
    ]);
    expect(await groups()).toEqual([]);
  });

  it('does not count refunds', async () => {
    await buildTransactions(ctx, [
      pay(`${y}-04-01`, 4_900_000),
      pay(`${y}-04-02`, -4_900_000, { kind: 'refund' }),
    ]);
    expect(await groups()).toEqual([]);
  });

  it('sees one payee in entities a person merged', async () => {
    await buildTransactions(ctx, [
      pay(`${y}-04-01`, 4_900_000),
      pay(`${y}-04-02`, 4_900_000, { payee: other }),
    ]);
    expect(await groups()).toEqual([]);
    const ids = await ctx.db.query<{ id: number }>(sql`
      select id from legal_entities where identifier in ('6001001', '6001002') order by identifier`);
    const [root, merged] = ids.map((r) => r.id);
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`update legal_entities set merged_into = ${root} where id = ${merged}`);
      await fiscalModule.onEntitiesMerged?.(ctx, tx, [merged!]);
    });
    const [g] = await groups();
    expect(g).toMatchObject({ payeeId: root, count: 2 });
  });

  it('counts what each threshold publishes one by one, and flags more under the lower one', async () => {
    await buildTransactions(ctx, [
      pay(`${y}-04-01`, 900_000),
      pay(`${y}-04-02`, 950_000),
      pay(`${y}-04-03`, 6_000_000),
      pay(`${y}-04-04`, 2_000_000),
    ]);
    const [health] = await thresholdFigures(ctx.db, { current: 5_000_000, proposed: 1_000_000 }, y);
    expect(health).toMatchObject({
      slug: 'ministry-of-health',
      current: { count: 1, amount: '6000000.00' },
      proposed: { count: 2, amount: '8000000.00' },
      all: { count: 4, amount: '9850000.00' },
    });
    expect(await groups()).toEqual([]);
    const lower = await splitGroups(ctx.db, splittingRule(ctx.country.fiscal, 1_000_000), { year: y });
    expect(lower.map((g) => g.payments.map((p) => p.amountMnt))).toEqual([['900000.00', '950000.00']]);
  });
});
