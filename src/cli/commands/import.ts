import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { type Command, Option } from 'commander';
import { systemActor } from '../../platform/auth/actor.ts';
import { registerPermissions } from '../../platform/auth/permissions.ts';
import { type Dataset, datasetsOf } from '../../platform/datasets/dataset.ts';
import { pendingBatch, writeVersionBatches } from '../../platform/datasets/version-batches.ts';
import { parseMapOptions } from '../../platform/imports/mapping.ts';
import { describeProblem } from '../../platform/imports/report.ts';
import { importFile } from '../../platform/imports/run.ts';
import {
  type DatasetImportReport,
  type ImportEncoding,
  importEncodings,
} from '../../platform/imports/types.ts';
import type { ImporterDeclaration, ImportReport } from '../../platform/module.ts';
import { type Choices, choose, printChoices } from '../choices.ts';
import { startProgress } from '../progress.ts';
import { describeDatabase, type Session, UsageError } from '../session.ts';

/** How many problems a report prints; the rest are counted. */
export const PROBLEMS_SHOWN = 1000;

/** A target of `shilen import`: a module's own importer, or a dataset declared importable. */
type Target = { kind: 'importer'; importer: ImporterDeclaration } | { kind: 'dataset'; dataset: Dataset };

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

/** Module importers and importable datasets together, by name. */
function targetsByName(session: Session): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const [name, importer] of importersByName(session)) targets.set(name, { kind: 'importer', importer });
  for (const dataset of datasetsOf(session.modules)) {
    if (!dataset.import) continue;
    if (targets.has(dataset.id))
      throw new Error(`import target ${dataset.id} is both an importer and an importable dataset`);
    targets.set(dataset.id, { kind: 'dataset', dataset });
  }
  return targets;
}

function describe(target: Target): { mn: string; en: string } {
  return target.kind === 'importer' ? target.importer.description : target.dataset.title;
}

