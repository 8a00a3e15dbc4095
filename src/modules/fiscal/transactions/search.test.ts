import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildTransactions } from '../test-support.ts';
import { complianceByBody, complianceByMonth } from './compliance.ts';
import { fiscalEntitySection } from './entity-section.ts';
import { searchTransactions } from './search.ts';

const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
const first = { identifier: '7001001', name: 'Нэгдүгээр ХХК' };
const second = { identifier: '7001002', name: 'Хоёрдугаар ХХК' };
// Twelve payments on four days, three a day: pages of five must cut through days.
await buildTransactions(
  ctx,
  Array.from({ length: 12 }, (_, i) => ({
    ref: `S-${String(i).padStart(2, '0')}`,
    paidOn: `2024-02-0${1 + Math.floor(i / 3)}`,
    amount: 1_000_000 + (i % 3) * 1_000_000,
    payee: i % 2 === 0 ? first : second,
  })),
);
const entity = async (identifier: string) =>
  (
    await ctx.db.query<{ id: number }>(sql`select id from legal_entities where identifier = ${identifier}`)
  )[0]!.id;

describe('the search', () => {
  it('pages by cursor in either order through equal dates and amounts, each transaction once', async () => {
    for (const sort of ['-date', 'date', '-amount', 'amount']) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await searchTransactions(ctx.db, {
          filters: { year: '2024' },
          sort,
          limit: 5,
          ...(after ? { after } : {}),
        });
        seen.push(...page.items.map((x) => x.ref));
        after = page.next;
      } while (after);
      expect(new Set(seen).size).toBe(12);
      expect(seen).toHaveLength(12);
    }
  });

  it('links each payee to its root entity, and finds a merged family by any of its entities', async () => {
    const [a, b] = [await entity('7001001'), await entity('7001002')];
    const roots = await ctx.db.query<{ n: number }>(sql`
      select count(*)::int as n from fiscal_transactions where payee_root_id = payee_entity_id`);
    expect(roots[0]?.n).toBe(12);
    const before = await searchTransactions(ctx.db, {
      filters: { payee: String(b) },
      sort: '-date',
      limit: 50,
    });
    expect(before.items).toHaveLength(6);
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`update legal_entities set merged_into = ${a} where id = ${b}`);
      await fiscalModule.onEntitiesMerged?.(ctx, tx, [b]);
    });
    for (const id of [a, b]) {
      const after = await searchTransactions(ctx.db, {
        filters: { payee: String(id) },
        sort: '-date',
        limit: 50,
      });
      expect(after.items).toHaveLength(12);
    }
    const section = await fiscalEntitySection(ctx, { id: a, family: [a, b] }, translator('en'));
    expect(section).toMatchObject({
      id: 'fiscal-payments',
      count: 12,
      href: `/fiscal/transactions?payee=${a}`,
    });
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`update legal_entities set merged_into = null where id = ${b}`);
      await fiscalModule.onEntitiesMerged?.(ctx, tx, [b]);
    });
    const undone = await searchTransactions(ctx.db, {
      filters: { payee: String(a) },
      sort: '-date',
      limit: 50,
    });
    expect(undone.items).toHaveLength(6);
    expect(await fiscalEntitySection(ctx, { id: 999_999, family: [999_999] }, translator('en'))).toBeNull();
  });
});

describe('compliance', () => {
  it('counts as late what was published after the days allowed, or not at all once they passed', async () => {
    await buildTransactions(ctx, [
      { body: 'ministry-of-finance', paidOn: '2023-03-01', publishedOn: '2023-03-08', amount: 6_000_000 },
      { body: 'ministry-of-finance', paidOn: '2023-03-01', publishedOn: '2023-03-09', amount: 6_000_000 },
      { body: 'ministry-of-finance', paidOn: '2023-04-01', publishedOn: null, amount: 6_000_000 },
      // Below the threshold: no duty to publish it on its own, so never late.
      { body: 'ministry-of-finance', paidOn: '2023-04-01', publishedOn: '2023-06-01', amount: 100_000 },
    ]);
    const duty = { threshold: 5_000_000, publicationDays: 7 };
    const [finance] = await complianceByBody(ctx.db, duty, 2023);
    expect(finance).toMatchObject({
      slug: 'ministry-of-finance',
      published: 3,
      amount: '12100000.00',
      due: 3,
      late: 2,
    });
    const months = await complianceByMonth(ctx.db, duty, finance!.organizationId, 2023);
    expect(months.map((m) => [m.month, m.published, m.late])).toEqual([
      [3, 2, 1],
      [4, 1, 1],
    ]);
  });
});
