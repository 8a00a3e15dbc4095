import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { type ListFilterValues, listConditions, listWhere } from '../../platform/lists/query.ts';
import type { FlagDetails } from './flags.ts';
import { packagesList, processesList } from './lists.ts';
import type { JsonObject } from './ocds/merge.ts';
import { compiledRelease, ONLY_RELEASE } from './store.ts';

export const sortKeys = ['-date', 'date', '-value', 'value'] as const;
export type ProcessSort = (typeof sortKeys)[number];

export interface ProcessRow {
  id: number;
  ocid: string;
  title: string;
  buyerSlug: string | null;
  buyerName: string;
  /** The buyer's names in the registry, when it is one of its organisations. */
  buyerNameMn: string | null;
  buyerNameEn: string | null;
  aimag: string | null;
  method: string | null;
  category: string | null;
  stage: string;
  status: string | null;
  currency: string | null;
  tenderValue: string | null;
  contractValue: string | null;
  supplierId: number | null;
  supplierName: string | null;
  /** ISO 8601 in UTC, as `Date.toISOString` writes it (made by the database: see COLUMNS). */
  date: string;
  dateSigned: string | null;
  bidCount: number | null;
  flags: string[];
}

/** A timestamp as `Date.toISOString` writes it, so that a list needs no date parsed and written again. */
const iso = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The rows `d` of the list and its conditions (lists.ts): a process with its buyer's slug and
 * names, and its flags also as `flag_list` (the name the dataset's source gives them). A plain
 * select, so the planner folds it into the query and the indexes on `procurement_processes` serve.
 */
export const PROCESS_ROWS = sql`select p.*, p.flags as flag_list, o.slug as buyer_slug,
  o.name_mn as buyer_name_mn, o.name_en as buyer_name_en
  from procurement_processes p left join organizations o on o.id = p.buyer_id`;

const COLUMNS = sql`d.id, d.ocid, d.title, d.buyer_slug as "buyerSlug", d.buyer_name as "buyerName",
  d.buyer_name_mn as "buyerNameMn", d.buyer_name_en as "buyerNameEn", d.aimag, d.method,
  d.category, d.stage, d.status, d.currency, d.tender_value as "tenderValue", d.contract_value as "contractValue",
  d.supplier_id as "supplierId", d.supplier_name as "supplierName", ${iso('d.date')} as date, ${iso('d.date_signed')} as "dateSigned",
  d.bid_count as "bidCount", d.flags`;

/** A keyset position: the sort value and the id of the last row shown. */
export type Cursor = [string | number, number];

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string | undefined): Cursor | undefined {
  if (!text) return undefined;
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(c) &&
      c.length === 2 &&
      Number.isInteger(c[1]) &&
      ['string', 'number'].includes(typeof c[0])
    )
      return c as Cursor;
  } catch {
    // An unreadable cursor is the caller's error to report.
  }
  return undefined;
}

/**
 * The list's order, with the id in the same direction as the sort key (not ascending as the
 * platform's keyset paging has it), so that each order is one scan of its index (001, 003_list.sql).
 */
function order(sort: ProcessSort) {
  const desc = sort.startsWith('-');
  const key = sort.endsWith('value') ? sql`coalesce(d.contract_value, 0)` : sql`d.date`;
  return { key, desc, dir: sql.raw(desc ? 'desc' : 'asc'), cmp: sql.raw(desc ? '<' : '>') };
}

function cursorValue(row: ProcessRow, sort: ProcessSort): string | number {
  return sort.endsWith('value') ? Number(row.contractValue ?? 0) : row.date;
}

/**
 * One page of processes in keyset order (no offset, so the millionth row costs what the first
 * does); `next` is the cursor of the following page, if any.
 */
export async function listProcesses(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: ProcessSort; limit: number; after?: Cursor | undefined; offset?: number },
): Promise<{ items: ProcessRow[]; next: Cursor | undefined }> {
  const o = order(options.sort);
  const parts = listConditions(processesList, filters);
  if (options.after) {
    const value = options.sort.endsWith('value')
      ? sql`${options.after[0]}::numeric`
      : sql`${options.after[0]}::timestamptz`;
    parts.push(sql`(${o.key}, d.id) ${o.cmp} (${value}, ${options.after[1]}::bigint)`);
  }
  const where = parts.length > 0 ? sql`where ${sql.join(parts, ' and ')}` : sql.empty;
  const rows = await db.query<ProcessRow>(sql`
    select ${COLUMNS} from (${PROCESS_ROWS}) d
    ${where} order by ${o.key} ${o.dir}, d.id ${o.dir} limit ${options.limit + 1} offset ${options.offset ?? 0}`);
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > options.limit && last ? [cursorValue(last, options.sort), last.id] : undefined,
  };
}

