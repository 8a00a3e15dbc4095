import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { systemActor } from '../auth/actor.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { type Dataset, resolveDataset } from '../datasets/dataset.ts';
import { recordCurrentVersions, recordHistory } from '../datasets/versions.ts';
import { sql } from '../db/sql.ts';
import type { DatasetDeclaration, DatasetField, ModuleContext } from '../module.ts';
import { detectEncoding } from './encoding.ts';
import { mapHeaders, normaliseHeader, parseMapOptions } from './mapping.ts';
import { guessDelimiter } from './readers.ts';
import { importFile } from './run.ts';
import { bi, itemFields, tableDataset } from './test-support.ts';
import type { DatasetImportReport } from './types.ts';
import { parseCell } from './values.ts';

const declaration: DatasetDeclaration = {
  id: 'import-test-items',
  title: bi('Items'),
  description: bi('Items of the import tests'),
  publisher: 'government',
  themes: ['GOVE'],
  key: ['code'],
  fields: itemFields,
  source: sql`select code, amount, count, active, issued, seen_at from import_test_items`,
  import: { table: 'import_test_items', action: 'import-test.import' },
};

let ctx: ModuleContext;
let dataset: Dataset;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-imports-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.exec(`create table import_test_items (code text primary key, amount numeric(12, 2),
    count bigint, active boolean, issued date, seen_at timestamptz)`);
  registerPermissions({ 'import-test.import': { description: 'test', allow: ['platform-administrator'] } });
  dataset = resolveDataset(declaration, 'import-test');
});

describe('the first import of a dataset without history, every type', () => {
  it('records versions exactly as the row-by-row history would, so nothing more is found afterwards', async () => {
    const file = write(
      'items.csv',
      'Code;amount;count;active;issued;seen_at\nA-1;1 234,50;7;yes;2024-02-29;2024-03-01T10:20:30.123Z\nA-2;;;нет;;\nA-3;12.5;-3;false;2023.12.31;2024-03-01 08:00+08:00\n',
    );
    const outcome = await importFile(ctx, dataset, file, {
      actor: systemActor('test'),
      dryRun: false,
      fileName: 'items.csv',
    });
    expect(outcome.status, JSON.stringify(outcome.report.problems)).toBe('failed');
    expect(outcome.report.problems.map((p) => `${p.line} ${p.column}`)).toEqual(['3 active']);
    const fixed = write('items.csv', fs.readFileSync(file, 'utf8').replace('нет', 'no'));
    const ok = await importFile(ctx, dataset, fixed, {
      actor: systemActor('test'),
      dryRun: false,
      fileName: 'items.csv',
    });
    expect([ok.status, ok.report.added]).toEqual(['succeeded', 3]);
    const rows = await ctx.db.query(sql`select * from import_test_items order by code`);
    expect(rows).toEqual([
      {
        code: 'A-1',
        amount: '1234.50',
        count: 7,
        active: true,
        issued: '2024-02-29',
        seen_at: new Date('2024-03-01T10:20:30.123Z'),
      },
      { code: 'A-2', amount: null, count: null, active: false, issued: null, seen_at: null },
      {
        code: 'A-3',
        amount: '12.50',
        count: -3,
        active: false,
        issued: '2023-12-31',
        seen_at: new Date('2024-03-01T00:00:00Z'),
      },
    ]);
    expect((await recordHistory(ctx.db, dataset.id, 'A-1'))[0]?.data).toEqual({
      code: 'A-1',
      amount: '1234.50',
      count: 7,
      active: true,
      issued: '2024-02-29',
      seen_at: '2024-03-01T10:20:30.123Z',
    });
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, dataset, 'system:check'))).toBe(0);
    // A change, then the same file again: versions follow, nothing twice.
    const changed = write('items2.csv', 'code,amount\nA-1,99\n');
    const second = await importFile(ctx, dataset, changed, {
      actor: systemActor('test'),
      dryRun: false,
      fileName: 'items2.csv',
    });
    expect([second.report.added, second.report.changed]).toEqual([0, 1]);
    expect((await recordHistory(ctx.db, dataset.id, 'A-1')).map((v) => v.operation)).toEqual([
      'insert',
      'update',
    ]);
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, dataset, 'system:check'))).toBe(0);
  });
});

