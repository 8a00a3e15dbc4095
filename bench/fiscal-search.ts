/**
 * Transaction search at national scale, on the PostgreSQL server:
 *
 *   npm run bench -- fiscal-search --rows 10000000
 *   npm run bench -- fiscal-search --rows 1000000 --samples 40 --keep
 *   npm run bench -- fiscal-search --database-url postgres://…/shilen_bench_x   # rows already there
 *
 * `searchTransactions` (src/modules/fiscal/transactions/search.ts: the list's filters, the rows with
 * the payer's and payee's names, keyset order, 50 rows) against the bare indexed query of the same
 * filter (one hand-written `select … from fiscal_transactions where … order by … limit 51`), taking
 * turns in the same run, --samples times each after a warm-up; the target is the search's p95
 * within 1.5 times the bare query's. --rows transactions (default 10,000,000) are written by SQL
 * (bench/lib/fiscal-transactions-data.ts) into a fresh database, dropped at the end unless --keep.
 */
import { countryPackFor } from '../src/country/index.ts';
import { writeFiscalSettings } from '../src/modules/fiscal/datasets/shared.ts';
import { complianceByBody } from '../src/modules/fiscal/transactions/compliance.ts';
import { searchTransactions } from '../src/modules/fiscal/transactions/search.ts';
import {
  splitGroups,
  splittingRule,
  thresholdFigures,
} from '../src/modules/fiscal/transactions/splitting.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import { type SqlQuery, sql } from '../src/platform/db/sql.ts';
import { benchCommand, parseOptions, wholeOption } from './lib/args.ts';
import { prepareData } from './lib/engine.ts';
import { loadSyntheticTransactions } from './lib/fiscal-transactions-data.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { writeDocsMarkdown } from './lib/report.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const ms = (v: number) => v.toFixed(2);
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Case {
  /** The API's query string. */
  query: Record<string, string>;
  sort?: string;
  /** The same filter written by hand on the table, and its order. */
  bare: (pick: Picks) => { where: SqlQuery; order: SqlQuery };
}

interface Picks {
  payer: { id: number; slug: string };
  payee: number;
}

const byDate = sql`order by paid_on desc, id desc`;
const byAmount = sql`order by amount_mnt desc, id desc`;
const cases = (p: Picks): Case[] => [
  { query: {}, bare: () => ({ where: sql`true`, order: byDate }) },
  { query: { year: '2024' }, bare: () => ({ where: sql`fiscal_year = 2024`, order: byDate }) },
  {
    query: { payer: p.payer.slug, year: '2023' },
    bare: () => ({ where: sql`organization_id = ${p.payer.id} and fiscal_year = 2023`, order: byDate }),
  },
  {
    query: { payee: String(p.payee) },
    bare: () => ({ where: sql`payee_root_id = ${p.payee}`, order: byDate }),
  },
  {
    query: { payee: 'individual', year: '2022' },
    bare: () => ({ where: sql`payee_kind = 'individual' and fiscal_year = 2022`, order: byDate }),
  },
  {
    query: { min: '4000000', max: '5000000' },
    sort: '-amount',
    bare: () => ({
      where: sql`amount_mnt >= 4000000 and amount_mnt <= 5000000`,
      order: byAmount,
    }),
  },
  {
    query: { from: '2024-03-01', to: '2024-03-31' },
    bare: () => ({ where: sql`paid_on >= '2024-03-01' and paid_on <= '2024-03-31'`, order: byDate }),
  },
  {
    query: { functional: '07.3', year: '2025' },
    bare: () => ({ where: sql`functional_code = '07.3' and fiscal_year = 2025`, order: byDate }),
  },
  { query: { economic: '22' }, bare: () => ({ where: sql`economic_code = '22'`, order: byDate }) },
  { query: { aimag: '65' }, bare: () => ({ where: sql`aimag_code = '65'`, order: byDate }) },
  {
    query: { q: 'түлш нийлүүлэлт №41' },
    bare: () => ({ where: sql`mn_lower(purpose) like mn_lower('%түлш нийлүүлэлт №41%')`, order: byDate }),
  },
  { query: { ocid: '1' }, bare: () => ({ where: sql`ocid is not null`, order: byDate }) },
  {
    query: { threshold: 'above' },
    sort: '-amount',
    bare: () => ({ where: sql`amount_mnt > 5000000`, order: byAmount }),
  },
];

