import { recordAudit } from '../../platform/audit/audit.ts';
import type { JsonValue } from '../../platform/audit/chain.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type FieldError, notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type FeedbackCase, findCaseByNumber, lockCase } from './cases.ts';

export interface RequestMeta {
  ip: string;
  requestId: string;
  /** The time of the action; tests move it. */
  now?: Date;
}

export type ActionResult = { ok: true; case: FeedbackCase } | { ok: false; problems: FieldError[] };

/** What a step does inside the transaction: field problems (nothing is written), or what to audit. */
/** Thrown inside the transaction to roll it back with the step's problems. */
class Refused extends Error {
  readonly problems: FieldError[];
  constructor(problems: FieldError[]) {
    super('refused');
    this.problems = problems;
  }
}

export type Step = (
  tx: Queryable,
  current: FeedbackCase,
  now: Date,
) => Promise<FieldError[] | Record<string, JsonValue | undefined>>;

/**
 * The frame of every change to a case: find it, let `allowed` decide (it throws the right
 * 401/403), lock the row, run the step, audit it, all in one transaction. Problems found by the
 * step roll everything back.
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
  const found = await findCaseByNumber(ctx.db, number);
  if (!found) throw notFound(`no case ${number}`);
  allowed(found);
  const now = meta.now ?? new Date();
  try {
    await ctx.db.transaction(async (tx) => {
      const current = await lockCase(tx, found.id);
      const outcome = await step(tx, current, now);
      if (Array.isArray(outcome)) {
        if (outcome.length > 0) throw new Refused(outcome);
        return;
      }
      await recordAudit(tx, {
        actor,
        role:
          actor.roles.find((g) => g.organizationId === current.organizationId)?.role ??
          actor.roles[0]?.role ??
          null,
        action,
        subject: { type: 'feedback-case', id: number },
        ip: meta.ip,
        requestId: meta.requestId,
        details: outcome,
      });
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
  return { ok: true, case: (await findCaseByNumber(ctx.db, number))! };
}
