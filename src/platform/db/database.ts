import type { SqlQuery } from './sql.ts';

export type Row = Record<string, unknown>;

/** What a query can run on: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<R = Row>(query: SqlQuery): Promise<R[]>;
  /** Runs one statement given as text with `$n` parameters. */
  queryText<R = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * Bulk-loads rows through COPY ... FROM STDIN (CSV), in column order; returns the row count.
   * On the database itself it is one transaction; on a transaction it joins it.
   */
  copyInto(table: string, columns: readonly string[], rows: RowSource): Promise<number>;
  /**
   * Bulk-loads CSV text as it is (UTF-8 bytes, no header) through COPY, with the given delimiter;
   * returns the row count. Each chunk must end at the end of a record (the embedded engine copies
   * chunk by chunk). On the database itself it is one transaction; on a transaction it joins it.
   */
  copyCsvText(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    delimiter?: string,
  ): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type RowSource = AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Cheap round trip, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `COPY table (a, b) FROM STDIN` text; names are checked, never user input. `quote` is the CSV
 * quote: `"` for files as people write them, `COPY_QUOTE` for rows made by `csvField`.
 */
export function copyStatement(
  table: string,
  columns: readonly string[],
  source: string,
  options: { delimiter?: string; quote?: '"' | '\u0001' } = {},
): string {
  const ident = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;
  for (const name of [table, ...columns])
    if (!ident.test(name)) throw new Error(`not a valid SQL identifier: ${name}`);
  const delimiters: Record<string, string> = { ',': '', ';': ", DELIMITER ';'", '\t': ", DELIMITER E'\\t'" };
  const delimiter = delimiters[options.delimiter ?? ','];
  if (delimiter === undefined)
    throw new Error(`not a COPY delimiter Shilen uses: ${JSON.stringify(options.delimiter)}`);
  const quote = options.quote === '\u0001' ? ", QUOTE E'\\x01'" : '';
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv${delimiter}${quote})`;
}

/** First row or undefined. */
export async function maybeOne<R>(db: Queryable, query: SqlQuery): Promise<R | undefined> {
  const rows = await db.query<R>(query);
  return rows[0];
}

/** Exactly one row, or an error that says which query came back empty. */
export async function one<R>(db: Queryable, query: SqlQuery): Promise<R> {
  const rows = await db.query<R>(query);
  if (rows.length === 0) throw new Error(`expected one row, got none: ${query.compile().text.slice(0, 120)}`);
  return rows[0] as R;
}
