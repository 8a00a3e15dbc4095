import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import type { Row } from './db/database.ts';
import type { DatasetField } from './module.ts';

/**
 * A cell a spreadsheet would run as a formula (`= + - @`, tab, carriage return) gets a leading
 * apostrophe, so a downloaded file can never execute anything.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return neutraliseFormula(value.join('; '));
  if (typeof value === 'object') return neutraliseFormula(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return neutraliseFormula(String(value));
}

function attachment(reply: FastifyReply, filename: string, type: string): void {
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`);
}

/** Streams rows as CSV (UTF-8, header row of field names, optional BOM for spreadsheet users). */
export function sendCsv(
  reply: FastifyReply,
  filename: string,
  fields: readonly DatasetField[],
  rows: AsyncIterable<Row>,
  options: { bom?: boolean } = {},
): FastifyReply {
  attachment(reply, filename, 'text/csv; charset=utf-8');
  const names = fields.map((f) => f.name);
  const source = Readable.from(csvRecords(rows, names));
  return reply.send(source.pipe(stringify({ header: true, columns: names, bom: options.bom ?? false })));
}

/** Each row as the list of its CSV cells, in `names` order. */
async function* csvRecords(rows: AsyncIterable<Row>, names: readonly string[]): AsyncGenerator<string[]> {
  for await (const row of rows) yield names.map((n) => cell(row[n]));
}

/** Rows as the text of one JSON array, one row per line. */
async function* jsonArrayChunks(rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]\n';
}

/** Streams rows as one JSON array, row by row, so memory stays flat. */
export function sendJsonArray(
  reply: FastifyReply,
  filename: string,
  rows: AsyncIterable<unknown>,
): FastifyReply {
  attachment(reply, filename, 'application/json; charset=utf-8');
  return reply.send(Readable.from(jsonArrayChunks(rows)));
}

/** Picks the dataset's fields out of each row, in field order. */
export async function* project(
  rows: AsyncIterable<Row>,
  fields: readonly DatasetField[],
): AsyncGenerator<Row> {
  for await (const row of rows) {
    const out: Row = {};
    for (const f of fields) out[f.name] = row[f.name] ?? null;
    yield out;
  }
}

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Writes a dataset's rows to `out` in one of the download formats, with backpressure, so memory
 * stays flat however many rows there are. CSV cells get the formula guard; JSON keeps values as
 * they are. `end: false` leaves `out` open (process.stdout). Returns the number of rows written.
 */
export async function writeRows(
  out: Writable,
  format: ExportFormat,
  fields: readonly DatasetField[],
  rows: AsyncIterable<Row>,
  options: { bom?: boolean; end?: boolean; onRow?: (written: number) => void } = {},
): Promise<number> {
  let written = 0;
  const counted = (async function* () {
    for await (const row of project(rows, fields)) {
      options.onRow?.(++written);
      yield row;
    }
  })();
  const end = options.end ?? true;
  if (format === 'csv') {
    const names = fields.map((f) => f.name);
    const csv = stringify({ header: true, columns: names, bom: options.bom ?? false });
    await pipeline(Readable.from(csvRecords(counted, names)), csv, out, { end });
  } else if (format === 'json') {
    await pipeline(Readable.from(jsonArrayChunks(counted)), out, { end });
  } else {
    const lines = (async function* () {
      for await (const row of counted) yield `${JSON.stringify(row)}\n`;
    })();
    await pipeline(Readable.from(lines), out, { end });
  }
  return written;
}
