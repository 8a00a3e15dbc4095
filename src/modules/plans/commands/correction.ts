import { type AuditEntry, recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { auditRole, type RequestMeta } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { afterPlanChange } from '../publishing.ts';
import { findPlan, type PlanRow } from '../service.ts';

/**
 * What the review's commands share: the plan they correct, and the end of every correction. An
 * official corrects numbers, titles, dates, organisations and the OGP values of each item, then
 * publishes; every correction is audited with what it was.
 */

export async function requirePlan(db: Queryable, slug: string): Promise<PlanRow> {
  const plan = await findPlan(db, slug);
  if (!plan) throw notFound(`no plan "${slug}"`);
  return plan;
}

/** The audit entry of a review command: the role is one `plans.manage` allows. */
export function reviewAudit(
  actor: Actor,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  entry: Pick<AuditEntry, 'action' | 'subject' | 'details'>,
): AuditEntry {
  return {
    actor,
    role: auditRole(actor, null, 'plans.manage'),
    ip: meta.ip,
    requestId: meta.requestId,
    ...entry,
  };
}

/**
 * The end of every correction, in its transaction: the commitments' time, their search documents
 * and open-data history (once published), and the audit entry, last.
 */
export async function finishCorrection(
  tx: Queryable,
  plan: PlanRow,
  actor: Actor,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  commitmentIds: readonly number[],
  entry: Pick<AuditEntry, 'action' | 'subject' | 'details'>,
): Promise<void> {
  await tx.query(
    sql`update plan_commitments set updated_at = now() where id = any(${[...commitmentIds]}::bigint[])`,
  );
  await afterPlanChange(tx, plan, actor, commitmentIds);
  await recordAudit(tx, reviewAudit(actor, meta, entry));
}
