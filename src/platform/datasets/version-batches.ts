import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { JobHandler } from '../jobs/types.ts';
import type { DatasetDeclaration } from '../module.ts';
import { datasetKey } from './dataset.ts';

/**
 * The change history of a first load in bulk (migration 013): one batch row standing for a version
 * of every record (of an append load, migration 020: of every record it added), written into record_versions afterwards by the `datasets.write-versions` job,
 * or by the table's barrier trigger before anything changes the rows, whichever comes first. A
 * million versions in the import's own transaction cost six times the load itself; this way the
 * import commits at the speed of its COPY and the history follows. While a batch is pending, the
 * readers (versions.ts) read its versions from the rows, which the barrier keeps as loaded.
 */

export const WRITE_VERSIONS = 'datasets.write-versions';

export interface PendingBatch {
  id: number;
  firstId: number;
  changedAt: Date;
  changedBy: string;
  rowsSql: string;
}

const id = sql.id;

/**
 * A field of the dataset's source as JSON exactly as `recordVersion` writes a row read through the
 * drivers (src/platform/db/types.ts): timestamps as JavaScript's ISO text, numeric as text; so a
 * later `recordCurrentVersions` sees no difference and records nothing.
 */
function jsonValue(type: string, column: SqlQuery): SqlQuery {
  if (type === 'datetime') return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (type === 'number')
    return sql`case when pg_typeof(${column}) = 'numeric'::regtype then to_jsonb(${column}::text) else to_jsonb(${column}) end`;
  return column;
}

/** A row `d` of the dataset's source as the JSON of its version (no parameters: the names are identifiers). */
export function versionData(dataset: Pick<DatasetDeclaration, 'fields'>, alias = 'd'): SqlQuery {
  // The names as literals, not parameters, so the batch can keep the select as text; `id` has
  // checked each is a plain snake_case name, which needs no quoting as a literal either.
  const pairs = dataset.fields.map((f) => {
    const column = id(f.name);
    return sql`${sql.raw(`'${f.name}'`)}, ${jsonValue(f.type, sql`${id(alias)}.${column}`)}`;
  });
  return sql`jsonb_build_object(${sql.join(pairs)})`;
}

/**
 * The select of every record's (key, data) as its version holds it, as SQL text for the batch row;
 * undefined when the dataset's source has parameters or its key is not one field (such a dataset
 * records its first load version by version).
 */
export function versionRowsSql(dataset: DatasetDeclaration): string | undefined {
  const key = datasetKey(dataset);
  if (key.length !== 1) return undefined;
  const { text, params } = sql`select d.${id(key[0] as string)}::text as key, ${versionData(dataset)} as data
    from (${dataset.source}) d`.compile();
  return params.length === 0 ? text : undefined;
}

/**
 * Records the versions of a first load as a batch, inside the load's transaction, once the rows are
 * in `table`: reserves their ids, installs the table's barrier, and queues the job that writes
 * them. The dataset must have no history (the caller checks, under the dataset's history lock).
 * Returns how many versions the batch stands for.
 */
export async function recordFirstLoad(
  tx: Queryable,
  dataset: DatasetDeclaration,
  table: string,
  actor: string,
  importId: number | null,
): Promise<number> {
  const rowsSql = versionRowsSql(dataset);
  if (!rowsSql) throw new Error(`dataset ${dataset.id}: its source cannot be read as one batch`);
  const [counted] = await tx.query<{ n: number }>(
    sql`select count(*)::bigint as n from (${sql.raw(rowsSql)}) r`,
  );
  return recordBatch(tx, dataset, table, actor, importId, Number(counted?.n ?? 0), () => rowsSql);
}

/**
 * Records the versions of an append load as a batch: the records of `keys` (a select of one text
 * column, the keys as record_versions stores them), new to the dataset and its history, were just
 * added to `table`; the dataset may have history, and no pending batch (the caller writes it
 * first). Each stands for version 1, an insert. Returns how many versions.
 */
