import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { modules } from '../modules/index.ts';
import { heapFlagsFor } from './heap.ts';
import { runCli } from './program.ts';

/** Process entry of `shilen`: `npx shilen`, `npm run shilen -- …` or `node src/cli/index.ts`. */

// Settings in ./.env, as `npm start` reads them (--env-file-if-exists); the environment wins.
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const args = process.argv.slice(2);
const heap = heapFlagsFor(modules, args, process.execArgv, process.env.NODE_OPTIONS);
if (heap.length > 0) {
  // An importer of files of any size runs under the heap limit it declares: the same command in a
  // process of its own with the flags, its output and exit code passed through.
  const child = spawnSync(process.execPath, [...process.execArgv, ...heap, process.argv[1]!, ...args], {
    stdio: 'inherit',
  });
  process.exitCode = child.status ?? 1;
} else {
  const { exitCode } = await runCli(args);
  // Not process.exit(): output still in flight to a pipe would be cut off. A command that leaves
  // nothing running lets the process end by itself; `serve` keeps it up until it is closed.
  process.exitCode = exitCode;
}
