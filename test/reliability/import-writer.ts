// A child process for the import kill tests: opens the database as the CLI does (the embedded data
// folder, or DATABASE_URL) and imports a file, printing each phase the import enters so the test
// can kill it there. `import-writer.ts FILE` imports into the organisations directory (the staged
// path); `import-writer.ts FILE first-load` into a register of its own that takes the first load
// while it is empty (src/platform/imports/first-load.ts).
import { modules } from '../../src/modules/index.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { registerPermissions } from '../../src/platform/auth/permissions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type Dataset, datasetsOf, resolveDataset } from '../../src/platform/datasets/dataset.ts';
import { importFile } from '../../src/platform/imports/run.ts';
import { bi, tableDataset } from '../../src/platform/imports/test-support.ts';
import type { ModuleContext } from '../../src/platform/module.ts';
import { openContext } from '../../src/platform/runtime.ts';

/** The register of the first-load kill test: a code, a name and an amount, nothing a first load refuses. */
const FIRST_LOAD_TABLE = 'kill_first_items';

async function firstLoadDataset(ctx: ModuleContext): Promise<Dataset> {
  await ctx.db.exec(`create table if not exists ${FIRST_LOAD_TABLE} (code text primary key, name text,
    amount numeric(14, 2))`);
  registerPermissions({
    'kill-test.import': { description: 'kill test', allow: ['platform-administrator'] },
  });
  return resolveDataset(
    tableDataset(
      FIRST_LOAD_TABLE,
      [
        { name: 'code', type: 'string', title: bi('Code'), required: true },
        { name: 'name', type: 'string', title: bi('Name') },
        { name: 'amount', type: 'number', title: bi('Amount') },
      ],
      'kill-test.import',
    ),
    'kill-test',
  );
}

const [file, target] = process.argv.slice(2) as [string, string | undefined];
const ctx = await openContext(
  loadConfig({ ...process.env, LOG_LEVEL: 'warn', SHILEN_DEMO: 'false' }),
  modules,
);
for (const m of modules) if (m.permissions) registerPermissions(m.permissions);
const dataset =
  target === 'first-load'
    ? await firstLoadDataset(ctx)
    : datasetsOf(modules).find((d) => d.id === 'organizations');
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
