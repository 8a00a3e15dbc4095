/**
 * Full-text search over resource contracts on the PostgreSQL server:
 *
 *   npm run bench -- extractives-contracts
 *   npm run bench -- extractives-contracts --contracts 1000 --pages 100 --samples 30 --keep
 *
 * A database `bench_contracts` (made again each run, dropped at the end unless --keep) on the
 * server at --pg-url is migrated with every module and filled by SQL: --contracts contracts
 * (default 1,000) of --pages pages each (default 100; each page one of 2,000 texts of about 150
 * words drawn from a vocabulary of 3,000 words, commoner words far more often, 2% of the texts
 * scans without text), five
 * annotations a contract. The pages' lexemes are made as the module makes them: the vocabulary
 * is checked to be its own match key (src/platform/search/transliterate.ts), so
 * `to_tsvector('simple', text)` in SQL is what `textVector` writes.
 *
 * Measured, taking turns in one process, --samples times each after a warm-up: the module's
 * `searchContracts` (src/modules/extractives/contracts/search.ts: the query's words folded, pages,
 * annotations and metadata ranked, the best match of each contract, the top 20 with their text and
 * snippets) against the bare text-search query of the same design written by hand and sent on a
 * plain postgres.js connection (the best hit of each contract, top 20, with the matched text).
 * Target: the module's p95 within 1.5 times the bare query's.
 */
import postgres from 'postgres';
import { searchContracts } from '../src/modules/extractives/contracts/search.ts';
import { modules } from '../src/modules/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openContext } from '../src/platform/runtime.ts';
import { matchKey, matchWords } from '../src/platform/search/transliterate.ts';
import { benchCommand, defaultPgUrl, parseOptions, wholeOption } from './lib/args.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { writeDocsMarkdown } from './lib/report.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const ms = (v: number) => v.toFixed(2);
const NAME = 'bench_contracts';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Words of the contracts' vocabulary: real terms first (the commonest), then made-up ones. */
function vocabulary(size: number): string[] {
  const terms = [
    'the',
    'contractor',
    'shall',
    'government',
    'investor',
    'article',
    'royalty',
    'tax',
    'rate',
    'agreement',
    'mining',
    'petroleum',
    'arbitration',
    'environment',
    'water',
    'land',
    'employment',
    'training',
    'stabilisation',
    'license',
    'area',
    'production',
    'sharing',
    'cost',
    'recovery',
    'dispute',
    'payment',
    'period',
    'extension',
    'term',
  ];
  const syllables = [
    'ba',
    'to',
    'ga',
    'ri',
    'nu',
    'mel',
    'dor',
    'san',
    'tek',
    'vol',
    'zen',
    'pa',
    'lo',
    'mi',
    'ker',
  ];
  const words = new Set(terms);
  for (let i = 0; words.size < size; i++) {
    const w = `${syllables[i % 15]}${syllables[Math.floor(i / 15) % 15]}${syllables[Math.floor(i / 225) % 15]}${i >= 3375 ? i : ''}`;
    words.add(w);
  }
  // Kept as their match keys (royalty → royalti), and only keys that are their own match key, so
  // that SQL's to_tsvector('simple', text) is what textVector(text) writes.
  return [...new Set([...words].map((w) => matchKey(w)))].filter((w) => matchKey(w) === w);
}

