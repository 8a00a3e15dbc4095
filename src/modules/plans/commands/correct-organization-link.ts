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
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { finishCorrection, requirePlan } from './correction.ts';

/** Points an organisation as written at a body of the registry (or at none), and sets its role. */
export async function correctOrganizationLink(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  linkId: number,
  input: { organization?: string; role?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const problems: FieldProblem[] = [];
  if (input.role !== undefined && !['lead', 'supporting'].includes(input.role))
    problems.push(problem('role', 'plans.error.role'));
  let organizationId: number | null | undefined;
  if (input.organization !== undefined) {
    if (input.organization === '') organizationId = null;
    else {
      const [org] = await ctx.db.query<{ id: number }>(
        sql`select id from organizations where slug = ${input.organization}`,
      );
      if (!org) problems.push(problem('organization', 'plans.error.organization'));
      organizationId = org?.id;
    }
  }
  if (problems.length > 0) return refuse(problems);
  return ctx.db.transaction(async (tx) => {
    const [link] = await tx.query<{
      organizationId: number | null;
      role: string;
      commitmentId: number;
      name: string;
    }>(
      sql`select organization_id as "organizationId", role, commitment_id as "commitmentId", name_as_written as name
        from plan_item_organizations where id = ${linkId} and plan_id = ${plan.id} for update`,
    );
    if (!link) throw notFound(`no organisation link ${linkId} in plan ${planSlug}`);
    const next = {
      organizationId: organizationId === undefined ? link.organizationId : organizationId,
      role: input.role ?? link.role,
    };
    if (next.organizationId === link.organizationId && next.role === link.role) return ok(undefined);
    await tx.query(sql`update plan_item_organizations set organization_id = ${next.organizationId}, role = ${next.role}
      where id = ${linkId}`);
    await finishCorrection(tx, plan, actor, meta, [link.commitmentId], {
      action: 'plans.correct-organization',
      subject: { type: 'plan-organization', id: linkId },
      details: {
        plan: plan.slug,
        written: link.name,
        organization: { from: link.organizationId, to: next.organizationId },
        role: { from: link.role, to: next.role },
      },
    });
    return ok(undefined);
  });
}
