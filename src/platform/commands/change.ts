import { recordAudit } from '../audit/audit.ts';
import type { JsonValue } from '../audit/chain.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database, Queryable } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import type { RequestMeta } from '../http/types.ts';
import { auditRole } from './audit-role.ts';
import type { FieldProblem, Result } from './result.ts';

/** What the audit entry says changed: brief, no secrets (the trail is kept for years). */
export type AuditDetails = Record<string, JsonValue | undefined>;

/** What a change step gives back: a refusal (everything rolled back), or its value and what to audit. */
export type Change<T> =
  | { ok: false; problems: FieldProblem[] }
  | { ok: true; value: T; audit?: AuditDetails };

/** A change that went through, with what to record in the audit trail. */
export const changed = <T>(value: T, audit: AuditDetails = {}): Change<T> => ({ ok: true, value, audit });

export interface ChangeFrame<R, T> {
  actor: Actor;
  /** Where the request came from and when (`request.meta`; a job or the CLI makes its own). */
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'now'>;
  /** The audit action, `<area>.<verb>`. */
  action: string;
  /** The record changed, as the audit trail names it. */
  subject: { type: string; id: string | number };
  /** Reads the record; undefined is a 404. */
  load: (db: Queryable) => Promise<R | undefined>;
  /** Decides whether the actor may change this record, throwing (`authorize`: 401/403) when not. */
  authorise: (found: R) => void;
  /** Locks the record in the transaction (`for update`) and reads it as it is now. */
  lock: (tx: Queryable, found: R) => Promise<R>;
  /**
   * The declared action `authorise` checks: the audit role is one it allows (a moderator is
   * recorded as moderator, not as the citizen every account also is). Without it, any grant.
   */
  permission?: string;
  /** The organisation the record belongs to: the audit role is the actor's grant there. */
  organizationId?: (record: R) => number | null | undefined;
  /** The change itself, on the locked record at `now`. */
  change: (tx: Queryable, current: R, now: Date) => Promise<Change<T>>;
}

/** Thrown inside the transaction to roll it back with the step's problems. */
class Refused extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super('refused');
    this.problems = problems;
  }
}

/**
 * Runs `step` in one transaction: a refusal it returns rolls back everything it wrote and comes
 * back as the result; anything thrown rolls back and propagates. For commands that make a record
 * rather than change one (`changeRecord` is this around a record's load, lock and audit).
 */
export async function refusableTransaction<T>(
  db: Database,
  step: (tx: Queryable) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await db.transaction(async (tx) => {
      const outcome = await step(tx);
      if (!outcome.ok) throw new Refused(outcome.problems);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The frame of every change to one record: load it (404 when missing), let `authorise` decide,
 * then in one transaction lock it, run the change and write the audit entry (action, subject,
 * the role chosen by `auditRole`, address and request id). A refusal rolls back everything the
 * step wrote and comes back as field problems; anything thrown rolls back too and propagates.
 */
export async function changeRecord<R, T>(db: Database, frame: ChangeFrame<R, T>): Promise<Result<T>> {
  const found = await frame.load(db);
  if (found === undefined) throw notFound(`no ${frame.subject.type} ${frame.subject.id}`);
  frame.authorise(found);
  const now = frame.meta.now;
  return refusableTransaction(db, async (tx) => {
    const current = await frame.lock(tx, found);
    const outcome = await frame.change(tx, current, now);
    if (!outcome.ok) return outcome;
    await recordAudit(tx, {
      actor: frame.actor,
      role: auditRole(frame.actor, frame.organizationId?.(current), frame.permission),
      action: frame.action,
      subject: frame.subject,
      ip: frame.meta.ip,
      requestId: frame.meta.requestId,
      details: outcome.audit ?? {},
    });
    return { ok: true as const, value: outcome.value };
  });
}
