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
import { stageCsvFast } from './fast.ts';
import { findImport } from './history.ts';
import { createStaging, dropStaging, stagingTables } from './merge.ts';
import { importPlan } from './plan.ts';
import { importFile } from './run.ts';
import type { StageOptions } from './stage.ts';
import {
  itemFields,
  sheetXml,
  tableDataset,
  workbookParts,
  zipArchive,
  zipSpaces,
  zipText,
} from './test-support.ts';
import { XLSX_MAX_INFLATED_MB, XLSX_MAX_RATIO } from './zip.ts';

// No yes/no field: the dataset may take a first load (first-load.ts) and the fast path (fast.ts).
const fields = itemFields.filter((f) => f.name !== 'active');
let ctx: ModuleContext;
let dataset: Dataset;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-hostile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.exec(`create table hostile_items (code text primary key, amount numeric(12, 2), count bigint,
    issued date, seen_at timestamptz)`);
  registerPermissions({ 'hostile-test.import': { description: 'test', allow: ['platform-administrator'] } });
  dataset = resolveDataset(tableDataset('hostile_items', fields, 'hostile-test.import'), 'hostile-test');
});

const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

async function run(name: string, content: string | Uint8Array, dryRun = false) {
  const started = performance.now();
  const outcome = await importFile(ctx, dataset, write(name, content), {
    actor: systemActor('test'),
    dryRun,
    fileName: name,
  });
  const ms = performance.now() - started;
  // The report as the history keeps it, which the pages show: it must have been stored.
  const stored = (await findImport(ctx.db, outcome.importId))?.report;
  expect(stored?.problemCount).toBe(outcome.report.problemCount);
  return { ...outcome, stored, ms };
}

const where = (outcome: Awaited<ReturnType<typeof run>>) =>
  (outcome.stored?.problems ?? []).map((p) => `${p.line ?? '-'}|${p.column ?? '-'}|${p.message.en}`);

/** The problem's words for a control character, as a pattern. */
const nul = (code = '0000') => `Holds a control character \\(U\\+${code}\\), which cannot be stored`;

