import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabaseEnv, runShilen, tempDir, tempMigrations } from '../../../test/support/cli.ts';
import { modules } from '../../modules/index.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { bi, tableDataset } from './test-support.ts';

let env: NodeJS.ProcessEnv;
const dir = tempDir('shilen-import-cli-');
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
/** A module with a dataset a first load takes (no lookup, `touch` or check), its table by migration. */
const migrations = tempMigrations({
  '001_items.sql':
    'create table cli_first_items (code text primary key, amount numeric(12, 2), issued date);',
});
const firstModule: ShilenModule = {
  name: 'cli-first',
  migrationsDir: migrations,
  permissions: { 'cli-first.import': { description: 'test', allow: ['platform-administrator'] } },
  datasets: [
    tableDataset(
      'cli_first_items',
      [
        { name: 'code', type: 'string', title: bi('Code'), required: true },
        { name: 'amount', type: 'number', title: bi('Amount') },
        { name: 'issued', type: 'date', title: bi('Issued') },
      ],
      'cli-first.import',
    ),
  ],
};
const run = (args: string[]) => runShilen(args, [...modules, firstModule], env);

beforeAll(async () => {
  env = await isolatedDatabaseEnv();
  // Migrated once up front, so each test's time is the import's own.
  expect((await run(['migrate'])).exitCode).toBe(0);
}, 120_000);

describe('shilen import <dataset> FILE', { timeout: 60_000 }, () => {
  it('lists importable datasets as targets', async () => {
    const { exitCode, stdout } = await run(['import', '--list']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^organizations +Public bodies — Төрийн байгууллагууд$/m);
  });

  it('reports a Windows-1251 file’s problems by line and column, exits 1, and imports the corrected file', async () => {
    const header = 'Таних нэр,Нэр (монгол),Name (English),kind';
    const bad = write(
      'bad.csv',
      iconv.encode(`${header}\ncli-one,Нэгдэх,First,agency\ncli-two,,Second,nonsense\n`, 'win1251'),
    );
    const failed = await run(['import', 'organizations', bad]);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('2 rows read (CSV, windows-1251).');
    expect(failed.stdout).toContain('2 problems:\n');
    expect(failed.stdout).toContain('  line 3, column Нэр (монгол): A required value is empty\n');
    expect(failed.stdout).toContain('  line 3, column kind: "nonsense" is not one of the allowed values');
    expect(failed.stdout).toContain('Nothing was imported.');

    const good = write(
      'good.csv',
      iconv.encode(`${header}\ncli-one,Нэгдэх,First,agency\ncli-two,Хоёрдугаар,Second,council\n`, 'win1251'),
    );
    const dry = await run(['import', 'organizations', good, '--dry-run']);
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toContain(
      'Dry run, nothing was written: 2 would be added, 0 would be changed, 0 unchanged.',
    );
    expect(dry.stdout).toContain('Would be added (first rows):\n  line 2: cli-one\n  line 3: cli-two\n');
    const real = await run(['import', 'organizations', good]);
    expect(real.exitCode).toBe(0);
    expect(real.stdout).toContain('2 added, 0 changed, 0 unchanged.');
    const again = await run(['import', 'organizations', good]);
    expect(again.stdout).toContain('0 added, 0 changed, 2 unchanged.');
  });

  it('asks for --map for unknown headers, and takes --map and --encoding', async () => {
    const content = 'Код,Албан нэр,English,Төрөл,Тайлбар\ncli-map,Зураглал,Mapped,agency,x\n';
    const file = write('map.csv', content);
    const unmapped = await run(['import', 'organizations', file]);
    expect(unmapped.exitCode).toBe(1);
    expect(unmapped.stdout).toContain(
      'Columns that are not fields: "Код", "Албан нэр", "English", "Тайлбар".',
    );
    const mapped = await run([
      'import',
      'organizations',
      file,
      '--map',
      'Код=slug',
      '--map',
      'Албан нэр=name_mn',
      '--map',
      'English=name_en',
      '--map',
      'Тайлбар=',
      '--encoding',
      'utf8',
    ]);
    expect(mapped.exitCode).toBe(0);
    expect(mapped.stdout).toContain('1 added, 0 changed, 0 unchanged.');
    const badMap = await run(['import', 'organizations', file, '--map', 'Код']);
    expect(badMap.exitCode).toBe(2);
    expect(badMap.stderr).toContain('--map takes "Header=field"');
    const badField = await run(['import', 'organizations', file, '--map', 'Код=code']);
    expect(badField.exitCode).toBe(2);
    expect(badField.stderr).toContain('organizations has no field "code"');
    const badEncoding = await run(['import', 'organizations', file, '--encoding', 'latin9']);
    expect(badEncoding.exitCode).toBe(2);
  });

  it('an empty or binary file is a report, exit 1', async () => {
    const empty = await run(['import', 'organizations', write('empty.csv', '')]);
    expect(empty.exitCode).toBe(1);
    expect(empty.stdout).toContain('  file: The file is empty');
    const binary = await run([
      'import',
      'organizations',
      write('x.csv', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')),
    ]);
    expect(binary.exitCode).toBe(1);
    expect(binary.stdout).toContain('This is a binary file (PDF)');
  });

  it('writes a first load’s change history before it ends, rather than leaving it to a worker', async () => {
    const file = write('first.csv', 'code,amount,issued\nX-1,12.50,2024-01-31\nX-2,,\n');
    const { exitCode, stdout } = await run(['import', 'cli-first-items', file]);
    expect(exitCode, stdout).toBe(0);
    expect(stdout).toContain('Writing the change history…');
    const db = await openDatabase(loadConfig(env));
    try {
      const versions = await db.query(sql`select record_key as key, version, data from record_versions
        where dataset = 'cli-first-items' order by record_key`);
      expect(versions).toEqual([
        { key: 'X-1', version: 1, data: { code: 'X-1', amount: '12.50', issued: '2024-01-31' } },
        { key: 'X-2', version: 1, data: { code: 'X-2', amount: null, issued: null } },
      ]);
      const [pending] = await db.query<{ n: number }>(
        sql`select count(*) as n from record_version_batches where dataset = 'cli-first-items' and written_at is null`,
      );
      expect(Number(pending?.n)).toBe(0);
    } finally {
      await db.close();
    }
  });
});
