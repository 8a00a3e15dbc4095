import os from 'node:os';
import type { Actor } from '../auth/actor.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { processAlive } from '../process-alive.ts';
import type { DatasetImportReport, ImportEncoding, ImportFormat } from './types.ts';

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'dry-run' | 'interrupted';

/** This process as the history names an import's runner: `host:pid`. */
const RUNNER = `${os.hostname()}:${process.pid}`;

/** One import as the history keeps it. */
export interface ImportRecord {
  id: number;
  dataset: string;
  status: ImportStatus;
  actor: string;
  userId: number | null;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  fileId: string | null;
  format: ImportFormat | null;
  encoding: ImportEncoding | null;
  mapping: Record<string, string>;
  rowsDone: number;
  rowsTotal: number | null;
  added: number | null;
  changed: number | null;
  unchanged: number | null;
  problemCount: number | null;
  report: DatasetImportReport | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const COLUMNS = sql`id, dataset, status, actor, user_id as "userId", file_name as "fileName",
  file_sha256 as "fileSha256", file_size as "fileSize", file_id as "fileId", format, encoding, mapping,
  rows_done as "rowsDone", rows_total as "rowsTotal", added, changed, unchanged,
  problem_count as "problemCount", report, created_at as "createdAt", started_at as "startedAt",
  finished_at as "finishedAt"`;

export interface NewImport {
  dataset: string;
  actor: Pick<Actor, 'label' | 'userId'>;
  fileName: string;
  sha256: string;
  size: number;
  fileId?: string | null;
  mapping?: Record<string, string>;
  /** The encoding the uploader named (detected when absent). */
  encoding?: ImportEncoding;
  status: ImportStatus;
}

/** What a NUL is shown as: PostgreSQL stores it in no text and no `jsonb`. */
const NUL_SHOWN = '\u2400';

/** Text as the history can store it: a NUL (a file's header, a cell quoted in a problem) shown as ␀. */
export function storableText(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', NUL_SHOWN) : text;
}

function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storable(v)]));
  return value;
}

/** A report or mapping as `jsonb`: keys and texts storable. */
const storableJson = (value: unknown) => JSON.stringify(storable(value));

export async function createImportRecord(db: Queryable, entry: NewImport): Promise<number> {
  const [row] = await db.query<{ id: number }>(sql`insert into imports
    (dataset, status, actor, user_id, file_name, file_sha256, file_size, file_id, mapping, encoding, started_at, runner)
    values (${entry.dataset}, ${entry.status}, ${entry.actor.label}, ${entry.actor.userId}, ${storableText(entry.fileName).slice(0, 255)},
      ${entry.sha256}, ${entry.size}, ${entry.fileId ?? null}, ${storableJson(entry.mapping ?? {})}::jsonb,
      ${entry.encoding ?? null}, ${entry.status === 'running' ? sql`now()` : sql`null`}, ${RUNNER})
    returning id`);
  return Number((row as { id: number }).id);
}

export async function findImport(db: Queryable, id: number): Promise<ImportRecord | undefined> {
  const [row] = await db.query<ImportRecord>(sql`select ${COLUMNS} from imports where id = ${id}`);
  return row && normalise(row);
}

/** A dataset's imports, newest first. */
export async function listImports(db: Queryable, dataset: string, limit = 50): Promise<ImportRecord[]> {
  const rows = await db.query<ImportRecord>(
    sql`select ${COLUMNS} from imports where dataset = ${dataset} order by id desc limit ${limit}`,
  );
  return rows.map(normalise);
}

export async function markRunning(
  db: Queryable,
  id: number,
  mapping?: Record<string, string>,
): Promise<void> {
  await db.query(sql`update imports set status = 'running', started_at = now(), finished_at = null,
    rows_done = 0, rows_total = null, runner = ${RUNNER} ${mapping ? sql`, mapping = ${storableJson(mapping)}::jsonb` : sql.empty}
    where id = ${id}`);
}

export async function markQueued(db: Queryable, id: number): Promise<void> {
  await db.query(sql`update imports set status = 'queued', finished_at = null where id = ${id}`);
}

export async function recordProgress(db: Queryable, id: number, done: number, total?: number): Promise<void> {
  await db.query(
    sql`update imports set rows_done = ${done}, rows_total = ${total ?? null} where id = ${id} and status = 'running'`,
  );
}

/** Writes the outcome: status, counts and report. */
export async function finishImport(
  db: Queryable,
  id: number,
  status: Exclude<ImportStatus, 'queued' | 'running' | 'interrupted'>,
  report: DatasetImportReport,
): Promise<void> {
  await db.query(sql`update imports set status = ${status}, finished_at = now(),
    format = ${report.format ?? null}, encoding = ${report.encoding ?? null},
    rows_done = ${report.rows}, rows_total = ${report.rows},
    added = ${report.added}, changed = ${report.changed}, unchanged = ${report.unchanged},
    problem_count = ${report.problemCount}, report = ${storableJson(report)}::jsonb
    where id = ${id}`);
}

/** Imports this process is running now: the others of this host marked running have died. */
const active = new Set<number>();

/** Tells `deadImports` that this process runs import `id` (until `runningHereEnded`). */
export function runningHere(id: number): void {
  active.add(id);
}

export function runningHereEnded(id: number): void {
  active.delete(id);
}

/**
 * Imports of the command line (no uploaded file: a web import is a job, retried by the queue) that
 * the history says are running but whose process on this host has gone: killed, or the machine
 * restarted. Their transaction was rolled back with the process, so nothing of them is in the
 * dataset. An import of another host is left alone: this one cannot tell.
 */
export async function deadImports(db: Queryable): Promise<number[]> {
  const running = await db.query<{ id: number; runner: string | null }>(
    sql`select id, runner from imports where status = 'running' and file_id is null`,
  );
  const host = `${os.hostname()}:`;
  return running
    .filter(({ id, runner }) => {
      if (!runner?.startsWith(host)) return false;
      const pid = Number(runner.slice(host.length));
      return pid === process.pid ? !active.has(Number(id)) : !processAlive(pid);
    })
    .map(({ id }) => Number(id));
}

/** Marks imports `interrupted`, with the report that says so. */
export async function markInterrupted(
  db: Queryable,
  ids: readonly number[],
  report: DatasetImportReport,
): Promise<void> {
  await db.query(sql`update imports set status = 'interrupted', finished_at = now(),
    problem_count = ${report.problemCount}, report = ${storableJson(report)}::jsonb
    where id = any(${[...ids]}::bigint[]) and status = 'running'`);
}

function normalise(row: ImportRecord): ImportRecord {
  return {
    ...row,
    id: Number(row.id),
    fileSize: Number(row.fileSize),
    rowsDone: Number(row.rowsDone),
    rowsTotal: row.rowsTotal === null ? null : Number(row.rowsTotal),
  };
}
