import type { Actor } from '../../platform/auth/actor.ts';
import { type Change, changeRecord, type RequestMeta, type Result } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type FeedbackCase, findCaseByNumber, lockCase } from './cases.ts';

/** What a step does to the locked case at `now`: `refuse(…)` (nothing is written) or `changed(…)` with what to audit. */
export type CaseStep = (tx: Queryable, current: FeedbackCase, now: Date) => Promise<Change<unknown>>;

/** Who may take the step and as which declared action (the audit role is one that action allows). */
export interface CaseAccess {
  /** Throws the right 401/403 when the actor may not change this case. */
  authorise: (found: FeedbackCase) => void;
  permission?: string;
}

/**
 * Every change to a case, on the platform's frame (`changeRecord`): find it by number, authorise,
 * lock the row, run the step, audit it, all in one transaction; a refusal rolls everything back.
 * The value is the case as it is after the change.
 */
export async function changeCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  action: string,
  meta: RequestMeta,
  access: CaseAccess,
  step: CaseStep,
): Promise<Result<FeedbackCase>> {
  const result = await changeRecord(ctx.db, {
    actor,
    meta,
    action,
    permission: access.permission,
    subject: { type: 'feedback-case', id: number },
    load: (db) => findCaseByNumber(db, number),
    authorise: access.authorise,
    lock: (tx, found) => lockCase(tx, found.id),
    organizationId: (c) => c.organizationId,
    change: step,
  });
  if (!result.ok) return result;
  return { ok: true, value: (await findCaseByNumber(ctx.db, number))! };
}
