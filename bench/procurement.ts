/**
 * Procurement at national scale, on the PostgreSQL server:
 *
 *   npm run bench -- procurement                       # all three parts
 *   npm run bench -- procurement --part list --records 1000000
 *   npm run bench -- procurement --part import --releases 1000000
 *
 * - list: GET /api/v1/procurement/processes with filters, the real server (src/main.ts) against
 *   the ceiling (bench/lib/procurement-bare-server.ts: bare Fastify + postgres.js running the same
 *   `listForApi`), taking turns in the same run; --records processes (default 1,000,000) written by
 *   SQL (bench/lib/procurement-data.ts).
 * - flags: `recomputeProcessFlags` for --samples processes picked across those (one transaction each).
 * - import: `importOcdsFile` of --releases line-delimited releases (default 1,000,000) into a fresh
 *   database, in a process of its own (bench/lib/procurement-import-child.ts): releases per second
 *   and peak resident memory.
 * Common options as elsewhere: --connections 10,50 --warmup 5 --duration 10 --rounds 2 --pool 10 --no-docs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countryPackFor } from '../src/country/index.ts';
import { recomputeProcessFlags } from '../src/modules/procurement/flags-refresh.ts';
import { OCDS_IMPORT_HEAP } from '../src/modules/procurement/import/run.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import { sql } from '../src/platform/db/sql.ts';
import type { CommonOptions } from './lib/args.ts';
import { compare } from './lib/compare.ts';
import { prepareData } from './lib/engine.ts';
import { startLoadBench } from './lib/harness.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { loadSyntheticProcesses, writeBenchReleases } from './lib/procurement-data.ts';
import { measureFloor } from './lib/procurement-floor.ts';
import { freePort, repoRoot, type ServerProcess, startProcess, startShilen } from './lib/server.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const ms = (v: number) => v.toFixed(1);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function listAndFlags(options: CommonOptions, samples: number, paths: string[]) {
  const records = options.records || 1_000_000;
  const load = loadAverage();
  say(`loading ${records.toLocaleString('en-US')} processes...`);
  const data = await prepareData('postgres', options.pgUrl, (db) => loadSyntheticProcesses(db, records));
  const lines: string[] = [];
  const servers: ServerProcess[] = [];
  try {
    // Flags first, on a quiet database.
    const config = loadConfig({ DATABASE_URL: data.shilenEnv.DATABASE_URL!, DATABASE_POOL_MAX: '2' });
    const db = await openDatabase(config);
    const country = countryPackFor(config.country);
    const ids = await db.query<{ id: number }>(sql`
      select id from procurement_processes where id % ${Math.max(1, Math.floor(records / samples))} = 0 limit ${samples}`);
    const times: number[] = [];
    for (const { id } of ids) {
      const t = performance.now();
      await db.transaction((tx) => recomputeProcessFlags(tx, country, id));
      times.push(performance.now() - t);
    }
    const [{ perBuyer }] = (await db.query<{ perBuyer: number }>(sql`
      select round(avg(n))::int as "perBuyer" from (select count(*) as n from procurement_processes group by buyer_id) x`)) as [
      { perBuyer: number },
    ];
    await db.close();
    const p95 = percentile(times, 95);
    lines.push(
      `### Red flags recomputed for a changed process — ${records.toLocaleString('en-US')} processes, postgres`,
      '',
      `- ${machineLine(describeMachine())}; load average ${load} before the run`,
      `- Data: ${data.loaded}; about ${perBuyer.toLocaleString('en-US')} processes per buyer`,
      `- Measured: \`recomputeProcessFlags(tx, country, id)\` (its own flags from the compiled release, then the cross-process flags of it and every process of the same buyer in the same years) in a transaction of its own, for ${times.length} processes spread over the table, one at a time`,
      '',
      `**p95 ${ms(p95)} ms (target < 100 ms: ${p95 < 100 ? 'met' : 'NOT met'}); p50 ${ms(percentile(times, 50))} ms, max ${ms(Math.max(...times))} ms**`,
      '',
    );
    say(lines.at(-3)!);

    const port = await freePort();
    const bare = await startProcess('bare', {
      script: 'bench/lib/procurement-bare-server.ts',
      dbApplication: 'shilen-bench-postgres.js',
      port,
      env: {
        PORT: String(port),
        BARE_DATABASE_URL: data.shilenEnv.DATABASE_URL!,
        BARE_POOL_MAX: String(options.pool),
        BARE_PUBLIC_URL: 'http://shilen.bench',
      },
    });
    servers.push(bare);
    const shilen = await startShilen(data.shilenEnv, { pool: options.pool });
    servers.push(shilen);
    lines.push(
      `### Procurement list API — ${records.toLocaleString('en-US')} processes, postgres`,
      '',
      `- ${machineLine(describeMachine())}; load average ${loadAverage()} before the list rounds`,
      `- Shilen: src/main.ts, LOG_LEVEL=warn, pool ${options.pool}. Ceiling: bench/lib/procurement-bare-server.ts (bare Fastify 5 + postgres.js, pool ${options.pool}, prepared statements) running the same \`listForApi\` (same SQL and presentation)`,
      `- autocannon on loopback, per connection count ${options.warmup} s warm-up per server, then ${options.rounds} × ${options.duration} s per server taking turns; the load generator, both servers and PostgreSQL share the machine`,
      '',
      '| request | connections | server | req/s | p50 ms | p99 ms | of ceiling |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    );
    const verdicts: string[] = [];
    for (const urlPath of paths) {
      const answers = await Promise.all(servers.map(async (s) => (await fetch(`${s.url}${urlPath}`)).json()));
      const [a, b] = answers as { items: { ocid: string }[] }[];
      if (a!.items.map((i) => i.ocid).join() !== b!.items.map((i) => i.ocid).join())
        throw new Error(`bare and shilen disagree on ${urlPath}`);
      say(`  ${urlPath}: ${a!.items.length} items, same on both`);
      const results = await compare(servers, urlPath, { ...options, backendPids: data.backendPids });
      for (const [connections, byServer] of results) {
        const ceiling = byServer.get('bare')!;
        const real = byServer.get('shilen')!;
        const ratio = real.rps / ceiling.rps;
        for (const [name, s] of [
          ['bare (ceiling)', ceiling],
          ['shilen', real],
        ] as const)
          lines.push(
            `| \`${urlPath}\` | ${connections} | ${name} | ${Math.round(s.rps)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p99)} | ${name === 'shilen' ? `${(ratio * 100).toFixed(1)} %` : ''} |`,
          );
        if (connections === 50)
          verdicts.push(
            `\`${urlPath}\`: ${(ratio * 100).toFixed(1)} % of the ceiling (≥ 60 %: ${ratio >= 0.6 ? 'met' : 'NOT met'}), p99 ${ms(real.latencyMs.p99)} ms (< 50 ms: ${real.latencyMs.p99 < 50 ? 'met' : 'NOT met'})`,
          );
      }
    }
    lines.push('', `At 50 connections: ${verdicts.join('; ')}. Load average ${loadAverage()} after.`, '');
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    await data.cleanup();
  }
  return lines;
}

/** The import child's V8 heap: the one `shilen import ocds` runs in (`OCDS_IMPORT_HEAP`). */
const IMPORT_NODE_FLAGS = [
  `--max-old-space-size=${OCDS_IMPORT_HEAP.oldSpace}`,
  `--max-semi-space-size=${OCDS_IMPORT_HEAP.semiSpace}`,
];

