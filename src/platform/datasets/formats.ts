import type { Row } from '../db/database.ts';
import { neutraliseFormula } from '../exports.ts';
import type { DatasetField } from '../module.ts';

/** The bulk download formats every dataset has. */
export const downloadFormats = {
  csv: { title: 'CSV', mediaType: 'text/csv', contentType: 'text/csv; charset=utf-8', fileType: 'CSV' },
  json: {
    title: 'JSON',
    mediaType: 'application/json',
    contentType: 'application/json; charset=utf-8',
    fileType: 'JSON',
  },
  ndjson: {
    title: 'NDJSON',
    // Not registered with IANA; the name in common use.
    mediaType: 'application/x-ndjson',
    contentType: 'application/x-ndjson; charset=utf-8',
    fileType: undefined,
  },
  xlsx: {
    title: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileType: 'XLSX',
  },
} as const;
export type DownloadFormat = keyof typeof downloadFormats;
export const downloadFormatNames = Object.keys(downloadFormats) as DownloadFormat[];

export function isDownloadFormat(value: unknown): value is DownloadFormat {
  return typeof value === 'string' && Object.hasOwn(downloadFormats, value);
}

/** A value as text: dates in ISO 8601, lists joined with `; `, objects as JSON. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(textOf).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A CSV cell: numbers and booleans as they are, text with the formula guard, quoted when it must be. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
      ? String(value)
      : neutraliseFormula(textOf(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const BOM = '\uFEFF';

/** The CSV header line: field names, as machines read them. */
export function csvHeader(fields: readonly DatasetField[], bom = false): string {
  return `${bom ? BOM : ''}${fields.map((f) => csvCell(f.name)).join(',')}\n`;
}

/**
 * A batch of rows as CSV lines (RFC 4180 quoting, `\n` line ends), one string per batch so a
 * million rows cost a few hundred writes, not a million. Cells a spreadsheet would run as a
 * formula get the formula guard.
 */
export function csvLines(fields: readonly DatasetField[], rows: readonly Row[]): string {
  const names = fields.map((f) => f.name);
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < names.length; i++) {
      if (i > 0) line += ',';
      line += csvCell(row[names[i] as string]);
    }
    out += `${line}\n`;
  }
  return out;
}

/** A batch of rows as NDJSON lines. */
export function ndjsonLines(rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += `${JSON.stringify(row)}\n`;
  return out;
}

/** A batch of rows as members of a JSON array; `first` says whether one was written before. */
export function jsonMembers(rows: readonly Row[], first: boolean): string {
  let out = '';
  let start = first;
  for (const row of rows) {
    out += `${start ? '\n' : ',\n'}${JSON.stringify(row)}`;
    start = false;
  }
  return out;
}

/** The text chunks of a download in a text format, batch by batch. */
export async function* textChunks(
  format: Exclude<DownloadFormat, 'xlsx'>,
  fields: readonly DatasetField[],
  batches: AsyncIterable<Row[]>,
  options: { bom?: boolean; onRows?: (n: number) => void } = {},
): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader(fields, options.bom);
  if (format === 'json') yield '[';
  let first = true;
  for await (const batch of batches) {
    options.onRows?.(batch.length);
    if (format === 'csv') yield csvLines(fields, batch);
    else if (format === 'ndjson') yield ndjsonLines(batch);
    else yield jsonMembers(batch, first);
    first = false;
  }
  if (format === 'json') yield '\n]\n';
}
