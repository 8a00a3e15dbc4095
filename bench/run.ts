/**
 * Benchmark runner: `npm run bench -- <benchmark> [options]`; docs/benchmarks.md lists them.
 * A benchmark is bench/<name>.ts: one with a default export `main(argv)` is called here, any
 * other (a plain script) runs as a child process with the same arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const [name, ...argv] = process.argv.slice(2);
const available = fs
  .readdirSync(import.meta.dirname)
  // Not benchmarks: this runner, helper modules (*-lib.ts), scratch files (_*.ts, *.tmp.ts).
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !/^_|-lib\.ts$|\.tmp\.ts$/.test(f))
  .map((f) => f.slice(0, -3))
  .sort();

if (!name || !available.includes(name)) {
  process.stderr.write(
    `usage: npm run bench -- <benchmark> [--engine pglite|postgres] [options]\nbenchmarks: ${available.join(', ')}\nsee docs/benchmarks.md\n`,
  );
  process.exit(name ? 2 : 0);
}

const file = new URL(`./${name}.ts`, import.meta.url);
if (!/export default async function main/.test(fs.readFileSync(file, 'utf8'))) {
  const { status } = spawnSync(process.execPath, [file.pathname, ...argv], { stdio: 'inherit' });
  process.exit(status ?? 1);
}
const module = (await import(file.href)) as { default: (argv: string[]) => Promise<void> };
try {
  await module.default(argv);
} catch (error) {
  process.stderr.write(`bench ${name}: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
}
