import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Row } from '../db/database.ts';
import type { DatasetField } from '../module.ts';

/** Excel's limits: rows per sheet (with the header row) and characters per cell. */
const SHEET_ROWS = 1_048_576;
const CELL_CHARS = 32_767;

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // Dates as ISO text: exact, and readable without a number format.
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
}

/** XML of a sheet written but not yet compressed into the file, at most, before writing waits. */
const BACKLOG_BYTES = 4 * 2 ** 20;

type Queue = { writableLength?: number; _writableState?: { length: number } };
type SheetStream = { buffers?: { length: number }[]; pipes?: Queue[] };

/**
 * Bytes of a sheet's XML not yet taken by the zip writer. ExcelJS's sheet stream hands its output
 * to the zip writer without waiting (`StreamBuf` ignores the return of `write`), so XML made faster
 * than it is compressed would pile up; this reads its buffers and its destinations' queues so the
 * writer can wait instead. Internal fields of ExcelJS 4: absent ones count as nothing waiting.
 */
function backlog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as { stream: SheetStream }).stream;
  const buffered = (stream.buffers ?? []).reduce((n, b) => n + b.length, 0);
  // The zip writer's streams come from readable-stream 2, which has no `writableLength`.
  const queued = (q: Queue) => q.writableLength ?? q._writableState?.length ?? 0;
  return buffered + (stream.pipes ?? []).reduce((n, p) => n + queued(p), 0);
}

/** Waits until what was written has gone on (into the zip, and to the reader), or the reader went away. */
async function caughtUp(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  while (!out.destroyed && (backlog(sheet) > BACKLOG_BYTES || out.writableNeedDrain)) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Streams rows into an XLSX workbook: a sheet of data (continued on further sheets past Excel's
 * 1,048,576 rows) and a sheet describing the fields. ExcelJS's streaming writer writes each row
 * as it comes; after each batch it waits until the zip writer and the reader have caught up, so
 * memory stays near one batch however many rows there are. Text cells are always text (ExcelJS writes formulas only when asked), so
 * the CSV formula guard is not needed here.
 */
export function xlsxStream(
  fields: readonly DatasetField[],
  batches: AsyncIterable<Row[]>,
  options: { sheetName: string; onRows?: (n: number) => void },
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const names = fields.map((f) => f.name);
  const sheetName = options.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28) || 'data';
  const write = async () => {
    let part = 1;
    let sheet = workbook.addWorksheet(sheetName);
    sheet.addRow(names).commit();
    let inSheet = 1;
    for await (const batch of batches) {
      options.onRows?.(batch.length);
      for (const row of batch) {
        if (inSheet === SHEET_ROWS) {
          sheet.commit();
          part += 1;
          sheet = workbook.addWorksheet(`${sheetName} ${part}`);
          sheet.addRow(names).commit();
          inSheet = 1;
        }
        sheet.addRow(names.map((n) => cellValue(row[n]))).commit();
        inSheet += 1;
      }
      await caughtUp(sheet, out);
      // The reader went away: stop reading the database.
      if (out.destroyed) return;
    }
    sheet.commit();
    const about = workbook.addWorksheet('fields');
    about.addRow(['name', 'type', 'title_mn', 'title_en', 'description_mn', 'description_en']).commit();
    for (const f of fields) {
      about
        .addRow([
          f.name,
          f.type,
          f.title.mn,
          f.title.en,
          f.description?.mn ?? null,
          f.description?.en ?? null,
        ])
        .commit();
    }
    about.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
