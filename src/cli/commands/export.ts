import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Command, Option } from 'commander';
import { type Dataset, datasetsOf } from '../../platform/datasets/dataset.ts';
import { type DownloadFormat, downloadFormatNames, textChunks } from '../../platform/datasets/formats.ts';
import { streamBatches } from '../../platform/datasets/rows.ts';
import { xlsxStream } from '../../platform/datasets/xlsx.ts';
import type { Database } from '../../platform/db/database.ts';
import { type Choices, choose, printChoices } from '../choices.ts';
import { startProgress } from '../progress.ts';
import { type Session, UsageError } from '../session.ts';

interface ExportOptions {
  format: DownloadFormat;
  output?: string;
  bom?: boolean;
  list?: boolean;
}

/** Every dataset any module declares, by id; two modules declaring one id is a programming error. */
export function datasetsById(session: Session): Map<string, Dataset> {
  return new Map(datasetsOf(session.modules).map((d) => [d.id, d]));
}

function exportable(session: Session): Choices<Dataset> {
  return {
    byName: datasetsById(session),
    title: (dataset) => dataset.title,
    kind: 'dataset',
    plural: 'datasets',
    none: 'none',
    empty: 'No module declares a dataset.',
    missing: 'name the dataset to export; `shilen export --list` lists them',
  };
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

/**
 * Writes every row of the dataset to `out` in key order, read by keyset batches with backpressure,
 * so memory stays flat however large it is; returns the number of rows written.
 */
async function writeDataset(
  db: Database,
  dataset: Dataset,
  out: Writable,
  options: { format: DownloadFormat; bom?: boolean; end: boolean; onRows: (written: number) => void },
): Promise<number> {
  let written = 0;
  const onRows = (n: number) => {
    written += n;
    options.onRows(written);
  };
  const batches = streamBatches(db, dataset);
  const source =
    options.format === 'xlsx'
      ? xlsxStream(dataset.fields, batches, { sheetName: dataset.id, onRows })
      : Readable.from(textChunks(options.format, dataset.fields, batches, { bom: options.bom, onRows }));
  await pipeline(source, out, { end: options.end });
  return written;
}

async function exportDataset(session: Session, dataset: Dataset, options: ExportOptions) {
  const target = options.output === undefined ? undefined : checkOutput(options.output);
  const ctx = await session.open();
  const progress = startProgress(session.io.stderr, dataset.id, 'rows written');
  const onRows = (written: number) => progress.update(written);
  let written: number;
  try {
    if (target === undefined) {
      written = await writeDataset(ctx.db, dataset, session.io.stdout, {
        format: options.format,
        bom: options.bom,
        end: false,
        onRows,
      });
    } else {
      // Written beside the target and renamed at the end, so a failed export leaves no half file.
      const partial = `${target}.partial`;
      try {
        written = await writeDataset(ctx.db, dataset, fs.createWriteStream(partial), {
          format: options.format,
          bom: options.bom,
          end: true,
          onRows,
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
        'CSV, a JSON array, newline-delimited JSON or an Excel workbook (XLSX), in the order of its ' +
        'key. Rows are streamed, so memory stays flat on large registers. CSV cells that a ' +
        'spreadsheet would run as formulas are neutralised.',
    )
    .argument('[dataset]', 'the id of the dataset, as `shilen export --list` shows it')
    .addOption(
      new Option('-f, --format <format>', 'the file format').choices(downloadFormatNames).default('csv'),
    )
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--bom', 'start a CSV file with a byte order mark, so spreadsheet programs read it as UTF-8')
    .option('-l, --list', 'list the datasets that can be exported, with their titles')
    .addHelpText(
      'after',
      '\nExamples:\n  shilen export --list\n  shilen export organizations --format ndjson --output organizations.ndjson\n  shilen export organizations --format xlsx --output organizations.xlsx',
    )
    .action(async (id: string | undefined, options: ExportOptions) => {
      const datasets = exportable(session);
      if (options.list) {
        printChoices(session, datasets);
        return;
      }
      const dataset = choose(datasets, id).item;
      if (options.bom && options.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
      await exportDataset(session, dataset, options);
    });
}
