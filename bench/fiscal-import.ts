/**
 * Benchmark: importing a CSV file of 1,000,000 glass-account transactions through the platform's
 * import pipeline (`shilen import fiscal-transactions FILE`: every code checked against the
 * classification of its year, the SQL rules, the merge, its change history, rates and payees set
 * after the merge) against a bare COPY of the same file into a bare table of the same columns and
 * primary key, in the same run on the PostgreSQL server. Then, optionally, a second file of as many
 * new transactions appended to the table that already holds the first.
 *
 *   npm run bench -- fiscal-import --rows 1000000
 *   npm run bench -- fiscal-import --rows 1000000 --append
 *
 * Options: --rows N (default 1,000,000), --append (also the second file), --pg-url URL (server where
 * a fresh database is made and dropped), --no-docs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { modules } from '../src/modules/index.ts';
import { registerPermissions } from '../src/platform/auth/permissions.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Dataset, datasetsOf } from '../src/platform/datasets/dataset.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import { sql } from '../src/platform/db/sql.ts';
import { type ModuleContext, moduleContext } from '../src/platform/module.ts';
import { prepareDatabase } from '../src/platform/setup.ts';
import { timedImport } from './import.ts';
import { startBench } from './lib/harness.ts';
import { loadAverage, machineLine } from './lib/machine.ts';

const HEADER = [
  'ref',
  'body',
  'fiscal_year',
  'paid_on',
  'published_on',
  'kind',
  'payee_kind',
  'payee_identifier',
  'payee_name',
  'amount',
  'currency',
  'purpose',
  'budget_line_ref',
  'functional_code',
  'economic_code',
  'programme_code',
  'funding_code',
];
/** The bare table: the file's columns, typed as the dataset's table types them, and its key. */
const BARE = `ref text primary key, body text not null, fiscal_year integer not null, paid_on date not null,
  published_on date, kind text not null, payee_kind text not null, payee_identifier text, payee_name text,
  amount numeric(18, 2) not null, currency text not null, purpose text not null, budget_line_ref text,
  functional_code text, economic_code text not null, programme_code text, funding_code text not null`;

const STEMS = ['Алтан', 'Мөнх', 'Хангай', 'Говь', 'Тэнгэр', 'Сүлд', 'Оргил', 'Гэрэлт', 'Өлзий', 'Түмэн'];
const TRADES = [
  'Трейд',
  'Билд',
  'Сервис',
  'Фарм',
  'Түлш',
  'Логистик',
  'Медикал',
  'Хүнс',
  'Групп',
  'Технологи',
];