async function importPart(options: CommonOptions, releases: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-ocds-bench-'));
  const file = path.join(dir, 'releases.ndjson');
  try {
    say(`writing ${releases.toLocaleString('en-US')} releases...`);
    const writing = performance.now();
    const bytes = await writeBenchReleases(file, releases);
    const written = (performance.now() - writing) / 1000;
    const load = loadAverage();
    const data = await prepareData('postgres', options.pgUrl, async () => 'the demo data');
    try {
      say('importing...');
      // PostgreSQL's CPU time for the import: its backends' user and system time, read from /proc
      // while they run (the server is on this machine).
      const backendCpu = new Map<number, number>();
      const poll = setInterval(async () => {
        for (const pid of (await data.backendPids?.('shilen').catch(() => [])) ?? []) {
          try {
            const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            // utime and stime, in clock ticks (100 a second on Linux).
            backendCpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
          } catch {
            // The backend ended between the query and the read.
          }
        }
      }, 500);
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [...IMPORT_NODE_FLAGS, 'bench/lib/procurement-import-child.ts', file],
          {
            cwd: repoRoot,
            env: { ...process.env, DATABASE_URL: data.shilenEnv.DATABASE_URL! },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        let text = '';
        child.stdout.on('data', (c) => {
          text += c;
        });
        child.once('exit', (code) =>
          code === 0 ? resolve(text) : reject(new Error(`import child exited ${code}`)),
        );
      }).finally(() => clearInterval(poll));
      const r = JSON.parse(out) as {
        seconds: number;
        added: number;
        problems: number;
        peakRssMiB: number;
        cpuSeconds: number;
        phases: Record<string, number>;
      };
      const rate = r.added / r.seconds;
      const pgCpu = [...backendCpu.values()].reduce((a, b) => a + b, 0);
      say('measuring the floor...');
      const floor = await measureFloor(data.shilenEnv.DATABASE_URL!, file);
      const us = (seconds: number) => ((seconds * 1e6) / floor.releases).toFixed(0);
      const copyRate = floor.releases / floor.copySeconds;
      return [
        `### OCDS import — ${releases.toLocaleString('en-US')} releases, postgres`,
        '',
        `- ${machineLine(describeMachine())}; load average ${load} before, ${loadAverage()} after`,
        `- File: ${releases.toLocaleString('en-US')} line-delimited releases (each a process at contract stage with tender, bids, award and contract), ${(bytes / 1048576).toFixed(0)} MiB, from bench/lib/procurement-data.ts, written in ${written.toFixed(0)} s`,
        `- Measured: \`importOcdsFile\` in a process of its own (bench/lib/procurement-import-child.ts, \`${IMPORT_NODE_FLAGS.join(' ')}\`): every release checked against the official schema, stored, compiled, its process, contracts, suppliers, search documents and red flags written, one transaction; peak RSS sampled every 100 ms`,
        '',
        `**${Math.round(rate).toLocaleString('en-US')} releases/s (target ≥ 20,000: ${rate >= 20000 ? 'met' : 'NOT met'}); ${r.added.toLocaleString('en-US')} added in ${r.seconds.toFixed(0)} s, ${r.problems} problems; peak memory ${r.peakRssMiB.toFixed(0)} MiB (target < 400 MB: ${r.peakRssMiB < 381 ? 'met' : 'NOT met'})**`,
        '',
        `CPU: the import's Node process ${r.cpuSeconds.toFixed(0)} s, its PostgreSQL backend ${pgCpu.toFixed(0)} s, in ${r.seconds.toFixed(0)} s. Phases (seconds; writing a batch overlaps reading and checking the next, so they add up to more than the total):`,
        '',
        '| phase | s |',
        '| --- | ---: |',
        ...Object.entries(r.phases).map(([phase, ms]) => `| ${phase} | ${(ms / 1000).toFixed(1)} |`),
        '',
        `Floor, the same file in the same run (bench/lib/procurement-floor.ts): the database alone COPYs its lines into a table of one \`json\` column and a primary key at ${Math.round(copyRate).toLocaleString('en-US')} releases/s (${us(floor.copySeconds)} µs a release, its one backend busy throughout); Node alone reads, parses and checks them against the schema in ${us(floor.checkCpuSeconds)} µs of CPU a release. 20,000 releases/s on ${os.cpus().length} cores leaves ${((os.cpus().length * 1e6) / 20000).toFixed(0)} µs of CPU a release for all of it, and the one transaction's backend ${(1e6 / 20000).toFixed(0)} µs; the import measured ${((r.cpuSeconds * 1e6) / r.added).toFixed(0)} µs of Node and ${((pgCpu * 1e6) / r.added).toFixed(0)} µs of PostgreSQL a release.`,
        '',
      ];
    } finally {
      await data.cleanup();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startLoadBench('procurement', argv, { part: 'all', releases: '1000000', samples: '200' });
  const { options, values } = bench;
  const part = String(values.part);
  const sections: string[] = [bench.measured, ''];
  if (part === 'all' || part === 'list')
    sections.push(
      ...(await listAndFlags(options, Number(values.samples), [
        '/api/v1/procurement/processes?method=open&aimag=65&limit=50',
        '/api/v1/procurement/processes?flag=split&sort=-value&limit=50',
      ])),
    );
  if (part === 'all' || part === 'import')
    sections.push(...(await importPart(options, Number(values.releases))));
  bench.publish(`procurement/${part}`, sections.join('\n'));
}