export async function recordAppendLoad(
  tx: Queryable,
  dataset: DatasetDeclaration,
  table: string,
  actor: string,
  importId: number | null,
  keys: SqlQuery,
): Promise<number> {
  const rowsSql = versionRowsSql(dataset);
  if (!rowsSql) throw new Error(`dataset ${dataset.id}: its source cannot be read as one batch`);
  const [counted] = await tx.query<{ n: number }>(sql`select count(*)::bigint as n from (${keys}) k`);
  // The batch's own keys, joined: the dataset's id is a plain kebab-case name, its first id a number.
  return recordBatch(
    tx,
    dataset,
    table,
    actor,
    importId,
    Number(counted?.n ?? 0),
    (first) => `select r.key, r.data from (${rowsSql}) r
      join unnest((select b.keys from record_version_batches b
        where b.dataset = '${dataset.id}' and b.first_id = ${first})) k (key) on k.key = r.key`,
    sql`array(${keys})`,
  );
}

/** Reserves a batch's ids, records it, installs the table's barrier and queues its job. */
async function recordBatch(
  tx: Queryable,
  dataset: DatasetDeclaration,
  table: string,
  actor: string,
  importId: number | null,
  count: number,
  rowsSql: (first: number) => string,
  keys: SqlQuery = sql`null`,
): Promise<number> {
  if (count === 0) return 0;
  // The ids are reserved by moving the sequence past them, which nothing else may do meanwhile:
  // writers of versions wait (a moment: this transaction is about to commit); readers do not.
  await tx.query(sql`lock table record_versions in exclusive mode`);
  const [range] = await tx.query<{ first: number }>(sql`
    with seq as (select pg_get_serial_sequence('record_versions', 'id') as name),
    first as (select nextval(seq.name) as first from seq)
    select first, setval(seq.name, first + ${count} - 1) from first, seq`);
  const first = Number(range?.first);
  await tx.query(sql`insert into record_version_batches
    (dataset, table_name, import_id, first_id, count, changed_by, rows_sql, keys)
    values (${dataset.id}, ${table}, ${importId}, ${first}, ${count}, ${actor}, ${rowsSql(first)}, ${keys}::text[])`);
  await tx.exec(`create or replace trigger record_version_barrier
    before insert or update or delete or truncate on ${id(table).text}
    for each statement execute function record_version_barrier()`);
  await enqueueJob(tx, { kind: WRITE_VERSIONS, payload: { dataset: dataset.id } });
  return count;
}

/** Writes the dataset's pending batch into record_versions, if it has one; returns how many batches. */
export async function writeVersionBatches(q: Queryable, dataset: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    sql`select write_record_version_batches(${dataset}::text, false) as n`,
  );
  return Number(row?.n ?? 0);
}

/** The job: the pending batch of `payload.dataset` written, in a transaction of its own. */
export const writeVersionsJob: JobHandler = async (ctx, payload) => {
  const dataset = (payload as { dataset?: unknown })?.dataset;
  if (typeof dataset !== 'string') return;
  await ctx.db.transaction((tx) => writeVersionBatches(tx, dataset));
};

export async function pendingBatch(db: Queryable, dataset: string): Promise<PendingBatch | undefined> {
  const [row] = await db.query<PendingBatch>(sql`select id, first_id as "firstId", changed_at as "changedAt",
      changed_by as "changedBy", rows_sql as "rowsSql"
    from record_version_batches where dataset = ${dataset} and written_at is null`);
  return row
    ? { ...row, id: Number(row.id), firstId: Number(row.firstId), changedAt: new Date(row.changedAt) }
    : undefined;
}

/**
 * The versions of a pending batch as rows of record_versions (`v`), for the readers; none once the
 * batch is written (the same statement checks, so a reader never mixes the two).
 */
export function batchVersions(batch: PendingBatch, dataset: string): SqlQuery {
  return sql`(select ${batch.firstId}::bigint + row_number() over (order by r.key collate "C") - 1 as id,
      ${dataset}::text as dataset, r.key as record_key, 1 as version, 'insert'::text as operation, r.data,
      ${batch.changedAt}::timestamptz as changed_at, ${batch.changedBy}::text as changed_by
    from (${sql.raw(batch.rowsSql)}) r
    where exists (select 1 from record_version_batches b where b.id = ${batch.id} and b.written_at is null))`;
}
