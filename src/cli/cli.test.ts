import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, collector, isolatedDatabaseEnv, tempDir, tempMigrations } from '../../test/support/cli.ts';
import { modules } from '../modules/index.ts';
import { organizationsDataset } from '../modules/organizations/dataset.ts';
import { exampleReleasePackage } from '../modules/procurement/test-support.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/open.ts';
import { sql } from '../platform/db/sql.ts';
import type { ImporterDeclaration, ImportReport, ShilenModule } from '../platform/module.ts';
import { allMigrations } from '../platform/setup.ts';
import { runCli } from './program.ts';

const ENTRY = path.join(import.meta.dirname, 'index.ts');

const workDir = tempDir();

/**
 * Runs the real `shilen` in a child process, from a folder of its own so that a developer's
 * ./.env cannot point it at another database.
 */
function shilen(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...args], { cwd: workDir, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A real importer for the import tests: a `code,name` CSV file into cli_test_items, by code. */
const importItems: ImporterDeclaration['run'] = async ({ db }, file, { dryRun, onProgress }) => {
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);
  for (const [index, line] of lines.entries()) {
    onProgress?.(index + 1, lines.length);
    const where = `line ${index + 2}`;
    const [code = '', name = ''] = line.split(',').map((cell) => cell.trim());
    if (!/^[a-z0-9-]+$/.test(code)) {
      report.problems.push({ where, message: `code "${code}" is not kebab-case` });
      continue;
    }
    if (!name) {
      report.problems.push({ where, message: 'name is empty' });
      continue;
    }
    const [row] = await db.query<{ name: string }>(sql`select name from cli_test_items where code = ${code}`);
    if (row?.name === name) {
      report.unchanged++;
      continue;
    }
    if (row) report.changed++;
    else report.added++;
    if (dryRun) continue;
    await db.query(sql`insert into cli_test_items (code, name) values (${code}, ${name})
      on conflict (code) do update set name = excluded.name`);
  }
  return report;
};

describe('shilen without a database', () => {
  it('--help lists the commands and the exit codes, and exits 0', async () => {
    const { code, stdout } = await shilen(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'export', 'import'])
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toMatch(/3 {2}configuration or start-up error/);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const { code, stderr } = await shilen(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("shilen: unknown command 'frobnicate'");
  });

  it('exits 3 with one line when the database cannot be reached', async () => {
    const { code, stdout, stderr } = await shilen(['export', 'organizations'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x',
    });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^shilen: cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:1\/x: .+\n$/,
    );
  });

  it('exits 3 with one line when the data folder cannot be written', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const { code, stderr } = await shilen(['migrate'], { SHILEN_DATA_DIR: path.join(file, 'data') });
    expect(code).toBe(3);
    expect(stderr).toMatch(/^shilen: cannot write the data folder .*a-file\/data: ENOTDIR\n$/);
  });
});

