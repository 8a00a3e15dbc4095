import { parse } from 'csv-parse/sync';

/**
 * The records of a small CSV file held as text (a register's extract, a rate file), trimmed,
 * empty lines skipped, a byte order mark dropped; or the problem that stops it, by line. For the
 * importers of the platform's registers that check a whole file before writing any of it.
 */
export function csvRecords(
  text: string,
):
  | { records: string[][]; problem?: never }
  | { records?: never; problem: { where: string; message: string } } {
  try {
    return {
      records: parse(text.replace(/^\uFEFF/, ''), {
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
      }),
    };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      problem: {
        where: line ? `line ${line}` : 'file',
        message: `not readable as CSV: ${(e as Error).message}`,
      },
    };
  }
}