async function time(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function measure(db: Queryable, samples: number, warmup: number) {
  const [payer] = await db.query<{ id: number; slug: string }>(sql`
    select o.id, o.slug from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id
    order by o.id limit 1`);
  const [payee] = await db.query<{ id: number }>(sql`
    select id from legal_entities where scheme = 'XB-BENCH' order by id offset 100 limit 1`);
  const picks: Picks = { payer: payer!, payee: payee!.id };
  const results = [];
  for (const c of cases(picks)) {
    const bare = c.bare(picks);
    const bareQuery = sql`select * from fiscal_transactions where ${bare.where} ${bare.order} limit 51`;
    // The same question with the names the search gives, written by hand: the search's own overhead.
    const namedQuery = sql`select d.*, o.slug, o.name_mn, o.name_en, coalesce(e.name_mn, e.name_en) as payee_name
      from (${bareQuery}) d join organizations o on o.id = d.organization_id
      left join legal_entities e on e.id = d.payee_entity_id
      ${bare.order === byAmount ? sql`order by d.amount_mnt desc, d.id desc` : sql`order by d.paid_on desc, d.id desc`}`;
    const search = () => searchTransactions(db, { filters: c.query, sort: c.sort ?? '-date', limit: 50 });
    const planText = (await db.query<{ 'QUERY PLAN': string }>(sql`explain ${bareQuery}`))
      .map((l) => l['QUERY PLAN'])
      .join('\n');
    const index = [
      ...planText.matchAll(/(?:Index|Index Only|Bitmap Index) Scan(?: Backward)? (?:using|on) (\w+)/g),
    ]
      .map((m) => m[1])
      .join(', ');
    for (let i = 0; i < warmup; i++) {
      await search();
      await db.query(bareQuery);
    }
    const a: number[] = [];
    const b: number[] = [];
    const n: number[] = [];
    const runs: [number[], () => Promise<unknown>][] = [
      [a, search],
      [b, () => db.query(bareQuery)],
      [n, () => db.query(namedQuery)],
    ];
    for (let i = 0; i < samples; i++) {
      // Each in turn first, so that none always runs on the warmest cache.
      for (let j = 0; j < runs.length; j++) {
        const [into, run] = runs[(i + j) % runs.length]!;
        into.push(await time(run));
      }
    }
    const row = {
      query: new URLSearchParams({ ...c.query, ...(c.sort ? { sort: c.sort } : {}) }).toString() || '(none)',
      index: index || 'sequential',
      search: { p50: percentile(a, 50), p95: percentile(a, 95) },
      bare: { p50: percentile(b, 50), p95: percentile(b, 95) },
      named: { p50: percentile(n, 50), p95: percentile(n, 95) },
    };
    say(
      `${row.query}: search p95 ${ms(row.search.p95)} ms, bare p95 ${ms(row.bare.p95)} ms (${(row.search.p95 / row.bare.p95).toFixed(2)}×) via ${row.index}`,
    );
    results.push(row);
  }
  return results;
}

/** The year-wide views (splitting, what if, compliance) over one fiscal year: the median of three runs. */
async function yearViews(db: Queryable, year: number) {
  const pack = countryPackFor('mn').fiscal;
  const ga = pack.glassAccount;
  const views: [string, () => Promise<unknown[]>][] = [
    ['`splitGroups` (the splitting flag over a year)', () => splitGroups(db, splittingRule(pack), { year })],
    [
      '`splitGroups` at the proposed threshold',
      () => splitGroups(db, splittingRule(pack, ga.proposedThreshold), { year }),
    ],
    [
      '`thresholdFigures` (the what-if table)',
      () => thresholdFigures(db, { current: ga.threshold, proposed: ga.proposedThreshold }, year),
    ],
    [
      '`complianceByBody` (the compliance table)',
      () => complianceByBody(db, { threshold: ga.threshold, publicationDays: ga.publicationDays }, year),
    ],
  ];
  const out = [];
  for (const [name, run] of views) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      rows = (await run()).length;
      times.push(performance.now() - t);
    }
    out.push({ name, ms: percentile(times, 50), rows });
    say(`${name}: ${ms(percentile(times, 50))} ms, ${rows} rows`);
  }
  return out;
}

