import { describe, expect, it } from 'vitest';
import { createTestApp, engine } from '../helpers.ts';
import { describeFailure, fuzz, listenForFuzz } from './fuzz-lib.ts';

/**
 * Every route of every module, fuzzed over real HTTP: never a 5xx, every 4xx in the route's own
 * error format. FUZZ_REQUESTS and FUZZ_SEED replay a run; `npm run bench -- fuzz` sends 100,000.
 */
const { app, ctx } = await createTestApp();
const { base, callers } = await listenForFuzz(app, ctx);
const count = Number(process.env.FUZZ_REQUESTS ?? 2_500);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

describe(`fuzzing every route (${engine})`, () => {
  it(`answers ${count} generated requests (seed ${seed}) without a 5xx, each 4xx in its route's format`, {
    timeout: 120_000,
  }, async () => {
    const routes = app.shilen.routes;
    expect(routes.length).toBeGreaterThan(150);
    const result = await fuzz({ base, routes, callers, count, seed, concurrency: 4 });
    const statuses = [...result.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.info(
      `fuzz ${engine}: ${result.requests} requests in ${result.seconds.toFixed(1)} s; ${statuses.join(', ')}`,
    );
    // 5xx first; the count of each status among the failures in the message.
    const failures = [...result.failures].sort((a, b) => b.status - a.status);
    const byStatus = new Map<number, number>();
    for (const f of failures) byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + 1);
    const counts = [...byStatus].map(([status, n]) => `${n}× ${status}`).join(', ');
    const lines = failures.slice(0, 25).map(describeFailure);
    expect(lines, `seed ${seed}: ${failures.length} failures (${counts})`).toEqual([]);
    expect(result.requests).toBe(count);
    // The run reached handlers, not only the guard: some requests succeeded, some were refused.
    expect([...result.statuses.keys()].some((s) => s < 400)).toBe(true);
    expect(result.statuses.get(400)).toBeGreaterThan(0);
  });
});
