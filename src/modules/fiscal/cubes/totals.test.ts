import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { organizationId } from '../test-support.ts';

/**
 * The pre-aggregated totals (migration 002) stay equal to a GROUP BY over the transactions
 * whatever arrives: batches of inserts, updates of codes, amounts, aimags and payees, deletes,
 * a truncate — random batches (fast-check), each checked against the facts after it commits.
 */
const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
const bodies = [
  await organizationId(ctx.db, 'ministry-of-health'),
  await organizationId(ctx.db, 'ministry-of-finance'),
  await organizationId(ctx.db, 'ministry-of-energy'),
];
const KEYS = 'fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code';

const Row = fc.record({
  year: fc.constantFrom(2024, 2025),
  body: fc.constantFrom(...bodies),
  functional: fc.constantFrom('07.3', '09.1', null),
  economic: fc.constantFrom('22', '31'),
  funding: fc.constantFrom('state', 'local'),
  aimag: fc.constantFrom('21', '41', null),
  // Cents included; a refund is the one negative amount.
  amount: fc.integer({ min: -50_000_00, max: 900_000_000_00 }).map((c) => c / 100),
});
type RowSpec = typeof Row extends fc.Arbitrary<infer T> ? T : never;

const Operation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), rows: fc.array(Row, { minLength: 1, maxLength: 12 }) }),
  fc.record({
    op: fc.constant('update' as const),
    // Which rows (every k-th id from an offset) and what changes.
    every: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 3 }),
    change: fc.constantFrom('amount', 'functional', 'aimag', 'year', 'payee', 'body', 'nothing'),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    every: fc.integer({ min: 1, max: 5 }),
    offset: fc.integer({ min: 0, max: 4 }),
  }),
);
type Op = typeof Operation extends fc.Arbitrary<infer T> ? T : never;

let serial = 0;
async function insertRows(db: Queryable, rows: readonly RowSpec[]): Promise<void> {
  const json = rows.map((r) => ({
    ref: `prop-${++serial}`,
    year: r.year,
    body: r.body,
    functional: r.functional,
    economic: r.economic,
    funding: r.funding,
    aimag: r.aimag,
    amount: r.amount === 0 ? 1 : r.amount,
  }));
  // One statement for the whole batch: the trigger sees every row in its transition table.
  await db.query(sql`
    insert into fiscal_transactions (ref, organization_id, fiscal_year, paid_on, kind, payee_kind, amount, currency,
      purpose, functional_code, economic_code, funding_code, aimag_code)
    select x.ref, x.body, x.year, make_date(x.year, 3, 1), case when x.amount < 0 then 'refund' else 'payment' end,
      'individual', x.amount, 'MNT', 'test', x.functional, x.economic, x.funding, x.aimag
    from jsonb_to_recordset(${JSON.stringify(json)}::jsonb)
      as x(ref text, year int, body bigint, functional text, economic text, funding text, aimag text, amount numeric)`);
}

async function apply(db: Queryable, op: Op): Promise<void> {
  if (op.op === 'insert') return insertRows(db, op.rows);
  const chosen = sql`id % ${op.every + 1} = ${op.offset % (op.every + 1)}`;
  if (op.op === 'delete') {
    await db.query(sql`delete from fiscal_transactions where ${chosen}`);
    return;
  }
  const set = {
    amount: sql`amount = case when kind = 'refund' then amount - 1 else amount * 2 + 0.01 end`,
    functional: sql`functional_code = case when functional_code = '07.3' then '09.1' when functional_code is null then '07.3' else null end`,
    aimag: sql`aimag_code = case when aimag_code is null then '41' else null end`,
    year: sql`fiscal_year = case fiscal_year when 2024 then 2025 else 2024 end`,
    payee: sql`payee_kind = 'individual', purpose = purpose || '.'`,
    body: sql`organization_id = ${bodies[0]}`,
    nothing: sql`purpose = purpose`,
  }[op.change];
  await db.query(sql`update fiscal_transactions set ${set} where ${chosen}`);
}

async function difference(db: Queryable): Promise<unknown[]> {
  const facts = sql.raw(`select ${KEYS}, count(*)::bigint as n, sum(amount_mnt) as amount_mnt
    from fiscal_transactions group by ${KEYS}`);
  const totals = sql.raw(`select ${KEYS}, n, amount_mnt from fiscal_transaction_totals`);
  return db.query(sql`(${facts} except ${totals}) union all (${totals} except ${facts})`);
}

describe('the transaction totals (pre-aggregation)', () => {
  it('equal a GROUP BY over the facts after any batches of inserts, updates and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Operation, { minLength: 1, maxLength: 6 }), async (ops) => {
        await ctx.db.query(sql`delete from fiscal_transactions`);
        for (const op of ops) await ctx.db.transaction((tx) => apply(tx, op));
        expect(await difference(ctx.db)).toEqual([]);
        // No empty group is left behind.
        const empty = await ctx.db.query(sql`select 1 from fiscal_transaction_totals where n = 0`);
        expect(empty).toEqual([]);
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it('has a row per group with its count and sum, and loses a group when its last row goes', async () => {
    await ctx.db.query(sql`delete from fiscal_transactions`);
    const row: Omit<RowSpec, 'amount'> = {
      year: 2025,
      body: bodies[0]!,
      functional: '07.3',
      economic: '22',
      funding: 'state',
      aimag: '21',
    };
    await insertRows(ctx.db, [
      { ...row, amount: 100.5 },
      { ...row, amount: 200 },
      { ...row, functional: null, aimag: null, amount: -7 },
    ]);
    const rows = await ctx.db.query<{ functional_code: string | null; n: number; amount_mnt: string }>(
      sql`select functional_code, n, amount_mnt from fiscal_transaction_totals order by functional_code nulls last`,
    );
    expect(rows).toEqual([
      { functional_code: '07.3', n: 2, amount_mnt: '300.50' },
      { functional_code: null, n: 1, amount_mnt: '-7.00' },
    ]);
    await ctx.db.query(sql`delete from fiscal_transactions where functional_code is null`);
    await ctx.db.query(sql`update fiscal_transactions set economic_code = '31' where amount = 200`);
    const after = await ctx.db.query<{ economic_code: string; n: number; amount_mnt: string }>(
      sql`select economic_code, n, amount_mnt from fiscal_transaction_totals order by economic_code`,
    );
    expect(after).toEqual([
      { economic_code: '22', n: 1, amount_mnt: '100.50' },
      { economic_code: '31', n: 1, amount_mnt: '200.00' },
    ]);
    await ctx.db.query(sql`truncate fiscal_transactions`);
    expect(await ctx.db.query(sql`select 1 from fiscal_transaction_totals`)).toEqual([]);
  });
});