/** `n` transactions from `first`: bodies and their lines in turn, 2,000 companies, a tenth to individuals, 1 % in dollars. */
async function writeCsv(
  file: string,
  first: number,
  n: number,
  lines: readonly { body: string; ref: string }[],
) {
  const base = Date.UTC(2025, 0, 6);
  async function* rows() {
    yield `${HEADER.join(',')}\n`;
    let chunk = '';
    for (let i = first; i < first + n; i++) {
      const line = lines[i % lines.length] as { body: string; ref: string };
      const day = new Date(base + ((i * 7) % 350) * 86_400_000).toISOString().slice(0, 10);
      const published =
        i % 20 === 0
          ? ''
          : new Date(base + (((i * 7) % 350) + (i % 9)) * 86_400_000).toISOString().slice(0, 10);
      const company = i % 2000;
      const individual = i % 10 === 3;
      const refund = i % 500 === 7;
      const dollars = !individual && !refund && i % 100 === 11;
      const amount = dollars
        ? (((i * 7919) % 5_000_000) / 100 + 1000).toFixed(2)
        : String(((i * 104729) % 900_000_000) + 200_000);
      chunk += `BX${String(i).padStart(8, '0')},${line.body},2025,${day},${published},${refund ? 'refund' : 'payment'},${individual ? 'individual' : 'entity'},${individual ? '' : String(5_000_000 + company * 997)},${individual ? '' : `${STEMS[company % 10]} ${TRADES[Math.floor(company / 10) % 10]} ${company} ХХК`},${refund ? `-${amount}` : amount},${dollars ? 'USD' : 'MNT'},Бараа үйлчилгээний төлбөр,${line.ref},07.3,22,P03,state\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(rows, fs.createWriteStream(file));
  return fs.statSync(file).size;
}

async function bareCopy(url: string, file: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table if not exists ${table} (${BARE})`);
    const started = performance.now();
    await pipeline(
      fs.createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`COPY ${table} (${HEADER.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER)`)),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench(
    'fiscal-import',
    argv,
    { engine: 'postgres', rows: '1000000', append: false },
    process.stdout,
  );
  const rows = bench.whole('rows', 1);
  const append = argv.includes('--append');
  const { say, machine, loadBefore } = bench;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-bench-fiscal-'));
  const admin = new pg.Client({ connectionString: bench.pgUrl });
  const dbName = `shilen_bench_fiscal_${Date.now().toString(36)}`;
  await admin.connect();
  try {
    await admin.query(`create database ${dbName}`);
    const u = new URL(bench.pgUrl);
    u.pathname = `/${dbName}`;
    const url = u.toString();
    machine.postgres = (
      (await admin.query('show server_version')).rows[0] as { server_version: string }
    ).server_version;
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn', SHILEN_DEMO: 'false' });
    const db = await openDatabase(config);
    const ctx = moduleContext({
      config,
      db,
      log: { info() {}, warn() {}, error() {} } as unknown as ModuleContext['log'],
    });
    try {
      await prepareDatabase(ctx, modules);
      for (const m of modules) if (m.permissions) registerPermissions(m.permissions);
      // The rates the dollar payments need, and five expenditure lines of 2025 for every reporting body.
      await modules.find((m) => m.name === 'exchange-rates')?.demo?.(ctx, modules);
      const lines = await db.query<{ body: string; ref: string }>(sql`
        insert into fiscal_budget_lines (ref, organization_id, fiscal_year, direction, name_mn, functional_code,
          economic_code, programme_code, funding_code, approved)
        select 'BB-' || o.slug || '-' || k, o.id, 2025, 'expenditure', 'Бараа, үйлчилгээ', '07.3', '22', 'P03', 'state', 1e9
        from fiscal_reporting_bodies b join organizations o on o.id = b.organization_id, generate_series(1, 5) k
        returning (select slug from organizations where id = organization_id) as body, ref`);
      const dataset = datasetsOf(modules).find((d) => d.id === 'fiscal-transactions') as Dataset;
      const file = path.join(root, 'transactions.csv');
      const bytes = await writeCsv(file, 0, rows, lines);
      say(`CSV: ${rows.toLocaleString('en')} transactions, ${(bytes / 2 ** 20).toFixed(0)} MiB`);
      say('bare COPY…');
      const bare = await bareCopy(url, file, 'fiscal_bench_bare');
      say(`  ${bare.toFixed(1)} s`);
      say('import…');
      const first = await timedImport(ctx, dataset, file);
      say(`  ${first.seconds.toFixed(1)} s ${JSON.stringify(first.phases)}`);
      const results = [{ run: 'into the empty table', bare, ...first }];
      if (append) {
        const second = path.join(root, 'more.csv');
        await writeCsv(second, rows, rows, lines);
        say('bare COPY of the second file, appended…');
        const bare2 = await bareCopy(url, second, 'fiscal_bench_bare');
        say('import of the second file, appended…');
        const more = await timedImport(ctx, dataset, second);
        say(`  ${more.seconds.toFixed(1)} s ${JSON.stringify(more.phases)}`);
        results.push({ run: `appended to ${rows.toLocaleString('en')}`, bare: bare2, ...more });
      }
      const [linked] = await db.query<{ n: number; usd: number }>(sql`
        select count(*) filter (where payee_entity_id is not null)::int as n,
          count(*) filter (where currency = 'USD' and rate > 1)::int as usd from fiscal_transactions`);
      const loadAfter = loadAverage();
      const met = (r: (typeof results)[number]) => (r.seconds <= 2 * r.bare ? 'met' : 'NOT met');
      const markdown = `### Import of ${rows.toLocaleString('en')} glass-account transactions — postgres

Measured ${bench.date} UTC with \`npm run bench -- fiscal-import --rows ${rows}${append ? ' --append' : ''}\`

- Machine: ${machineLine(machine)}
- Code: ${machine.revision}
- Load average (1 min) of the machine: ${loadBefore} before the run, ${loadAfter} after${loadBefore > 1 ? ' — other work was running; figures are under load' : ''}
- File: ${rows.toLocaleString('en')} transactions, ${(bytes / 2 ** 20).toFixed(0)} MiB of UTF-8 CSV, ${HEADER.length} columns (bodies by slug, 2,000 companies, a tenth to individuals, 1 % in US dollars, 0.2 % refunds)
- Import: \`importFile\` into dataset \`fiscal-transactions\` (the staged fast path: the body is looked up by its slug, so not the first load): COPY of the text, cast into staging, the five classification codes checked in their year (composite references), eleven SQL rules, the diff, the insert, a version of every row, then \`afterMerge\`: the rate of each dollar payment and every payee linked to the register (${Number(linked?.n).toLocaleString('en')} rows linked, ${Number(linked?.usd).toLocaleString('en')} converted)
- Bare COPY: the same file by \`COPY … FROM STDIN (FORMAT csv, HEADER)\` into a table of the same columns and primary key, same database

| run | bare COPY s | import s | import / COPY | target ≤ 2× | phases |
| --- | ---: | ---: | ---: | --- | --- |
${results
  .map(
    (r) =>
      `| ${r.run} | ${r.bare.toFixed(1)} | ${r.seconds.toFixed(1)} | ${(r.seconds / r.bare).toFixed(1)}× | ${met(r)} | ${Object.entries(
        r.phases,
      )
        .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
        .join(', ')} |`,
  )
  .join('\n')}
`;
      bench.publish('fiscal-import/postgres', markdown);
    } finally {
      await db.close();
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
  }
}
