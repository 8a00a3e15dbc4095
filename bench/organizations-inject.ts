/**
 * Benchmark: the web stack's own CPU time per request of GET /api/v1/organizations, without the
 * network and without the database.
 *
 * Starts the real Shilen server in this process (`startServer`, as `npm start`, on a temporary
 * PGlite folder with the demo data), records the rows its database answers for the request, and
 * from then on answers the same SQL with the same rows from memory (any other SQL still goes to
 * the database). The bare handler of bench/lib/bare-server.ts, alone and with each piece of
 * src/platform/http/app.ts added back, is given the same replayed rows. Every variant is then
 * driven with Fastify's `inject` (no socket) one request at a time; the figure is this process's
 * CPU time per request. The variants take turns over several rounds and the median round counts,
 * so the figures hold on a busy machine far better than requests/s do.
 *
 *   npm run bench -- organizations-inject
 *
 * Options: --requests 4000 (per round and variant), --rounds 5, --records N, --path, --no-docs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { modules } from '../src/modules/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import type { SqlQuery } from '../src/platform/db/sql.ts';
import { startServer } from '../src/platform/runtime.ts';
import { barePieces, buildBareApp } from './lib/bare-server.ts';
import { startBench } from './lib/harness.ts';
import { loadOrganizations } from './lib/organizations-data.ts';

const publicUrl = 'http://shilen.bench';

/** CPU µs per request of `n` sequential injects. */
async function measure(app: FastifyInstance, url: string, n: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    // inject settles through microtasks only: let the event loop turn, or the setImmediate
    // callbacks of every request pile up (with their requests and responses) until the loop ends.
    if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('organizations-inject', argv, {
    requests: '4000',
    rounds: '5',
    records: '0',
    path: '/api/v1/organizations',
  });
  const requests = bench.whole('requests', 1);
  const rounds = bench.whole('rounds', 1);
  const records = bench.whole('records');
  const url = String(bench.values.path);
  if (!url.startsWith('/api/v1/organizations')) throw new Error('--path must be under /api/v1/organizations');
  const { say } = bench;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-inject-'));
  const apps: { name: string; app: FastifyInstance }[] = [];
  try {
    say('starting Shilen in this process on a temporary PGlite folder...');
    const config = loadConfig({
      SHILEN_DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHILEN_DEMO: 'true',
      SHILEN_PUBLIC_URL: publicUrl,
    });
    const server = await startServer(config, modules);
    apps.push({ name: 'shilen', app: server.app });
    const db = server.db;
    const loaded = records ? await loadOrganizations(db, records) : await loadOrganizations(db, 0);

    // Record what the database answers for the request, then answer it from memory.
    const real = db.query.bind(db);
    const answers = new Map<string, unknown[]>();
    const key = (q: SqlQuery) => {
      const { text, params } = q.compile();
      return `${text}\u0000${JSON.stringify(params)}`;
    };
    let mode: 'record' | 'replay' = 'record';
    const replaying = async <R>(q: SqlQuery): Promise<R[]> => {
      const k = key(q);
      const known = answers.get(k);
      if (mode === 'replay' && known) return known as R[];
      const rows = await real<R>(q);
      if (mode === 'record') answers.set(k, rows);
      return rows;
    };
    (db as { query: Queryable['query'] }).query = replaying;
    const first = await server.app.inject({ method: 'GET', url });
    if (first.statusCode !== 200) throw new Error(`Shilen answered ${first.statusCode}: ${first.body}`);
    mode = 'replay';
    say(`  ${answers.size} statements recorded; ${first.body.length} characters of JSON`);

    const stub: Queryable = {
      query: replaying,
      queryText: db.queryText,
      copyInto: db.copyInto,
      copyCsvText: db.copyCsvText,
      exec: db.exec,
    };
    const variants: string[][] = [[], ...barePieces.filter((p) => p !== 'formbody').map((p) => [p])];
    variants.push(barePieces.filter((p) => p !== 'swagger' && p !== 'formbody'));
    for (const pieces of variants) {
      const app = await buildBareApp({ db: stub, publicUrl, with: pieces });
      await app.ready();
      const name =
        pieces.length > 5 ? 'bare+all pieces' : pieces.length ? `bare+${pieces.join('+')}` : 'bare';
      const check = await app.inject({ method: 'GET', url });
      if (check.statusCode !== 200) throw new Error(`${name} answered ${check.statusCode}`);
      if (JSON.parse(check.body).total !== JSON.parse(first.body).total) throw new Error(`${name} disagrees`);
      apps.push({ name, app });
    }
    apps.push(apps.shift()!); // Shilen last in each round

    say(`warming up ${apps.length} variants...`);
    for (const { app } of apps) await measure(app, url, Math.min(2000, requests));
    const perRound = new Map<string, number[]>(apps.map((a) => [a.name, []]));
    for (let r = 1; r <= rounds; r++) {
      for (const { name, app } of apps) perRound.get(name)!.push(await measure(app, url, requests));
      say(`  round ${r}/${rounds}`);
    }

    const bare = perRound.get('bare')!;
    const signed = (d: number, of: number) =>
      `${d >= 0 ? '+' : ''}${d.toFixed(0)} µs (${((d / of) * 100).toFixed(0)} %)`;
    const lines = [
      '| variant | CPU µs/req, median round | vs bare | fastest round | vs bare | rounds min–max |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...apps.map(({ name }) => {
        const xs = perRound.get(name)!;
        const [m, lo] = [median(xs), Math.min(...xs)];
        const [bm, blo] = [median(bare), Math.min(...bare)];
        const vs = (x: number, b: number) => (name === 'bare' ? '' : signed(x - b, b));
        return `| ${name} | ${m.toFixed(0)} | ${vs(m, bm)} | ${lo.toFixed(0)} | ${vs(lo, blo)} | ${lo.toFixed(0)}–${Math.max(...xs).toFixed(0)} |`;
      }),
    ];
    bench.publishReport(
      {
        id: `organizations-inject${records ? `/records-${records}` : ''}`,
        title: `Web stack CPU per request, no network, no database${records ? ` (+${records} records)` : ''}`,
        facts: [
          bench.loadLine(),
          `Data: ${loaded}; request GET ${url}, ${first.body.length.toLocaleString('en-US')} characters of JSON`,
          'Shilen: startServer (what `npm start` runs) in this process; its database answers the recorded statements from memory; the job worker keeps polling the real (PGlite) database once a second',
          'Variants: bench/lib/bare-server.ts with no piece, each piece of app.ts alone, all of them (on the same replayed rows); then Shilen',
          `Method: Fastify inject (no socket), one request at a time; ${requests} requests per variant per round, ${rounds} rounds in turns after a warm-up; CPU time of this process (user + system) per request, median round`,
        ],
        rows: [],
        peakRss: {},
        appendix: lines.join('\n'),
      },
      { perRound: Object.fromEntries(perRound) },
    );
  } finally {
    for (const { app } of apps.reverse()) await app.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await main(process.argv.slice(2));
