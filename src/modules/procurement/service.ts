import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { type FlagCode, type FlagDetails, flagCodes } from './flags.ts';
import type { JsonObject } from './ocds/merge.ts';
import { compiledRelease, ONLY_RELEASE } from './store.ts';

export const methods = ['open', 'selective', 'limited', 'direct'] as const;
export const stages = ['planning', 'tender', 'award', 'contract', 'implementation'] as const;
export const sortKeys = ['-date', 'date', '-value', 'value'] as const;
export type ProcessSort = (typeof sortKeys)[number];

export interface ProcessFilters {
  /** Slug of the buyer in the organisations registry. */
  buyer?: string;
  /** Id of the supplier. */
  supplier?: number;
  method?: string;
  status?: string;
  stage?: string;
  aimag?: string;
  flag?: FlagCode;
  valueMin?: number;
  valueMax?: number;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  q?: string;
}

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

const COLUMNS = sql`p.id, p.ocid, p.title, o.slug as "buyerSlug", p.buyer_name as "buyerName",
  o.name_mn as "buyerNameMn", o.name_en as "buyerNameEn", p.aimag, p.method,
  p.category, p.stage, p.status, p.currency, p.tender_value as "tenderValue", p.contract_value as "contractValue",
  p.supplier_id as "supplierId", p.supplier_name as "supplierName", ${iso('p.date')} as date, ${iso('p.date_signed')} as "dateSigned",
  p.bid_count as "bidCount", p.flags`;

function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function whereOf(f: ProcessFilters): SqlQuery[] {
  const parts: SqlQuery[] = [];
  if (f.buyer) parts.push(sql`p.buyer_id = (select id from organizations where slug = ${f.buyer})`);
  if (f.supplier !== undefined) parts.push(sql`p.supplier_id = ${f.supplier}`);
  if (f.method) parts.push(sql`p.method = ${f.method}`);
  if (f.status) parts.push(sql`p.status = ${f.status}`);
  if (f.stage) parts.push(sql`p.stage = ${f.stage}`);
  if (f.aimag) parts.push(sql`p.aimag = ${f.aimag}`);
  // A flag code is written out, so that the planner can use the flag's partial indexes (003_list.sql).
  if (f.flag)
    parts.push(
      isFlag(f.flag)
        ? sql`p.flags @> array[${sql.raw(`'${f.flag}'`)}]::text[]`
        : sql`p.flags @> array[${f.flag}]::text[]`,
    );
  if (f.valueMin !== undefined) parts.push(sql`p.contract_value >= ${f.valueMin}`);
  if (f.valueMax !== undefined) parts.push(sql`p.contract_value <= ${f.valueMax}`);
  if (f.from) parts.push(sql`p.date >= ${f.from}::date`);
  if (f.to) parts.push(sql`p.date < ${f.to}::date + 1`);
  if (f.q) parts.push(sql`(lower(p.title) like ${containing(f.q)} or p.ocid = ${f.q})`);
  return parts;
}

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

function order(sort: ProcessSort) {
  const desc = sort.startsWith('-');
  const key = sort.endsWith('value') ? sql`coalesce(p.contract_value, 0)` : sql`p.date`;
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
  filters: ProcessFilters,
  options: { sort: ProcessSort; limit: number; after?: Cursor | undefined; offset?: number },
): Promise<{ items: ProcessRow[]; next: Cursor | undefined }> {
  const o = order(options.sort);
  const parts = whereOf(filters);
  if (options.after) {
    const value = options.sort.endsWith('value')
      ? sql`${options.after[0]}::numeric`
      : sql`${options.after[0]}::timestamptz`;
    parts.push(sql`(${o.key}, p.id) ${o.cmp} (${value}, ${options.after[1]}::bigint)`);
  }
  const where = parts.length > 0 ? sql`where ${sql.join(parts, ' and ')}` : sql.empty;
  const rows = await db.query<ProcessRow>(sql`
    select ${COLUMNS} from procurement_processes p left join organizations o on o.id = p.buyer_id
    ${where} order by ${o.key} ${o.dir}, p.id ${o.dir} limit ${options.limit + 1} offset ${options.offset ?? 0}`);
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > options.limit && last ? [cursorValue(last, options.sort), last.id] : undefined,
  };
}

/** How many processes match, counted up to `cap` (a million-row count is not worth its time). */
export async function countProcesses(db: Queryable, filters: ProcessFilters, cap = 10000): Promise<number> {
  const parts = whereOf(filters);
  const where = parts.length > 0 ? sql`where ${sql.join(parts, ' and ')}` : sql.empty;
  const [row] = await db.query<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from procurement_processes p ${where} limit ${cap + 1}) x`,
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
    select ${COLUMNS}, p.compiled, ${ONLY_RELEASE}, p.flag_details as "flagDetails", p.buyer_id as "buyerId",
      p.tender_start as "tenderStart", p.tender_end as "tenderEnd", p.release_count as "releaseCount",
      p.first_release as "firstRelease", p.last_release as "lastRelease", p.contract_published as "contractPublished"
    from procurement_processes p left join organizations o on o.id = p.buyer_id where p.ocid = ${ocid}`);
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
  const parts = [sql`seq > ${options.after}`];
  if (options.ocid) parts.push(sql`ocid = ${options.ocid}`);
  if (options.year)
    parts.push(sql`date >= make_timestamptz(${options.year}, 1, 1, 0, 0, 0, 'UTC')
      and date < make_timestamptz(${options.year + 1}, 1, 1, 0, 0, 0, 'UTC')`);
  return db.query<StoredRelease>(sql`
    select seq, ocid, release_id as "releaseId", date, tags, data from procurement_releases
    where ${sql.join(parts, ' and ')} order by seq limit ${options.limit}`);
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

export function isFlag(value: unknown): value is FlagCode {
  return (flagCodes as readonly unknown[]).includes(value);
}