async function fill(url: string, contracts: number, pages: number): Promise<void> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  const words = vocabulary(3000);
  const t = performance.now();
  const [org] = await db<
    { id: number }[]
  >`select id from organizations where slug = 'mineral-resources-authority'`;
  await db`insert into extractive_contracts (organization_id, slug, contract_type, title_mn, title_en, signed_on, resources, tsv)
    select ${org!.id}, 'bench-contract-' || n, (array['investment', 'stability', 'production-sharing'])[1 + n % 3],
      'Гэрээ ' || n, 'Agreement ' || n, date '1995-01-01' + n * 9, array['mineral'],
      -- The lexemes of the title's match key (agreement → agrement), as reindexContract writes them.
      to_tsvector('simple', 'agrement ' || n)
    from generate_series(1, ${contracts}) n`;
  await db`insert into files (sha256, size, media_type, filename, created_by)
    select lpad(to_hex(n), 64, '0'), 1000, 'application/pdf', 'bench-' || n || '.pdf', 'bench' from generate_series(1, ${contracts}) n`;
  await db`insert into extractive_contract_documents (contract_id, file_id, sha256, page_count, title_mn, title_en)
    select c.id, f.id, f.sha256, ${pages}, 'Эх', 'Text'
    from extractive_contracts c join files f on f.filename = 'bench-' || substr(c.slug, 16) || '.pdf'`;
  say(`contracts and documents: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const n = words.length;
  // Page text: 150 words, the k-th commonest word about k^-1.5 as likely (a power of a uniform draw).
  // The GIN index is made after the rows, with the migration's own definition.
  await db`drop index extractive_contract_pages_tsv_idx`;
  // 2,000 different page texts, each with its lexemes made once; every page is one of them.
  await db`create temporary table page_texts as
    select i, x.text, to_tsvector('simple', x.text) as tsv from generate_series(0, 1999) i
    cross join lateral (
      select case when random() + 0 * i < 0.02 then '' else (
        select string_agg((${words}::text[])[1 + floor(power(random(), 3) * ${n} + 0 * g + 0 * i)::int], ' ')
        from generate_series(1, 150) g
      ) end as text
    ) x`;
  await db`insert into extractive_contract_pages (document_id, page_number, contract_id, text, has_text, tsv)
    select d.id, p, d.contract_id, t.text, t.text <> '', t.tsv
    from extractive_contract_documents d cross join generate_series(1, ${pages}) p
    join page_texts t on t.i = (d.id * 7919 + p * 104729) % 2000`;
  await db`create index extractive_contract_pages_tsv_idx on extractive_contract_pages using gin (tsv)`;
  say(`pages: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await db`insert into extractive_contract_annotations (contract_id, document_id, page_number, category, summary_mn, summary_en, author, tsv)
    select d.contract_id, d.id, 1 + (k * 17) % ${pages}, (array['royalties', 'stabilisation', 'arbitration', 'local-employment', 'environmental-protection'])[k],
      'Тайлбар ' || k, s.text, 'bench', to_tsvector('simple', s.text)
    from extractive_contract_documents d cross join generate_series(1, 5) k
    cross join lateral (select (array['royalty rate on sales', 'taxes kept stable for the term', 'disputes go to arbitration',
      'citizens preferred in employment', 'land rehabilitated after mining'])[k] || ' ' || d.id as text) s`;
  await db.unsafe('vacuum analyze');
  say(`filled in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await db.end();
}

/** The same design written by hand: every match ranked, the best of each contract, the top 20 with its text. */
const bareQuery = (sqlc: postgres.Sql, terms: string) => sqlc`
  with q as (select to_tsquery('simple', ${terms}) as q),
  hits as (
    select p.contract_id, p.document_id, p.page_number, 'text' as source, null::bigint as ref, ts_rank(p.tsv, q.q) as rank
      from extractive_contract_pages p, q where p.tsv @@ q.q
    union all
    select a.contract_id, a.document_id, a.page_number, 'annotation', a.id, 2 * ts_rank(a.tsv, q.q)
      from extractive_contract_annotations a, q where a.tsv @@ q.q
    union all
    select c.id, null, null, 'metadata', null, 3 * ts_rank(c.tsv, q.q) from extractive_contracts c, q where c.tsv @@ q.q
  ), best as (
    select distinct on (contract_id) * from hits order by contract_id, rank desc, document_id nulls last, page_number nulls last
  ), top as (select * from best order by rank desc, contract_id limit 20)
  select t.contract_id, c.slug, t.source, t.page_number,
    case t.source when 'text' then (select p.text from extractive_contract_pages p where p.document_id = t.document_id and p.page_number = t.page_number)
      when 'annotation' then (select a.summary_en from extractive_contract_annotations a where a.id = t.ref)
      else c.title_en end as text
  from top t join extractive_contracts c on c.id = t.contract_id order by t.rank desc, t.contract_id`;

export default async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, {
    contracts: '1000',
    pages: '100',
    samples: '30',
    warmup: '3',
    keep: false,
  });
  const contracts = wholeOption(values, 'contracts', 1);
  const pages = wholeOption(values, 'pages', 1);
  const samples = wholeOption(values, 'samples', 5);
  const warmup = wholeOption(values, 'warmup', 0);
  const pgUrl = String(values['pg-url'] ?? defaultPgUrl);
  const load = loadAverage();
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  const url = new URL(pgUrl);
  url.pathname = `/${NAME}`;
  await admin.unsafe(`drop database if exists ${NAME} with (force)`);
  await admin.unsafe(`create database ${NAME}`);
  try {
    const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '2' });
    const ctx = await openContext(config, modules);
    await fill(url.toString(), contracts, pages);
    const bare = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const [{ n: pageCount } = { n: 0 }] = await bare<
      { n: number }[]
    >`select count(*)::int as n from extractive_contract_pages`;
    // A rare word, a middling one, a common one, two words together, an annotation's word, a title's word.
    const vocab = vocabulary(3000);
    const queries = [
      vocab.at(-1)!,
      vocab[300]!,
      'royalty',
      'arbitration dispute',
      'rehabilitated',
      'agreement 517',
    ];
    const results = [];
    for (const q of queries) {
      // The bare query is given the words already folded as the index holds them.
      const terms = matchWords(q).join(' & ');
      const module = () => searchContracts(ctx.db, q, { limit: 20 });
      const hand = () => bareQuery(bare, terms);
      for (let i = 0; i < warmup; i++) {
        await module();
        await hand();
      }
      const a: number[] = [];
      const b: number[] = [];
      const runs: [number[], () => Promise<unknown>][] = [
        [a, module],
        [b, hand],
      ];
      for (let i = 0; i < samples; i++)
        for (let j = 0; j < runs.length; j++) {
          const [into, run] = runs[(i + j) % runs.length]!;
          const t = performance.now();
          await run();
          into.push(performance.now() - t);
        }
      const [{ n: matched } = { n: 0 }] = await bare<{ n: number }[]>`
        select count(*)::int as n from extractive_contract_pages where tsv @@ to_tsquery('simple', ${terms})`;
      const row = {
        q,
        matched,
        module: { p50: percentile(a, 50), p95: percentile(a, 95) },
        bare: { p50: percentile(b, 50), p95: percentile(b, 95) },
      };
      say(
        `${q}: module p95 ${ms(row.module.p95)} ms, bare p95 ${ms(row.bare.p95)} ms (${(row.module.p95 / row.bare.p95).toFixed(2)}×), ${matched} pages match`,
      );
      results.push(row);
    }
    await bare.end();
    await ctx.db.close();
    const worst = Math.max(...results.map((r) => r.module.p95 / r.bare.p95));
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${benchCommand('extractives-contracts', argv)}\``,
      '',
      `### Contract full-text search — ${contracts.toLocaleString('en-US')} contracts, ${pageCount.toLocaleString('en-US')} pages, postgres`,
      '',
      `- ${machineLine(describeMachine())}; load average ${load} before, ${loadAverage()} after`,
      `- Measured: \`searchContracts\` (top 20 contracts with the page and snippet of their best match) and the bare query of the same design on a plain postgres.js connection, taking turns, ${samples} times each after ${warmup} warm-up runs`,
      '',
      '| query | pages matching | module p50 ms | module p95 ms | bare p50 ms | bare p95 ms | p95 ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| \`${r.q}\` | ${r.matched.toLocaleString('en-US')} | ${ms(r.module.p50)} | ${ms(r.module.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.module.p95 / r.bare.p95).toFixed(2)} |`,
      ),
      '',
      `**Worst p95 ratio ${worst.toFixed(2)} (target ≤ 1.5: ${worst <= 1.5 ? 'met' : 'NOT met'})**`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!values['no-docs'])
      writeDocsMarkdown(`extractives-contracts/${contracts}x${pages}`, `${lines.join('\n')}\n`);
  } finally {
    if (!values.keep) await admin.unsafe(`drop database if exists ${NAME} with (force)`);
    await admin.end({ timeout: 5 });
  }
}
