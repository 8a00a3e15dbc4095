/**
 * Benchmark: importing a 1,000,000-row CSV file into a dataset through the real import pipeline
 * (src/platform/imports: sniff, then, the table being empty, the first load: COPY of the file
 * straight into the dataset's table while its bytes are scanned, one statement of checks, the
 * change history as one batch, audit, all in one transaction) against a bare COPY of the same file
 * into an equivalent table, in the same run. Then times the job that writes the batch's versions,
 * re-imports the same file (nothing changes: the staged path), and records the process's peak
 * memory during the import.
 *
 *   npm run bench -- import --engine postgres --rows 1000000
 *   npm run bench -- import --engine pglite --rows 1000000
 *
 * Options: --engine postgres|pglite (default postgres), --rows N (default 1,000,000), --pg-url URL
 * (server where a fresh database is made and dropped), --no-docs.
 *
 * The dataset is the benchmark's own (`bench-import`, seven typed columns, about 100 bytes a row),
 * not the organisations directory: a million public bodies is not a realistic directory, and its
 * import also rebuilds each body's search document. The bare COPY on the server streams the file
 * into a table with the same columns and primary key in the same database; on PGlite it is PGlite's
 * own COPY of the same bytes (in 4 MB chunks cut at line ends, as PGlite copies fastest) into a
 * second data folder, since an embedded database is one connection.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { modules } from '../src/modules/index.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { registerPermissions } from '../src/platform/auth/permissions.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Dataset, datasetsOf } from '../src/platform/datasets/dataset.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import { sql } from '../src/platform/db/sql.ts';
import { importFile } from '../src/platform/imports/run.ts';
import { platformJobHandlers } from '../src/platform/jobs/platform-workers.ts';
import { runDueJobs } from '../src/platform/jobs/worker.ts';
import {
  type DatasetDeclaration,
  type ModuleContext,
  moduleContext,
  type ShilenModule,
} from '../src/platform/module.ts';
import { prepareDatabase } from '../src/platform/setup.ts';
import { startBench } from './lib/harness.ts';
import { loadAverage, machineLine } from './lib/machine.ts';

const bi = (text: string) => ({ mn: text, en: text });
const REGIONS = ['north', 'south', 'east', 'west', 'centre', 'gobi', 'khangai', 'altai'] as const;
const COLUMNS = ['id', 'code', 'name', 'amount', 'region', 'issued', 'updated_at'];
const TABLE_COLUMNS = `id bigint primary key, code text not null, name text not null, amount numeric(14, 2) not null,
  region text not null, issued date not null, updated_at timestamptz not null`;

const benchDataset: DatasetDeclaration = {
  id: 'bench-import',
  title: bi('Import benchmark rows'),
  description: bi('Synthetic rows for the import benchmark.'),
  publisher: 'government',
  themes: ['GOVE'],
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: bi('Id'), required: true },
    { name: 'code', type: 'string', title: bi('Code'), required: true },
    { name: 'name', type: 'string', title: bi('Name'), required: true },
    { name: 'amount', type: 'number', title: bi('Amount'), required: true },
    { name: 'region', type: 'string', title: bi('Region'), values: REGIONS, required: true },
    { name: 'issued', type: 'date', title: bi('Issued'), required: true },
    { name: 'updated_at', type: 'datetime', title: bi('Updated'), required: true },
  ],
  source: sql`select id, code, name, amount, region, issued, updated_at from bench_import_rows`,
  import: { table: 'bench_import_rows', action: 'bench.import' },
};
const benchModule: ShilenModule = {
  name: 'bench-import',
  datasets: [benchDataset],
  permissions: { 'bench.import': { description: 'Benchmark import', allow: ['platform-administrator'] } },
};

/** The CSV file: a header and `n` rows, written as a stream. */
async function writeCsv(file: string, n: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const base = Date.UTC(2024, 0, 1);
  async function* lines() {
    yield `${COLUMNS.join(',')}\n`;
    let chunk = '';
    for (let id = 1; id <= n; id++) {
      const day = new Date(base + (id % 3650) * 86_400_000).toISOString().slice(0, 10);
      chunk += `${id},C-${(id * 7919) % 1_000_003},"Record number ${id}, ${REGIONS[id % 8]}",${((id * 104729) % 100_000_000) / 100},${REGIONS[id % 8]},${day},${new Date(base + id * 1000).toISOString()}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(lines, out);
  return fs.statSync(file).size;
}

/** Peak resident memory (VmHWM) of this process, MiB; `reset` starts a new peak (Linux). */
function peakRss(reset = false): number {
  if (reset) {
    try {
      fs.writeFileSync('/proc/self/clear_refs', '5');
    } catch {}
  }
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function bareCopyServer(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table bench_import_bare (${TABLE_COLUMNS})`);
    const started = performance.now();
    await pipeline(
      fs.createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(
        copyFrom(`COPY bench_import_bare (${COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER)`),
      ),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

/** PGlite's own COPY of the file's bytes, in 4 MB chunks cut at line ends. */
async function bareCopyPglite(dir: string, file: string): Promise<number> {
  const db = await PGlite.create({ dataDir: dir });
  try {
    await db.exec(`create table bench_import_bare (${TABLE_COLUMNS})`);
    const started = performance.now();
    const statement = `COPY bench_import_bare (${COLUMNS.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
    let rest = Buffer.alloc(0);
    let header = true;
    const send = async (bytes: Buffer) => {
      if (bytes.length > 0) await db.query(statement, [], { blob: new Blob([bytes]) });
    };
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 })) {
      let data = Buffer.concat([rest, chunk as Buffer]);
      if (header) {
        data = data.subarray(data.indexOf(10) + 1);
        header = false;
      }
      const end = data.lastIndexOf(10) + 1;
      await send(data.subarray(0, end));
      rest = Buffer.from(data.subarray(end));
    }
    await send(rest);
    return (performance.now() - started) / 1000;
  } finally {
    await db.close();
  }
}

interface Timed {
  seconds: number;
  phases: Record<string, number>;
  peakMiB: number;
  report: Awaited<ReturnType<typeof importFile>>['report'];
}

export async function timedImport(ctx: ModuleContext, dataset: Dataset, file: string): Promise<Timed> {
  (globalThis as { gc?: () => void }).gc?.();
  peakRss(true);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const phases: Record<string, number> = {};
  let phaseStart = started;
  let current = 'sniff';
  const outcome = await importFile(ctx, dataset, file, {
    actor: systemActor('bench'),
    dryRun: false,
    fileName: path.basename(file),
    onPhase: (phase) => {
      const now = performance.now();
      phases[current] = (now - phaseStart) / 1000;
      current = phase;
      phaseStart = now;
    },
  });
  const ended = performance.now();
  phases[current] = (ended - phaseStart) / 1000;
  clearInterval(sampler);
  if (outcome.status !== 'succeeded')
    throw new Error(`import failed: ${JSON.stringify(outcome.report.problems.slice(0, 3))}`);
  return {
    seconds: (ended - started) / 1000,
    phases,
    peakMiB: Math.max(peakRss(), peak / 2 ** 20),
    report: outcome.report,
  };
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('import', argv, { engine: 'postgres', rows: '1000000' }, process.stdout);
  const engine = bench.engine();
  const rows = bench.whole('rows', 1);
  const { say, machine, loadBefore } = bench;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-bench-import-'));
  const admin = engine === 'postgres' ? new pg.Client({ connectionString: bench.pgUrl }) : undefined;
  const dbName = `shilen_bench_import_${Date.now().toString(36)}`;
  try {
    const file = path.join(root, 'rows.csv');
    const generated = performance.now();
    const bytes = await writeCsv(file, rows);
    say(
      `CSV: ${rows.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB, written in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
    );

    let env: Record<string, string>;
    let url: string | undefined;
    if (admin) {
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      const u = new URL(bench.pgUrl);
      u.pathname = `/${dbName}`;
      url = u.toString();
      env = { DATABASE_URL: url };
      const [version] = (await admin.query('show server_version')).rows as { server_version: string }[];
      machine.postgres = version?.server_version;
    } else env = { SHILEN_DATA_DIR: path.join(root, 'shilen') };
    const config = loadConfig({ ...env, LOG_LEVEL: 'warn', SHILEN_DEMO: 'false' });
    const db = await openDatabase(config);
    const all = [...modules, benchModule];
    const ctx = moduleContext({
      config,
      db,
      log: { info() {}, warn() {}, error() {} } as unknown as ModuleContext['log'],
    });
    try {
      await prepareDatabase(ctx, all);
      await db.exec(`create table bench_import_rows (${TABLE_COLUMNS})`);
      for (const m of all) if (m.permissions) registerPermissions(m.permissions);
      const dataset = datasetsOf([benchModule])[0] as Dataset;

      // On PGlite the bare COPY's own embedded database stays in this process's memory after it
      // closes (WebAssembly memory does not shrink), so there it runs after the import.
      const bareCopy = async () => {
        say('bare COPY…');
        const seconds = url
          ? await bareCopyServer(url, file)
          : await bareCopyPglite(path.join(root, 'bare'), file);
        say(`  ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
        return seconds;
      };
      let bare = url ? await bareCopy() : 0;
      const baselineMiB = process.memoryUsage().rss / 2 ** 20;
      say(`import… (RSS before: ${baselineMiB.toFixed(0)} MiB)`);
      const first = await timedImport(ctx, dataset, file);
      say(
        `  ${first.seconds.toFixed(1)} s, ${Math.round(rows / first.seconds).toLocaleString('en')} rows/s, peak RSS ${first.peakMiB.toFixed(0)} MiB, ${JSON.stringify(first.phases)}`,
      );
      // A first load's change history is one batch, written into record_versions afterwards by
      // its job (the portal's worker runs it within seconds); timed here as the worker would run it.
      say('change history written by its job…');
      const historyStarted = performance.now();
      await runDueJobs({ ctx, handlers: platformJobHandlers(ctx) });
      const historySeconds = (performance.now() - historyStarted) / 1000;
      const [pending] = await db.query<{ n: number }>(
        sql`select count(*) as n from record_version_batches where dataset = 'bench-import' and written_at is null`,
      );
      if (Number(pending?.n) !== 0) throw new Error('the history job left its batch unwritten');
      say(`  ${historySeconds.toFixed(1)} s`);
      say('the same file again…');
      const again = await timedImport(ctx, dataset, file);
      say(
        `  ${again.seconds.toFixed(1)} s, ${again.report.added} added, ${again.report.changed} changed, ${again.report.unchanged} unchanged`,
      );
      if (!url) bare = await bareCopy();
      const [count] = await db.query<{ n: number }>(sql`select count(*) as n from bench_import_rows`);
      const [versions] = await db.query<{ n: number }>(
        sql`select count(*) as n from record_versions where dataset = 'bench-import'`,
      );
      const loadAfter = loadAverage();
      const ratio = bare / first.seconds;
      const rssTarget = engine === 'postgres' ? ' (target < 300 MB)' : '';
      const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
      const phase = (t: Timed) =>
        Object.entries(t.phases)
          .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
          .join(', ');
      const markdown = `### Import of a ${rows.toLocaleString('en')}-row CSV — ${engine}

Measured ${bench.date} UTC with \`npm run bench -- import --engine ${engine} --rows ${rows}\`

- Machine: ${machineLine(machine)}
- Code: ${machine.revision}
- Load average (1 min) of the machine: ${loadBefore} before the run, ${loadAfter} after${loadBefore > 1 ? ' — other work was running; figures are under load' : ''}
- File: ${rows.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB of UTF-8 CSV, seven typed columns (integer key, two texts, numeric, a code list, date, timestamp); dataset \`bench-import\` of the benchmark's own (a million public bodies is not a realistic directory)
- Import: \`importFile\` (src/platform/imports) into an empty table with a primary key, the first load (\`first-load.ts\`): sniff, the file's bytes by COPY straight into the dataset's table while JavaScript scans them (record structure, every typed cell's spelling), one statement checking code lists, lengths and empty values, the change history as one batch standing for a version of every row, audit entry, import history, one transaction. Timed to its commit.
- Change history: the batch's ${Number(versions?.n).toLocaleString('en')} versions written into \`record_versions\` afterwards by the \`datasets.write-versions\` job, as the portal's worker runs it: ${historySeconds.toFixed(1)} s (readers take the versions from the rows until then)
- Bare COPY: ${engine === 'postgres' ? 'the file streamed by `COPY … FROM STDIN (FORMAT csv, HEADER)` into a table with the same columns and primary key, in the same database' : 'PGlite’s own COPY of the same bytes (4 MB chunks cut at line ends) into a table with the same columns and primary key, in a second data folder'}

The process held ${baselineMiB.toFixed(0)} MiB before the import (Node, every module's code, the ${engine === 'postgres' ? 'driver' : 'embedded database'}); the import's peak is ${(first.peakMiB - baselineMiB).toFixed(0)} MiB above that.

**Import ${Math.round(rows / first.seconds).toLocaleString('en')} rows/s = ${(ratio * 100).toFixed(0)} % of the bare COPY's ${Math.round(rows / bare).toLocaleString('en')} rows/s (target ≥ 50 %: ${met(ratio >= 0.5)}); peak RSS ${first.peakMiB.toFixed(0)} MiB${rssTarget}${engine === 'postgres' ? `: ${met(first.peakMiB < 300)}` : ' (the embedded database’s memory is in the process)'}**

| run | seconds | rows/s | added | changed | unchanged | peak RSS MiB | phases |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| bare COPY | ${bare.toFixed(1)} | ${Math.round(rows / bare).toLocaleString('en')} | | | | | |
| import | ${first.seconds.toFixed(1)} | ${Math.round(rows / first.seconds).toLocaleString('en')} | ${first.report.added.toLocaleString('en')} | ${first.report.changed} | ${first.report.unchanged} | ${first.peakMiB.toFixed(0)} | ${phase(first)} |
| change history (job, after the commit) | ${historySeconds.toFixed(1)} | ${Math.round(rows / historySeconds).toLocaleString('en')} | | | | | |
| same file again (staged: diff of every row) | ${again.seconds.toFixed(1)} | ${Math.round(rows / again.seconds).toLocaleString('en')} | ${again.report.added} | ${again.report.changed} | ${again.report.unchanged.toLocaleString('en')} | ${again.peakMiB.toFixed(0)} | ${phase(again)} |

Rows in the table afterwards: ${Number(count?.n).toLocaleString('en')}.
`;
      bench.publish(`import/${engine}`, markdown);
    } finally {
      await db.close();
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    }
  }
}
