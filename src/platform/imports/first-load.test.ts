import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { systemActor } from '../auth/actor.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { type Dataset, resolveDataset } from '../datasets/dataset.ts';
import { lastModified } from '../datasets/rows.ts';
import { pendingBatch, writeVersionBatches } from '../datasets/version-batches.ts';
import {
  changesSince,
  firstRecorded,
  latestChanges,
  recordCurrentVersions,
  recordHistory,
} from '../datasets/versions.ts';
import { sql } from '../db/sql.ts';
import { platformJobHandlers } from '../jobs/platform-workers.ts';
import { runDueJobs } from '../jobs/worker.ts';
import type { DatasetField, ModuleContext } from '../module.ts';
import { importFile } from './run.ts';
import { bi, paymentFields, paymentRules, tableDataset } from './test-support.ts';

/** Every type a first load takes (no yes/no: its Mongolian spellings are the reader's). */
const fields: DatasetField[] = [
  { name: 'code', type: 'string', title: bi('Code'), required: true },
  { name: 'kind', type: 'string', title: bi('Kind'), values: ['mine', 'oil'], required: true },
  { name: 'name', type: 'string', title: bi('Name') },
  { name: 'amount', type: 'number', title: bi('Amount') },
  { name: 'count', type: 'integer', title: bi('Count') },
  { name: 'issued', type: 'date', title: bi('Issued') },
  { name: 'seen_at', type: 'datetime', title: bi('Seen') },
];

/** Two datasets alike: `first` may take the first load; `staged` (a whole-row check) never does. */
const declaration = (table: string, staged: boolean) =>
  tableDataset(table, fields, 'first-load-test.import', {
    columns: { name: { maxLength: 20 } },
    ...(staged ? { check: () => [] } : {}),
  });

let ctx: ModuleContext;
let first: Dataset;
let staged: Dataset;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-first-load-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const run = (dataset: Dataset, file: string) =>
  importFile(ctx, dataset, file, {
    actor: systemActor('test'),
    dryRun: false,
    fileName: path.basename(file),
  });
const batches = async (dataset: Dataset) =>
  Number(
    (
      await ctx.db.query<{ n: number }>(
        sql`select count(*) as n from record_version_batches where dataset = ${dataset.id}`,
      )
    )[0]?.n,
  );

const GOOD = [
  'code,kind,name,amount,count,issued,seen_at',
  'B-2,oil,"Тосон, ХХК",12.50,-3,2023.12.31,2024-03-01 08:00:00+08:00',
  'A-1,mine,Оюу,1234.5,7,2024-02-29,2024-03-01T10:20:30.123Z',
  'C-3,mine,,,,,',
  '',
].join('\n');

beforeAll(async () => {
  ctx = await createTestContext();
  for (const table of ['first_items', 'staged_items'])
    await ctx.db.exec(`create table ${table} (code text primary key, kind text not null, name text,
      amount numeric(12, 2), count bigint, issued date, seen_at timestamptz)`);
  registerPermissions({
    'first-load-test.import': { description: 'test', allow: ['platform-administrator'] },
  });
  first = resolveDataset(declaration('first_items', false), 'first-load-test');
  staged = resolveDataset(declaration('staged_items', true), 'first-load-test');
});

beforeEach(async () => {
  await ctx.db.exec(`truncate first_items, staged_items;
    delete from record_versions where dataset in ('first-items', 'staged-items');
    delete from record_version_batches where dataset in ('first-items', 'staged-items')`);
});

