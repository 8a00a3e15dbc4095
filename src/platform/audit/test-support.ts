import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { type AuditEntry, type AuditReceipt, readEntries, recordAuditNow } from './audit.ts';
import { entryHash } from './chain.ts';

/**
 * For the audit tests: entries to append, and what an attacker with the table owner's rights
 * does to the trail (triggers disabled, rows changed directly).
 */

/** The n-th sample entry: varied actors, roles, subjects, purposes and details. */
export function sampleEntry(n: number, at?: Date): AuditEntry {
  return {
    actor: n % 3 === 0 ? { label: 'system:cli', userId: null } : { label: `user:${n % 7}`, userId: n % 7 },
    role: n % 2 === 0 ? 'organization-publisher' : null,
    action: n % 4 === 0 ? 'audit.read' : 'organizations.update',
    subject: { type: 'organization', id: n },
    purpose: n % 4 === 0 ? `review of case ${n}` : null,
    ip: `203.0.113.${n % 250}`,
    requestId: `req-${n}`,
    details: { n, changed: ['name_mn', 'name_en'], note: `Засвар №${n}`, nested: { b: 2, a: [true, null] } },
    at,
  };
}

/** Appends `count` sample entries, each in a transaction of its own. */
export async function appendSamples(db: Database, count: number, first = 1): Promise<AuditReceipt[]> {
  const receipts: AuditReceipt[] = [];
  for (let n = first; n < first + count; n++) receipts.push(await recordAuditNow(db, sampleEntry(n)));
  return receipts;
}

/** Runs `work` with the append-only triggers off, as the table's owner could. */
export async function asAttacker(db: Database, work: (tx: Queryable) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('alter table audit_log disable trigger all; alter table audit_heads disable trigger all');
    await work(tx);
    await tx.exec('alter table audit_log enable trigger all; alter table audit_heads enable trigger all');
  });
}

/** Empties the trail and the published heads, for the next scenario. */
export function resetTrail(db: Database): Promise<void> {
  return asAttacker(db, (tx) => tx.exec('truncate audit_log, audit_heads'));
}

const COLUMNS =
  'at, actor, actor_user_id, role, action, subject_type, subject_id, purpose, ip, request_id, details, prev_hash, hash';

/** Exchanges everything but seq between two entries. */
export async function swapEntries(tx: Queryable, a: number, b: number): Promise<void> {
  const set = COLUMNS.split(', ')
    .map((c) => `${c} = o.${c}`)
    .join(', ');
  await tx.exec(`
    create temp table swap_tmp on commit drop as select * from audit_log where seq in (${a}, ${b});
    update audit_log l set ${set} from swap_tmp o where l.seq = ${a} and o.seq = ${b};
    update audit_log l set ${set} from swap_tmp o where l.seq = ${b} and o.seq = ${a};`);
}

/** Recomputes every hash from `seq` on, as an attacker covering up a change would. */
export async function rehashFrom(tx: Queryable, seq: number): Promise<void> {
  const [before] = await readEntries(tx, seq - 2, 1);
  let prevHash = seq === 1 || !before ? '0'.repeat(64) : before.hash;
  for (const entry of await readEntries(tx, seq - 1, 1_000_000)) {
    const hash = entryHash(prevHash, entry);
    await tx.query(
      sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash} where seq = ${entry.seq}`,
    );
    prevHash = hash;
  }
}
