/**
 * Benchmark: what each piece of Shilen's HTTP stack costs on GET /api/v1/organizations.
 *
 * Starts the ceiling (bench/lib/bare-server.ts), then the ceiling with one piece of
 * src/platform/http/app.ts added back (same options as there: logger, request ids, cookie, the two
 * global hooks, compress, helmet, etag, the route's TypeBox schemas, swagger), then all of them,
 * then the real Shilen server — one at a time, on the same data — and reports requests/s and the
 * server's own CPU time per request for each. The CPU time is the figure to read: throughput is
 * capped by PostgreSQL sharing the same CPUs.
 *
 *   npm run bench -- organizations-ablation --engine postgres
 *   npm run bench -- organizations-ablation --engine postgres --accept-encoding 'gzip, deflate, br'
 *
 * Options as organizations-list, plus --variants 'logger;hooks,cookie;all,pg' (variants separated by
 * `;`, pieces by `,`; `pg` / `pg-prepared` put the handler on node-postgres as Shilen's adapter sets
 * it up, without or with named statements; `all` = every piece). Default: the ceiling, each piece
 * alone, the two node-postgres variants, all pieces on node-postgres with named statements
 * (Shilen's stack rebuilt), all pieces on postgres.js, then Shilen itself.
 * Defaults: --connections 10 --warmup 5 --duration 10 --rounds 1.
 */
import { startLoadBench } from './lib/harness.ts';
import { drive, type Round, stackCpuMs, summarise } from './lib/load.ts';
import { loadOrganizations } from './lib/organizations-data.ts';
import type { SeriesRow } from './lib/report.ts';
import { type ServerProcess, startBare, startShilen } from './lib/server.ts';

/** Pieces of app.ts measured one by one by default (swagger and formbody add no per-request work). */
const pieces = ['logger', 'reqid', 'cookie', 'hooks', 'compress', 'helmet', 'etag', 'schema'];
const drivers = ['pg', 'pg-prepared'] as const;
type Driver = (typeof drivers)[number];

interface Variant {
  with: string[];
  driver?: Driver;
}

