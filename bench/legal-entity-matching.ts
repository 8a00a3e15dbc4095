/**
 * Benchmark: matching a name to its legal entity over 200,000 entities (issue 17). `findMatches`
 * (match keys in Latin, the trigram GIN index on `legal_entity_names.match_key`) against a bare
 * trigram scan over the table (`order by similarity(lower(name_mn), $name) desc limit 5`, no
 * index), the same names in the same run. Target: findMatches at least 10× faster.
 *
 *   npm run bench -- legal-entity-matching                     # embedded engine (PGlite, in memory)
 *   npm run bench -- legal-entity-matching --engine postgres   # a fresh database on the server, dropped after
 *
 * Options: --engine pglite|postgres, --entities N (default 200000), --names N (queries, default
 * 40), --rounds N (passes of findMatches over the queries, default 3; the bare scan runs once),
 * --threshold T (findMatches' lowest similarity, default the matcher's 0.3), --pg-url URL, --no-docs.
 */
import postgres from 'postgres';
import { countryPackFor } from '../src/country/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openPglite } from '../src/platform/db/pglite.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { sql } from '../src/platform/db/sql.ts';
import {
  DEFAULT_THRESHOLD,
  findMatches,
  matchKey,
  matchQuery,
} from '../src/platform/legal-entities/index.ts';
import { moduleContext, silentLog } from '../src/platform/module.ts';
import { prepareDatabase } from '../src/platform/setup.ts';
import { percentile, startBench } from './lib/harness.ts';

const pack = countryPackFor('mn').legalEntities;
const TARGET = 10;

/** Cyrillic syllables and their romanisation (MNS 5217-like, `kh`, `ts`, `ö` → `o`), for names in both scripts. */
const SYLLABLES: readonly [string, string][] = [
  ['ал', 'al'],
  ['тан', 'tan'],
  ['бу', 'bu'],
  ['рэн', 'ren'],
  ['га', 'ga'],
  ['чин', 'chin'],
  ['од', 'od'],
  ['мө', 'mu'],
  ['рөн', 'run'],
  ['хан', 'khan'],
  ['сар', 'sar'],
  ['нар', 'nar'],
  ['бат', 'bat'],
  ['эр', 'er'],
  ['дэ', 'de'],
  ['нэ', 'ne'],
  ['хөх', 'khukh'],
  ['ту', 'tu'],
  ['гол', 'gol'],
  ['цо', 'tso'],
  ['гт', 'gt'],
  ['ба', 'ba'],
  ['ян', 'yan'],
  ['жар', 'jar'],
  ['гал', 'gal'],
  ['дар', 'dar'],
  ['өн', 'un'],
  ['хай', 'khai'],
  ['рхан', 'rkhan'],
  ['ши', 'shi'],
  ['ва', 'va'],
  ['лун', 'lun'],
  ['су', 'su'],
  ['рэг', 'reg'],
  ['тө', 'tu'],
  ['мөр', 'mur'],
];
const SUFFIXES: readonly [string, string][] = [
  ['Трейд', 'Trade'],
  ['Групп', 'Group'],
  ['Констракшн', 'Construction'],
  ['Майнинг', 'Mining'],
  ['Инвест', 'Invest'],
  ['Тех', 'Tech'],
  ['Агро', 'Agro'],
  ['Энерги', 'Energy'],
];

/** A deterministic generator (mulberry32), so every run draws the same register and queries. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A company name in both scripts: two words of two or three syllables, sometimes a trade word. */
function companyName(next: () => number): { mn: string; en: string } {
  const mn: string[] = [];
  const en: string[] = [];
  for (let w = 0; w < 2; w++) {
    const n = 2 + Math.floor(next() * 2);
    let c = '';
    let l = '';
    for (let s = 0; s < n; s++) {
      const [cy, la] = SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
      c += cy;
      l += la;
    }
    mn.push(capital(c));
    en.push(capital(l));
  }
  if (next() < 0.4) {
    const [cy, la] = SUFFIXES[Math.floor(next() * SUFFIXES.length)]!;
    mn.push(cy);
    en.push(la);
  }
  return { mn: `${mn.join(' ')} ХХК`, en: `${en.join(' ')} LLC` };
}

