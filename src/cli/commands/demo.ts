import type { Command } from 'commander';
import { orderModules, type ShilenModule } from '../../platform/module.ts';
import { isDemoLoaded, loadDemoOnce } from '../../platform/setup.ts';
import { startProgress } from '../progress.ts';
import { describeDatabase, type Session } from '../session.ts';

function summarise(made: Record<string, number>): string {
  const parts = Object.entries(made).map(([what, count]) => `${count} ${what}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

export function registerDemo(program: Command, session: Session): void {
  program
    .command('demo')
    .summary('load the demo data, once')
    .description(
      'Migrates the database, then loads every module’s demo data: deterministic, realistic records ' +
        'for trying Shilen out and for screenshots. It runs once per database; a database that ' +
        'already has the demo data is left as it is.',
    )
    .action(async () => {
      session.say(`Database: ${describeDatabase(session.config())}`);
      const ctx = await session.open();
      if (await isDemoLoaded(ctx.db)) {
        session.say('The demo data is already loaded; nothing was changed.');
        return;
      }
      const loaders = orderModules(session.modules).filter((m) => m.demo);
      if (loaders.length === 0) {
        // Not marked as loaded, so demo data that modules gain later can still be loaded.
        session.say('No module has demo data; nothing was loaded.');
        return;
      }
      const bar = startProgress(session.io.stdout, 'Demo data', 'modules');
      const plain = session.io.stdout.isTTY !== true;
      let done = 0;
      // Each loader is wrapped to report itself; loadDemoOnce still runs them in order and marks
      // the database in the same run.
      const tracked: ShilenModule[] = session.modules.map((module) => {
        const demo = module.demo;
        if (!demo) return module;
        return {
          ...module,
          demo: async (moduleCtx, all) => {
            bar.update(done, loaders.length, module.name);
            const made = await demo(moduleCtx, all);
            done++;
            bar.update(done, loaders.length, module.name);
            if (plain) session.say(`${module.name}: ${summarise(made)}`);
            return made;
          },
        };
      });
      let made: Awaited<ReturnType<typeof loadDemoOnce>>;
      try {
        made = await loadDemoOnce(ctx, tracked);
      } finally {
        bar.stop();
      }
      if (made === null) {
        session.say('The demo data was loaded by another process meanwhile; nothing was changed.');
      } else {
        if (!plain)
          for (const [name, counts] of Object.entries(made)) session.say(`${name}: ${summarise(counts)}`);
        session.say(`Demo data loaded from ${loaders.length} module${loaders.length === 1 ? '' : 's'}.`);
      }
    });
}
