/**
 * Licence areas on the PostgreSQL server: the map window and the overlap check of a new licence.
 *
 *   npm run bench -- extractives-spatial
 *   npm run bench -- extractives-spatial --licences 10000 --samples 200 --pg-url postgres://postgres@127.0.0.1:5432/test
 *
 * A fresh database `bench_spatial` (dropped first if there, and at the end) is migrated and seeded
 * without demo data; --licences licence areas (irregular octagons of 300 to 12,000 ha spread over
 * Mongolia's box, a fixed seed) and 200 protected areas are written. Then, taking turns in one
 * process, each sample with a new random window or licence:
 *  (a) `licenceAreas` (src/modules/extractives/spatial/areas.ts) for a map window of about 2° × 1.5°
 *      against the bare query — the same columns by the same box condition on the GiST index — with
 *      the same turf filtering (`booleanIntersects` with the window) written here;
 *  (b) `overlapsOf` (overlaps.ts) for a new licence area against the two bare box queries with the
 *      same turf intersection and area written here.
 * The target is each platform function's p95 within 1.5 times its bare baseline's.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import { featureCollection, polygon, feature as turfFeature } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Polygon } from 'geojson';
import postgres from 'postgres';
import { licenceAreas } from '../src/modules/extractives/spatial/areas.ts';
import { overlapsOf } from '../src/modules/extractives/spatial/overlaps.ts';
import { modules } from '../src/modules/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { sql } from '../src/platform/db/sql.ts';
import { openContext } from '../src/platform/runtime.ts';
import { benchCommand, parseOptions, wholeOption } from './lib/args.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { writeDocsMarkdown } from './lib/report.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const ms = (v: number) => v.toFixed(2);
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A small deterministic generator (mulberry32), so every run writes the same areas. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOX = { minLon: 88, minLat: 42, maxLon: 119, maxLat: 52 };

/** An irregular octagon around a random centre in the box, `half` degrees across at most. */
function octagon(next: () => number, half: number): Polygon {
  const lon = BOX.minLon + half + next() * (BOX.maxLon - BOX.minLon - 2 * half);
  const lat = BOX.minLat + half + next() * (BOX.maxLat - BOX.minLat - 2 * half);
  const ring = Array.from({ length: 8 }, (_, i) => {
    const angle = (i / 8) * 2 * Math.PI;
    const r = half * (0.7 + 0.3 * next());
    return [lon + r * Math.cos(angle), lat + r * Math.sin(angle) * 0.7];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

const row = (g: Polygon) => {
  const [minLon, minLat, maxLon, maxLat] = bbox(g) as number[];
  return { geometry: g, minLon, minLat, maxLon, maxLat, areaHa: area(g) / 1e4 };
};

async function load(db: Queryable, licences: number): Promise<void> {
  const next = random(19);
  const [org] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = 'mineral-resources-authority'`,
  );
  const statuses = ['granted', 'granted', 'granted', 'applied', 'expired', 'revoked'];
  for (let from = 0; from < licences; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, licences - from) }, (_, k) => {
      const i = from + k;
      const mining = next() < 0.3;
      return {
        ...row(octagon(next, mining ? 0.01 + next() * 0.03 : 0.04 + next() * 0.08)),
        type: mining ? 'mining' : 'mineral-exploration',
        number: `${mining ? 'MV' : 'XV'}-${String(i).padStart(6, '0')}`,
        status: statuses[Math.floor(next() * statuses.length)],
      };
    });
    await db.query(sql`
      insert into extractive_licences (organization_id, licence_type, resource, number, slug, name_mn, name_en,
        status, commodities, geometry, min_lon, min_lat, max_lon, max_lat, area_ha)
      select ${org!.id}, x.type, 'mineral', x.number, lower(x.number), x.number, x.number, x.status, '{gold}',
        x.geometry, x."minLon", x."minLat", x."maxLon", x."maxLat", x."areaHa"
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(type text, number text, status text,
        geometry jsonb, "minLon" float8, "minLat" float8, "maxLon" float8, "maxLat" float8, "areaHa" float8)`);
  }
  const areas = Array.from({ length: 200 }, (_, i) => ({
    name: `Protected ${i}`,
    ...row(octagon(next, 0.2 + next() * 0.4)),
  }));
  await db.query(sql`
    insert into extractive_restricted_areas (layer, name, geometry, min_lon, min_lat, max_lon, max_lat, area_ha, source, file_name)
    select 'protected-areas', x.name, x.geometry, x."minLon", x."minLat", x."maxLon", x."maxLat", x."areaHa", 'bench', 'bench'
    from jsonb_to_recordset(${JSON.stringify(areas)}::jsonb) as x(name text, geometry jsonb, "minLon" float8,
      "minLat" float8, "maxLon" float8, "maxLat" float8, "areaHa" float8)`);
  await db.exec('vacuum analyze extractive_licences');
  await db.exec('vacuum analyze extractive_restricted_areas');
}

const box = (b: { minLon: number; minLat: number; maxLon: number; maxLat: number }) =>
  sql`box(point(${b.minLon}::float8, ${b.minLat}::float8), point(${b.maxLon}::float8, ${b.maxLat}::float8))`;

/** The bare map window: the same columns by the same box condition, and the same turf filter. */
async function bareWindow(db: Queryable, w: typeof BOX) {
  const rows = await db.query<{ geometry: Polygon }>(sql`
    select l.id::int as id, l.slug, l.number, l.licence_type, l.resource, l.status, l.name_mn, l.name_en,
      l.commodities, l.admin_unit_code, l.area_ha, to_char(l.granted_on, 'YYYY-MM-DD'),
      to_char(l.expires_on, 'YYYY-MM-DD'), l.geometry
    from extractive_licences l
    where l.geometry is not null and box(point(l.min_lon, l.min_lat), point(l.max_lon, l.max_lat)) && ${box(w)}
    order by l.number, l.id`);
  const frame = polygon([
    [
      [w.minLon, w.minLat],
      [w.maxLon, w.minLat],
      [w.maxLon, w.maxLat],
      [w.minLon, w.maxLat],
      [w.minLon, w.minLat],
    ],
  ]);
  return rows.filter((r) => booleanIntersects(frame, r.geometry));
}

/** The bare overlap check: the two box queries, turf's intersection and its area. */
async function bareOverlaps(db: Queryable, g: Polygon) {
  const [minLon, minLat, maxLon, maxLat] = bbox(g) as number[];
  const b = box({ minLon: minLon!, minLat: minLat!, maxLon: maxLon!, maxLat: maxLat! });
  const [licences, restricted] = await Promise.all([
    db.query<{ geometry: Polygon }>(sql`
      select l.id, l.slug, l.number, l.licence_type, l.name_mn, l.name_en, l.status, l.geometry from extractive_licences l
      where l.geometry is not null and box(point(l.min_lon, l.min_lat), point(l.max_lon, l.max_lat)) && ${b}
        and l.status in ('applied', 'granted', 'transferred', 'suspended')`),
    db.query<{ geometry: Polygon }>(sql`
      select r.id, r.layer, r.name, r.geometry from extractive_restricted_areas r
      where box(point(r.min_lon, r.min_lat), point(r.max_lon, r.max_lat)) && ${b}`),
  ]);
  const measure = (rows: { geometry: Polygon }[]) =>
    rows
      .map((r) => {
        const shared = intersect(featureCollection([turfFeature(g), turfFeature(r.geometry)]));
        return shared ? area(shared) / 1e4 : 0;
      })
      .filter((ha) => ha >= 0.01);
  return [measure(licences), measure(restricted)];
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

export default async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, { licences: '10000', samples: '200', warmup: '10' });
  const licences = wholeOption(values, 'licences', 100);
  const samples = wholeOption(values, 'samples', 10);
  const warmup = wholeOption(values, 'warmup', 0);
  const pgUrl = String(values['pg-url']);
  const loadBefore = loadAverage();
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop database if exists bench_spatial with (force)');
  await admin.unsafe('create database bench_spatial');
  const url = new URL(pgUrl);
  url.pathname = '/bench_spatial';
  const ctx = await openContext(
    loadConfig({ DATABASE_URL: url.toString(), DATABASE_POOL_MAX: '2', LOG_LEVEL: 'warn' }),
    modules,
  );
  try {
    const started = performance.now();
    await load(ctx.db, licences);
    say(`loaded ${licences} licences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const next = random(7);
    const windowAt = () => {
      const lon = BOX.minLon + next() * (BOX.maxLon - BOX.minLon - 2);
      const lat = BOX.minLat + next() * (BOX.maxLat - BOX.minLat - 1.5);
      return { minLon: lon, minLat: lat, maxLon: lon + 2, maxLat: lat + 1.5 };
    };
    const cases = [
      {
        name: 'map window of 2° × 1.5°: `licenceAreas` vs the bare box query + turf `booleanIntersects`',
        make: () => {
          const w = windowAt();
          return [() => licenceAreas(ctx.db, { window: w }), () => bareWindow(ctx.db, w)] as const;
        },
      },
      {
        name: 'overlap check of a new licence: `overlapsOf` vs the bare box queries + turf `intersect` and `area`',
        make: () => {
          const g = octagon(next, 0.04 + next() * 0.08);
          return [() => overlapsOf(ctx.db, g), () => bareOverlaps(ctx.db, g)] as const;
        },
      },
    ];
    const results = [];
    for (const c of cases) {
      for (let i = 0; i < warmup; i++) for (const run of c.make()) await run();
      const [platform, bare]: [number[], number[]] = [[], []];
      for (let i = 0; i < samples; i++) {
        const [p, b] = c.make();
        // Taking turns: which goes first alternates.
        if (i % 2 === 0) {
          platform.push(await time(p));
          bare.push(await time(b));
        } else {
          bare.push(await time(b));
          platform.push(await time(p));
        }
      }
      const r = {
        name: c.name,
        platform: { p50: percentile(platform, 50), p95: percentile(platform, 95) },
        bare: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
      };
      say(
        `${r.name}: p95 ${ms(r.platform.p95)} ms vs ${ms(r.bare.p95)} ms (${(r.platform.p95 / r.bare.p95).toFixed(2)}×)`,
      );
      results.push(r);
    }
    const [stats] = await ctx.db.query<{ inWindow: number; candidates: number }>(sql`
      select (select count(*)::int from extractive_licences
        where box(point(min_lon, min_lat), point(max_lon, max_lat)) && box(point(103, 46), point(105, 47.5))) as "inWindow",
        (select count(*)::int from extractive_licences) as candidates`);
    const worst = Math.max(...results.map((r) => r.platform.p95 / r.bare.p95));
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${benchCommand('extractives-spatial', argv)}\``,
      '',
      `### Licence areas — ${stats!.candidates.toLocaleString('en-US')} licences, postgres`,
      '',
      `- ${machineLine(describeMachine())}; load average ${loadBefore} before, ${loadAverage()} after`,
      `- Data: ${licences.toLocaleString('en-US')} licence areas (octagons of 300–12,000 ha over 88–119°E, 42–52°N, a third of them expired or revoked) and 200 protected areas, in a fresh database \`bench_spatial\`; a window of 2° × 1.5° holds about ${stats!.inWindow} licence boxes`,
      `- Measured: each function against its bare baseline (the same SQL and the same turf work written in the benchmark), taking turns, ${samples} samples each after ${warmup} warm-up rounds, a new random window or licence for every sample, one process (postgres.js, pool 2)`,
      '',
      '| case | platform p50 ms | platform p95 ms | bare p50 ms | bare p95 ms | p95 ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.name} | ${ms(r.platform.p50)} | ${ms(r.platform.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.platform.p95 / r.bare.p95).toFixed(2)} |`,
      ),
      '',
      `**Worst p95 ratio ${worst.toFixed(2)} (target ≤ 1.5: ${worst <= 1.5 ? 'met' : 'NOT met'})**`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!values['no-docs']) writeDocsMarkdown(`extractives-spatial/${licences}`, `${lines.join('\n')}\n`);
  } finally {
    await ctx.db.close();
    await admin.unsafe('drop database if exists bench_spatial with (force)');
    await admin.end({ timeout: 5 });
  }
}
