/**
 * Benchmark: GET /api/v1/organizations on the real Shilen server against the ceiling, a bare
 * Fastify handler running the same SQL on the same data (bench/lib/bare-server.ts).
 *
 *   npm run bench -- organizations-list --engine postgres
 *   npm run bench -- organizations-list --engine pglite
 *   npm run bench -- organizations-list --engine postgres --records 100000
 *
 * Options: --engine pglite|postgres, --records N (synthetic bodies on top of the demo data),
 * --connections 10,50, --warmup 10, --duration 10 (seconds per round), --rounds 2, --pool 10,
 * --path /api/v1/organizations?..., --accept-encoding 'gzip, deflate, br', --profile, --no-docs,
 * --pg-url postgres://... (server where the fresh database is made).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compare } from './lib/compare.ts';
import { startLoadBench } from './lib/harness.ts';
import { type Summary, stackCpuMs } from './lib/load.ts';
import { loadOrganizations } from './lib/organizations-data.ts';
import { newestProfile, profileMarkdown, summariseProfile } from './lib/profile.ts';
import type { SeriesRow } from './lib/report.ts';
import { repoRoot, type ServerProcess, startBare, startShilen } from './lib/server.ts';

/**
 * Code whose whole cost (inclusive time) a profile reports. Hook-based plugins (compress, etag,
 * cookie, helmet) are left out on purpose: Fastify continues the hook chain and writes the
 * response synchronously inside each hook's callback, so all of that would be charged to them;
 * their own cost is in the self-time tables.
 */
const inclusivePlaces = [
  'fast-json-stringify',
  'ajv',
  'pino',
  'postgres',
  'pg',
  'pg-protocol',
  '@electric-sql/pglite',
  'src/modules/organizations/service.ts',
  'src/modules/organizations/routes.ts',
];

interface Response {
  status: number;
  bytes: number;
  total: number;
  slugs: string[];
  headers: Record<string, string>;
}

