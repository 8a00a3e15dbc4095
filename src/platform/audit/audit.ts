import type { Actor } from '../auth/actor.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import {
  CANONICAL_TIME_FORMAT,
  type ChainEntry,
  canonicalJson,
  canonicalTime,
  entryHash,
  GENESIS_HASH,
  type JsonValue,
} from './chain.ts';

/**
 * Appending to the audit trail. Every write, and every read of restricted data, records one entry
 * in the same transaction as the work it records, so the two commit together or not at all.
 */

/** Taken by every appender (and by the daily head publisher) for the rest of its transaction. */
export const AUDIT_LOCK_KEY = 7_243_002;

/** What happened: `<area>.<verb>` in lower case, e.g. `organizations.update`, `audit.read`. */
const ACTION = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export interface AuditEntry {
  /** Who acted; its label (`user:12`, `system:cli`) and account are recorded. */
  actor: Pick<Actor, 'label' | 'userId'>;
  /** The role the actor acted as, when the action needed one. */
  role?: string | null;
  action: string;
  /** The record acted on. */
  subject?: { type: string; id: string | number } | null;
  /** The purpose the actor stated, where the law requires one (reads of restricted data). */
  purpose?: string | null;
  /** Where from: the client's address and the request id (`request.ip`, `request.id`). */
  ip?: string | null;
  requestId?: string | null;
  /** What changed or what was read, briefly; no secrets (the trail is kept for years). */
  details?: Record<string, JsonValue | undefined>;
  /**
   * When, for importers of a historical trail and for tests; normally left out, and the
   * database's clock is used. It may not be earlier than the entry before.
   */
  at?: Date;
}

export interface AuditReceipt {
  seq: number;
  hash: string;
  /** Canonical UTC text of `at`, as hashed. */
  at: string;
}

export class AuditEntryError extends Error {
  override name = 'AuditEntryError';
}

/** Text that would not read back from the database exactly as written cannot be hashed safely. */
function checkText(field: string, value: string | null): string | null {
  if (value === null) return null;
  if (!value.isWellFormed() || value.includes('\u0000'))
    throw new AuditEntryError(`audit ${field} holds a NUL character or a lone surrogate`);
  return value;
}

function toChainFields(entry: AuditEntry): Omit<ChainEntry, 'seq' | 'at'> {
  if (!ACTION.test(entry.action))
    throw new AuditEntryError(`audit action must look like area.verb in lower case, not "${entry.action}"`);
  if (!entry.actor.label) throw new AuditEntryError('audit entry has no actor label');
  // Canonical text, parsed back: what is hashed is exactly what jsonb will return.
  const details = JSON.parse(canonicalJson(entry.details ?? {})) as JsonValue;
  checkText('details', JSON.stringify(details));
  return {
    actor: checkText('actor', entry.actor.label) as string,
    actorUserId: entry.actor.userId,
    role: checkText('role', entry.role ?? null),
    action: entry.action,
    subjectType: checkText('subject type', entry.subject?.type ?? null),
    subjectId: checkText('subject id', entry.subject ? String(entry.subject.id) : null),
    purpose: checkText('purpose', entry.purpose ?? null),
    ip: checkText('ip', entry.ip ?? null),
    requestId: checkText('request id', entry.requestId ?? null),
    details,
  };
}

interface HeadRow {
  seq: number | null;
  hash: string | null;
  head_at: string | null;
  now: string;
}

/**
 * Appends one entry inside the caller's transaction and returns its seq and hash. The advisory
 * lock it takes is held until that transaction ends, so call it as the last step of the work.
 * Needs READ COMMITTED (the default): the head is read after the lock, in a fresh snapshot.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<AuditReceipt> {
  // On a pool, statements outside a transaction could each run on another connection, unlocked.
  if ('transaction' in tx)
    throw new Error(
      'recordAudit runs inside a transaction: pass the tx of db.transaction, or use recordAuditNow',
    );
  const fields = toChainFields(entry);
  await tx.query(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  // The database's clock, so entries from every process share one clock; never before the head,
  // so that time order and chain order agree (the daily heads rely on it).
  const [head] = await tx.query<HeadRow>(sql`
    select h.seq, h.hash,
      to_char(h.at at time zone 'UTC', ${CANONICAL_TIME_FORMAT}) as head_at,
      to_char(greatest(date_trunc('milliseconds', clock_timestamp()), h.at) at time zone 'UTC',
        ${CANONICAL_TIME_FORMAT}) as now
    from (select 1) as one
    left join lateral (select seq, hash, at from audit_log order by seq desc limit 1) as h on true`);
  if (!head) throw new Error('reading the audit head returned no row');
  let at = head.now;
  if (entry.at) {
    at = canonicalTime(entry.at);
    if (head.head_at !== null && at < head.head_at)
      throw new AuditEntryError(`audit entry at ${at} would come before the head's time ${head.head_at}`);
  }
  const chained: ChainEntry = { seq: (head.seq ?? 0) + 1, at, ...fields };
  const prevHash = head.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, chained);
  await tx.query(sql`insert into audit_log (seq, at, actor, actor_user_id, role, action, subject_type,
      subject_id, purpose, ip, request_id, details, prev_hash, hash)
    values (${chained.seq}, ${at}::timestamptz, ${chained.actor}, ${chained.actorUserId}, ${chained.role},
      ${chained.action}, ${chained.subjectType}, ${chained.subjectId}, ${chained.purpose}, ${chained.ip},
      ${chained.requestId}, ${canonicalJson(chained.details)}::jsonb, ${prevHash}, ${hash})`);
  return { seq: chained.seq, hash, at };
}

/** Appends one entry in a transaction of its own: for reads of restricted data, which write nothing else. */
export function recordAuditNow(db: Database, entry: AuditEntry): Promise<AuditReceipt> {
  return db.transaction((tx) => recordAudit(tx, entry));
}

/** The head of the chain: the last entry's seq and hash, or seq 0 and the genesis hash. */
export async function auditHead(db: Queryable): Promise<{ seq: number; hash: string }> {
  const [row] = await db.query<{ seq: number; hash: string }>(
    sql`select seq, hash from audit_log order by seq desc limit 1`,
  );
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** An entry as stored: its chain fields, with `at` in canonical text, and its two hashes. */
export interface StoredEntry extends ChainEntry {
  prevHash: string;
  hash: string;
}

interface EntryRow {
  seq: number;
  at: string;
  actor: string;
  actor_user_id: number | null;
  role: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  purpose: string | null;
  ip: string | null;
  request_id: string | null;
  details: JsonValue;
  prev_hash: string;
  hash: string;
}

/** Up to `limit` entries after `afterSeq`, in seq order (keyset: one index range scan per page). */
export async function readEntries(db: Queryable, afterSeq: number, limit: number): Promise<StoredEntry[]> {
  const rows = await db.query<EntryRow>(sql`
    select seq, to_char(at at time zone 'UTC', ${CANONICAL_TIME_FORMAT}) as at, actor, actor_user_id, role,
      action, subject_type, subject_id, purpose, ip, request_id, details, prev_hash, hash
    from audit_log where seq > ${afterSeq} order by seq limit ${limit}`);
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    actorUserId: row.actor_user_id,
    role: row.role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    purpose: row.purpose,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
