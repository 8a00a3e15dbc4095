import type { Command } from 'commander';
import { reindexSearch } from '../../platform/search/index-documents.ts';
import { startProgress } from '../progress.ts';
import { describeDatabase, type Session, UsageError } from '../session.ts';

export function registerSearch(program: Command, session: Session): void {
  const search = program
    .command('search')
    .summary('look after the site search index')
    .description(
      'The site search reads one index of every module’s records (src/platform/search/README.md). ' +
        'Modules keep it current as records change; these commands rebuild it.',
    );

  search
    .command('reindex')
    .summary('rebuild the search index from the modules’ records')
    .description(
      'Rebuilds the search index from every module’s records (or one module’s), in batches, in one ' +
        'transaction: searches meanwhile see the old index, and a failed rebuild changes nothing.',
    )
    .option('--module <name>', 'rebuild only this module’s documents')
    .action(async (options: { module?: string }) => {
      const searchable = session.modules.filter((m) => m.searchDocuments).map((m) => m.name);
      if (options.module !== undefined && !searchable.includes(options.module))
        throw new UsageError(
          `module ${options.module} has no search documents; modules with them: ${searchable.join(', ') || 'none'}`,
        );
      session.say(`Database: ${describeDatabase(session.config())}`);
      const ctx = await session.open();
      const bar = startProgress(session.io.stdout, 'Search index', 'documents');
      let written: Record<string, number>;
      try {
        written = await reindexSearch(ctx.db, session.modules, {
          module: options.module,
          onProgress: (module, done) => bar.update(done, undefined, module),
        });
      } finally {
        bar.stop();
      }
      for (const [module, count] of Object.entries(written)) session.say(`${module}: ${count} documents`);
      const total = Object.values(written).reduce((a, b) => a + b, 0);
      session.say(`Search index rebuilt: ${total} documents from ${Object.keys(written).length} modules.`);
    });
}
