import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, writeRows } from '../../platform/exports.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { startProgress } from '../progress.ts';
import { type Session, UsageError } from '../session.ts';

interface ExportOptions {
  format: ExportFormat;
  output?: string;
  bom?: boolean;
  list?: boolean;
}

/** Every dataset any module declares, by id; two modules declaring one id is a programming error. */
export function datasetsById(session: Session): Map<string, DatasetDeclaration> {
  const byId = new Map<string, DatasetDeclaration>();
  for (const module of session.modules) {
    for (const dataset of module.datasets ?? []) {
      if (byId.has(dataset.id))
        throw new Error(`dataset ${dataset.id} is declared twice (again by ${module.name})`);
      byId.set(dataset.id, dataset);
    }
  }
  return byId;
}

function printList(session: Session, datasets: Map<string, DatasetDeclaration>): void {
  if (datasets.size === 0) {
    session.say('No module declares a dataset.');
    return;
  }
  const width = Math.max(...[...datasets.keys()].map((id) => id.length));
  for (const dataset of datasets.values()) {
    session.say(`${dataset.id.padEnd(width)}  ${dataset.title.en} — ${dataset.title.mn}`);
  }
}

/** Checks --output before the database is opened: its folder must exist and be writable. */
function checkOutput(file: string): string {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`cannot write ${file}: the folder ${dir} does not exist`);
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new UsageError(`cannot write ${file}: it is a folder`);
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${file}: the folder ${dir} is not writable`);
  }
  return target;
}

async function exportDataset(session: Session, dataset: DatasetDeclaration, options: ExportOptions) {
  const target = options.output === undefined ? undefined : checkOutput(options.output);
  const ctx = await session.open();
  const progress = startProgress(session.io.stderr, dataset.id, 'rows written');
  const onRow = (written: number) => {
    if (written % 250 === 0) progress.update(written);
  };
  const rows = dataset.rows(ctx.db);
  let written: number;
  try {
    if (target === undefined) {
      written = await writeRows(session.io.stdout, options.format, dataset.fields, rows, {
        bom: options.bom,
        end: false,
        onRow,
      });
    } else {
      // Written beside the target and renamed at the end, so a failed export leaves no half file.
      const partial = `${target}.partial`;
      try {
        written = await writeRows(fs.createWriteStream(partial), options.format, dataset.fields, rows, {
          bom: options.bom,
          onRow,
        });
        fs.renameSync(partial, target);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
    }
    progress.update(written);
  } catch (error) {
    // The reader of a pipe stopped early (`| head`): what it wanted was written.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw error;
  } finally {
    progress.stop();
  }
  if (target !== undefined) {
    session.io.stderr.write(`${written} rows of ${dataset.id} written to ${options.output}\n`);
  }
}

export function registerExport(program: Command, session: Session): void {
  program
    .command('export')
    .summary('write a dataset to a file or to standard output')
    .description(
      'Writes every public row of a dataset — any register a module publishes as open data — as ' +
        'CSV, a JSON array or newline-delimited JSON. Rows are streamed, so memory stays flat on ' +
        'large registers. CSV cells that a spreadsheet would run as formulas are neutralised.',
    )
    .argument('[dataset]', 'the id of the dataset, as `shilen export --list` shows it')
    .addOption(new Option('-f, --format <format>', 'the file format').choices(EXPORT_FORMATS).default('csv'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--bom', 'start a CSV file with a byte order mark, so spreadsheet programs read it as UTF-8')
    .option('-l, --list', 'list the datasets that can be exported, with their titles')
    .addHelpText(
      'after',
      '\nExamples:\n  shilen export --list\n  shilen export organizations --format ndjson --output organizations.ndjson',
    )
    .action(async (id: string | undefined, options: ExportOptions) => {
      const datasets = datasetsById(session);
      if (options.list) {
        printList(session, datasets);
        return;
      }
      if (id === undefined)
        throw new UsageError('name the dataset to export; `shilen export --list` lists them');
      const dataset = datasets.get(id);
      if (!dataset) {
        const known = [...datasets.keys()].join(', ') || 'none';
        throw new UsageError(`unknown dataset "${id}"; the datasets are: ${known}`);
      }
      if (options.bom && options.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
      await exportDataset(session, dataset, options);
    });
}
