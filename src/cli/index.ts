import fs from 'node:fs';
import { modules } from '../modules/index.ts';
import { heapRestart } from './heap.ts';
import { runCli } from './program.ts';

/** Process entry of `shilen`: `npx shilen`, `npm run shilen -- …` or `node src/cli/index.ts`. */

const startupOptions = process.env.NODE_OPTIONS ?? '';
// Settings in ./.env, as `npm start` reads them (--env-file-if-exists); the environment wins.
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const args = process.argv.slice(2);
const restart = heapRestart(modules, args, {
  flags: process.execArgv,
  startupOptions,
  options: process.env.NODE_OPTIONS ?? '',
});
if (restart && process.execve) {
  // An importer of files of any size runs under the heap limit it declares: this process becomes
  // the same command with the flags (execve: the same process, so signals, exit code and memory
  // are the command's own). Nothing has been opened or printed yet.
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...restart, process.argv[1]!, ...args],
    process.env,
  );
}
const { exitCode } = await runCli(args);
// Not process.exit(): output still in flight to a pipe would be cut off. A command that leaves
// nothing running lets the process end by itself; `serve` keeps it up until it is closed.
process.exitCode = exitCode;
