import { type FieldProblem, problem } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { afterPlanChange } from '../publishing.ts';
import type { PlanRow } from '../service.ts';
import { requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** What stops a plan from being published: commitments the document left without a number. */
export async function publishBlockers(db: Queryable, plan: PlanRow): Promise<FieldProblem[]> {
  const rows = await db.query<{ id: number; position: number }>(sql`select id, position from plan_commitments
    where plan_id = ${plan.id} and number is null order by position`);
  return rows.map((r) => problem(`commitment-${r.id}`, 'plans.review.unnumbered'));
}

/** Publishes a reviewed plan: it appears on the site, in search and in the downloads. */
export const publishPlan = plansCommand('plans.manage', (ctx, actor, planSlug: string) => ({
  check: async (problems) => {
    const plan = await requirePlan(ctx.db, planSlug);
    if (plan.status !== 'published') problems.push(...(await publishBlockers(ctx.db, plan)));
    return plan;
  },
  write: async (tx, plan) => {
    const [row] = await tx.query<{
      id: number;
    }>(sql`update plans set status = 'published', published_at = now(),
      updated_at = now() where id = ${plan.id} and status = 'draft' returning id`);
    // Published already, or meanwhile by someone else: the same result, nothing more to record.
    if (!row) return unchanged(undefined);
    await afterPlanChange(tx, { ...plan, status: 'published' }, actor);
    return wrote(undefined, {
      action: 'plans.publish',
      subject: { type: 'plan', id: plan.slug },
      details: { sha256: plan.sourceSha256 },
    });
  },
}));
