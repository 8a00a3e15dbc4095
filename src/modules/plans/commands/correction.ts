import type { Actor } from '../../../platform/auth/actor.ts';
import type { AuditDetails } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { afterPlanChange } from '../publishing.ts';
import { findPlan, type PlanRow } from '../service.ts';
import type { AuditNote } from './frame.ts';

/**
 * What the review's commands share: the plan they correct, and what follows every correction. An
 * official corrects numbers, titles, dates, organisations and the OGP values of each item, then
 * publishes; every correction is audited with what it was (`frame.ts`, action `plans.manage`).
 */

export async function requirePlan(db: Queryable, slug: string): Promise<PlanRow> {
  const plan = await findPlan(db, slug);
  if (!plan) throw notFound(`no plan "${slug}"`);
  return plan;
}

/**
 * What follows every correction of items, in its transaction: the commitments' time, their search
 * documents and open-data history (once published).
 */
export async function afterCorrection(
  tx: Queryable,
  plan: PlanRow,
  actor: Actor,
  commitmentIds: readonly number[],
): Promise<void> {
  await tx.query(
    sql`update plan_commitments set updated_at = now() where id = any(${[...commitmentIds]}::bigint[])`,
  );
  await afterPlanChange(tx, plan, actor, commitmentIds);
}

/** The audit entry of a change to an organisation link: the plan, the name as written, and what changed. */
export function linkAudit(
  action: string,
  linkId: number,
  plan: PlanRow,
  written: string,
  details: AuditDetails,
): AuditNote {
  return {
    action,
    subject: { type: 'plan-organization', id: linkId },
    details: { plan: plan.slug, written, ...details },
  };
}
