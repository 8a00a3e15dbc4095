import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { systemActor } from '../auth/actor.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { type Dataset, resolveDataset } from '../datasets/dataset.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext } from '../module.ts';
import { importFile } from './run.ts';
import { itemFields, sheetXml, tableDataset, workbookParts, zipArchive, zipSpaces } from './test-support.ts';
import { XLSX_MAX_INFLATED_MB, XLSX_MAX_RATIO } from './zip.ts';

let ctx: ModuleContext;
let dataset: Dataset;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-xlsx-bomb-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.exec(`create table bomb_test_items (code text primary key, amount numeric(12, 2),
    count bigint, active boolean, issued date, seen_at timestamptz)`);
  registerPermissions({ 'bomb-test.import': { description: 'test', allow: ['platform-administrator'] } });
  dataset = resolveDataset(tableDataset('bomb_test_items', itemFields, 'bomb-test.import'), 'bomb-test');
});

async function importXlsx(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const started = performance.now();
  const outcome = await importFile(ctx, dataset, file, {
    actor: systemActor('test'),
    dryRun: false,
    fileName: name,
  });
  return { ...outcome, ms: performance.now() - started };
}

async function rows() {
  return (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from bomb_test_items`))[0]?.n;
}

const inflatesBeyond = (name: string) =>
  `The spreadsheet "${name}" inflates beyond ${XLSX_MAX_INFLATED_MB} MB`;

describe('a spreadsheet that inflates without end', () => {
  it('is refused before it is read when its zip says it inflates to gigabytes', async () => {
    const bomb = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, 2048, sheetXml.close),
    ]);
    expect(bomb.length).toBeLessThan(4 << 20);
    const outcome = await importXlsx('budget.xlsx', bomb);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems).toHaveLength(1);
    expect(outcome.report.problems[0]?.message.en).toContain(inflatesBeyond('budget.xlsx'));
    expect(outcome.report.problems[0]?.message.mn).toContain('budget.xlsx');
    // Judged from the zip's directory: nothing was inflated.
    expect(outcome.ms).toBeLessThan(5000);
    expect(await rows()).toBe(0);
  });

  it('is refused while it is read when its zip lies about its sizes, memory staying flat', async () => {
    // Every header says the sheet inflates to 4 KB; it inflates to more than the limit.
    const liar = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, XLSX_MAX_INFLATED_MB + 16, sheetXml.close, 4096),
    ]);
    const before = process.memoryUsage().rss;
    const outcome = await importXlsx('liar.xlsx', liar);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems.map((p) => p.message.en)).toEqual([
      expect.stringContaining(inflatesBeyond('liar.xlsx')),
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 << 20);
    expect(await rows()).toBe(0);
  }, 120_000);

  it('is refused when a part is compressed beyond any real spreadsheet, however small it inflates', async () => {
    const dense = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, 64, sheetXml.close),
    ]);
    const outcome = await importXlsx('dense.xlsx', dense);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems[0]?.message.en).toMatch(
      new RegExp(
        `^The spreadsheet "dense\\.xlsx" is compressed beyond any real spreadsheet .*more than ${XLSX_MAX_RATIO} times`,
      ),
    );
    expect(await rows()).toBe(0);
  });

  it('reads a real spreadsheet as before, however repetitive its rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['code', 'amount', 'count', 'active', 'issued', 'seen_at']);
    for (let i = 0; i < 5000; i++) sheet.addRow([`A-${i}`, 1, 1, 'yes', '2024-01-01', null]);
    const outcome = await importXlsx('real.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(outcome.report.problems).toEqual([]);
    expect(outcome.status).toBe('succeeded');
    expect(await rows()).toBe(5000);
  }, 60_000);
});
