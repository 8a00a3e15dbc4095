/**
 * Benchmark: a full bulk download of a 1,000,000-row dataset through the real server, streamed by
 * keyset batches (src/platform/datasets). Measures rows/s, bytes/s and the server's memory while
 * it streams, and compares peak memory with a download an eighth the size: flat memory means the
 * two peaks are about the same.
 *
 *   npm run bench -- download
 *   npm run bench -- download --rows 1000000 --formats csv,ndjson,json --runs 2
 *
 * Options: --rows N (default 1,000,000), --formats csv,json,ndjson,xlsx (default csv), --runs N
 * (measured downloads per format, default 2), --pg-url postgres://… (server where a fresh database
 * is made and dropped), --no-docs. PostgreSQL only: the dataset is loaded with COPY on the server.
 *
 * The synthetic dataset is declared here, by a module of the benchmark's own that the server
 * process (this file with BENCH_DOWNLOAD_SERVE=1) adds to the real modules.
 */
import http from 'node:http';
import closeWithGrace from 'close-with-grace';
import { modules } from '../src/modules/index.ts';
import { installationSecret } from '../src/platform/auth/secret.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import { sql } from '../src/platform/db/sql.ts';
import { buildApp } from '../src/platform/http/app.ts';
import type { DatasetDeclaration, ShilenModule } from '../src/platform/module.ts';
import { allMigrations } from '../src/platform/setup.ts';
import { type Bench, startBench } from './lib/harness.ts';
import { freePort, type ServerProcess, startProcess } from './lib/server.ts';

const bi = (text: string) => ({ mn: text, en: text });
const REGIONS = ['north', 'south', 'east', 'west', 'centre', 'gobi', 'khangai', 'altai'] as const;

/** The synthetic dataset: seven typed columns, about 100 bytes a row as CSV. */
const benchDataset: DatasetDeclaration = {
  id: 'bench-rows',
  title: bi('Benchmark rows'),
  description: bi('Synthetic rows for the bulk download benchmark.'),
  publisher: 'government',
  themes: ['GOVE'],
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: bi('Id'), required: true },
    { name: 'code', type: 'string', title: bi('Code') },
    { name: 'name', type: 'string', title: bi('Name') },
    { name: 'amount', type: 'number', title: bi('Amount') },
    { name: 'region', type: 'string', title: bi('Region'), values: REGIONS },
    { name: 'issued', type: 'date', title: bi('Issued') },
    { name: 'updated_at', type: 'datetime', title: bi('Updated') },
  ],
  source: sql`select id, code, name, amount, region, issued, updated_at from bench_download_rows`,
  filters: [{ name: 'region', title: bi('Region'), values: REGIONS }],
  lastModified: sql`select max(updated_at) as modified from bench_download_rows`,
};
const benchModule: ShilenModule = {
  name: 'bench-download',
  datasets: [benchDataset],
  // The server's own memory after a full garbage collection (it runs with --expose-gc): what a
  // download leaves behind, apart from what the heap keeps for later.
  pages: (app) => {
    app.get('/bench/memory', { config: { access: 'public' } }, async () => {
      (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
    });
  },
};

/** Server mode: the real app (every module, plus the benchmark's dataset), as `npm start` serves it. */
async function serve(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const all = [...modules, benchModule];
  const app = await buildApp({
    config,
    db,
    modules: all,
    migrations: allMigrations(all),
    secret: await installationSecret(db, config.secret),
    logger: { level: config.logLevel },
  });
  app.addHook('onClose', () => db.close());
  await app.listen({ port: config.port, host: config.host });
  closeWithGrace({ delay: 10_000 }, () => app.close());
}

if (process.env.BENCH_DOWNLOAD_SERVE === '1') await serve();

async function loadRows(db: Database, n: number): Promise<string> {
  await db.exec(`create table bench_download_rows (
    id integer primary key, code text not null, name text not null, amount numeric(14, 2) not null,
    region text not null, issued date not null, updated_at timestamptz not null)`);
  const started = performance.now();
  const base = Date.UTC(2024, 0, 1);
  const rows = function* () {
    for (let id = 1; id <= n; id++) {
      const day = new Date(base + (id % 3650) * 86_400_000).toISOString().slice(0, 10);
      yield [
        id,
        `C-${(id * 7919) % 1_000_003}`,
        `Record number ${id}, ${REGIONS[id % 8]}`,
        ((id * 104729) % 100_000_000) / 100,
        REGIONS[id % 8],
        day,
        new Date(base + id * 1000).toISOString(),
      ];
    }
  };
  const count = await db.copyInto(
    'bench_download_rows',
    ['id', 'code', 'name', 'amount', 'region', 'issued', 'updated_at'],
    rows(),
  );
  await db.exec('create index on bench_download_rows (updated_at)');
  return `${count.toLocaleString('en')} rows loaded by COPY in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

interface Measured {
  path: string;
  rows: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  rssStartMiB: number;
  rssMaxMiB: number;
  /** RSS when a quarter, half and three quarters of the rows had arrived. */
  rssAtMiB: number[];
  status: number;
  /** V8 heap in use after a full collection, before and after the download. */
  heapBeforeMiB: number;
  heapAfterMiB: number;
}

/** The server's heap in use after a full garbage collection, MiB. */
async function heapAfterGc(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.url}/bench/memory`);
  const body = (await response.json()) as { heapUsed: number };
  return body.heapUsed / 2 ** 20;
}