async function rows() {
  return (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from hostile_items`))[0]?.n;
}

describe('a cell with a control character PostgreSQL cannot store (or XML cannot carry)', () => {
  const csv = 'code,amount,count\nA-1,1,1\nA\u00002,2,2\nA-3,3,3\n';

  it('is reported by line and column from a CSV file that would be a first load', async () => {
    const outcome = await run('first.csv', csv);
    expect(outcome.status).toBe('failed');
    expect(where(outcome)).toEqual([expect.stringMatching(new RegExp(`^3\\|code\\|${nul()}`))]);
    expect(await rows()).toBe(0);
    // The same file without it loads.
    expect((await run('first-fixed.csv', csv.replace('\u0000', '-'))).status).toBe('succeeded');
    expect(await rows()).toBe(3);
  });

  it('is reported by line and column from a CSV file the fast path would read', async () => {
    const outcome = await run('fast.csv', 'code,amount,count\nA-1,1,1\nA-2,2\u00002,2\nA-4,4,4\n', true);
    expect(where(outcome)).toEqual([expect.stringMatching(/^3\|amount\|/)]);
    const bell = await run('bell.csv', 'code,amount,count\nA-1,1,1\nA-2,2,2\nA\u00075,5,5\n', true);
    expect(where(bell)).toEqual([expect.stringMatching(new RegExp(`^4\\|code\\|${nul('0007')}`))]);
  });

  it('leaves the fast path to the reader: the scanner gives up before COPY sees the byte', async () => {
    const plan = importPlan(dataset)!;
    const stage = async (content: string) => {
      const file = write('scan.csv', content);
      const options: StageOptions = {
        format: 'csv',
        encoding: 'utf-8',
        size: fs.statSync(file).size,
        mapping: {},
        onProgress: async () => {},
      };
      const tables = stagingTables(990_001);
      await createStaging(ctx.db, plan, tables);
      try {
        return await stageCsvFast(ctx.db, plan, file, tables, options);
      } finally {
        await dropStaging(ctx.db, tables);
      }
    };
    expect(await stage('code,amount\nB-1,1\nB-2,2\n')).toMatchObject({ rows: 2 });
    expect(await stage('code,amount\nB-1,1\nB\u00002,2\n')).toBeUndefined();
    expect(await stage('code,amount\nB-1,1\nB\u00012,2\n')).toBeUndefined();
    expect(await stage('co\u0000de,amount\nB-1,1\n')).toBeUndefined();
  });

  it('in a header is named in the report, which is stored', async () => {
    const outcome = await run('header.csv', 'code,amo\u0000unt\nA-1,1\n', true);
    expect(outcome.status).toBe('failed');
    expect(where(outcome)).toEqual([expect.stringMatching(/^1\|amo␀unt\|Column "amo␀unt" is not a field/)]);
  });

  it('is reported by row and column from an XLSX file (Excel writes it _x0000_)', async () => {
    const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const sheet = `${sheetXml.open}<row r="1">${cell('A1', 'code')}${cell('B1', 'amount')}</row><row r="2">${cell('A2', 'X-1')}<c r="B2"><v>1</v></c></row><row r="3">${cell('A3', 'X_x0000_2')}<c r="B3"><v>2</v></c></row><row r="4">${cell('A4', 'X_x005F_x0000_3')}<c r="B4"><v>3</v></c></row>${sheetXml.close}`;
    const xlsx = zipArchive([...workbookParts(), zipText('xl/worksheets/sheet1.xml', sheet)]);
    const outcome = await run('book.xlsx', xlsx, true);
    expect(where(outcome)).toEqual([expect.stringMatching(new RegExp(`^3\\|code\\|${nul()}`))]);
    // An escaped underscore is the text as written: `_x0000_` itself, nothing to refuse.
    const clean = await run(
      'book-clean.xlsx',
      zipArchive([
        ...workbookParts(),
        zipText('xl/worksheets/sheet1.xml', sheet.replace('X_x0000_2', 'X-2')),
      ]),
      true,
    );
    expect(clean.status).toBe('dry-run');
    expect(clean.report.samples.added.map((s) => s.key)).toEqual(
      expect.arrayContaining(['X-1', 'X-2', 'X_x0000_3']),
    );
  });

  it('is reported by record and field from JSON, and a key holding one is named', async () => {
    const outcome = await run(
      'items.json',
      '[{"code":"J-1","amount":1},{"code":"J\\u00002","amount":2}]',
      true,
    );
    expect(where(outcome)).toEqual([expect.stringMatching(new RegExp(`^2\\|code\\|${nul()}`))]);
    const key = await run('keys.json', '[{"code":"J-1","am\\u0000ount":1}]', true);
    expect(key.status).toBe('failed');
    expect(where(key)).toEqual([expect.stringMatching(/^1\|am␀ount\|/)]);
  });

  it('is reported by line and field from NDJSON; a raw NUL byte is not JSON, said by line', async () => {
    const outcome = await run('items.ndjson', '{"code":"N-1"}\n{"code":"N\\u00002"}\n{"code":"N-3"}\n', true);
    expect(where(outcome)).toEqual([expect.stringMatching(new RegExp(`^2\\|code\\|${nul()}`))]);
    const raw = await run('raw.ndjson', '{"code":"N-1"}\n{"code":"N\u00002"}\n', true);
    expect(where(raw)).toEqual([expect.stringMatching(/^2\|-\|Not a JSON value/)]);
  });
});

const inflatesBeyond = (name: string) =>
  `The spreadsheet "${name}" inflates beyond ${XLSX_MAX_INFLATED_MB} MB`;

describe('a spreadsheet that inflates without end', () => {
  let rowsBefore: number | undefined;
  beforeAll(async () => {
    rowsBefore = await rows();
  });

  it('is refused before it is read when its zip says it inflates to gigabytes', async () => {
    const bomb = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, 2048, sheetXml.close),
    ]);
    expect(bomb.length).toBeLessThan(4 << 20);
    const outcome = await run('budget.xlsx', bomb);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems).toHaveLength(1);
    expect(outcome.report.problems[0]?.message.en).toContain(inflatesBeyond('budget.xlsx'));
    expect(outcome.report.problems[0]?.message.mn).toContain('budget.xlsx');
    // Judged from the zip's directory: nothing was inflated.
    expect(outcome.ms).toBeLessThan(5000);
    expect(await rows()).toBe(rowsBefore);
  });

  it('is refused while it is read when its zip lies about its sizes, memory staying flat', async () => {
    // Every header says the sheet inflates to 4 KB; it inflates to more than the limit.
    const liar = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, XLSX_MAX_INFLATED_MB + 16, sheetXml.close, 4096),
    ]);
    const before = process.memoryUsage().rss;
    const outcome = await run('liar.xlsx', liar);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems.map((p) => p.message.en)).toEqual([
      expect.stringContaining(inflatesBeyond('liar.xlsx')),
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 << 20);
    expect(await rows()).toBe(rowsBefore);
  }, 120_000);

  it('is refused when a part is compressed beyond any real spreadsheet, however small it inflates', async () => {
    const dense = zipArchive([
      ...workbookParts(),
      zipSpaces('xl/worksheets/sheet1.xml', sheetXml.open, 64, sheetXml.close),
    ]);
    const outcome = await run('dense.xlsx', dense);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems[0]?.message.en).toMatch(
      new RegExp(
        `^The spreadsheet "dense\\.xlsx" is compressed beyond any real spreadsheet .*more than ${XLSX_MAX_RATIO} times`,
      ),
    );
    expect(await rows()).toBe(rowsBefore);
  });

  it('reads a real spreadsheet as before, however repetitive its rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['code', 'amount', 'count', 'issued', 'seen_at']);
    for (let i = 0; i < 5000; i++) sheet.addRow([`R-${i}`, 1, 1, '2024-01-01', null]);
    const outcome = await run('real.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), true);
    expect(outcome.report.problems).toEqual([]);
    expect(outcome.status).toBe('dry-run');
    expect(outcome.report.added).toBe(5000);
  }, 60_000);
});
