// A child process for the import kill test: opens the database as the CLI does (the embedded data
// folder, or DATABASE_URL) and imports a file into the organisations directory, printing each phase
// the import enters so the test can kill it there.
import { modules } from '../../src/modules/index.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { registerPermissions } from '../../src/platform/auth/permissions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { datasetsOf } from '../../src/platform/datasets/dataset.ts';
import { importFile } from '../../src/platform/imports/run.ts';
import { openContext } from '../../src/platform/runtime.ts';

const [file] = process.argv.slice(2) as [string];
const ctx = await openContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn', SHILEN_DEMO: 'false' }));
for (const m of modules) if (m.permissions) registerPermissions(m.permissions);
const dataset = datasetsOf(modules).find((d) => d.id === 'organizations');
if (!dataset) throw new Error('no organisations dataset');
process.stdout.write('ready\n');
const outcome = await importFile(ctx, dataset, file, {
  actor: systemActor('kill-test'),
  dryRun: false,
  fileName: 'kill.csv',
  onPhase: (phase) => process.stdout.write(`phase:${phase}\n`),
});
process.stdout.write(`done:${outcome.status}\n`);
await ctx.db.close();
