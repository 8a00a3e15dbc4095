/**
 * Benchmark: the site search over 1,000,000 documents on the PostgreSQL server, measured on the
 * query function itself and through GET /api/v1/search under load (autocannon).
 *
 *   npm run bench -- search
 *   npm run bench -- search --records 100000 --duration 10 --no-docs
 *
 * Options: --records N (default 1000000), --rounds N (passes of the query mix on the function,
 * default 20), --connections 1,10 (one measured run each), --warmup S (default 5), --duration S
 * (default 20 per run),
 * --pool N (default 10), --pg-url URL, --no-docs. The fresh database is dropped afterwards.
 */
import autocannon, { type Options } from 'autocannon';
import { anonymous } from '../src/platform/auth/actor.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { sql } from '../src/platform/db/sql.ts';
import { documentVector } from '../src/platform/search/index-documents.ts';
import { search } from '../src/platform/search/query.ts';
import { startBench } from './lib/harness.ts';
import { startShilen } from './lib/server.ts';
import { COLUMNS, documentRows, verifyKeys, vocabularyWords } from './search-lib.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const TARGET_P95_MS = 50;

/** The fixed mix: each kind of search a reader makes, once per pass. */
const MIX: {
  label: string;
  q: string;
  module?: string;
  organization?: string;
  aimag?: string;
  year?: number;
}[] = [
  { label: 'Cyrillic name', q: 'Оюу Толгой' },
  { label: 'its Latin transliteration', q: 'Oyu Tolgoi' },
  { label: 'Cyrillic, very common', q: 'Улаанбаатар' },
  { label: 'Latin, very common', q: 'Ulaanbaatar' },
  { label: 'Latin variant spelling', q: 'Ulan Bator' },
  { label: 'Cyrillic typo', q: 'Сангийн яамм' },
  { label: 'Latin typo', q: 'Erdenes Tavan Tolgoy' },
  { label: 'Cyrillic phrase', q: 'гүүрийн барилга' },
  { label: 'English words', q: 'concrete bridge Khovd' },
  { label: 'company name', q: 'Хан Говь Майнинг' },
  { label: 'word + aimag filter', q: 'зэс', aimag: '46' },
  { label: 'words + year filter', q: 'school building', year: 2015 },
  { label: 'name + module filter', q: 'Oyu Tolgoi', module: 'extractives' },
  { label: 'words + organisation filter', q: 'төсвийн гүйцэтгэл', organization: 'ministry-of-finance' },
  { label: 'licence number', q: 'MV-12344' },
  { label: 'nothing matches', q: 'qwzx plorf' },
];