/** `logger,pg` → the logger piece on node-postgres; `all` → every default piece. */
function variant(spec: string): Variant {
  const tokens = spec.split(',').filter(Boolean);
  const driver = tokens.find((t): t is Driver => (drivers as readonly string[]).includes(t));
  const rest = tokens.filter((t) => t !== driver).flatMap((t) => (t === 'all' ? pieces : [t]));
  return { with: rest, driver };
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startLoadBench('organizations-ablation', argv, {
    connections: '10',
    warmup: '5',
    duration: '10',
    rounds: '1',
    path: '/api/v1/organizations',
    'accept-encoding': undefined,
    variants: undefined,
  });
  const { options, values, say } = bench;
  const urlPath = String(values.path);
  if (!urlPath.startsWith('/api/v1/organizations'))
    throw new Error('--path must be under /api/v1/organizations');
  const headers: Record<string, string> = values['accept-encoding']
    ? { 'accept-encoding': String(values['accept-encoding']) }
    : {};
  const variants: Variant[] = [
    { with: [] },
    ...(values.variants
      ? String(values.variants).split(';').map(variant)
      : [
          ...pieces.map((p) => variant(p)),
          ...(options.engine === 'postgres'
            ? [variant('pg'), variant('pg-prepared'), variant('all,pg-prepared')]
            : []),
          variant('all'),
        ]),
  ];
  const data = await bench.prepare(options.engine, (db) => loadOrganizations(db, options.records));

  const rows: SeriesRow[] = [];
  const peakRss: Record<string, number> = {};
  let running: ServerProcess | undefined;
  try {
    const plan: (() => Promise<ServerProcess>)[] = [
      ...variants.map(
        (v) => () => startBare(data.bare, { pool: options.pool, with: v.with, driver: v.driver }),
      ),
      () => startShilen(data.shilenEnv, { pool: options.pool }),
    ];
    const bareRps = new Map<number, number>();
    const bareCost = new Map<number, number>();
    for (const start of plan) {
      running = await start();
      const server = running;
      const name = server.name.replace(`+${pieces.join('+')}`, '+all pieces');
      const probe = await fetch(`${server.url}${urlPath}`, { headers });
      await probe.arrayBuffer();
      if (probe.status !== 200) throw new Error(`${name} answered ${probe.status}`);
      for (const connections of options.connections) {
        if (options.warmup > 0)
          await drive(server, urlPath, { connections, duration: options.warmup, headers });
        const backends = data.backendPids;
        const app = server.dbApplication;
        const backendPids = backends && app ? () => backends(app) : undefined;
        const rounds: Round[] = [];
        for (let r = 0; r < options.rounds; r++) {
          rounds.push(
            await drive(server, urlPath, { connections, duration: options.duration, headers, backendPids }),
          );
        }
        const summary = summarise(rounds, `${server.url}${urlPath}`, connections);
        if (name === 'bare') bareRps.set(connections, summary.rps);
        if (name === 'bare') bareCost.set(connections, stackCpuMs(summary));
        rows.push({
          server: name,
          summary,
          ofCeiling: summary.rps / bareRps.get(connections)!,
          ofCeilingByCpu: bareCost.get(connections)! / stackCpuMs(summary),
        });
        say(
          `  ${name}, ${connections} connections: ${Math.round(summary.rps)} req/s, ${summary.serverCpuMsPerRequest.toFixed(3)} ms CPU/req`,
        );
      }
      peakRss[name] = server.peakRssMiB();
      await server.stop();
      running = undefined;
    }
  } finally {
    await running?.stop().catch(() => {});
    await data.cleanup();
  }

  rows.sort((a, b) => a.summary.connections - b.summary.connections);
  const cpu = (name: string, c: number) =>
    rows.find((r) => r.server === name && r.summary.connections === c)!.summary.serverCpuMsPerRequest;
  const lines: string[] = ['| conns | server | CPU ms/req | vs bare |', '| ---: | --- | ---: | ---: |'];
  for (const r of rows) {
    const base = cpu('bare', r.summary.connections);
    const delta = r.summary.serverCpuMsPerRequest - base;
    lines.push(
      `| ${r.summary.connections} | ${r.server} | ${r.summary.serverCpuMsPerRequest.toFixed(3)} | ${r.server === 'bare' ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(3)} ms (${((delta / base) * 100).toFixed(0)} %)`} |`,
    );
  }
  const encoding = headers['accept-encoding'];
  bench.publishReport({
    id: `organizations-ablation/${options.engine}${values.variants ? '/chosen-variants' : ''}${encoding ? '/compressed' : ''}${options.records ? `/records-${options.records}` : ''}`,
    title: `What each piece costs — ${options.engine}${encoding ? `, Accept-Encoding: ${encoding}` : ''}${options.records ? `, +${options.records} records` : ''}`,
    facts: [
      `${bench.loadLine()} (other work on the machine shows here; it falls on all servers alike only as far as the rounds alternate)`,
      `Data: ${data.loaded}`,
      `Request: GET ${urlPath}${encoding ? ` with Accept-Encoding: ${encoding}` : ' without Accept-Encoding'}`,
      'Servers: the ceiling (bench/lib/bare-server.ts), the ceiling with BARE_WITH=<piece> (that piece of src/platform/http/app.ts added back with the same options), with all of them, and the real Shilen server; one at a time, on the same database',
      `Load: autocannon, pipelining 1, ${options.warmup} s warm-up then ${options.rounds} × ${options.duration} s per server`,
      'Read the CPU column: server CPU ms/req is the user + system time of the server process per request; requests/s is capped by PostgreSQL on the same CPUs and moves little',
    ],
    rows,
    peakRss,
    appendix: lines.join('\n'),
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (import.meta.main) await main(process.argv.slice(2));
