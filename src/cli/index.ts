import fs from 'node:fs';
import { runCli } from './program.ts';

/** Process entry of `shilen`: `npx shilen`, `npm run shilen --` or `node src/cli/index.ts`. */

// Settings in ./.env, as `npm start` reads them (--env-file-if-exists); the environment wins.
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const { exitCode } = await runCli(process.argv.slice(2));
// Not process.exit(): output still in flight to a pipe would be cut off. A command that leaves
// nothing running lets the process end by itself; `serve` keeps it up until it is closed.
process.exitCode = exitCode;
