/**
 * Benchmark: the aggregate API over 10,000,000 transactions (issue 18). Two-level drill-downs over
 * every pair of year, administrative, functional, economic, funding and aimag, each cut by year
 * and by one other dimension, answered by the aggregate API's query function (parse, then the
 * two-step aggregate over the pre-aggregated totals with labels joined; no HTTP) against the same
 * question put to the transactions table as a bare GROUP BY, in the same run, with equal results
 * checked. Target: the API at least 20× faster at the 95th percentile.
 *
 *   npm run bench -- fiscal-aggregate [--rows 10000000] [--rounds 3] [--batch 500000] [--keep]
 *
 * A fresh database is made on the PostgreSQL server (--pg-url) as `npm start` makes one
 * (migrations, seeds, demo data; dropped after unless --keep). The transactions are generated in
 * SQL (generate_series, a fixed seed per batch) in batches of --batch rows: 100 reporting bodies
 * (the registry's, and local governments of the aimags added to reach 100), each spending on its
 * own function and a fifth of the time on a second one, a local body in its aimag and a central one
 * mostly in the capital; a skew towards the big spenders; the common GFSM expense codes; four
 * funding sources; 22 aimags; three fiscal years. The totals are kept by the triggers as the rows
 * arrive, as in production; the secondary indexes of the transactions are built after the load.
 */
import { transactionsCube } from '../src/modules/fiscal/cubes/declarations.ts';
import { parseAggregateRequest } from '../src/modules/fiscal/cubes/parse.ts';
import { aggregate } from '../src/modules/fiscal/cubes/query.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { sql } from '../src/platform/db/sql.ts';
import { percentile, startBench } from './lib/harness.ts';

const TARGET = 20;
const YEARS = [2023, 2024, 2025];
const ECONOMIC = ['22', '22', '22', '211', '212', '26', '27', '28', '311', '311', '312'];
const FUNDING = ['state', 'state', 'state', 'state', 'local', 'local', 'foreign-loan', 'own-revenue'];
/** The bench's dimensions: the API ref and the facts' column. */
const DIMENSIONS: Record<string, string> = {
  year: 'fiscal_year',
  administrative: 'organization_id',
  functional: 'functional_code',
  economic: 'economic_code',
  funding: 'funding_code',
  aimag: 'aimag_code',
};

/** Bodies: the reporting bodies of the registry, and local governments of the aimags up to 100. */
async function makeBodies(db: Database): Promise<void> {
  await db.exec(`
    insert into organizations (slug, name_mn, name_en, kind, admin_unit_code)
    select 'bench-' || u.code || '-' || n, u.name_mn || ' ' || n, u.name_en || ' ' || n, 'local-government', u.code
    from admin_units u cross join generate_series(1, 3) n
    where u.kind in ('aimag', 'capital')
    order by u.code, n
    limit greatest(0, 100 - (select count(*) from fiscal_reporting_bodies));
    insert into fiscal_reporting_bodies (organization_id, basis)
    select id, 'public-body' from organizations where slug like 'bench-%' on conflict do nothing;
    create table bench_bodies as
    select (row_number() over (order by o.id) - 1)::int as i, o.id as organization_id,
      coalesce(au.parent_code, o.admin_unit_code) as aimag, o.kind = 'local-government' as local,
      (select array_agg(code order by code) from fiscal_code_tree where scheme = 'functional' and parent is not null) as functions
    from fiscal_reporting_bodies r join organizations o on o.id = r.organization_id
    left join admin_units au on au.code = o.admin_unit_code and au.kind in ('soum', 'district');
    create table bench_aimags as
    select (row_number() over (order by code) - 1)::int as i, code from admin_units where kind in ('aimag', 'capital');`);
}