// Child processes that migrate every module's tables: slower than most tests on a loaded machine.
describe('shilen on a database', { timeout: 90_000 }, () => {
  let env: NodeJS.ProcessEnv;
  const fieldNames = organizationsDataset.fields.map((f) => f.name);
  beforeAll(async () => {
    env = await isolatedDatabaseEnv();
  });

  it('migrate applies every migration, then --status shows nothing pending', async () => {
    const migrated = await shilen(['migrate'], env);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/^applied {2}platform\/001_platform_base\.sql$/m);
    expect(migrated.stdout).toMatch(/^applied {2}platform\/003_organizations\.sql$/m);
    expect(migrated.stdout).toContain('The database is up to date');

    const status = await shilen(['migrate', '--status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^applied {2}platform\/003_organizations\.sql {2}\d{4}-\d\d-\d\d /m);
    expect(status.stdout).not.toMatch(/^pending/m);
    const count = allMigrations(modules).length;
    expect(status.stdout).toMatch(new RegExp(`^${count} applied, 0 pending\\.$`, 'm'));
  });

  it('import of an importer that declares its heap runs under that limit, unless the operator set one', async () => {
    const file = path.join(tempDir(), 'road-repair.json');
    fs.writeFileSync(file, JSON.stringify(exampleReleasePackage()));
    const heapOf = (stdout: string) => Number(/^Heap limit: (\d+) MiB$/m.exec(stdout)?.[1]);
    const limited = await shilen(['import', 'ocds', file, '--dry-run'], { ...env, NODE_OPTIONS: '' });
    expect(limited.code).toBe(0);
    expect(limited.stdout).toContain('Dry run, nothing was written');
    // The declared 224 MiB of old generation and the young generation beside it; V8 alone takes
    // gigabytes on this much memory.
    expect(heapOf(limited.stdout)).toBeGreaterThanOrEqual(224);
    expect(heapOf(limited.stdout)).toBeLessThan(400);
    const own = await shilen(['import', 'ocds', file, '--dry-run'], {
      ...env,
      NODE_OPTIONS: '--max-old-space-size=1500',
    });
    expect(own.code).toBe(0);
    expect(heapOf(own.stdout)).toBeGreaterThanOrEqual(1500);
  });

  it('export --format csv prints the header and every row', async () => {
    const { code, stdout } = await shilen(['export', 'organizations', '--format', 'csv'], env);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(fieldNames.join(','));
    expect(lines.length).toBeGreaterThan(10);
    expect(stdout).toMatch(/^government,/m);
  });

  it('export --format ndjson prints one JSON object per line, and -o writes the same to a file', async () => {
    const { code, stdout } = await shilen(['export', 'organizations', '--format', 'ndjson'], env);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(Object.keys(row)).toEqual(fieldNames);

    const file = path.join(tempDir(), 'organizations.ndjson');
    const written = await shilen(['export', 'organizations', '-f', 'ndjson', '-o', file], env);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`${rows.length} rows of organizations written to ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toBe(stdout);
  });

  it('export exits 2 on an unknown dataset, naming the known ones', async () => {
    const { code, stdout, stderr } = await shilen(['export', 'budgets'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const ids = modules.flatMap((m) => (m.datasets ?? []).map((d) => d.id));
    expect(ids).toContain('organizations');
    expect(stderr).toBe(`shilen: unknown dataset "budgets"; the datasets are: ${ids.join(', ')}\n`);
  });

  describe('import, in-process with a module of the test', () => {
    const dir = tempDir();
    const migrations = tempMigrations({
      '001_cli_test_items.sql': 'create table cli_test_items (code text primary key, name text not null);',
    });

    const itemsModule: ShilenModule = {
      name: 'cli-test-items',
      migrationsDir: migrations,
      demo: async ({ db }) => {
        await db.query(sql`insert into cli_test_items (code, name) values ('sample', 'Sample')`);
        return { items: 1 };
      },
      importers: [
        {
          name: 'items',
          description: { mn: 'Туршилтын зүйлс', en: 'Test items, from a code,name CSV file' },
          run: importItems,
        },
      ],
    };

    async function run(args: string[]) {
      const stdout = collector();
      const stderr = collector();
      const io = { stdout: stdout.stream, stderr: stderr.stream, env: cleanEnv(env) };
      const { exitCode } = await runCli(args, { modules: [itemsModule], io });
      return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
    }

    function csv(name: string, lines: string[]): string {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `code,name\n${lines.join('\n')}\n`);
      return file;
    }

    async function items(): Promise<Record<string, string>> {
      const db = await openDatabase(loadConfig(cleanEnv(env)));
      try {
        const rows = await db.query<{ code: string; name: string }>(
          sql`select code, name from cli_test_items order by code`,
        );
        return Object.fromEntries(rows.map((r) => [r.code, r.name]));
      } finally {
        await db.close();
      }
    }

    it('lists the targets, and exits 2 on an unknown target or a missing file', async () => {
      expect((await run(['import', '--list'])).stdout).toBe(
        'items  Test items, from a code,name CSV file — Туршилтын зүйлс\n',
      );
      const unknown = await run(['import', 'budgets', 'x.csv']);
      expect(unknown.exitCode).toBe(2);
      expect(unknown.stderr).toBe('shilen: unknown import target "budgets"; the targets are: items\n');
      const missing = await run(['import', 'items', path.join(dir, 'nope.csv')]);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toContain('shilen: file not found: ');
    });

    it('--dry-run counts without writing; then the import writes; a second file changes and reports problems', async () => {
      const first = csv('first.csv', ['ulaanbaatar,Ulaanbaatar', 'darkhan,Darkhan']);
      const dry = await run(['import', 'items', first, '--dry-run']);
      expect(dry.exitCode).toBe(0);
      expect(dry.stdout).toContain(
        'Dry run, nothing was written: 2 would be added, 0 would be changed, 0 unchanged.',
      );

      const real = await run(['import', 'items', first]);
      expect(real.exitCode).toBe(0);
      expect(real.stdout).toContain('2 added, 0 changed, 0 unchanged.');
      expect(await items()).toEqual({ darkhan: 'Darkhan', ulaanbaatar: 'Ulaanbaatar' });

      const second = csv('second.csv', [
        'ulaanbaatar,Ulaanbaatar',
        'darkhan,Darkhan-Uul',
        'Erdenet,Erdenet',
        'khovd,Khovd',
      ]);
      const changed = await run(['import', 'items', second]);
      expect(changed.exitCode).toBe(1);
      expect(changed.stdout).toContain('1 added, 1 changed, 1 unchanged.');
      expect(changed.stdout).toContain('1 problem:\n  line 4: code "Erdenet" is not kebab-case\n');
      expect(await items()).toEqual({ darkhan: 'Darkhan-Uul', khovd: 'Khovd', ulaanbaatar: 'Ulaanbaatar' });
    });

    it('passes an importer its own options, requires those it requires, and refuses them for another target', async () => {
      const given: Readonly<Record<string, string>>[] = [];
      const tagged: ShilenModule = {
        name: 'cli-test-tagged',
        importers: [
          {
            name: 'tagged',
            description: { mn: 'Шошготой', en: 'Tagged, with a source' },
            options: [
              { name: 'source', description: 'where the file comes from', required: true },
              { name: 'unit-property', description: 'the property naming a unit' },
            ],
            run: async (_ctx, _file, { settings }) => {
              given.push(settings ?? {});
              return { added: 0, changed: 0, unchanged: 0, problems: [] };
            },
          },
        ],
      };
      const file = csv('tagged.csv', ['a,A']);
      const runWith = async (args: string[]) => {
        const [stdout, stderr] = [collector(), collector()];
        const io = { stdout: stdout.stream, stderr: stderr.stream, env: cleanEnv(env) };
        const { exitCode } = await runCli(args, { modules: [itemsModule, tagged], io });
        return { exitCode, stderr: stderr.text() };
      };
      expect(
        await runWith(['import', 'tagged', file, '--source', ' The office ', '--unit-property', 'iso']),
      ).toEqual({
        exitCode: 0,
        stderr: '',
      });
      expect(given).toEqual([{ source: 'The office', 'unit-property': 'iso' }]);
      const missing = await runWith(['import', 'tagged', file]);
      expect(missing).toEqual({
        exitCode: 2,
        stderr: 'shilen: tagged needs --source: where the file comes from\n',
      });
      const other = await runWith(['import', 'items', file, '--source', 'x']);
      expect(other).toEqual({ exitCode: 2, stderr: 'shilen: --source is for tagged, not items\n' });
      expect(given).toHaveLength(1);
    });

    it('prints the first 1000 problems and counts the rest', async () => {
      const bad = csv(
        'bad.csv',
        Array.from({ length: 1003 }, (_, i) => `BAD${i},Name`),
      );
      const { exitCode, stdout } = await run(['import', 'items', bad, '--dry-run']);
      expect(exitCode).toBe(1);
      expect(stdout).toContain('1003 problems:\n');
      expect(stdout).toContain('  line 1001: code "BAD999" is not kebab-case\n');
      expect(stdout).not.toContain('BAD1000');
      expect(stdout).toContain('  … and 3 more problems\n');
    });

    it('demo loads each module’s demo data once, and says so the second time', async () => {
      const first = await run(['demo']);
      expect(first.exitCode).toBe(0);
      expect(first.stdout).toContain('cli-test-items: 1 items\nDemo data loaded from 1 module.\n');
      expect((await items()).sample).toBe('Sample');
      const again = await run(['demo']);
      expect(again.exitCode).toBe(0);
      expect(again.stdout).toContain('The demo data is already loaded; nothing was changed.');
    });
  });
});