/** How many processes match, counted up to `cap` (a million-row count is not worth its time). */
export async function countProcesses(db: Queryable, filters: ListFilterValues, cap = 10000): Promise<number> {
  const where = listWhere(processesList, filters);
  const [row] = await db.query<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from (${PROCESS_ROWS}) d ${where} limit ${cap + 1}) x`,
  );
  return row?.n ?? 0;
}

export interface ProcessDetail extends ProcessRow {
  compiled: JsonObject;
  flagDetails: FlagDetails;
  buyerId: number | null;
  tenderStart: Date | null;
  tenderEnd: Date | null;
  releaseCount: number;
  firstRelease: Date;
  lastRelease: Date;
  contractPublished: Date | null;
}

export async function findProcess(db: Queryable, ocid: string): Promise<ProcessDetail | undefined> {
  const [row] = await db.query<ProcessDetail & { onlyRelease: JsonObject | null }>(sql`
    select ${COLUMNS}, d.compiled, one."onlyRelease", d.flag_details as "flagDetails", d.buyer_id as "buyerId",
      d.tender_start as "tenderStart", d.tender_end as "tenderEnd", d.release_count as "releaseCount",
      d.first_release as "firstRelease", d.last_release as "lastRelease", d.contract_published as "contractPublished"
    from (${PROCESS_ROWS}) d
    cross join lateral (select ${ONLY_RELEASE} from procurement_processes p where p.id = d.id) one
    where d.ocid = ${ocid}`);
  if (!row) return undefined;
  const { onlyRelease: _, ...detail } = row;
  return { ...detail, compiled: compiledRelease(row) };
}

export interface StoredRelease {
  seq: number;
  ocid: string;
  releaseId: string;
  date: Date;
  tags: string[];
  data: JsonObject;
}

export async function releasesOf(db: Queryable, processId: number): Promise<StoredRelease[]> {
  return db.query<StoredRelease>(sql`
    select seq, ocid, release_id as "releaseId", date, tags, data from procurement_releases
    where process_id = ${processId} order by date, seq`);
}

/** Releases in arrival order after `after`, optionally of one process or one year. */
export async function releasesAfter(
  db: Queryable,
  options: { after: number; limit: number; ocid?: string; year?: number },
): Promise<StoredRelease[]> {
  const parts = [
    sql`d.seq > ${options.after}`,
    ...listConditions(packagesList, options.ocid ? { ocid: options.ocid } : {}),
  ];
  if (options.year)
    parts.push(sql`d.date >= make_timestamptz(${options.year}, 1, 1, 0, 0, 0, 'UTC')
      and d.date < make_timestamptz(${options.year + 1}, 1, 1, 0, 0, 0, 'UTC')`);
  return db.query<StoredRelease>(sql`
    select d.seq, d.ocid, d.release_id as "releaseId", d.date, d.tags, d.data from procurement_releases d
    where ${sql.join(parts, ' and ')} order by d.seq limit ${options.limit}`);
}

export interface RecordRow {
  id: number;
  ocid: string;
  compiled: JsonObject;
  releases: { id: string; date: string; tag: string[] }[];
}

/** Processes in id order after `after`, each with its releases' ids, dates and tags. */
export async function recordsAfter(
  db: Queryable,
  options: { after: number; limit: number; year?: number },
): Promise<RecordRow[]> {
  const year = options.year
    ? sql`and p.first_release >= make_timestamptz(${options.year}, 1, 1, 0, 0, 0, 'UTC')
        and p.first_release < make_timestamptz(${options.year + 1}, 1, 1, 0, 0, 0, 'UTC')`
    : sql.empty;
  const rows = await db.query<RecordRow & { onlyRelease: JsonObject | null }>(sql`
    select p.id, p.ocid, p.compiled, ${ONLY_RELEASE},
      (select coalesce(jsonb_agg(jsonb_build_object('id', r.release_id, 'date', r.data -> 'date', 'tag', to_jsonb(r.tags))
        order by r.date, r.seq), '[]') from procurement_releases r where r.process_id = p.id) as releases
    from procurement_processes p where p.id > ${options.after} ${year} order by p.id limit ${options.limit}`);
  return rows.map(({ onlyRelease, ...r }) => ({
    ...r,
    compiled: compiledRelease({ compiled: r.compiled, onlyRelease }),
  }));
}

/** The years that have releases, newest first, with their counts. */
export async function releaseYears(db: Queryable): Promise<{ year: number; releases: number }[]> {
  return db.query(sql`
    select extract(year from date at time zone 'UTC')::int as year, count(*)::int as releases
    from procurement_releases group by 1 order by 1 desc`);
}
