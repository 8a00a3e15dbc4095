import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { registerPermissions } from '../../../platform/auth/permissions.ts';
import { type Dataset, datasetsOf } from '../../../platform/datasets/dataset.ts';
import { sql } from '../../../platform/db/sql.ts';
import { fastEligible } from '../../../platform/imports/fast.ts';
import { importPlan } from '../../../platform/imports/plan.ts';
import { importFile } from '../../../platform/imports/run.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine } from '../test-support.ts';
import { totalsThatDoNotAddUp } from '../totals.ts';

let ctx: ModuleContext;
let datasets: Map<string, Dataset>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-fiscal-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER =
  'ref,body,fiscal_year,paid_on,published_on,kind,payee_kind,payee_identifier,payee_name,amount,currency,purpose,budget_line_ref,functional_code,economic_code,programme_code,funding_code,fund_code,aimag_code';
/** A good row, with `over` replacing columns by name. */
function row(ref: string, over: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    ref,
    body: 'ministry-of-health',
    fiscal_year: '2025',
    paid_on: '2025-03-17',
    published_on: '2025-03-19',
    kind: 'payment',
    payee_kind: 'entity',
    payee_identifier: '5123456',
    payee_name: 'Эм Хангамж ХХК',
    amount: '6000000',
    currency: 'MNT',
    purpose: 'Эмнэлгийн хэрэгсэл',
    budget_line_ref: 'IMP-LINE-1',
    functional_code: '07.3',
    economic_code: '22',
    programme_code: 'P03',
    funding_code: 'state',
    fund_code: '',
    aimag_code: '',
    ...over,
  };
  return HEADER.split(',')
    .map((h) => values[h] ?? '')
    .join(',');
}
async function run(id: string, lines: readonly string[], header = HEADER) {
  const file = path.join(dir, `${id}-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
  const dataset = datasets.get(id) as Dataset;
  return importFile(ctx, dataset, file, {
    actor: systemActor('test'),
    dryRun: false,
    fileName: path.basename(file),
  });
}
const where = (problems: { line?: number; column?: string; message: { en: string } }[]) =>
  problems.map((p) => `${p.line} ${p.column}: ${p.message.en}`);
const count = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from fiscal_transactions`))[0]?.n;

beforeAll(async () => {
  ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
  registerPermissions(fiscalModule.permissions ?? {});
  datasets = new Map(datasetsOf([fiscalModule]).map((d) => [d.id, d]));
  await buildBudgetLine(ctx.db, { ref: 'IMP-LINE-1' });
  const [source] = await ctx.db.query<{
    id: number;
  }>(sql`insert into exchange_rate_sources (name_mn, name_en, file_name, file_sha256)
    values ('Туршилт', 'Test', 'rates.csv', ${'0'.repeat(64)}) returning id`);
  await ctx.db.query(sql`insert into exchange_rates (currency, rate_date, rate, units, source_id)
    values ('USD', '2025-03-14', 3456.78, 1, ${source?.id}), ('JPY', '2025-03-14', 2280.5, 100, ${source?.id})`);
}, 300_000);

describe('the fiscal datasets', () => {
  it('stay on the import’s fast path: codes in their year and rules judged in SQL', () => {
    for (const dataset of datasets.values()) {
      const plan = importPlan(dataset);
      expect(plan, dataset.id).toBeDefined();
      expect(fastEligible(plan as NonNullable<typeof plan>), dataset.id).toBe(true);
    }
  });
});

