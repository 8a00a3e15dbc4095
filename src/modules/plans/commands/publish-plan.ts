import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { afterPlanChange } from '../publishing.ts';
import type { PlanRow } from '../service.ts';
import { requirePlan, reviewAudit } from './correction.ts';

/** What stops a plan from being published: commitments the document left without a number. */
export async function publishBlockers(db: Queryable, plan: PlanRow): Promise<FieldProblem[]> {
  const rows = await db.query<{ id: number; position: number }>(sql`select id, position from plan_commitments
    where plan_id = ${plan.id} and number is null order by position`);
  return rows.map((r) => problem(`commitment-${r.id}`, 'plans.review.unnumbered'));
}

/** Publishes a reviewed plan: it appears on the site, in search and in the downloads. */
export async function publishPlan(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  if (plan.status === 'published') return ok(undefined);
  const blockers = await publishBlockers(ctx.db, plan);
  if (blockers.length > 0) return refuse(blockers);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{
      id: number;
    }>(sql`update plans set status = 'published', published_at = now(),
      updated_at = now() where id = ${plan.id} and status = 'draft' returning id`);
    // Published meanwhile by someone else: the same result, nothing more to record.
    if (!row) return ok(undefined);
    await afterPlanChange(tx, { ...plan, status: 'published' }, actor);
    await recordAudit(
      tx,
      reviewAudit(actor, meta, {
        action: 'plans.publish',
        subject: { type: 'plan', id: plan.slug },
        details: { sha256: plan.sourceSha256 },
      }),
    );
    return ok(undefined);
  });
}
