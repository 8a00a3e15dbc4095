// Case submissions under a steady arrival rate: `npm run bench -- feedback-submit [--rate 200]
// [--duration 60] [--max-in-flight 128] [--pg-url …]`. The real server (src/main.ts) on the
// PostgreSQL server; POST /api/v1/feedback/cases with an API token and an Idempotency-Key each,
// sent by a bounded open loop on 127.0.0.1 (a request is started every 1/rate s whether or not the
// earlier ones are answered, at most --max-in-flight at once). Afterwards every acknowledged
// tracking number is looked up in the database: all must be there, each once.
//
// The write limit: one API token may make SHILEN_TOKEN_WRITES_PER_MINUTE writes a minute (default
// 120, as for people). A switchboard filing 200 a second needs 12,000 a minute, so the benchmark
// runs the server with SHILEN_TOKEN_WRITES_PER_MINUTE=20000 — the setting an operator gives such a
// system — and the limit is still counted on every request.
import postgres from 'postgres';
import { benchCase, feedbackToken } from './lib/feedback-load.ts';
import { percentile, startBench } from './lib/harness.ts';
import { startShilen } from './lib/server.ts';

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('feedback-submit', argv, { rate: '200', duration: '60', 'max-in-flight': '128' });
  const rate = bench.whole('rate', 1);
  const duration = bench.whole('duration', 1);
  const maxInFlight = bench.whole('max-in-flight', 1);
  let token = '';
  const data = await bench.prepare('postgres', async (db) => {
    token = await feedbackToken(db);
    return 'the demo data (organisations, 240 demo cases) and one API token with the feedback.submit-api scope';
  });
  const server = await startShilen(
    { ...data.shilenEnv, SHILEN_TOKEN_WRITES_PER_MINUTE: '20000' },
    { pool: 10 },
  );
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  const failures = new Map<string, number>();
  let started = 0;
  let inFlight = 0;
  let skipped = 0;
  const cpuBefore = server.cpuMs();
  let serverCpuMs = 0;
  const t0 = performance.now();
  try {
    const send = async (n: number) => {
      inFlight++;
      const begin = performance.now();
      try {
        const res = await fetch(`${server.url}/api/v1/feedback/cases`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': `bench-${n}-${t0.toFixed(0)}`,
          },
          body: JSON.stringify(benchCase(n)),
        });
        const body = (await res.json()) as { number?: string };
        if (res.status === 201 && body.number) {
          latencies.push(performance.now() - begin);
          acknowledged.push(body.number);
        } else failures.set(String(res.status), (failures.get(String(res.status)) ?? 0) + 1);
      } catch (error) {
        failures.set((error as Error).message, (failures.get((error as Error).message) ?? 0) + 1);
      } finally {
        inFlight--;
      }
    };
    const pending: Promise<void>[] = [];
    const total = rate * duration;
    for (let n = 0; n < total; n++) {
      const due = t0 + (n * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      // Bounded: past the cap the arrival is counted as missed, never queued without limit.
      if (inFlight >= maxInFlight) {
        skipped++;
        continue;
      }
      started++;
      pending.push(send(n));
    }
    await Promise.all(pending);
    serverCpuMs = server.cpuMs() - cpuBefore;
  } finally {
    await server.stop();
  }
  const elapsed = (performance.now() - t0) / 1000;
  const sql = postgres(data.shilenEnv.DATABASE_URL!, { max: 1, onnotice: () => {} });
  let found = 0;
  let distinct = 0;
  try {
    const rows = await sql<{ found: number; distinct: number }[]>`
      select count(*)::int as found, count(distinct number)::int as distinct from feedback_cases
      where number = any(${acknowledged}::text[])`;
    found = rows[0]?.found ?? 0;
    distinct = rows[0]?.distinct ?? 0;
  } finally {
    await sql.end({ timeout: 5 });
    await data.cleanup();
  }
  latencies.sort((a, b) => a - b);
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  const met =
    errors === 0 &&
    skipped === 0 &&
    found === acknowledged.length &&
    acknowledged.length / elapsed >= rate * 0.98;
  const markdown = `### Feedback: case submissions at ${rate} a second for ${duration} s — postgres

${bench.measured}

${bench.machineLines().join('\n')}
- Data: ${data.loaded}; ${data.where}, dropped after the run
- Load: POST /api/v1/feedback/cases with a Bearer API token and its own Idempotency-Key, an open loop on 127.0.0.1 starting one request every ${(1000 / rate).toFixed(1)} ms (at most ${maxInFlight} in flight; arrivals past that counted as missed). Server with DATABASE_POOL_MAX=10 and SHILEN_TOKEN_WRITES_PER_MINUTE=20000 (the write limit still counted per request)
- CPU of the server process during the load: ${(serverCpuMs / 1000).toFixed(1)} s in ${((performance.now() - t0) / 1000).toFixed(1)} s of wall time (${(serverCpuMs / Math.max(1, started)).toFixed(2)} ms a request), on 2 cores shared with PostgreSQL, the load generator and other work
- Each acknowledged case commits, in one transaction, the case, its contact row (a third of them), its first event, its escalation job and its audit entry, before the number is returned

**${met ? 'Met' : 'NOT met'}: ${acknowledged.length} acknowledged in ${elapsed.toFixed(1)} s (${(acknowledged.length / elapsed).toFixed(1)}/s), ${errors} errors, ${skipped} missed arrivals; ${found} of ${acknowledged.length} acknowledged cases found afterwards (${distinct} distinct)**

| sent | acknowledged | errors | missed | per second | p50 ms | p95 ms | p99 ms | max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${started} | ${acknowledged.length} | ${errors}${errors ? ` (${[...failures].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} | ${skipped} | ${(acknowledged.length / elapsed).toFixed(1)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${(latencies.at(-1) ?? 0).toFixed(1)} |

`;
  bench.publish('feedback-submit/postgres', markdown);
  if (!met) process.exitCode = 1;
}
