import type { Queryable, Row } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { DatasetDeclaration } from '../module.ts';
import { datasetKey, recordKey } from './dataset.ts';
import { streamBatches } from './rows.ts';
import { batchVersions, pendingBatch, writeVersionBatches } from './version-batches.ts';

export type VersionOperation = 'insert' | 'update' | 'delete';

export interface RecordVersion {
  /** Position in the whole history, increasing: the cursor of the changes API. */
  id: number;
  dataset: string;
  key: string;
  version: number;
  operation: VersionOperation;
  data: Row | null;
  changedAt: Date;
  changedBy: string;
}

const COLUMNS = sql`id, dataset, record_key as key, version, operation, data, changed_at as "changedAt", changed_by as "changedBy"`;

function datasetId(dataset: Pick<DatasetDeclaration, 'id'> | string): string {
  return typeof dataset === 'string' ? dataset : dataset.id;
}

/**
 * Reads a dataset's versions with `query` over `v`: record_versions, and while a load's batch is
 * pending (version-batches.ts) the versions it stands for beside them (a first load's are then the
 * whole history; an append load's follow the versions before it). One statement sees the batch
 * either pending or written, never both; should it be written between the two statements, the
 * read is made again.
 */
async function readVersions<R>(
  db: Queryable,
  dataset: string,
  query: (v: SqlQuery) => SqlQuery,
): Promise<R[]> {
  const batch = await pendingBatch(db, dataset);
  if (batch) {
    const rows = await db.query<R>(
      query(sql`(select id, dataset, record_key, version, operation, data, changed_at, changed_by
        from record_versions where dataset = ${dataset} union all ${batchVersions(batch, dataset)})`),
    );
    if (rows.length > 0 || (await pendingBatch(db, dataset))) return rows;
  }
  return db.query<R>(query(sql`record_versions`));
}

/**
 * Records a version of one record; call it inside the transaction that makes the change, so the
 * history commits with the change or not at all. `data` is the row as the dataset's downloads show
 * it (its fields). Nothing is recorded when nothing changed: the same data as the latest version,
 * or a delete of a record already deleted or never seen. `insert` and `update` are told apart
 * from the history itself (a record with no live version is inserted). Returns the new version
 * number, or null. Concurrent writers of one record are serialised by a transaction lock on the
 * record, under a shared lock on the dataset (which a whole-dataset pass takes exclusively).
 */
export async function recordVersion(
  tx: Queryable,
  dataset: Pick<DatasetDeclaration, 'id'> | string,
  key: string,
  data: Row | null,
  operation: VersionOperation,
  actor: string,
  options: { datasetLocked?: boolean } = {},
): Promise<number | null> {
  const id = datasetId(dataset);
  if (!options.datasetLocked) {
    await tx.query(sql`select pg_advisory_xact_lock_shared(hashtext(${`record_versions:${id}`})),
      pg_advisory_xact_lock(hashtext(${`record_versions:${id}:${key}`}))`);
    await writeVersionBatches(tx, id);
  }
  const latest = sql`(select version, operation, data from record_versions
    where dataset = ${id} and record_key = ${key} order by version desc limit 1)`;
  if (operation === 'delete') {
    const [row] = await tx.query<{ version: number }>(sql`
      with latest as ${latest}
      insert into record_versions (dataset, record_key, version, operation, data, changed_by)
      select ${id}, ${key}, latest.version + 1, 'delete', null, ${actor} from latest where latest.operation <> 'delete'
      returning version`);
    return row?.version ?? null;
  }
  const json = JSON.stringify(data ?? {});
  const [row] = await tx.query<{ version: number }>(sql`
    with latest as ${latest}
    insert into record_versions (dataset, record_key, version, operation, data, changed_by)
    select ${id}, ${key}, coalesce((select version from latest), 0) + 1,
      case when exists (select 1 from latest where operation <> 'delete') then 'update' else 'insert' end,
      ${json}::jsonb, ${actor}
    where not exists (select 1 from latest where operation <> 'delete' and data = ${json}::jsonb)
    returning version`);
  return row?.version ?? null;
}

/**
 * Brings a dataset's history in line with its rows as they are now: a version for every row that
 * is new or differs from its latest version, and a delete for every record that is gone. With
 * `keys`, only those records. For writes that change rows through SQL (seeds, bulk updates); the
 * caller's transaction should hold the change. Returns how many versions it recorded.
 */