describe('importing transactions', () => {
  it('refuses each kind of bad input by line and column, and writes nothing', async () => {
    const before = await count();
    const outcome = await run('fiscal-transactions', [
      row('BAD-1', { economic_code: '99' }),
      row('BAD-2', {
        fiscal_year: '2026',
        paid_on: '2026-02-02',
        published_on: '',
        funding_code: 'human-development-fund',
        budget_line_ref: '',
      }),
      row('BAD-3', { amount: '-2500000' }),
      row('BAD-4', { currency: 'CNY', amount: '20000' }),
      row('BAD-5', { payee_identifier: '', payee_name: 'Б.Батболд' }),
      row('BAD-6', { payee_identifier: 'УБ99112233', payee_name: 'Батболд' }),
      row('BAD-7', { payee_kind: 'individual' }),
      row('BAD-8', { budget_line_ref: 'NO-SUCH-LINE' }),
      row('BAD-9', { body: 'all-ministries' }),
    ]);
    expect(outcome.status).toBe('failed');
    const problems = where(outcome.report.problems);
    expect(problems).toEqual([
      '2 economic_code: Code "99" is not in the economic classification of 2025 (unknown, or not in force that year)',
      '3 funding_code: Code "human-development-fund" is not in the funding source classification of 2026 (unknown, or not in force that year)',
      '4 amount: A negative amount that is not a refund: only a refund (kind "refund") is negative',
      '5 currency: The platform has no official rate of this currency on the payment date (import the rates first)',
      '6 payee_name: This looks like a person’s name or register number: a payment to a person is written as payee kind "individual" with no name or number',
      '7 payee_identifier: This looks like a person’s name or register number: a payment to a person is written as payee kind "individual" with no name or number',
      '8 payee_name: A payment to an individual carries no name nor number',
      '9 budget_line_ref: Not an expenditure budget line of this body in this fiscal year',
      '10 body: This organisation does not report under the glass-account law',
      // …and the line it names is not one of its own.
      '10 budget_line_ref: Not an expenditure budget line of this body in this fiscal year',
    ]);
    expect(await count()).toBe(before);
  });

  it('imports a good file: the rate of its date for a payment in dollars, payees linked, individuals unnamed, a refund', async () => {
    const outcome = await run('fiscal-transactions', [
      row('GOOD-1'),
      row('GOOD-2', { currency: 'USD', amount: '2500.50', paid_on: '2025-03-16' }),
      row('GOOD-3', { currency: 'JPY', amount: '1000000' }),
      row('GOOD-4', { payee_kind: 'individual', payee_identifier: '', payee_name: '', amount: '450000' }),
      row('GOOD-5', { kind: 'refund', amount: '-600000', paid_on: '2025-03-20', published_on: '2025-03-20' }),
    ]);
    expect(outcome.status, JSON.stringify(outcome.report.problems)).toBe('succeeded');
    expect(outcome.report.added).toBe(5);
    const rows = await ctx.db.query<{ ref: string; rate: string; amount_mnt: string; linked: boolean }>(sql`
      select ref, rate::text, amount_mnt::text, payee_entity_id is not null as linked from fiscal_transactions
      where ref like 'GOOD-%' order by ref`);
    expect(rows).toEqual([
      { ref: 'GOOD-1', rate: '1.000000', amount_mnt: '6000000.00', linked: true },
      { ref: 'GOOD-2', rate: '3456.780000', amount_mnt: '8643678.39', linked: true },
      { ref: 'GOOD-3', rate: '22.805000', amount_mnt: '22805000.00', linked: true },
      { ref: 'GOOD-4', rate: '1.000000', amount_mnt: '450000.00', linked: false },
      { ref: 'GOOD-5', rate: '1.000000', amount_mnt: '-600000.00', linked: true },
    ]);
    // A row changed from dollars to tögrög is converted again.
    const again = await run('fiscal-transactions', [
      row('GOOD-2', { amount: '2500.50', paid_on: '2025-03-16' }),
    ]);
    expect([again.status, again.report.changed]).toEqual(['succeeded', 1]);
    const [mnt] = await ctx.db.query<{ rate: string }>(
      sql`select rate::text from fiscal_transactions where ref = 'GOOD-2'`,
    );
    expect(mnt?.rate).toBe('1.000000');
  });
});

describe('importing budget lines', () => {
  it('refuses a retired code and a negative amount by line and column; reports totals that do not add up without refusing them', async () => {
    const header =
      'ref,body,fiscal_year,direction,name_mn,economic_code,funding_code,proposed,approved,revised,executed';
    const bad = await run(
      'fiscal-budget-lines',
      [
        'BL-IMP-1,ministry-of-health,2026,expenditure,Эм,22,human-development-fund,100,100,,90',
        'BL-IMP-2,ministry-of-health,2025,expenditure,Эм,22,state,100,-5,,90',
      ],
      header,
    );
    expect(where(bad.report.problems)).toEqual([
      '2 funding_code: Code "human-development-fund" is not in the funding source classification of 2026 (unknown, or not in force that year)',
      '3 approved: A budget amount is never negative',
    ]);
    const ok = await run(
      'fiscal-budget-lines',
      ['IMP-LINE-1,ministry-of-health,2025,expenditure,Эм,22,state,1000000000,950000000,,7000000'],
      header,
    );
    expect([ok.status, ok.report.changed]).toEqual(['succeeded', 1]);
    // GOOD-1..5 paid 6,000,000 + 2,500.50 + 22,805,000 + 450,000 − 600,000 against it.
    expect(await totalsThatDoNotAddUp(ctx.db, { refs: ['IMP-LINE-1'] })).toEqual([
      { ref: 'IMP-LINE-1', executed: '7000000.00', paid: '28657500.50', transactions: 5 },
    ]);
  });
});