function importable(session: Session): Choices<Target> {
  return {
    byName: targetsByName(session),
    title: describe,
    kind: 'import target',
    plural: 'targets',
    none: 'none yet',
    empty: 'No module declares an import target yet.',
    missing: 'name what to import; `shilen import --list` lists the targets',
  };
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

function printProblems(session: Session, problems: ImportReport['problems'], count: number): void {
  if (count === 0) return;
  session.say(`${count} problem${count === 1 ? '' : 's'}:`);
  for (const problem of problems.slice(0, PROBLEMS_SHOWN))
    session.say(`  ${problem.where}: ${problem.message}`);
  const rest = count - Math.min(problems.length, PROBLEMS_SHOWN);
  if (rest > 0) session.say(`  … and ${rest} more problem${rest === 1 ? '' : 's'}`);
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
  printProblems(session, problems, problems.length);
}

function printSamples(session: Session, report: DatasetImportReport, dryRun: boolean): void {
  const { added, changed } = report.samples;
  const show = (label: string, rows: typeof added) => {
    if (rows.length === 0) return;
    session.say(`${label}:`);
    for (const row of rows) {
      const diff = row.before
        ? Object.entries(row.values)
            .filter(([k, v]) => JSON.stringify(row.before?.[k] ?? null) !== JSON.stringify(v ?? null))
            .map(
              ([k, v]) => `${k}: ${JSON.stringify(row.before?.[k] ?? null)} → ${JSON.stringify(v ?? null)}`,
            )
            .join('; ')
        : '';
      session.say(`  line ${row.line}: ${row.key}${diff ? ` (${diff})` : ''}`);
    }
  };
  show(dryRun ? 'Would be added (first rows)' : 'Added (first rows)', added);
  show(dryRun ? 'Would be changed (first rows)' : 'Changed (first rows)', changed);
}

const ENCODING_NAMES: Record<string, ImportEncoding> = {
  ...Object.fromEntries(importEncodings.map((e) => [e, e])),
  utf8: 'utf-8',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

async function importDataset(
  session: Session,
  dataset: Dataset,
  file: string,
  options: { dryRun: boolean; map: string[]; encoding?: string; label: string },
): Promise<void> {
  const mapping = parseMapOptions(options.map);
  if (typeof mapping === 'string')
    throw new UsageError(`--map takes "Header=field" (or "Header=" to ignore a column), not "${mapping}"`);
  const fields = new Set(dataset.fields.map((f) => f.name));
  for (const [header, field] of Object.entries(mapping))
    if (field !== '' && !fields.has(field))
      throw new UsageError(
        `--map "${header}=${field}": ${dataset.id} has no field "${field}"; its fields are: ${[...fields].join(', ')}`,
      );
  let encoding: ImportEncoding | undefined;
  if (options.encoding !== undefined) {
    encoding = ENCODING_NAMES[options.encoding.toLowerCase()];
    if (!encoding)
      throw new UsageError(
        `unknown encoding "${options.encoding}"; use one of: ${importEncodings.join(', ')}`,
      );
  }
  session.say(`Database: ${describeDatabase(session.config())}`);
  const ctx = await session.open();
  for (const module of session.modules) if (module.permissions) registerPermissions(module.permissions);
  session.say(`Importing ${options.label} into ${dataset.id}${options.dryRun ? ' (dry run)' : ''}…`);
  const progress = startProgress(session.io.stdout, dataset.id, 'rows');
  let outcome: Awaited<ReturnType<typeof importFile>>;
  let rows = 0;
  let estimate: number | undefined;
  try {
    outcome = await importFile(ctx, dataset, file, {
      actor: systemActor('cli'),
      dryRun: options.dryRun,
      fileName: path.basename(file),
      mapping,
      encoding,
      onProgress: (done, total) => {
        rows = done;
        estimate = total;
        progress.update(done, total);
      },
      onPhase: (phase) => progress.update(rows, estimate && Math.max(rows, estimate), phase),
    });
  } finally {
    progress.stop();
  }
  const { report } = outcome;
  const read = [report.format?.toUpperCase(), report.encoding].filter(Boolean).join(', ');
  session.say(`Import ${outcome.importId}: ${report.rows} rows read${read ? ` (${read})` : ''}.`);
  if (report.unmapped.length > 0) {
    const importable = dataset.import?.fields ?? dataset.fields.map((f) => f.name);
    session.say(
      `Columns that are not fields: ${report.unmapped.map((h) => `"${h}"`).join(', ')}. ` +
        `Map each with --map "Header=field" (or --map "Header=" to ignore it); the fields are: ${importable.join(', ')}.`,
    );
  }
  const problems = report.problems.map((p) => describeProblem(p, 'en', report.format));
  if (outcome.status === 'failed') {
    printProblems(session, problems, report.problemCount);
    session.say('Nothing was imported.');
    session.exitCode = 1;
    return;
  }
  printReport(session, { ...report, problems }, outcome.status === 'dry-run');
  printSamples(session, report, outcome.status === 'dry-run');
  // A first load's history is one batch that a job writes; the command line writes it now, since
  // a portal's worker may not be running (the rows and counts above are committed already).
  if (outcome.status === 'succeeded' && (await pendingBatch(ctx.db, dataset.id))) {
    session.say('Writing the change history…');
    await ctx.db.transaction((tx) => writeVersionBatches(tx, dataset.id));
  }
}

/** The key commander keeps a kebab-case option under (`unit-property` → `unitProperty`). */
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The values of an importer's own options, checked: each required one given, no other's given. */
function settingsOf(
  into: string,
  importer: ImporterDeclaration,
  given: Record<string, unknown>,
  own: ReadonlyMap<string, readonly string[]>,
): Record<string, string> {
  const declared = new Map((importer.options ?? []).map((o) => [o.name, o]));
  for (const name of own.keys())
    if (!declared.has(name) && typeof given[camel(name)] === 'string')
      throw new UsageError(`--${name} is for ${own.get(name)?.join(', ')}, not ${into}`);
  const settings: Record<string, string> = {};
  for (const option of declared.values()) {
    const value = given[camel(option.name)];
    if (typeof value === 'string' && value.trim() !== '') settings[option.name] = value.trim();
    else if (option.required) throw new UsageError(`${into} needs --${option.name}: ${option.description}`);
  }
  return settings;
}

export function registerImport(program: Command, session: Session): void {
  const command = program
    .command('import')
    .summary('bring a register up to date from a file')
    .description(
      'Reads a file into one of the registers that accept imports (CSV, XLSX, JSON or NDJSON for ' +
        'importable datasets; encoding detected), adding new records and changing those that differ. ' +
        'Every problem found is reported with where it is in the file; a file with problems imports ' +
        'nothing and exits with code 1. Use --dry-run to check a file first.',
    )
    .argument('[target]', 'what to import, as `shilen import --list` shows it')
    .argument('[file]', 'the file to read')
    .option('-n, --dry-run', 'check and count, but write nothing to the database')
    .option('-l, --list', 'list the import targets, with what each one reads')
    .option(
      '-m, --map <Header=field>',
      'fill a field from a column whose header is not the field’s name or title ("Header=" ignores it); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(
      new Option('-e, --encoding <name>', 'the file’s encoding, when detection cannot tell').choices(
        Object.keys(ENCODING_NAMES),
      ),
    );
  // The importers' own options (`--source`, `--licence`…), each refused for a target that does not declare it.
  const own = new Map<string, string[]>();
  for (const importer of importersByName(session).values())
    for (const option of importer.options ?? []) {
      if (!own.has(option.name)) {
        command.option(`--${option.name} <value>`, `${option.description} (import ${importer.name})`);
        own.set(option.name, []);
      }
      own.get(option.name)?.push(importer.name);
    }
  command.action(
    async (
      name: string | undefined,
      file: string | undefined,
      options: { dryRun?: boolean; list?: boolean; map: string[]; encoding?: string } & Record<
        string,
        unknown
      >,
    ) => {
      const targets = importable(session);
      if (options.list) {
        printChoices(session, targets);
        return;
      }
      const { name: into, item: target } = choose(targets, name);
      if (file === undefined) throw new UsageError(`name the file to import into ${into}`);
      const absolute = checkFile(file);
      const dryRun = options.dryRun ?? false;
      if (target.kind === 'dataset') {
        await importDataset(session, target.dataset, absolute, { ...options, dryRun, label: file });
        return;
      }
      if (options.map.length > 0 || options.encoding !== undefined)
        throw new UsageError(
          `${into} reads its own format: --map and --encoding are for importable datasets`,
        );
      const importer = target.importer;
      const settings = settingsOf(into, importer, options, own);
      session.say(`Database: ${describeDatabase(session.config())}`);
      // The limit `heapRestart` started this process with (or the operator's), for the record.
      if (importer.heap)
        session.say(`Heap limit: ${Math.round(v8.getHeapStatistics().heap_size_limit / 1048576)} MiB`);
      const ctx = await session.open();
      session.say(`Importing ${file} into ${into}${dryRun ? ' (dry run)' : ''}…`);
      const progress = startProgress(session.io.stdout, into, 'rows');
      let report: ImportReport;
      try {
        report = await importer.run(ctx, absolute, {
          dryRun,
          onProgress: (done, total) => progress.update(done, total),
          settings,
        });
      } finally {
        progress.stop();
      }
      printReport(session, report, dryRun);
      if (report.problems.length > 0) session.exitCode = 1;
    },
  );
}