export async function recordCurrentVersions(
  tx: Queryable,
  dataset: DatasetDeclaration,
  actor: string,
  keys?: readonly string[],
): Promise<number> {
  // One exclusive lock for the whole pass (a lock per record would exhaust the lock table on a
  // large dataset); single-record writers hold it shared, so they wait for the pass and it for them.
  await tx.query(sql`select pg_advisory_xact_lock(hashtext(${`record_versions:${dataset.id}`}))`);
  await writeVersionBatches(tx, dataset.id);
  let recorded = 0;
  const seen = new Set<string>();
  const wanted = keys ? new Set(keys) : undefined;
  const key = datasetKey(dataset);
  const only =
    keys && key.length === 1 ? sql`d.${sql.id(key[0] as string)}::text = any(${[...keys]})` : undefined;
  for await (const batch of streamBatches(tx, dataset, {}, { where: only })) {
    for (const row of batch) {
      const key = recordKey(dataset, row);
      if (wanted && !wanted.has(key)) continue;
      seen.add(key);
      if ((await recordVersion(tx, dataset, key, row, 'update', actor, { datasetLocked: true })) !== null)
        recorded += 1;
    }
  }
  const live = await tx.query<{ key: string }>(sql`
    select key from (
      select distinct on (record_key) record_key as key, operation from record_versions
      where dataset = ${dataset.id} order by record_key, version desc) latest
    where operation <> 'delete'`);
  for (const { key } of live) {
    if (seen.has(key) || (wanted && !wanted.has(key))) continue;
    if ((await recordVersion(tx, dataset, key, null, 'delete', actor, { datasetLocked: true })) !== null)
      recorded += 1;
  }
  return recorded;
}

/**
 * Versions of a dataset recorded at or after `since`, oldest first, after the cursor `after` (a
 * version id), at most `limit`: the changes API pages through these by keyset.
 */
export async function changesSince(
  db: Queryable,
  dataset: string,
  options: { since?: Date; after?: number; limit: number },
): Promise<RecordVersion[]> {
  const since = options.since ? sql`and changed_at >= ${options.since}` : sql.empty;
  const after = options.after ? sql`and id > ${options.after}` : sql.empty;
  const rows = await readVersions<RecordVersion>(
    db,
    dataset,
    (v) => sql`select ${COLUMNS} from ${v} v
    where dataset = ${dataset} ${since} ${after} order by id limit ${options.limit}`,
  );
  return rows.map(normalise);
}

/** The newest versions of a dataset, newest first, each with the data of the version before it. */
export async function latestChanges(
  db: Queryable,
  dataset: string,
  limit: number,
): Promise<(RecordVersion & { previous: Row | null })[]> {
  const rows = await readVersions<RecordVersion & { previous: Row | null }>(
    db,
    dataset,
    (v) => sql`
    select v.id, v.dataset, v.record_key as key, v.version, v.operation, v.data, v.changed_at as "changedAt",
      v.changed_by as "changedBy", p.data as previous
    from ${v} v
    left join record_versions p on p.dataset = v.dataset and p.record_key = v.record_key and p.version = v.version - 1
    where v.dataset = ${dataset} order by v.id desc limit ${limit}`,
  );
  return rows.map((r) => ({ ...normalise(r), previous: r.previous }));
}

/** Every version of one record, oldest first. */
export async function recordHistory(db: Queryable, dataset: string, key: string): Promise<RecordVersion[]> {
  const rows = await readVersions<RecordVersion>(
    db,
    dataset,
    (v) => sql`select ${COLUMNS} from ${v} v
    where dataset = ${dataset} and record_key = ${key} order by version`,
  );
  return rows.map(normalise);
}

/** When the dataset's first version was recorded (its "created" in the catalogue); null if none. */
export async function firstRecorded(db: Queryable, dataset: string): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | null }>(
    sql`select least((select min(changed_at) from record_versions where dataset = ${dataset}),
      (select min(changed_at) from record_version_batches where dataset = ${dataset})) as at`,
  );
  return row?.at ? new Date(row.at) : null;
}

/** The fields whose values differ between two versions of a row. */
export function changedFields(previous: Row | null, data: Row | null): string[] {
  const names = new Set([...Object.keys(previous ?? {}), ...Object.keys(data ?? {})]);
  return [...names].filter(
    (n) => JSON.stringify(previous?.[n] ?? null) !== JSON.stringify(data?.[n] ?? null),
  );
}

function normalise<T extends RecordVersion>(row: T): T {
  return { ...row, id: Number(row.id), changedAt: new Date(row.changedAt) };
}