describe('encodings, delimiters, headers and values', () => {
  const text = 'код,нэр\nabc,Улаанбаатар хот\n';
  it('detects UTF-8, byte order marks, UTF-16 without one, Windows-1251, and refuses the rest', () => {
    const enc = (b: Uint8Array) => {
      const d = detectEncoding(b, true);
      return d.ok ? d.encoding : d.problem.en.slice(0, 40);
    };
    expect(enc(Buffer.from(text))).toBe('utf-8');
    expect(enc(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf-8');
    expect(enc(iconv.encode(text, 'utf16le'))).toBe('utf-16le');
    expect(enc(iconv.encode(text, 'utf16be'))).toBe('utf-16be');
    expect(enc(iconv.encode(text, 'win1251'))).toBe('windows-1251');
    expect(enc(Buffer.from('name\nM\xfcller Stra\xdfe Caf\xe9\n', 'latin1'))).toMatch(
      /^The file's encoding is not one/,
    );
    expect(enc(Buffer.from([0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0xff, 0x10]))).toMatch(
      /^This is a binary file/,
    );
    // A character cut by the end of the sample is not a reason to doubt UTF-8.
    const cut = Buffer.from('ab,Өмнөговь').subarray(0, 5);
    expect(detectEncoding(cut, false).ok && detectEncoding(cut, false)).toMatchObject({ encoding: 'utf-8' });
  });

  it('guesses the delimiter and maps headers by name or title, case and spaces aside', () => {
    expect(guessDelimiter('a;b;c')).toBe(';');
    expect(guessDelimiter('a\tb')).toBe('\t');
    expect(guessDelimiter('single')).toBe(',');
    expect(normaliseHeader('  Name (EN) ')).toBe('name(en)');
    const mapping = mapHeaders(['КОД', 'Amount ', 'extra', 'count'], declaration.fields, ['code', 'amount'], {
      extra: '',
    });
    expect(mapping.fields).toEqual(['code', 'amount', null, null]);
    expect(mapping.unmapped).toEqual([]);
    expect(parseMapOptions(['A=b', 'C=', 'D=e=f'])).toEqual({ A: 'b', C: '', 'D=e': 'f' });
    expect(parseMapOptions(['nothing'])).toBe('nothing');
  });

  it('parses each type and says what is wrong', () => {
    const field = (type: 'integer' | 'number' | 'boolean' | 'date' | 'datetime') => ({
      name: 'x',
      type,
      title: bi('X'),
    });
    expect(parseCell('1,234.5', field('number'))).toEqual({ ok: true, value: 1234.5 });
    expect(parseCell('12,5', field('number'))).toEqual({ ok: true, value: 12.5 });
    expect(parseCell('2.5', field('integer'))).toMatchObject({
      ok: false,
      message: { en: 'Not a whole number: "2.5"' },
    });
    expect(parseCell('2024-02-30', field('date'))).toMatchObject({ ok: false });
    expect(parseCell(new Date('2024-05-01T00:00:00Z'), field('date'))).toEqual({
      ok: true,
      value: '2024-05-01',
    });
    expect(parseCell('тийм', field('boolean'))).toEqual({ ok: true, value: true });
    expect(parseCell('yesterday', field('datetime'))).toMatchObject({ ok: false });
    expect(parseCell('  ', field('integer'))).toEqual({ ok: true, value: null });
    expect(parseCell({ a: 1 }, field('integer'))).toMatchObject({ ok: false });
    expect(parseCell('bad \uFFFD', { name: 's', type: 'string', title: bi('S') })).toMatchObject({
      ok: false,
    });
  });
});

describe('an import of the command line whose process died', () => {
  it('is marked interrupted by the next import on the host, with a report, and its staging is dropped', async () => {
    // A process that has ended: its pid names nobody now.
    const child = spawnSync(process.execPath, ['-e', '']);
    const deadRunner = `${os.hostname()}:${child.pid}`;
    const running = async (runner: string, fileId: string | null) => {
      const [row] = await ctx.db.query<{ id: number }>(sql`insert into imports
        (dataset, status, actor, file_name, file_sha256, file_size, file_id, started_at, runner)
        values (${dataset.id}, 'running', 'system:test', 'old.csv', ${'0'.repeat(64)}, 10, ${fileId}, now(), ${runner})
        returning id`);
      return Number(row?.id);
    };
    const dead = await running(deadRunner, null);
    const elsewhere = await running('another-host:1', null);
    const web = await running(deadRunner, 'some-upload');
    await ctx.db.exec(`create unlogged table import_rows_${dead} (x text)`);

    const outcome = await importFile(ctx, dataset, write('after.csv', 'code,amount\nafter-1,1\n'), {
      actor: systemActor('test'),
      dryRun: false,
      fileName: 'after.csv',
    });
    expect(outcome.status).toBe('succeeded');

    const statuses = await ctx.db.query<{ id: number; status: string; report: DatasetImportReport | null }>(
      sql`select id, status, report from imports where id = any(${[dead, elsewhere, web]}::bigint[]) order by id`,
    );
    expect(statuses.map((s) => s.status)).toEqual(['interrupted', 'running', 'running']);
    expect(statuses[0]?.report?.problems[0]?.message).toMatchObject({
      en: expect.stringContaining('Nothing was written to the dataset'),
    });
    const [staging] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from pg_tables where tablename = ${`import_rows_${dead}`}`,
    );
    expect(staging?.n).toBe(0);
    // This process's own import, finished, is not mistaken for a dead one.
    const [own] = await ctx.db.query<{ status: string; runner: string }>(
      sql`select status, runner from imports where id = ${outcome.importId}`,
    );
    expect(own).toEqual({ status: 'succeeded', runner: `${os.hostname()}:${process.pid}` });
  });
});

describe('a lookup with the row’s other fields', () => {
  it('writes the id of the code of the row’s year, and refuses a code the year lacks', async () => {
    await ctx.db.exec(`create table import_test_codes (id integer primary key, year integer not null, code text not null,
        unique (year, code));
      insert into import_test_codes values (1, 2025, '2110'), (2, 2026, '2110'), (3, 2026, '2210');
      create table import_test_lines (code text primary key, fiscal_year integer not null, economic_code_id integer)`);
    const fields: DatasetField[] = [
      { name: 'code', type: 'string', title: bi('Code'), required: true },
      { name: 'fiscal_year', type: 'integer', title: bi('Fiscal year'), required: true },
      { name: 'economic_code', type: 'string', title: bi('Economic code') },
    ];
    const lines = resolveDataset(
      {
        ...tableDataset('import_test_lines', fields, 'import-test.import', {
          columns: {
            economic_code: {
              column: 'economic_code_id',
              references: {
                table: 'import_test_codes',
                column: 'code',
                lookup: 'id',
                with: { fiscal_year: 'year' },
              },
            },
          },
        }),
        source: sql`select l.code, l.fiscal_year, c.code as economic_code
          from import_test_lines l left join import_test_codes c on c.id = l.economic_code_id`,
      },
      'import-test',
    );
    const run = (name: string, text: string) =>
      importFile(ctx, lines, write(name, text), {
        actor: systemActor('test'),
        dryRun: false,
        fileName: name,
      });
    const bad = await run('lines.csv', 'code,fiscal_year,economic_code\nL-1,2025,2110\nL-2,2025,2210\n');
    expect(bad.status).toBe('failed');
    expect(bad.report.problems.map((p) => `${p.line} ${p.column} ${p.message.en}`)).toEqual([
      '3 economic_code "2210" is not a known import test codes code for Fiscal year "2025"',
    ]);
    const good = 'code,fiscal_year,economic_code\nL-1,2025,2110\nL-2,2026,2110\nL-3,2026,2210\n';
    expect((await run('lines.csv', good)).report.added).toBe(3);
    expect(
      await ctx.db.query(sql`select code, economic_code_id from import_test_lines order by code`),
    ).toEqual([
      { code: 'L-1', economic_code_id: 1 },
      { code: 'L-2', economic_code_id: 2 },
      { code: 'L-3', economic_code_id: 3 },
    ]);
    const again = await run('lines.csv', good.replace('L-1,2025', 'L-1,2026'));
    expect([again.report.changed, again.report.unchanged]).toEqual([1, 2]);
    expect(
      await ctx.db.query(sql`select economic_code_id from import_test_lines where code = 'L-1'`),
    ).toEqual([{ economic_code_id: 2 }]);
  });
});