/** A measured download with the heap after a full collection on either side of it. */
async function measure(
  server: ServerProcess,
  path: string,
  expectedRows: number,
  header: number,
): Promise<Measured> {
  const heapBeforeMiB = await heapAfterGc(server);
  const result = await download(server, path, expectedRows, header);
  return { ...result, heapBeforeMiB, heapAfterMiB: await heapAfterGc(server) };
}

/** Downloads `path` like curl would (no compression), counting lines and bytes and sampling server RSS. */
function download(
  server: ServerProcess,
  path: string,
  expectedRows: number,
  header: number,
): Promise<Omit<Measured, 'heapBeforeMiB' | 'heapAfterMiB'>> {
  return new Promise((resolve, reject) => {
    const rssStartMiB = server.rssMiB();
    let rssMaxMiB = rssStartMiB;
    const marks = [0.25, 0.5, 0.75];
    const rssAtMiB: number[] = [];
    let lines = 0;
    let bytes = 0;
    let firstByteMs = 0;
    const started = performance.now();
    const sampler = setInterval(() => {
      rssMaxMiB = Math.max(rssMaxMiB, server.rssMiB());
    }, 100);
    const request = http.get(`${server.url}${path}`, (response) => {
      response.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        while (marks.length > 0 && lines - header >= expectedRows * (marks[0] as number)) {
          marks.shift();
          rssAtMiB.push(server.rssMiB());
        }
      });
      response.on('end', () => {
        clearInterval(sampler);
        rssMaxMiB = Math.max(rssMaxMiB, server.rssMiB());
        resolve({
          path,
          // XLSX is zipped: its rows cannot be counted on the wire, so the expected count stands.
          rows: path.includes('.xlsx') ? expectedRows : lines - header,
          bytes,
          seconds: (performance.now() - started) / 1000,
          firstByteMs,
          rssStartMiB,
          rssMaxMiB,
          rssAtMiB,
          status: response.statusCode ?? 0,
        });
      });
      response.on('error', reject);
    });
    request.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
  });
}