async function sample(
  server: ServerProcess,
  urlPath: string,
  headers: Record<string, string>,
): Promise<Response> {
  const response = await fetch(`${server.url}${urlPath}`, { headers });
  const body = await response.text();
  const json = JSON.parse(body) as { total: number; items: { slug: string }[] };
  return {
    status: response.status,
    bytes: Buffer.byteLength(body),
    total: json.total,
    slugs: json.items.map((i) => i.slug),
    headers: Object.fromEntries(response.headers),
  };
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startLoadBench('organizations-list', argv, {
    path: '/api/v1/organizations',
    'accept-encoding': undefined,
    'no-pg-row': false,
  });
  const { options, values, say, machine } = bench;
  const withPgRow = !values['no-pg-row'];
  const urlPath = String(values.path);
  if (!urlPath.startsWith('/api/v1/organizations'))
    throw new Error('--path must be under /api/v1/organizations');
  const headers: Record<string, string> = values['accept-encoding']
    ? { 'accept-encoding': String(values['accept-encoding']) }
    : {};
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profileDir = path.join(repoRoot, 'bench', 'results', 'profiles', stamp);
  const profArgs = (name: string) =>
    options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, name)}`] : undefined;

  const data = await bench.prepare(options.engine, (db) => loadOrganizations(db, options.records));
  const servers: ServerProcess[] = [];
  try {
    say('starting the ceiling and Shilen...');
    const bare = await startBare(data.bare, { pool: options.pool, nodeArgs: profArgs('bare') });
    servers.push(bare);
    // On a server, also the same bare handler on node-postgres set up as Shilen's driver: it
    // tells the driver's share of the gap from the web stack's.
    const barePg =
      options.engine === 'postgres' && withPgRow
        ? await startBare(data.bare, {
            pool: options.pool,
            driver: 'pg-prepared',
            nodeArgs: profArgs('bare-pg'),
          })
        : undefined;
    if (barePg) servers.push(barePg);
    const shilen = await startShilen(data.shilenEnv, { pool: options.pool, nodeArgs: profArgs('shilen') });
    servers.push(shilen);

    const order = servers.map((x) => x.name);
    // Same request, same answer: they must agree before their speeds mean anything.
    const answers = await Promise.all(servers.map((s) => sample(s, urlPath, headers)));
    const a = answers[0]!;
    const b = answers.at(-1)!;
    for (const [i, answer] of answers.entries()) {
      if (answer.status !== 200) throw new Error(`${servers[i]!.name} answered ${answer.status}`);
      if (answer.total !== a.total || answer.slugs.join() !== a.slugs.join()) {
        throw new Error(
          `${servers[i]!.name} and bare disagree: totals ${answer.total} and ${a.total}, or items`,
        );
      }
    }
    say(
      `  all answer ${a.slugs.length} items of ${a.total}; ${answers.map((x) => x.bytes).join(', ')} bytes of JSON`,
    );

    const results = await compare(servers, urlPath, {
      ...options,
      headers,
      backendPids: data.backendPids,
    });

    const rows: SeriesRow[] = [];
    const ratios: string[] = [];
    const driverRatios: string[] = [];
    const cpuRatios: string[] = [];
    for (const [connections, byServer] of results) {
      const ceiling = byServer.get(bare.name)!;
      const real = byServer.get(shilen.name)!;
      const byCpu = (x: Summary) => stackCpuMs(ceiling) / stackCpuMs(x);
      rows.push({ server: 'bare (ceiling)', summary: ceiling, ofCeiling: 1, ofCeilingByCpu: 1 });
      if (barePg) {
        const pgRow = byServer.get(barePg.name)!;
        rows.push({
          server: 'bare on pg',
          summary: pgRow,
          ofCeiling: pgRow.rps / ceiling.rps,
          ofCeilingByCpu: byCpu(pgRow),
        });
        driverRatios.push(`${((real.rps / pgRow.rps) * 100).toFixed(1)} % at ${connections}`);
      }
      rows.push({
        server: 'shilen',
        summary: real,
        ofCeiling: real.rps / ceiling.rps,
        ofCeilingByCpu: byCpu(real),
      });
      cpuRatios.push(`${(byCpu(real) * 100).toFixed(1)} % at ${connections}`);
      ratios.push(`${((real.rps / ceiling.rps) * 100).toFixed(1)} % at ${connections} connections`);
    }
    const worst = Math.min(...rows.filter((r) => r.server === 'shilen').map((r) => r.ofCeiling!));
    const peakRss: Record<string, number> = Object.fromEntries(servers.map((s) => [s.name, s.peakRssMiB()]));

    const served: Record<string, number> = {
      bare: bare.served,
      'bare-pg': barePg?.served ?? 0,
      shilen: shilen.served,
    };
    for (const s of servers.splice(0)) await s.stop();

    let appendix: string | undefined;
    if (options.profile) {
      const parts: string[] = [];
      for (const name of ['bare', 'bare-pg', 'shilen']) {
        const file = newestProfile(path.join(profileDir, name));
        if (!file && name === 'bare-pg') continue;
        if (!file) {
          say(`  no profile was written for ${name}`);
          continue;
        }
        const summary = summariseProfile(file, inclusivePlaces);
        parts.push(profileMarkdown(name, summary, served[name]));
        say(`  profile of ${name}: ${path.relative(repoRoot, file)}`);
      }
      appendix = parts.join('\n\n');
      fs.writeFileSync(path.join(profileDir, 'summary.md'), `${appendix}\n`);
      say(`  profile summary: ${path.relative(repoRoot, path.join(profileDir, 'summary.md'))}`);
    }

    const request = `GET ${urlPath}${headers['accept-encoding'] ? ` with Accept-Encoding: ${headers['accept-encoding']}` : ' (no Accept-Encoding, as curl or a script sends it)'}; ${a.slugs.length} items of ${a.total}, ${b.bytes.toLocaleString('en-US')} bytes of JSON from Shilen, ${a.bytes.toLocaleString('en-US')} from the ceiling (the same items in the same order, checked before measuring)`;
    bench.publishReport(
      {
        id: `organizations-list/${options.engine}${options.records ? `/records-${options.records}` : ''}${options.profile ? '/profiled' : ''}`,
        title: `Organisations list API — ${options.engine}${options.records ? `, +${options.records.toLocaleString('en-US')} records` : ', demo data'}${options.profile ? ', every server under --cpu-prof' : ''}`,
        facts: [
          `${bench.loadLine()} (other work on the machine shows here; it falls on all servers alike only as far as the rounds alternate)`,
          `Data: ${data.loaded}; ${data.where}`,
          `Request: ${request}`,
          `Shilen: \`src/main.ts\` in its own process, LOG_LEVEL=warn, DATABASE_POOL_MAX=${options.pool}`,
          options.engine === 'postgres'
            ? `Ceiling: bench/lib/bare-server.ts — bare Fastify 5 + postgres.js (pool ${options.pool}, prepared statements), no plugins, hooks, validation or response schema, calling the same \`listOrganizations\` (same page and count SQL) and \`presentOrganization\`, JSON.stringify${barePg ? '. "bare on pg": the same handler on node-postgres set up as src/platform/db/postgres.ts (named, i.e. prepared, statements), the driver Shilen uses — informative, not the ceiling' : ''}`
            : 'Ceiling: bench/lib/bare-server.ts — bare Fastify 5 over its own PGlite instance on a copy of the same data folder (one embedded database cannot be opened by two processes), calling the same `listOrganizations` and `presentOrganization`, no plugins, hooks, validation or response schema',
          `Load: autocannon on loopback in the harness process, pipelining 1; per connection count ${options.warmup} s warm-up per server, then ${options.rounds} × ${options.duration} s measured per server, taking turns (${order.join(', ')}, then again). Percentiles are over all measured requests. The load generator, the servers${options.engine === 'postgres' ? ' and PostgreSQL' : ''} share the ${machine.cpus} CPUs.`,
          "CPU-cost ratio: the ceiling's CPU per request (server process + its PostgreSQL backends + load generator) over this stack's: what % of the ceiling it would reach on a quiet machine where CPU is the limit; it moves much less than req/s when other work shares the machine.",
          'Server CPU ms/req: user + system time of the server process alone during the measured rounds, per request. DB CPU ms/req: the same for the PostgreSQL backends serving that server (found by application_name). All CPU ms/req: busy CPU time of the whole machine (servers, PostgreSQL, load generator, kernel) per request. Machine busy: share of all CPUs busy during its rounds.',
        ],
        rows,
        peakRss,
        verdict: `Shilen reaches ${ratios.join(', ')} of the ceiling measured in the same run (target ≥ 60 %: ${worst >= 0.6 ? 'met' : 'NOT met'})${driverRatios.length ? `; against the bare handler on its own driver (node-postgres) ${driverRatios.join(', ')} connections` : ''}. By CPU cost per request (server + its PostgreSQL backends + load generator), Shilen is at ${cpuRatios.join(', ')} connections of the ceiling.`,
        appendix,
      },
      { results: Object.fromEntries([...results].map(([c, m]) => [c, Object.fromEntries(m)])) },
    );
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    await data.cleanup();
  }
}

if (import.meta.main) await main(process.argv.slice(2));
