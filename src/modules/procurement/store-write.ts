import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { type PhaseTimes, timed } from './import/phases.ts';
import type { FreshRelease, StoreSession } from './store.ts';

/**
 * Writing a batch's rows (made by `batchRows`, store-rows.ts): processes staged by COPY and merged
 * in one statement, releases and contracts by COPY straight into their tables, search keys by COPY
 * into their staging table. No per-row JSON decoding in the database.
 */

/** A PostgreSQL text[] literal. */
export const textArray = (items: readonly string[]) =>
  `{${items.map((t) => `"${t.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

/** The columns of a process row, in the order `batchRows` gives them. */
const PROCESS_COLUMNS = [
  'ocid',
  'buyer_id',
  'buyer_name',
  'aimag',
  'title',
  'method',
  'category',
  'stage',
  'status',
  'currency',
  'tender_value',
  'contract_value',
  'supplier_id',
  'supplier_name',
  'tender_start',
  'tender_end',
  'award_date',
  'date_signed',
  'contract_published',
  'first_release',
  'date',
  'last_release',
  'release_count',
  'bid_count',
  'flags',
  'flag_details',
  'compiled',
];

/** The columns of a contract row; its process goes by OCID until the process's id is known. */
const CONTRACT_COLUMNS = [
  'ocid',
  'contract_id',
  'buyer_id',
  'supplier_id',
  'value',
  'original_value',
  'currency',
  'status',
  'date_signed',
  'award_date',
  'published',
];

const SEARCH_COLUMNS = [
  'ocid',
  'organization_id',
  'aimag',
  'year',
  'title_key',
  'body_key',
  'title',
  'body',
  'url',
];

/** The staging tables of the transaction (temporary: never logged, gone at commit). */
async function ensureStaging(tx: Queryable, session: StoreSession) {
  if (session.staged) return;
  await tx.exec(`
    create temp table if not exists procurement_stage_processes (ocid text, buyer_id bigint, buyer_name text,
      aimag text, title text, method text, category text, stage text, status text, currency text, tender_value numeric,
      contract_value numeric, supplier_id bigint, supplier_name text, tender_start timestamptz, tender_end timestamptz,
      award_date timestamptz, date_signed timestamptz, contract_published timestamptz, first_release timestamptz,
      date timestamptz, last_release timestamptz, release_count int, bid_count int, flags text[], flag_details jsonb,
      compiled jsonb) on commit drop;
    create temp table if not exists procurement_stage_search (ocid text, organization_id bigint, aimag text,
      year int, title_key text, body_key text, title text, body text, url text) on commit drop;`);
  session.staged = true;
}

/** From the staging table into the processes. */
const MERGE_PROCESSES = sql`
  insert into procurement_processes (${sql.raw(PROCESS_COLUMNS.join(', '))})
  select ${sql.raw(PROCESS_COLUMNS.join(', '))} from procurement_stage_processes
  on conflict (ocid) do update set buyer_id = excluded.buyer_id, buyer_name = excluded.buyer_name,
    aimag = excluded.aimag, title = excluded.title, method = excluded.method, category = excluded.category,
    stage = excluded.stage, status = excluded.status, currency = excluded.currency,
    tender_value = excluded.tender_value, contract_value = excluded.contract_value,
    supplier_id = excluded.supplier_id, supplier_name = excluded.supplier_name,
    tender_start = excluded.tender_start, tender_end = excluded.tender_end, award_date = excluded.award_date,
    date_signed = excluded.date_signed, contract_published = excluded.contract_published,
    first_release = excluded.first_release, date = excluded.date, last_release = excluded.last_release,
    release_count = excluded.release_count, bid_count = excluded.bid_count,
    -- Cross-process flags stay until they are refreshed; the process's own are replaced.
    flags = array(select unnest(excluded.flags) union select f from unnest(procurement_processes.flags) f
      where f in ('split', 'new-supplier', 'dominant-supplier')),
    flag_details = excluded.flag_details || (procurement_processes.flag_details - array['R003','R018','R030','R035','R036','value-raised']),
    compiled = excluded.compiled, updated_at = now()
  returning id, ocid`;

/**
 * Stages the batch's process rows by COPY and merges them into `procurement_processes` in one
 * `insert … on conflict`; answers the id of each process written, new or not.
 */
export async function mergeProcesses(
  tx: Queryable,
  session: StoreSession,
  rows: unknown[][],
): Promise<{ id: number; ocid: string }[]> {
  await ensureStaging(tx, session);
  await timed(session.times, 'store.processes.copy', async () => {
    // Emptied by truncation, not `delete`: a transaction's deleted rows stay in the table until it
    // ends, and every later batch's merge would scan them again (quadratic in a large import).
    await tx.query(sql`truncate procurement_stage_processes`);
    await tx.copyInto('procurement_stage_processes', PROCESS_COLUMNS, rows);
  });
  return timed(session.times, 'store.processes.merge', () =>
    tx.query<{ id: number; ocid: string }>(MERGE_PROCESSES),
  );
}

/** Writes the fresh releases of the written processes as they came; answers how many. */
export async function writeReleases(
  tx: Queryable,
  times: PhaseTimes | undefined,
  written: readonly string[],
  fresh: ReadonlyMap<string, FreshRelease[]>,
  idOf: ReadonlyMap<string, number>,
  publishedBy: string,
): Promise<number> {
  await timed(times, 'store.releases', () =>
    tx.copyInto(
      'procurement_releases',
      ['process_id', 'ocid', 'release_id', 'date', 'tags', 'data', 'digest', 'published_by'],
      written.flatMap((ocid) =>
        fresh.get(ocid)!.map(({ item, digest, text }) => [
          idOf.get(ocid)!,
          ocid,
          String(item.release.id),
          String(item.release.date),
          textArray(item.release.tag as string[]),
          // The JSON text serialised once already, for the digest.
          text,
          digest,
          publishedBy,
        ]),
      ),
    ),
  );
  return written.reduce((n, ocid) => n + fresh.get(ocid)!.length, 0);
}

/**
 * Replaces the contracts of the written processes: those of processes that were there before
 * (`replaced`, their ids) are deleted, then all go in by COPY.
 */
export async function writeContracts(
  tx: Queryable,
  times: PhaseTimes | undefined,
  rows: readonly unknown[][],
  idOf: ReadonlyMap<string, number>,
  replaced: readonly string[],
): Promise<void> {
  await timed(times, 'store.contracts', async () => {
    const replacedIds = replaced.map((o) => idOf.get(o)!);
    if (replacedIds.length > 0)
      await tx.query(sql`delete from procurement_contracts where process_id = any(${replacedIds}::bigint[])`);
    // Straight in by COPY: the ids are known now. A contract id given twice in a process counts once.
    const seen = new Set<string>();
    const withIds = [];
    for (const [ocid, ...rest] of rows) {
      const key = `${ocid}\u0000${rest[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      withIds.push([idOf.get(ocid as string)!, ...rest]);
    }
    await tx.copyInto('procurement_contracts', ['process_id', ...CONTRACT_COLUMNS.slice(1)], withIds);
  });
}

/** Stages the written processes' search keys for `indexStagedProcesses` (search.ts). */
export async function stageSearchKeys(
  tx: Queryable,
  times: PhaseTimes | undefined,
  rows: readonly unknown[][],
): Promise<void> {
  if (rows.length > 0)
    await timed(times, 'store.search', () => tx.copyInto('procurement_stage_search', SEARCH_COLUMNS, rows));
}
