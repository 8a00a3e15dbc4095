import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { type Dataset, resolveDataset } from '../datasets/dataset.ts';
import { pendingBatch, writeVersionBatches } from '../datasets/version-batches.ts';
import { changesSince, recordCurrentVersions, recordHistory, recordVersion } from '../datasets/versions.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext } from '../module.ts';
import { fileImports, paymentFields, paymentRules, tableDataset } from './test-support.ts';

/**
 * Two payment registers alike but for `append`: `appended` may take the append load, `staged` takes
 * the staged import (its fast path); every outcome of the one must be the other's.
 */
let ctx: ModuleContext;
let appended: Dataset;
let staged: Dataset;
const { write, run, batches, remove } = fileImports('shilen-append-load-', () => ctx);
afterAll(remove);
const rows = (table: string) => ctx.db.query(sql`select * from ${sql.id(table)} order by code`);
/** A dataset's history without what differs by dataset: ids, times. */
const history = async (dataset: Dataset) =>
  (await changesSince(ctx.db, dataset.id, { limit: 100 })).map((v) => [
    v.key,
    v.version,
    v.operation,
    v.data,
  ]);

const HEADER = 'code,fiscal_year,economic_code,kind,amount,payee_kind,payee_name';
const JANUARY = `${HEADER}\nP-1,2026,2110,payment,100.50,entity,Эрдэнэт ХХК\nP-2,2025,2110,refund,-20,individual,\n`;
const FEBRUARY = `${HEADER}\nP-4,2026,2210,payment,7,entity,Оюу\nP-3,2026,2110,payment,0.5,,\n`;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.exec(`create table append_codes (year integer not null, code text not null, primary key (year, code));
    insert into append_codes values (2025, '2110'), (2026, '2110'), (2026, '2210')`);
  for (const table of ['appended_payments', 'staged_payments'])
    await ctx.db.exec(`create table ${table} (code text primary key, fiscal_year bigint not null,
      economic_code text, kind text not null, amount numeric(14, 2), payee_kind text, payee_name text)`);
  registerPermissions({ 'append-test.import': { description: 'test', allow: ['platform-administrator'] } });
  const rules = paymentRules('append_codes');
  appended = resolveDataset(
    tableDataset('appended_payments', paymentFields, 'append-test.import', { ...rules, append: true }),
    'append-test',
  );
  staged = resolveDataset(
    tableDataset('staged_payments', paymentFields, 'append-test.import', rules),
    'append-test',
  );
});

beforeEach(async () => {
  await ctx.db.exec(`truncate appended_payments, staged_payments;
    delete from record_versions where dataset in ('appended-payments', 'staged-payments');
    delete from record_version_batches where dataset in ('appended-payments', 'staged-payments')`);
});

/** Imports `text` into both; the outcomes must agree. */
async function both(name: string, text: string) {
  const file = write(name, text);
  const [a, b] = [await run(appended, file), await run(staged, file)];
  expect(a.status, name).toBe(b.status);
  expect({ ...a.report, samples: undefined }, name).toEqual({ ...b.report, samples: undefined });
  expect(a.report.samples, name).toEqual(b.report.samples);
  expect(await rows('appended_payments'), name).toEqual(await rows('staged_payments'));
  return a;
}

describe('the append load of a dataset that has rows', () => {
  it('adds a month of new records as a COPY, its history one batch beside the versions before it', async () => {
    await both('january.csv', JANUARY);
    expect(await batches(appended)).toBe(1);
    await ctx.db.transaction((tx) => writeVersionBatches(tx, appended.id));
    const february = await both('february.csv', FEBRUARY);
    expect([february.status, february.report.added]).toEqual(['succeeded', 2]);
    // The staged import recorded a version a row (its January a first load); the append load one batch, pending.
    expect([await batches(appended), await batches(staged)]).toEqual([2, 1]);
    expect(await pendingBatch(ctx.db, appended.id)).toBeDefined();
    const expected = await history(staged);
    expect(expected.map((v) => v[0])).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
    expect(await history(appended)).toEqual(expected);
    expect((await recordHistory(ctx.db, appended.id, 'P-4')).map((v) => v.operation)).toEqual(['insert']);

    // Written, the same versions with the same ids; nothing more to record.
    const pending = await changesSince(ctx.db, appended.id, { limit: 100 });
    expect(await ctx.db.transaction((tx) => writeVersionBatches(tx, appended.id))).toBe(1);
    expect(await changesSince(ctx.db, appended.id, { limit: 100 })).toEqual(pending);
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, appended, 'system:check'))).toBe(0);
  });

  it('writes a pending batch before it adds another', async () => {
    await both('january.csv', JANUARY);
    await both('february.csv', FEBRUARY);
    expect(await batches(appended)).toBe(2);
    expect(await history(appended)).toEqual(await history(staged));
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, appended, 'system:check'))).toBe(0);
  });

  it('leaves a file with a key the table or its history has to the staged import', async () => {
    await both('january.csv', JANUARY);
    const changed = await both('changed.csv', FEBRUARY.replace('P-3', 'P-1'));
    expect([changed.report.added, changed.report.changed]).toEqual([1, 1]);
    expect(await batches(appended)).toBe(1);
    // A record deleted has history: added again it is its version 2, as the staged import says.
    for (const dataset of [appended, staged])
      await ctx.db.transaction(async (tx) => {
        await tx.query(sql`delete from ${sql.id(dataset.import?.table ?? '')} where code = 'P-4'`);
        await recordVersion(tx, dataset, 'P-4', null, 'delete', 'user:1');
      });
    const again = await both('again.csv', `${HEADER}\nP-4,2026,2210,payment,8,entity,\n`);
    expect(again.report.added).toBe(1);
    expect(await batches(appended)).toBe(1);
    expect((await recordHistory(ctx.db, appended.id, 'P-4')).map((v) => [v.version, v.operation])).toEqual([
      [1, 'insert'],
      [2, 'delete'],
      [3, 'insert'],
    ]);
  });

  it('leaves a file with problems to the staged import: the same report, nothing written', async () => {
    await both('january.csv', JANUARY);
    const cases: [string, string][] = [
      ['year.csv', FEBRUARY.replace('P-4,2026,2210', 'P-4,2025,2210')],
      ['negative.csv', FEBRUARY.replace('0.5', '-0.5')],
      ['duplicate.csv', FEBRUARY.replace('P-3', 'P-4')],
    ];
    for (const [name, text] of cases) {
      const outcome = await both(name, text);
      expect(outcome.status, name).toBe('failed');
      expect(outcome.report.problemCount, name).toBe(1);
      expect((await rows('appended_payments')).length, name).toBe(2);
      expect(await batches(appended), name).toBe(1);
    }
  });
});