/** A name as a source might write it: the other script, a typo, another romanisation. */
function asWritten(
  name: { mn: string; en: string },
  variant: number,
  next: () => number,
): { text: string; how: string } {
  const typo = (s: string) => {
    const at = 1 + Math.floor(next() * (s.length - 5));
    return s.slice(0, at) + s.slice(at + 1);
  };
  switch (variant % 4) {
    case 0:
      return { text: `«${name.mn.replace(' ХХК', '')}» ХХК`, how: 'Cyrillic, quoted' };
    case 1:
      return { text: typo(name.en), how: 'Latin, a letter missing' };
    case 2:
      return { text: typo(name.mn), how: 'Cyrillic, a letter missing' };
    default:
      return {
        text: name.en.replaceAll('kh', 'h').replaceAll('Kh', 'H').replace(' LLC', ' Co.,Ltd'),
        how: 'Latin, other romanisation',
      };
  }
}

/** Loads `count` identified entities with both names and their match keys, in batches of 5,000. */
async function load(db: Database, count: number): Promise<{ mn: string; en: string }[]> {
  const next = random(17);
  const names: { mn: string; en: string }[] = [];
  await db.exec('drop index legal_entity_names_key_trgm');
  for (let from = 0; from < count; from += 5000) {
    const rows: Record<string, string>[] = [];
    const keyed: Record<string, string>[] = [];
    for (let i = from; i < Math.min(count, from + 5000); i++) {
      const name = companyName(next);
      names.push(name);
      rows.push({ identifier: String(1_000_000 + i), name_mn: name.mn, name_en: name.en });
      keyed.push({ identifier: String(1_000_000 + i), name: name.mn, key: matchKey(name.mn, pack) });
      keyed.push({ identifier: String(1_000_000 + i), name: name.en, key: matchKey(name.en, pack) });
    }
    await db.transaction(async (tx) => {
      await tx.query(sql`insert into legal_entities (scheme, identifier, name_mn, name_en)
        select 'MN-SRN', identifier, name_mn, name_en
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(identifier text, name_mn text, name_en text)`);
      await tx.query(sql`insert into legal_entity_names (entity_id, name, match_key)
        select e.id, x.name, x.key
        from jsonb_to_recordset(${JSON.stringify(keyed)}::jsonb) as x(identifier text, name text, key text)
        join legal_entities e on e.scheme = 'MN-SRN' and e.identifier = x.identifier
        on conflict do nothing`);
    });
  }
  // As the migration defines it, built once over the loaded names.
  await db.exec(
    'create index legal_entity_names_key_trgm on legal_entity_names using gin (match_key gin_trgm_ops)',
  );
  await db.exec('vacuum analyze legal_entities');
  await db.exec('vacuum analyze legal_entity_names');
  return names;
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('legal-entity-matching', argv, {
    engine: 'pglite',
    entities: '200000',
    names: '40',
    rounds: '3',
    threshold: String(DEFAULT_THRESHOLD),
  });
  const engine = bench.engine();
  const count = bench.whole('entities', 100);
  const queries = bench.whole('names', 1);
  const rounds = bench.whole('rounds', 1);
  const threshold = Number(bench.values.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new Error('--threshold must be a number above 0, at most 1');

  let db: Database;
  let drop: (() => Promise<void>) | undefined;
  if (engine === 'postgres') {
    const name = `shilen_bench_entities_${Date.now().toString(36)}`;
    const admin = postgres(bench.pgUrl, { max: 1, onnotice: () => {} });
    const [version] = await admin<{ server_version: string }[]>`show server_version`;
    bench.machine.postgres = version?.server_version;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(bench.pgUrl);
    url.pathname = `/${name}`;
    db = await openPostgres(url.toString(), { max: 2 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
  } else db = await openPglite();
  try {
    const config = {
      ...loadConfig({ SHILEN_PUBLIC_URL: 'http://bench.local', LOG_LEVEL: 'silent' }),
      demo: false,
    };
    await prepareDatabase(moduleContext({ config, db, log: silentLog }), []);
    const t0 = performance.now();
    bench.say(`loading ${count} entities (${engine})...`);
    const names = await load(db, count);
    const loadSeconds = (performance.now() - t0) / 1000;
    bench.say(`  loaded in ${loadSeconds.toFixed(1)} s`);

    const next = random(42);
    const mix = Array.from({ length: queries }, (_, i) => {
      const index = Math.floor(next() * names.length);
      return { index, ...asWritten(names[index]!, i, next) };
    });
    const idOf = new Map(
      (
        await db.query<{ id: number; identifier: string }>(
          sql`select id, identifier from legal_entities where scheme = 'MN-SRN'`,
        )
      ).map((r) => [Number(r.identifier) - 1_000_000, Number(r.id)]),
    );

    const [plan] = await db.transaction((tx) =>
      tx.query<Record<string, string>>(
        sql`explain (format json) ${matchQuery(matchKey(mix[0]!.text, pack), 5)}`,
      ),
    );
    const planText = JSON.stringify(plan);
    const usesIndex = planText.includes('legal_entity_names_key_trgm');
    bench.say(`  findMatches' plan reads the trigram index: ${usesIndex ? 'yes' : 'NO'}`);

    // Warm both paths once, so neither pays for a cold cache in the figures.
    await findMatches(db, mix[0]!.text, pack);
    const bare = (text: string) =>
      db.query<{ id: number }>(sql`select id from legal_entities
        order by similarity(lower(name_mn), ${text.toLowerCase()}) desc limit 5`);
    await bare(mix[0]!.text);

    const indexed: number[] = [];
    let indexedFound = 0;
    for (let round = 0; round < rounds; round++)
      for (const q of mix) {
        const s = performance.now();
        const found = await findMatches(db, q.text, pack, { limit: 5, threshold });
        indexed.push(performance.now() - s);
        if (round === 0 && found.some((m) => m.entityId === idOf.get(q.index))) indexedFound++;
      }
    bench.say(`  findMatches: ${indexed.length} lookups`);
    const scanned: number[] = [];
    let scanFound = 0;
    for (const q of mix) {
      const s = performance.now();
      const found = await bare(q.text);
      scanned.push(performance.now() - s);
      if (found.some((m) => Number(m.id) === idOf.get(q.index))) scanFound++;
      bench.say(`  bare scan ${scanned.length}/${mix.length}: ${ms(scanned.at(-1)!)} ms`);
    }
    const a = stats(indexed);
    const b = stats(scanned);
    const ratio = b.p50 / a.p50;
    const met = ratio >= TARGET;
    const lines = [
      `### Legal entity matching — ${engine}${threshold === DEFAULT_THRESHOLD ? '' : `, threshold ${threshold}`}`,
      '',
      bench.measured,
      '',
      ...bench.machineLines(),
      `- Engine: ${engine}${bench.machine.postgres ? ` (PostgreSQL ${bench.machine.postgres})` : ''}; ${count.toLocaleString('en')} identified entities, ${(count * 2).toLocaleString('en')} names (Mongolian and English), loaded in ${loadSeconds.toFixed(1)} s`,
      `- Queries: ${queries} names of entities drawn at random, as sources write them (${[...new Set(mix.map((m) => m.how))].join('; ')}); findMatches ${rounds} passes (similarity threshold ${threshold}), the bare scan one`,
      `- findMatches' plan reads the GIN index \`legal_entity_names_key_trgm\`: ${usesIndex ? 'yes' : 'no'}`,
      '',
      '| | p50 ms | p95 ms | mean ms | the entity among the first 5 |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| \`findMatches\` (match key, trigram index) | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.mean)} | ${indexedFound}/${queries} |`,
      `| bare trigram scan (\`order by similarity(lower(name_mn), $name)\`) | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.mean)} | ${scanFound}/${queries} |`,
      '',
      `**findMatches is ${ratio.toFixed(1)}× faster than the bare scan at the median (target ≥ ${TARGET}×: ${met ? 'met' : 'not met'}).**`,
      '',
    ];
    bench.publish(
      `legal-entity-matching/${engine}${threshold === DEFAULT_THRESHOLD ? '' : `/threshold-${threshold}`}`,
      lines.join('\n'),
    );
  } finally {
    await db.close();
    await drop?.();
  }
}
