import { Readable } from 'node:stream';
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
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
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
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) yield names.map((n) => cell(row[n]));
    })(),
  );
  return reply.send(source.pipe(stringify({ header: true, columns: names, bom: options.bom ?? false })));
}

/** Streams rows as one JSON array, row by row, so memory stays flat. */
export function sendJsonArray(reply: FastifyReply, filename: string, rows: AsyncIterable<unknown>): FastifyReply {
  attachment(reply, filename, 'application/json; charset=utf-8');
  return reply.send(
    Readable.from(
      (async function* () {
        yield '[';
        let first = true;
        for await (const row of rows) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
          first = false;
        }
        yield '\n]\n';
      })(),
    ),
  );
}

/** Picks the dataset's fields out of each row, in field order. */
export async function* project(rows: AsyncIterable<Row>, fields: readonly DatasetField[]): AsyncGenerator<Row> {
  for await (const row of rows) {
    const out: Row = {};
    for (const f of fields) out[f.name] = row[f.name] ?? null;
    yield out;
  }
}
