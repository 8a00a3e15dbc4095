import type { Actor } from '../../platform/auth/actor.ts';
import {
  type Change,
  changeRecord,
  type FieldProblem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addEvent, type FeedbackCase, findCaseByNumber, lockCase } from './cases.ts';
import { openStatuses } from './kinds.ts';

/** What a step does to the locked case at `now`: `refuse(…)` (nothing is written) or `changed(…)` with what to audit. */
export type CaseStep = (tx: Queryable, current: FeedbackCase, now: Date) => Promise<Change<unknown>>;

/** Who may take the step and as which declared action (the audit role is one that action allows). */
export interface CaseAccess {
  /** Throws the right 401/403 when the actor may not change this case. */
  authorise: (found: FeedbackCase) => void;
  permission?: string;
}

/** One change to a case: who, which case, the audit action, and the step. */
export interface CaseChange {
  actor: Actor;
  number: string;
  /** The audit action, `feedback.<verb>`. */
  action: string;
  meta: RequestMeta;
  access: CaseAccess;
  /** What is already wrong with the input: refused before the case is read. */
  problems?: readonly FieldProblem[];
  /** The step needs an open case: refused otherwise (`feedback.error.notOpen` on this field). */
  whileOpen?: string;
  step: CaseStep;
}

/**
 * Every change to a case, on the platform's frame (`changeRecord`): refuse an input with problems,
 * then find the case by number, authorise, lock the row, check it is open when the step needs it,
 * run the step, audit it, all in one
 * transaction; a refusal rolls everything back. The value is the case as it is after the change.
 */
export async function changeCase(ctx: ModuleContext, change: CaseChange): Promise<Result<FeedbackCase>> {
  if (change.problems && change.problems.length > 0) return refuse(change.problems);
  const { actor, meta, number, action } = change;
  const result = await changeRecord(ctx.db, {
    actor,
    meta,
    action,
    permission: change.access.permission,
    subject: { type: 'feedback-case', id: number },
    load: (db) => findCaseByNumber(db, number),
    authorise: change.access.authorise,
    lock: (tx, found) => lockCase(tx, found.id),
    organizationId: (c) => c.organizationId,
    change: (tx, current, now) =>
      change.whileOpen && !openStatuses.includes(current.status)
        ? Promise.resolve(refuse(change.whileOpen, 'feedback.error.notOpen'))
        : change.step(tx, current, now),
  });
  if (!result.ok) return result;
  return { ok: true, value: (await findCaseByNumber(ctx.db, number))! };
}

/** Sets columns of the case (`status = 'closed', closed_at = …`) and its `updated_at`. */
export async function updateCase(tx: Queryable, c: FeedbackCase, now: Date, set: SqlQuery): Promise<void> {
  await tx.query(sql`update feedback_cases set ${set}, updated_at = ${now} where id = ${c.id}`);
}

/**
 * Writes a step's event on the case: at the step's time, by the actor (staff or the submitter),
 * on the case's organisation unless the event names another (a transfer names the new one).
 */
export function addCaseEvent(
  tx: Queryable,
  c: FeedbackCase,
  now: Date,
  actor: Actor,
  event: {
    kind: string;
    public: boolean;
    organizationId?: number;
    text?: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  return addEvent(tx, {
    caseId: c.id,
    at: now,
    actor: { label: actor.label, userId: actor.userId },
    organizationId: c.organizationId,
    ...event,
  });
}
