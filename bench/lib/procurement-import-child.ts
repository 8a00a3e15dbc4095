/**
 * One import in a process of its own, so that its peak memory is the import's alone:
 * `node bench/lib/procurement-import-child.ts FILE` with DATABASE_URL (or SHILEN_DATA_DIR) set.
 * Prints one JSON line: seconds, releases, peak RSS and heap in MiB, CPU seconds, milliseconds per
 * phase of the import, the report's counts.
 */

import { modules } from '../../src/modules/index.ts';
import { importOcdsFile } from '../../src/modules/procurement/import/run.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openContext } from '../../src/platform/runtime.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: procurement-import-child.ts FILE');
const ctx = await openContext(
  loadConfig({ ...process.env, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '2' }),
  modules,
);
let peak = 0;
let heapPeak = 0;
const sample = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}, 100);
const started = performance.now();
const times: Record<string, number> = {};
const report = await importOcdsFile(ctx, file, { actor: systemActor('bench'), times });
const seconds = (performance.now() - started) / 1000;
clearInterval(sample);
await ctx.db.close();
process.stdout.write(
  `${JSON.stringify({
    seconds,
    added: report.added,
    unchanged: report.unchanged,
    problems: report.problemCount,
    firstProblems: report.problems.slice(0, 3),
    phases: times,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    peakHeapMiB: heapPeak / 1048576,
    peakRssMiB: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1048576,
  })}\n`,
);
