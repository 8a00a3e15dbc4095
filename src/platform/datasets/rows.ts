import type { Queryable, Row } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { DatasetDeclaration } from '../module.ts';
import { datasetKey } from './dataset.ts';
import { type FilterValues, filterConditions } from './filters.ts';

/** Rows per keyset batch: large enough that round trips do not dominate, small enough to stay flat. */
export const BATCH_SIZE = 5000;

function whereClause(conditions: readonly SqlQuery[]): SqlQuery {
  return conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
}

function columns(dataset: DatasetDeclaration): SqlQuery {
  return sql.join(dataset.fields.map((f) => sql`d.${sql.id(f.name)}`));
}

/** `(d.a, d.b) > ($1, $2)`: the rows after a key, in key order. */
function after(dataset: DatasetDeclaration, values: readonly unknown[]): SqlQuery {
  const keys = datasetKey(dataset).map((k) => sql`d.${sql.id(k)}`);
  const params = values.map((v) => sql`${v}`);
  if (keys.length === 1) return sql`${keys[0] as SqlQuery} > ${params[0] as SqlQuery}`;
  return sql`(${sql.join(keys)}) > (${sql.join(params)})`;
}

export interface BatchOptions {
  batchSize?: number;
  /** Stop after this many rows. */
  limit?: number;
  /** Start after this key (the key fields' values, in order). */
  after?: readonly unknown[];
  /** A further condition on the source's rows `d`, chosen by code (never user input). */
  where?: SqlQuery;
}

/**
 * A dataset's rows in key order, filtered, as batches read by keyset (`where key > last order by
 * key limit n`): each batch is one short query, nothing is held open between them, so memory stays
 * flat however many rows there are and the embedded engine is never blocked for long. A download
 * is therefore not one snapshot: a row changed while it runs shows as it was when its batch was read.
 * Each row has exactly the dataset's fields.
 */
export async function* streamBatches(
  db: Queryable,
  dataset: DatasetDeclaration,
  filters: FilterValues = {},
  options: BatchOptions = {},
): AsyncGenerator<Row[]> {
  const size = options.batchSize ?? BATCH_SIZE;
  const base = [...filterConditions(dataset, filters), ...(options.where ? [options.where] : [])];
  const order = sql.join(datasetKey(dataset).map((k) => sql`d.${sql.id(k)}`));
  let last = options.after;
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  while (remaining > 0) {
    const take = Math.min(size, remaining);
    const conditions = last ? [...base, after(dataset, last)] : base;
    const rows = await db.query<Row>(
      sql`select ${columns(dataset)} from (${dataset.source}) as d ${whereClause(conditions)} order by ${order} limit ${take}`,
    );
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < take) return;
    remaining -= rows.length;
    const tail = rows[rows.length - 1] as Row;
    last = datasetKey(dataset).map((k) => tail[k]);
  }
}

/** The first `n` rows in key order (the dataset page's preview). */
export async function firstRows(db: Queryable, dataset: DatasetDeclaration, n: number): Promise<Row[]> {
  for await (const batch of streamBatches(db, dataset, {}, { batchSize: n, limit: n })) return batch;
  return [];
}

/** When the dataset last changed: its declared query, or its newest record version; null if never. */
export async function lastModified(db: Queryable, dataset: DatasetDeclaration): Promise<Date | null> {
  const query =
    dataset.lastModified ??
    sql`select greatest((select max(changed_at) from record_versions where dataset = ${dataset.id}),
      (select max(changed_at) from record_version_batches where dataset = ${dataset.id})) as modified`;
  const [row] = await db.query<{ modified: Date | string | null }>(query);
  const value = row?.modified ?? null;
  return value === null ? null : new Date(value);
}

/** How many rows match the filters. */
export async function countRows(
  db: Queryable,
  dataset: DatasetDeclaration,
  filters: FilterValues = {},
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    sql`select count(*)::bigint as n from (${dataset.source}) as d ${whereClause(filterConditions(dataset, filters))}`,
  );
  return Number(row?.n ?? 0);
}

/** Row counts by the values of one field, largest first, for the dataset's chart. */
export async function countsBy(
  db: Queryable,
  dataset: DatasetDeclaration,
  field: string,
  top = 12,
): Promise<{ value: string | null; count: number }[]> {
  if (!dataset.fields.some((f) => f.name === field)) throw new Error(`${dataset.id} has no field ${field}`);
  const rows = await db.query<{ value: unknown; count: number }>(
    sql`select d.${sql.id(field)} as value, count(*)::bigint as count from (${dataset.source}) as d
      group by 1 order by 2 desc, 1 limit ${top}`,
  );
  return rows.map((r) => ({ value: r.value === null ? null : String(r.value), count: Number(r.count) }));
}