export default async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, {
    rows: '10000000',
    samples: '40',
    warmup: '3',
    keep: false,
    'database-url': undefined,
  });
  const rows = wholeOption(values, 'rows', 1);
  const samples = wholeOption(values, 'samples', 5);
  const warmup = wholeOption(values, 'warmup', 0);
  const load = loadAverage();
  let url = values['database-url'] as string | undefined;
  let loaded = `${rows.toLocaleString('en-US')} transactions already in the database`;
  let cleanup = async () => {};
  if (!url) {
    say(`loading ${rows.toLocaleString('en-US')} transactions...`);
    const data = await prepareData('postgres', String(values['pg-url']), (db) =>
      loadSyntheticTransactions(db, rows, say),
    );
    url = data.shilenEnv.DATABASE_URL!;
    loaded = data.loaded;
    if (values.keep) say(`keeping ${url}`);
    else cleanup = () => data.cleanup();
  }
  try {
    const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '2' });
    const db = await openDatabase(config);
    await writeFiscalSettings(db, countryPackFor('mn'));
    const [count] = await db.query<{ n: number }>(sql`select count(*)::int as n from fiscal_transactions`);
    const results = await measure(db, samples, warmup);
    const views = await yearViews(db, 2024);
    await db.close();
    const worst = Math.max(...results.map((r) => r.search.p95 / r.bare.p95));
    const worstNamed = Math.max(...results.map((r) => r.search.p95 / r.named.p95));
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${benchCommand('fiscal-search', argv)}\``,
      '',
      `### Transaction search — ${count!.n.toLocaleString('en-US')} transactions, postgres`,
      '',
      `- ${machineLine(describeMachine())}; load average ${load} before, ${loadAverage()} after`,
      `- Data: ${loaded}`,
      `- Measured: \`searchTransactions\` (the list's conditions on the rows with payer and payee names, keyset order, 50 rows) and the bare indexed query of the same filter on \`fiscal_transactions\` (51 rows), taking turns, ${samples} times each after ${warmup} warm-up runs, in one process (postgres.js, pool 2)`,
      '',
      '| filter | bare query’s index | search p50 ms | search p95 ms | bare p50 ms | bare p95 ms | p95 ratio | bare with names p50 ms | p95 ms | p95 ratio |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| \`${r.query}\` | ${r.index} | ${ms(r.search.p50)} | ${ms(r.search.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.search.p95 / r.bare.p95).toFixed(2)} | ${ms(r.named.p50)} | ${ms(r.named.p95)} | ${(r.search.p95 / r.named.p95).toFixed(2)} |`,
      ),
      '',
      `**Worst p95 ratio against the bare query of the table ${worst.toFixed(2)} (target ≤ 1.5: ${worst <= 1.5 ? 'met' : 'NOT met'}); against the bare query with the same names ${worstNamed.toFixed(2)} (${worstNamed <= 1.5 ? 'met' : 'NOT met'})**`,
      '',
      'The year-wide views over fiscal year 2024 (no target; the median of three runs):',
      '',
      '| view | ms | rows |',
      '| --- | ---: | ---: |',
      ...views.map((v) => `| ${v.name} | ${ms(v.ms)} | ${v.rows} |`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!values['no-docs']) writeDocsMarkdown(`fiscal-search/${count!.n}`, `${lines.join('\n')}\n`);
  } finally {
    await cleanup();
  }
}