const pathOf = ({ label: _, ...query }: (typeof MIX)[number]) =>
  `/api/v1/search?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
};
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/**
 * Bulk load: COPY into an unlogged staging table, then one INSERT … SELECT per table (the
 * tsvector by the same `documentVector` as `indexDocuments`), without the GIN index and the
 * foreign-key triggers; then the index as the migration defines it.
 */
async function loadDocuments(db: Database, records: number): Promise<string> {
  const ids = (await db.query<{ id: number }>(sql`select id from organizations order by id`)).map(
    (r) => r.id,
  );
  verifyKeys(2000, ids);
  const started = performance.now();
  const [{ base }] = (await db.query(
    sql`select coalesce(max(id), 0)::int as base from search_documents`,
  )) as [{ base: number }];
  // The GIN indexes (the whole index and the sample's) are built after the load, as the
  // migrations define them.
  const indexes = await db.query<{ name: string; definition: string }>(
    sql`select indexname as name, indexdef as definition from pg_indexes
      where tablename = 'search_documents' and indexdef like '%USING gin%' order by indexname`,
  );
  await db.exec(`${indexes.map((i) => `drop index ${i.name};`).join('\n')}
    create unlogged table bench_search_staging (id bigint, ${COLUMNS.map((c) => `${c} ${c === 'organization_id' || c === 'year' ? 'bigint' : 'text'}`).join(', ')})`);
  const rows = function* () {
    let n = base;
    for (const row of documentRows(records, ids)) yield [++n, ...row];
  };
  await db.copyInto('bench_search_staging', ['id', ...COLUMNS], rows());
  const copied = performance.now();
  await db.transaction(async (tx) => {
    await tx.query(sql`set local session_replication_role = replica`);
    await tx.query(sql`insert into search_documents (id, module, kind, key, organization_id, admin_unit_code, year,
        restricted_action, title_key, tsv)
      select id, module, kind, key, organization_id, admin_unit_code, year, restricted_action, title_key,
        ${documentVector({
          module: sql`module`,
          organizationId: sql`organization_id`,
          aimag: sql`admin_unit_code`,
          year: sql`year`,
          titleKey: sql`title_key`,
          bodyKey: sql`body_key`,
        })}
      from bench_search_staging`);
    await tx.query(sql`insert into search_document_texts (document_id, title_mn, title_en, body_mn, body_en, url)
      select id, title_mn, title_en, body_mn, body_en, url from bench_search_staging`);
  });
  await db.exec(`drop table bench_search_staging;
    select setval(pg_get_serial_sequence('search_documents', 'id'), (select max(id) from search_documents))`);
  const inserted = performance.now();
  const words = vocabularyWords();
  for (let i = 0; i < words.length; i += 5000)
    await db.query(
      sql`insert into search_words (word) select unnest(${words.slice(i, i + 5000)}::text[]) on conflict do nothing`,
    );
  await db.transaction(async (tx) => {
    await tx.query(sql`set local maintenance_work_mem = '1GB'`);
    for (const { definition } of indexes) await tx.query(sql`${sql.raw(definition)}`);
  });
  const indexed = performance.now();
  const secs = (a: number, b: number) => `${((b - a) / 1000).toFixed(0)} s`;
  return `${records.toLocaleString('en-US')} synthetic documents (generated and copied ${secs(started, copied)}, inserted ${secs(copied, inserted)}, GIN indexes ${secs(inserted, indexed)}), ${words.length.toLocaleString('en-US')} vocabulary words, plus the demo organisations`;
}

async function measureFunction(url: string, rounds: number, pool: number) {
  const db = await openPostgres(url, { max: pool });
  try {
    const perQuery = new Map<string, { times: number[]; total: number; capped: boolean }>();
    for (let round = 0; round <= rounds; round++) {
      for (const entry of MIX) {
        const { label: _, ...request } = entry;
        const started = performance.now();
        const result = await search(db, anonymous, request);
        const elapsed = performance.now() - started;
        if (round === 0) continue; // the first pass warms caches and is not counted
        const seen = perQuery.get(entry.label) ?? { times: [], total: result.total, capped: result.capped };
        seen.times.push(elapsed);
        perQuery.set(entry.label, seen);
      }
    }
    return perQuery;
  } finally {
    await db.close();
  }
}

/** The real server under autocannon: one warm-up, then one measured run per connection count. */
async function measureHttp(
  env: Record<string, string>,
  options: { pool: number; connections: number[]; warmup: number; duration: number },
) {
  const server = await startShilen(env, { pool: options.pool });
  const run = async (connections: number, seconds: number) => {
    const latencies: number[] = [];
    const instance = autocannon({
      url: server.url,
      connections,
      duration: seconds,
      pipelining: 1,
      timeout: 10,
      requests: MIX.map((m) => ({ method: 'GET', path: pathOf(m) })),
    } as Options);
    (instance as unknown as NodeJS.EventEmitter).on(
      'response',
      (_client: unknown, _status: number, _bytes: number, time: number) => latencies.push(time),
    );
    const result = (await instance) as unknown as { non2xx: number; errors: number; timeouts: number };
    return {
      connections,
      ...stats(latencies),
      rps: latencies.length / seconds,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
  };
  try {
    say(`  HTTP warm-up, ${options.warmup} s`);
    await run(Math.max(...options.connections), options.warmup);
    const series = [];
    for (const connections of options.connections) {
      say(`  HTTP measured, ${connections} connections, ${options.duration} s`);
      series.push(await run(connections, options.duration));
    }
    return series;
  } finally {
    await server.stop();
  }
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('search', argv, {
    records: '1000000',
    rounds: '20',
    connections: '1,10',
    warmup: '5',
    duration: '20',
    pool: '10',
  });
  const num = (key: string) => bench.whole(key);
  const records = num('records');
  const began = performance.now();
  say(`search: generating and loading ${records.toLocaleString('en-US')} documents`);
  const data = await bench.prepare('postgres', (db) => loadDocuments(db, records));
  const loadedAt = performance.now();
  let direct: Awaited<ReturnType<typeof measureFunction>>;
  let http: Awaited<ReturnType<typeof measureHttp>>;
  try {
    say(`  query function: ${num('rounds')} passes of ${MIX.length} searches`);
    direct = await measureFunction(data.shilenEnv.DATABASE_URL!, num('rounds'), num('pool'));
    http = await measureHttp(data.shilenEnv, {
      pool: num('pool'),
      connections: String(bench.values.connections).split(',').map(Number),
      warmup: num('warmup'),
      duration: num('duration'),
    });
  } finally {
    await data.cleanup();
  }
  const all = stats([...direct.values()].flatMap((v) => v.times));
  const rows = [...direct.entries()].map(([label, v]) => {
    const s = stats(v.times);
    const entry = MIX.find((m) => m.label === label)!;
    const { label: _, ...query } = entry;
    const shown = Object.entries(query)
      .map(([k, v]) => (k === 'q' ? `"${v}"` : `${k}=${v}`))
      .join(', ');
    return `| ${label} | ${shown} | ${v.capped ? `> ${v.total}` : v.total} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
  });
  const met = (p95: number) => (p95 < TARGET_P95_MS ? 'met' : 'NOT met');
  bench.publishReport(
    {
      id: 'search/postgres',
      title: `Search over ${records.toLocaleString('en-US')} documents — postgres`,
      facts: [
        bench.loadLine(),
        `Data: ${data.loaded}; ${data.where}, dropped after the run; loading took ${((loadedAt - began) / 1000).toFixed(0)} s, the whole run ${((performance.now() - began) / 1000).toFixed(0)} s`,
        `Query function: \`search(db, anonymous, …)\` from src/platform/search/query.ts on node-postgres (pool ${num('pool')}), one search at a time, ${num('rounds')} passes of the mix after one unmeasured pass; wall time per call, vocabulary look-up included`,
        `HTTP: the real server (src/main.ts, pool ${num('pool')}) with autocannon on loopback, pipelining 1, the mix's URLs in turn, ${num('warmup')} s warm-up then ${num('duration')} s measured per connection count; percentiles over every response's own time. With 10 connections on 2 CPUs shared by autocannon, Node and PostgreSQL, latency is mostly queueing: 10 / (requests per second)`,
      ],
      rows: [],
      peakRss: {},
      verdict: `p95 of the query function over ${records.toLocaleString('en-US')} documents: ${ms(all.p95)} ms (target < ${TARGET_P95_MS} ms: ${met(all.p95)}); through the API ${http.map((h) => `${ms(h.p95)} ms at ${h.connections} connection${h.connections === 1 ? '' : 's'} (${met(h.p95)})`).join(', ')}`,
      appendix: [
        '| measured | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | errors / non-2xx |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        `| query function, whole mix | ${all.n} | ${ms(all.p50)} | ${ms(all.p95)} | ${ms(all.p99)} | ${ms(all.max)} | | |`,
        ...http.map(
          (h) =>
            `| GET /api/v1/search, ${h.connections} connection${h.connections === 1 ? '' : 's'} | ${h.n} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${ms(h.max)} | ${h.rps.toFixed(0)} | ${h.errors} / ${h.non2xx} |`,
        ),
        '',
        'Per search of the mix (query function):',
        '',
        '| search | query | matches | p50 ms | p95 ms | p99 ms | max ms |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
      ].join('\n'),
    },
    { direct: Object.fromEntries(direct), http },
  );
}
