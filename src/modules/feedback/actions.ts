import type { JsonValue } from '../../platform/audit/chain.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { changed, changeRecord } from '../../platform/commands/change.ts';
import { refuse } from '../../platform/commands/result.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { FieldError } from '../../platform/http/errors.ts';
import type { RequestMeta as PlatformRequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type FeedbackCase, findCaseByNumber, lockCase } from './cases.ts';

/** The request's metadata (`request.meta`); `now` may be left out (the current time). */
export type RequestMeta = Pick<PlatformRequestMeta, 'ip' | 'requestId'> & { now?: Date };

/** Problems carry message keys in `message`; pages translate them. */
export type ActionResult = { ok: true; case: FeedbackCase } | { ok: false; problems: FieldError[] };

/** What a step does inside the transaction: field problems (nothing is written), or what to audit. */
export type Step = (
  tx: Queryable,
  current: FeedbackCase,
  now: Date,
) => Promise<FieldError[] | Record<string, JsonValue | undefined>>;

/**
 * Every change to a case, on the platform's frame (`changeRecord`): find it, let `allowed` decide
 * (it throws the right 401/403), lock the row, run the step, audit it, all in one transaction.
 * Problems found by the step roll everything back.
 */
export async function changeCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  action: string,
  meta: RequestMeta,
  allowed: (found: FeedbackCase) => void,
  step: Step,
): Promise<ActionResult> {
  const result = await changeRecord(ctx.db, {
    actor,
    meta: { ...meta, now: meta.now ?? new Date() },
    action,
    subject: { type: 'feedback-case', id: number },
    load: (db) => findCaseByNumber(db, number),
    authorise: allowed,
    lock: (tx, found) => lockCase(tx, found.id),
    organizationId: (c) => c.organizationId,
    change: async (tx, current, now) => {
      const outcome = await step(tx, current, now);
      if (!Array.isArray(outcome)) return changed(undefined, outcome);
      return refuse(outcome.map((p) => ({ field: p.field, key: p.message })));
    },
  });
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => ({ field: p.field, message: p.key })) };
  return { ok: true, case: (await findCaseByNumber(ctx.db, number))! };
}