describe('the first load of an empty dataset', () => {
  it('writes the rows, report and history the staged import would, the history as one batch', async () => {
    const file = write('good.csv', GOOD);
    const [a, b] = [await run(first, file), await run(staged, file)];
    expect(a.status).toBe('succeeded');
    expect({ ...a.report, samples: undefined }).toEqual({ ...b.report, samples: undefined });
    expect(a.report.samples.added).toEqual(b.report.samples.added);
    expect([await batches(first), await batches(staged)]).toEqual([1, 0]);
    const rows = (table: string) => ctx.db.query(sql`select * from ${sql.id(table)} order by code`);
    expect(await rows('first_items')).toEqual(await rows('staged_items'));

    // While the batch is pending the readers take its versions from the rows.
    const strip = (v: { data: unknown; key: string; version: number; operation: string }) => [
      v.key,
      v.version,
      v.operation,
      v.data,
    ];
    const pending = await changesSince(ctx.db, first.id, { limit: 10 });
    expect(pending.map(strip)).toEqual((await changesSince(ctx.db, staged.id, { limit: 10 })).map(strip));
    expect(pending.map((v) => v.key)).toEqual(['A-1', 'B-2', 'C-3']);
    const page = await changesSince(ctx.db, first.id, { after: pending[0]?.id, limit: 1 });
    expect(page.map((v) => v.key)).toEqual(['B-2']);
    expect((await recordHistory(ctx.db, first.id, 'B-2')).map(strip)).toEqual(
      [pending[1]].map((v) => strip(v!)),
    );
    expect((await latestChanges(ctx.db, first.id, 1)).map((v) => [v.key, v.previous])).toEqual([
      ['C-3', null],
    ]);
    expect(await firstRecorded(ctx.db, first.id)).toEqual(pending[0]?.changedAt);
    expect(await lastModified(ctx.db, first)).toEqual(pending[0]?.changedAt);

    // Written, the same versions with the same ids; writing again does nothing.
    expect(await ctx.db.transaction((tx) => writeVersionBatches(tx, first.id))).toBe(1);
    expect(await ctx.db.transaction((tx) => writeVersionBatches(tx, first.id))).toBe(0);
    expect(await pendingBatch(ctx.db, first.id)).toBeUndefined();
    expect(await changesSince(ctx.db, first.id, { limit: 10 })).toEqual(pending);
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, first, 'system:check'))).toBe(0);
  });

  it('writes the pending history before any change to the table, so the loaded values stay in it', async () => {
    expect((await run(first, write('good.csv', GOOD))).status).toBe('succeeded');
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`update first_items set name = 'Шинэ' where code = 'A-1'`);
      await recordCurrentVersions(tx, first, 'user:1');
    });
    expect(await pendingBatch(ctx.db, first.id)).toBeUndefined();
    const history = await recordHistory(ctx.db, first.id, 'A-1');
    expect(history.map((v) => [v.version, v.operation, v.data?.name, v.changedBy])).toEqual([
      [1, 'insert', 'Оюу', 'system:test'],
      [2, 'update', 'Шинэ', 'user:1'],
    ]);
  });

  it('is written by its job', async () => {
    expect((await run(first, write('good.csv', GOOD))).status).toBe('succeeded');
    const summary = await runDueJobs({ ctx, handlers: platformJobHandlers(ctx) });
    expect(summary.done).toBeGreaterThanOrEqual(1);
    expect(await pendingBatch(ctx.db, first.id)).toBeUndefined();
    expect((await recordHistory(ctx.db, first.id, 'C-3')).map((v) => v.operation)).toEqual(['insert']);
  });

  it('leaves a file with problems to the staged import, which reports them and writes nothing', async () => {
    const cases: [string, string, string[]][] = [
      ['kind.csv', GOOD.replace('oil', 'gas'), ['2 kind']],
      ['long.csv', GOOD.replace('Оюу', 'Оюу'.repeat(10)), ['3 name']],
      ['duplicate.csv', GOOD.replace('C-3', 'A-1'), ['4 code']],
      ['empty.csv', GOOD.replace('C-3,mine,', 'C-3,mine,""'), []],
    ];
    for (const [name, text, where] of cases) {
      const outcome = await run(first, write(name, text));
      expect(
        outcome.report.problems.map((p) => `${p.line} ${p.column}`),
        name,
      ).toEqual(where);
      if (where.length > 0) {
        expect(outcome.status).toBe('failed');
        expect(await ctx.db.query(sql`select 1 from first_items`)).toEqual([]);
        expect(await batches(first)).toBe(0);
      } else {
        // A quoted empty value is no value, as the staged import reads it (not a first load then).
        expect(outcome.status).toBe('succeeded');
        expect(await ctx.db.query(sql`select name from first_items where code = 'C-3'`)).toEqual([
          { name: null },
        ]);
        expect(await batches(first)).toBe(0);
      }
    }
  });

  it('is not taken when the dataset has rows or history', async () => {
    expect((await run(first, write('good.csv', GOOD))).status).toBe('succeeded');
    const again = await run(first, write('more.csv', `${GOOD}D-4,oil,,,,,\n`));
    expect([again.status, again.report.added, again.report.unchanged]).toEqual(['succeeded', 1, 3]);
    expect(await batches(first)).toBe(1);
    expect((await changesSince(ctx.db, first.id, { limit: 10 })).map((v) => v.key)).toEqual([
      'A-1',
      'B-2',
      'C-3',
      'D-4',
    ]);
  });
});

