// Fuzzing every route: `npm run bench -- fuzz [--engine pglite|postgres] [--requests 100000]
// [--seed N] [--concurrency 8] [--pg-url …] [--no-docs]`. The app of `npm start` on a fresh
// database with the demo data, listening on 127.0.0.1; property-based requests generated from its
// own route list (test/fuzz/fuzz-lib.ts, the same generator as `npm test`'s few thousand), as
// anonymous and as a signed-in platform administrator. The property: no 5xx, every 4xx in the
// route's own error format. Writes its figures (requests, seconds, statuses) into
// docs/benchmarks.md; exits 1 on any failure, listing the first ones.
//
// The write limit (120 a minute per person or address) answers 429 to most writes of a run this
// long: a 4xx in the route's format like any other, counted in the figures.
import { randomBytes } from 'node:crypto';
import { modules } from '../src/modules/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { openContext } from '../src/platform/runtime.ts';
import { allMigrations } from '../src/platform/setup.ts';
import { describeFailure, fuzz, listenForFuzz } from '../test/fuzz/fuzz-lib.ts';
import { startBench } from './lib/harness.ts';
import { loadAverage, machineLine } from './lib/machine.ts';

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('fuzz', argv, {
    engine: 'pglite',
    requests: '100000',
    seed: String(Date.now() % 1_000_000),
    concurrency: '8',
  });
  const engine = bench.engine();
  const count = bench.whole('requests', 1);
  const seed = bench.whole('seed');
  const concurrency = bench.whole('concurrency', 1);
  const data = await bench.prepare(engine, async () => 'the demo data');
  const config = loadConfig({
    ...data.shilenEnv,
    LOG_LEVEL: 'fatal',
    SHILEN_DEMO: 'false',
    SHILEN_PUBLIC_URL: 'http://127.0.0.1',
    DATABASE_POOL_MAX: '4',
  });
  const ctx = await openContext(config, modules);
  const app = await buildApp({
    config,
    db: ctx.db,
    modules,
    migrations: allMigrations(modules),
    secret: randomBytes(32).toString('hex'),
  });
  try {
    const { base, callers } = await listenForFuzz(app, ctx);
    const routes = app.shilen.routes;
    const result = await fuzz({
      base,
      routes,
      callers,
      count,
      seed,
      concurrency,
      onProgress: (done) => {
        if (done % 10_000 === 0) process.stderr.write(`  ${done.toLocaleString('en-US')} requests\n`);
      },
    });
    const statuses = [...result.statuses].sort(([a], [b]) => a - b);
    const command = `npm run bench -- fuzz --engine ${engine} --requests ${count} --seed ${seed} --concurrency ${concurrency}`;
    const markdown = `### Fuzzing every route — ${engine}

${bench.date} UTC · \`${command}\`

- ${machineLine(bench.machine)}; load average before ${bench.loadBefore}, after ${loadAverage()}.
- ${routes.length} routes (every module's, pages, CKAN and Open311 included), ${data.loaded}; anonymous and a signed-in platform administrator.
- **${result.requests.toLocaleString('en-US')} requests in ${result.seconds.toFixed(0)} s** (${(result.requests / result.seconds).toFixed(0)} requests/s, ${concurrency} at a time); **${result.failures.length} failures** (a 5xx, a 4xx not in its route's format, or no answer).

| status | requests |
| --- | ---: |
${statuses.map(([status, n]) => `| ${status} | ${n.toLocaleString('en-US')} |`).join('\n')}

`;
    bench.publish(`fuzz/${engine}`, markdown);
    for (const failure of result.failures.slice(0, 50)) console.log(describeFailure(failure));
    if (result.failures.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
    await ctx.db.close();
    await data.cleanup();
  }
}