/** One batch of transactions, generated in SQL. */
async function insertBatch(db: Database, from: number, to: number): Promise<void> {
  const list = (values: readonly (string | number)[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;
  // A seed per batch, in the batch's own session: the same rows at every run.
  await db.exec(`select setseed(${(from / 1e9).toFixed(9)});
    insert into fiscal_transactions (ref, organization_id, fiscal_year, paid_on, kind, payee_kind, payee_name,
      amount, currency, purpose, functional_code, economic_code, funding_code, aimag_code)
    select 'B' || s.g, b.organization_id, s.y, make_date(s.y, 1, 1) + (s.r4 * 364)::int, 'payment',
      case when s.r6 < 0.2 then 'individual' else 'entity' end,
      case when s.r6 < 0.2 then null else 'Bench supplier ' || (s.r6 * 5000)::int end,
      round((exp(11.5 + s.r5 * 8))::numeric, 2), 'MNT', 'bench',
      -- Each body spends on its own function, and a fifth of the time on a second one.
      b.functions[1 + ((b.i * 7 + case when s.r3 < 0.8 then 0 else 1 end) % array_length(b.functions, 1))],
      (${list(ECONOMIC)})[1 + (s.r2 * ${ECONOMIC.length})::int % ${ECONOMIC.length}],
      (${list(FUNDING)})[1 + (s.r8 * ${FUNDING.length})::int % ${FUNDING.length}],
      -- A local body pays in its aimag; a central one mostly in the capital, else anywhere.
      case when b.local then b.aimag when s.r7 < 0.7 then '11'
        else (select code from bench_aimags a where a.i = (power(s.r7, 2) * 22)::int % 22) end
    from (
      select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
        random() as r7, random() as r8, (${list(YEARS)}::int[])[1 + (g % ${YEARS.length})] as y
      from generate_series(${from}, ${to - 1}) g
    ) s
    join bench_bodies b on b.i = (power(s.r1, 1.6) * (select count(*) from bench_bodies))::int % (select count(*) from bench_bodies)`);
}

/** Median, 95th percentile and mean of the times, in milliseconds. */
function summarise(times: readonly number[]) {
  const ascending = times.toSorted((x, y) => x - y);
  const mean = ascending.reduce((total, t) => total + t, 0) / ascending.length;
  return { p50: percentile(ascending, 50), p95: percentile(ascending, 95), mean };
}
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('fiscal-aggregate', argv, {
    rows: '10000000',
    rounds: '3',
    batch: '500000',
    keep: false,
  });
  const rows = bench.whole('rows', 1000);
  const rounds = bench.whole('rounds', 1);
  const batch = bench.whole('batch', 1000);
  const keep = bench.values.keep === true;
  let loadSeconds = 0;
  // A fresh database migrated, seeded and given the demo data as `npm start` would, then the load.
  const data = await bench.prepare('postgres', async (db) => {
    await makeBodies(db);
    // The secondary indexes are built once after the load, as the migration defines them.
    const indexes = await db.query<{ name: string; definition: string }>(sql`
      select indexname as name, indexdef as definition from pg_indexes
      where tablename = 'fiscal_transactions' and indexdef not like 'CREATE UNIQUE%'`);
    for (const index of indexes) await db.exec(`drop index ${index.name}`);
    const t0 = performance.now();
    for (let from = 0; from < rows; from += batch) {
      await insertBatch(db, from, Math.min(rows, from + batch));
      const done = Math.min(rows, from + batch).toLocaleString('en');
      bench.say(`  ${done} transactions (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    for (const index of indexes) await db.exec(index.definition);
    loadSeconds = (performance.now() - t0) / 1000;
    await db.exec('vacuum analyze fiscal_transactions');
    await db.exec('vacuum analyze fiscal_transaction_totals');
    return `${rows.toLocaleString('en')} transactions in ${loadSeconds.toFixed(0)} s`;
  });
  const db = await openPostgres(data.bare.databaseUrl!, { max: 2 });
  try {
    const [sizes] = await db.query<{ facts: number; groups: number; bodies: number }>(sql`
      select (select count(*) from fiscal_transactions)::int as facts, (select count(*) from fiscal_transaction_totals)::int as groups,
        (select count(*) from bench_bodies)::int as bodies`);
    bench.say(
      `  ${sizes?.facts} transactions, ${sizes?.groups} groups in the totals, ${sizes?.bodies} bodies`,
    );

    // A popular value of each dimension, for the cuts (the body with most transactions, and so on).
    const popular: Record<string, { api: string; bare: unknown }> = {};
    for (const [dim, column] of Object.entries(DIMENSIONS)) {
      if (dim === 'year') continue;
      const [top] = await db.query<{ v: string }>(
        sql`select ${sql.id(column)}::text as v from fiscal_transaction_totals where fiscal_year = 2025
          group by 1 order by sum(n) desc limit 1`,
      );
      const slug =
        dim === 'administrative'
          ? (
              await db.query<{ slug: string }>(
                sql`select slug from organizations where id = ${Number(top!.v)}`,
              )
            )[0]!.slug
          : top!.v;
      popular[dim] = { api: `"${slug}"`, bare: dim === 'administrative' ? Number(top!.v) : top!.v };
    }
    const names = Object.keys(DIMENSIONS);
    const questions: { drill: [string, string]; cut: string }[] = [];
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const others = names.filter((n) => n !== 'year' && n !== names[i] && n !== names[j]);
        for (const cut of others.slice(0, 2)) questions.push({ drill: [names[i]!, names[j]!], cut });
      }
    const slugOf = new Map(
      (await db.query<{ id: number; slug: string }>(sql`select id, slug from organizations`)).map((r) => [
        r.slug,
        String(r.id),
      ]),
    );
    const api = async (q: (typeof questions)[number]) => {
      const request = parseAggregateRequest(
        transactionsCube,
        {
          drilldown: q.drill.join('|'),
          cut: `year:2025|${q.cut}:${popular[q.cut]!.api}`,
          pagesize: '10000',
          page: '0',
        },
        'en',
      );
      return aggregate(db, transactionsCube, request);
    };
    const bare = (q: (typeof questions)[number]) =>
      db.query<{ a: string | null; b: string | null; s: string; n: number }>(sql`
        select ${sql.id(DIMENSIONS[q.drill[0]]!)}::text as a, ${sql.id(DIMENSIONS[q.drill[1]]!)}::text as b,
          sum(amount_mnt) as s, count(*)::int as n
        from fiscal_transactions where fiscal_year = 2025 and ${sql.id(DIMENSIONS[q.cut]!)} = ${popular[q.cut]!.bare}
        group by 1, 2`);
    const keyOf = (dim: string, cell: Record<string, unknown>) => {
      const v = dim === 'year' ? cell['year.year'] : cell[`${dim}.code`];
      return v === null || v === undefined
        ? null
        : dim === 'administrative'
          ? slugOf.get(String(v))!
          : String(v);
    };

    const rssBefore = process.memoryUsage().rss;
    await api(questions[0]!);
    await bare(questions[0]!);
    const apiTimes: number[] = [];
    const bareTimes: number[] = [];
    let equal = 0;
    let source = '';
    for (const [k, q] of questions.entries()) {
      const s = performance.now();
      const expected = await bare(q);
      bareTimes.push(performance.now() - s);
      let answer: Awaited<ReturnType<typeof api>> | undefined;
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        answer = await api(q);
        apiTimes.push(performance.now() - t);
      }
      source = answer!.source;
      const got = answer!.cells
        .map((c) => `${keyOf(q.drill[0], c)}|${keyOf(q.drill[1], c)}|${c['amount.sum']}|${c._count}`)
        .sort();
      const want = expected.map((r) => `${r.a}|${r.b}|${Number(r.s)}|${r.n}`).sort();
      if (JSON.stringify(got) === JSON.stringify(want)) equal++;
      else
        bench.say(
          `  NOT EQUAL: ${q.drill.join('|')} cut ${q.cut}: ${got.length} cells against ${want.length} rows`,
        );
      bench.say(
        `  ${k + 1}/${questions.length} ${q.drill.join('|')} cut year, ${q.cut}: bare ${ms(bareTimes.at(-1)!)} ms, API ${ms(apiTimes.at(-1)!)} ms`,
      );
    }
    const rssAfter = process.memoryUsage().rss;
    const a = summarise(apiTimes);
    const b = summarise(bareTimes);
    const ratio = b.p95 / a.p95;
    const lines = [
      `### Fiscal aggregate API — ${rows.toLocaleString('en')} transactions, PostgreSQL`,
      '',
      bench.measured,
      '',
      ...bench.machineLines(),
      `- PostgreSQL ${bench.machine.postgres}; ${sizes?.facts.toLocaleString('en')} transactions of ${sizes?.bodies} bodies over ${YEARS.join(', ')} generated in SQL in ${loadSeconds.toFixed(0)} s (batches of ${batch.toLocaleString('en')}, the totals' triggers on, the secondary indexes built after); ${sizes?.groups.toLocaleString('en')} groups in \`fiscal_transaction_totals\``,
      `- ${questions.length} questions: every pair of ${names.join(', ')} drilled down, cut by year 2025 and by the most frequent value of another dimension; the API (its query function: parse, then the aggregate, read from the ${source}) ${rounds} times each, the bare GROUP BY once each`,
      `- Equal results (every cell's keys, sum and count): ${equal}/${questions.length}`,
      `- Memory (RSS of the benchmark's process): ${mb(rssBefore)} before the questions, ${mb(rssAfter)} after`,
      '',
      '| | p50 ms | p95 ms | mean ms |',
      '| --- | ---: | ---: | ---: |',
      `| aggregate API query function | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.mean)} |`,
      `| bare \`GROUP BY\` on \`fiscal_transactions\` | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.mean)} |`,
      '',
      `**The API is ${ratio.toFixed(0)}× faster than the bare GROUP BY at the 95th percentile (target ≥ ${TARGET}×: ${ratio >= TARGET && equal === questions.length ? 'met' : 'not met'}).**`,
      '',
    ];
    bench.publish(`fiscal-aggregate/${rows}`, lines.join('\n'));
  } finally {
    await db.close();
    if (keep) bench.say(`  kept the database: ${data.where}`);
    else await data.cleanup();
  }
}