describe('the first load of a dataset with composite references and rules', () => {
  let firstPay: Dataset;
  let stagedPay: Dataset;
  const PAY = [
    'code,fiscal_year,economic_code,kind,amount,payee_kind,payee_name',
    'P-1,2026,2110,payment,100.50,entity,Эрдэнэт ХХК',
    'P-2,2025,2110,refund,-20,individual,',
    'P-3,2026,2210,payment,0,,',
    '',
  ].join('\n');
  beforeAll(async () => {
    await ctx.db.exec(`create table first_load_codes (year integer not null, code text not null, primary key (year, code));
      insert into first_load_codes values (2025, '2110'), (2026, '2110'), (2026, '2210')`);
    for (const table of ['first_payments', 'staged_payments'])
      await ctx.db.exec(`create table ${table} (code text primary key, fiscal_year bigint not null,
        economic_code text, kind text not null, amount numeric(14, 2), payee_kind text, payee_name text)`);
    const rules = paymentRules('first_load_codes');
    firstPay = resolveDataset(
      tableDataset('first_payments', paymentFields, 'first-load-test.import', rules),
      'first-load-test',
    );
    // The same, but read row by row (a whole-row check): what a first load must match.
    stagedPay = resolveDataset(
      tableDataset('staged_payments', paymentFields, 'first-load-test.import', { ...rules, check: () => [] }),
      'first-load-test',
    );
  });
  beforeEach(async () => {
    await ctx.db.exec(`truncate first_payments, staged_payments;
      delete from record_versions where dataset in ('first-payments', 'staged-payments');
      delete from record_version_batches where dataset in ('first-payments', 'staged-payments')`);
  });
  const rows = (table: string) => ctx.db.query(sql`select * from ${sql.id(table)} order by code`);

  it('loads a right file straight into the table, as the staged import would', async () => {
    const file = write('payments.csv', PAY);
    const [a, b] = [await run(firstPay, file), await run(stagedPay, file)];
    expect([a.status, a.report.added]).toEqual(['succeeded', 3]);
    expect({ ...a.report, samples: undefined }).toEqual({ ...b.report, samples: undefined });
    expect(a.report.samples.added).toEqual(b.report.samples.added);
    expect([await batches(firstPay), await batches(stagedPay)]).toEqual([1, 0]);
    expect(await rows('first_payments')).toEqual(await rows('staged_payments'));
  });

  it('leaves a file with unknown codes or broken rules to the staged import: the same report, nothing written', async () => {
    const cases: [string, string, string[]][] = [
      [
        'year.csv',
        PAY.replace('P-3,2026,2210', 'P-3,2025,2210'),
        ['4 economic_code Code 2210 is not in the classification of 2025'],
      ],
      ['negative.csv', PAY.replace('100.50', '-100.50'), ['2 amount Negative unless a refund']],
      // Rounded to the column's 0.00 it would hold: its scale leaves the number to staging.
      [
        'rounded.csv',
        PAY.replace('P-3,2026,2210,payment,0', 'P-3,2026,2210,payment,-0.001'),
        ['4 amount Negative unless a refund'],
      ],
      [
        'named.csv',
        PAY.replace('individual,', 'individual,Б.Батболд'),
        ['3 payee_name An individual is not named', '3 payee_name A person’s name'],
      ],
    ];
    for (const [name, text, expected] of cases) {
      const file = write(name, text);
      const [a, b] = [await run(firstPay, file), await run(stagedPay, file)];
      expect(
        a.report.problems.map((p) => `${p.line} ${p.column} ${p.message.en}`),
        name,
      ).toEqual(expected);
      expect(a.report.problems, name).toEqual(b.report.problems);
      expect([a.report.problemCount, b.report.problemCount], name).toEqual([
        expected.length,
        expected.length,
      ]);
      expect([a.status, b.status], name).toEqual(['failed', 'failed']);
      expect(await rows('first_payments'), name).toEqual([]);
      expect(await batches(firstPay), name).toBe(0);
    }
  });

  it('leaves a number with more decimals than its column keeps to the staged import, which rounds it alike', async () => {
    const file = write('decimals.csv', PAY.replace('100.50', '100.505'));
    const [a, b] = [await run(firstPay, file), await run(stagedPay, file)];
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    expect(await batches(firstPay)).toBe(0);
    expect(await rows('first_payments')).toEqual(await rows('staged_payments'));
  });

  it('names a pattern whose sql form is not a PostgreSQL regular expression', async () => {
    const broken = resolveDataset(
      tableDataset('first_payments', paymentFields, 'first-load-test.import', {
        columns: { economic_code: { pattern: { regex: /^\d{4}$/, sql: '^[0-9{4}$', message: bi('x') } } },
      }),
      'first-load-test',
    );
    await expect(run(broken, write('pattern.csv', PAY))).rejects.toThrow(
      /the sql pattern of "economic_code" is not a PostgreSQL regular expression/,
    );
  });
});
