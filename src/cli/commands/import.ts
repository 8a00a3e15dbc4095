import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImporterDeclaration, ImportReport } from '../../platform/module.ts';
import { startProgress } from '../progress.ts';
import { describeDatabase, type Session, UsageError } from '../session.ts';

/** How many problems a report prints; the rest are counted. */
export const PROBLEMS_SHOWN = 1000;

/** Every import target any module declares, by name; a name declared twice is a programming error. */
export function importersByName(session: Session): Map<string, ImporterDeclaration> {
  const byName = new Map<string, ImporterDeclaration>();
  for (const module of session.modules) {
    for (const importer of module.importers ?? []) {
      if (byName.has(importer.name)) {
        throw new Error(`import target ${importer.name} is declared twice (again by ${module.name})`);
      }
      byName.set(importer.name, importer);
    }
  }
  return byName;
}

function printList(session: Session, importers: Map<string, ImporterDeclaration>): void {
  if (importers.size === 0) {
    session.say('No module declares an import target yet.');
    return;
  }
  const width = Math.max(...[...importers.keys()].map((name) => name.length));
  for (const importer of importers.values()) {
    session.say(`${importer.name.padEnd(width)}  ${importer.description.en} — ${importer.description.mn}`);
  }
}

function checkFile(file: string): string {
  const absolute = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new UsageError(`file not found: ${file}`);
  }
  if (!stat.isFile()) throw new UsageError(`not a file: ${file}`);
  try {
    fs.accessSync(absolute, fs.constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${file}: permission denied`);
  }
  return absolute;
}

function printReport(session: Session, report: ImportReport, dryRun: boolean): void {
  const { added, changed, unchanged, problems } = report;
  const would = dryRun ? 'would be ' : '';
  const counts = `${added} ${would}added, ${changed} ${would}changed, ${unchanged} unchanged`;
  session.say(`${dryRun ? 'Dry run, nothing was written: ' : ''}${counts}.`);
  const notes = report.notes ?? [];
  if (notes.length > 0) {
    session.say(`${notes.length} to review:`);
    for (const note of notes.slice(0, PROBLEMS_SHOWN)) session.say(`  ${note.where}: ${note.message}`);
  }
  if (problems.length === 0) return;
  session.say(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems.slice(0, PROBLEMS_SHOWN))
    session.say(`  ${problem.where}: ${problem.message}`);
  const rest = problems.length - PROBLEMS_SHOWN;
  if (rest > 0) session.say(`  … and ${rest} more problem${rest === 1 ? '' : 's'}`);
}

export function registerImport(program: Command, session: Session): void {
  program
    .command('import')
    .summary('bring a register up to date from a file')
    .description(
      'Reads a file into one of the registers that modules accept imports for, adding new records ' +
        'and changing those that differ. Every problem found is reported with where it is in the ' +
        'file; an import with problems exits with code 1. Use --dry-run to check a file first.',
    )
    .argument('[target]', 'what to import, as `shilen import --list` shows it')
    .argument('[file]', 'the file to read')
    .option('-n, --dry-run', 'check and count, but write nothing to the database')
    .option('-l, --list', 'list the import targets, with what each one reads')
    .action(
      async (
        name: string | undefined,
        file: string | undefined,
        options: { dryRun?: boolean; list?: boolean },
      ) => {
        const importers = importersByName(session);
        if (options.list) {
          printList(session, importers);
          return;
        }
        if (name === undefined)
          throw new UsageError('name what to import; `shilen import --list` lists the targets');
        const importer = importers.get(name);
        if (!importer) {
          const known = [...importers.keys()].join(', ') || 'none yet';
          throw new UsageError(`unknown import target "${name}"; the targets are: ${known}`);
        }
        if (file === undefined) throw new UsageError(`name the file to import into ${name}`);
        const absolute = checkFile(file);
        const dryRun = options.dryRun ?? false;
        session.say(`Database: ${describeDatabase(session.config())}`);
        const ctx = await session.open();
        session.say(`Importing ${file} into ${name}${dryRun ? ' (dry run)' : ''}…`);
        const progress = startProgress(session.io.stdout, name, 'rows');
        let report: ImportReport;
        try {
          report = await importer.run(ctx, absolute, {
            dryRun,
            onProgress: (done, total) => progress.update(done, total),
          });
        } finally {
          progress.stop();
        }
        printReport(session, report, dryRun);
        if (report.problems.length > 0) session.exitCode = 1;
      },
    );
}