/** Lines that are not rows: the CSV header; the JSON array's brackets. */
const headerLines: Record<string, number> = { csv: 1, json: 2, ndjson: 0, xlsx: 0 };

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('download', argv, { rows: '1000000', formats: 'csv', runs: '2' });
  const n = bench.whole('rows', 8);
  const runs = bench.whole('runs', 1);
  const formats = String(bench.values.formats).split(',');
  for (const f of formats)
    if (!(f in headerLines)) throw new Error(`unknown format ${f}; use csv, json, ndjson or xlsx`);
  const { say } = bench;
  say(`download: making a database with ${fmt(n)} synthetic rows…`);
  const data = await bench.prepare('postgres', (db) => loadRows(db, n));
  let server: ServerProcess | undefined;
  const results: Measured[] = [];
  try {
    const port = await freePort();
    server = await startProcess('shilen', {
      script: 'bench/download.ts',
      port,
      dbApplication: 'shilen-bench-download',
      nodeArgs: ['--expose-gc'],
      env: {
        ...data.shilenEnv,
        BENCH_DOWNLOAD_SERVE: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SHILEN_DEMO: 'false',
        SHILEN_PUBLIC_URL: 'http://shilen.bench',
        DATABASE_POOL_MAX: '4',
      },
    });
    await download(server, '/datasets/organizations/download.csv', 0, 1);
    for (const format of formats) {
      const eighth = await measure(
        server,
        `/datasets/bench-rows/download.${format}?region=north`,
        n / 8,
        headerLines[format]!,
      );
      results.push(eighth);
      for (let run = 0; run < runs; run++) {
        const full = await measure(
          server,
          `/datasets/bench-rows/download.${format}`,
          n,
          headerLines[format]!,
        );
        results.push(full);
        say(
          `  ${format} run ${run + 1}: ${fmt(full.rows)} rows, ${fmt(full.bytes / 2 ** 20, 1)} MiB in ${fmt(full.seconds, 2)} s — ` +
            `${fmt(full.rows / full.seconds)} rows/s, RSS ${fmt(full.rssStartMiB, 1)} → max ${fmt(full.rssMaxMiB, 1)} MiB`,
        );
      }
    }
    const peak = server.peakRssMiB();
    bench.publish('download', renderReport(bench, { n, results, peak, loaded: data.loaded }));
  } finally {
    await server?.stop();
    await data.cleanup();
  }
}

function renderReport(
  bench: Bench,
  r: { n: number; results: Measured[]; peak: number; loaded: string },
): string {
  const rows = r.results.map((m) => {
    const format = /download\.(\w+)/.exec(m.path)?.[1] ?? '';
    return `| \`${m.path.replace('/datasets/bench-rows/', '')}\` | ${m.status} | ${fmt(m.rows)} | ${fmt(m.bytes / 2 ** 20, 1)} | ${fmt(m.seconds, 2)} | ${fmt(m.firstByteMs)} | **${fmt(m.rows / m.seconds)}** | ${fmt(m.bytes / 2 ** 20 / m.seconds, 1)} | ${fmt(m.rssStartMiB, 1)} | ${m.rssAtMiB.map((x) => fmt(x, 1)).join(' / ')} | ${fmt(m.rssMaxMiB, 1)} | ${fmt(m.heapBeforeMiB, 1)} → ${fmt(m.heapAfterMiB, 1)} | ${format === 'csv' && m.rows === r.n ? (m.rows / m.seconds >= 100_000 ? 'yes' : 'no') : ''} |`;
  });
  const [machine, load] = bench.machineLines();
  return `## Bulk downloads (download)

${bench.measured}

${machine}
- Code: ${bench.machine.revision}
${load} (other work on the machine slows every figure here)
- Data: a synthetic dataset declared in \`bench/download.ts\` (seven typed columns, key \`id\`), ${r.loaded}, on a fresh database on the PostgreSQL server
- Server: the real app (\`buildApp\` with every module plus the benchmark's), in a child process, pool of 4; the client reads with Node's \`http\` without \`Accept-Encoding\`, as curl does, counting lines and bytes
- Memory: the server's resident set (VmRSS) sampled every 100 ms, and at ¼, ½ and ¾ of the rows; its V8 heap in use after a full garbage collection before and after each download (the server runs with \`--expose-gc\`; what a download leaves behind); peak of the whole process life (VmHWM, start-up included) ${fmt(r.peak, 1)} MiB
- Target: a full CSV download of 1,000,000 rows at ≥ 100,000 rows/s with flat memory. Flat memory shows as RSS that does not climb from ¼ to ¾ of the rows, a peak for the full download close to that of an eighth of it (\`?region=north\`), and the heap after a collection back where it was

| download | status | rows | MiB | seconds | first byte ms | rows/s | MiB/s | RSS before MiB | RSS at ¼ / ½ / ¾ MiB | RSS max MiB | heap after GC, before → after MiB | ≥ 100k rows/s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |
${rows.join('\n')}
`;
}
