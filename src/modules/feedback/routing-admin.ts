import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * Sets who answers a category (in one aimag, or nationally when `aimag` is empty): adds the rule
 * or changes it. Applies to cases filed from now on; cases already routed stay where they are
 * (staff transfer them if need be).
 */
export async function setRoutingRule(
  ctx: ModuleContext,
  actor: Actor,
  input: { category?: string; aimag?: string; organization?: string },
  meta: RequestMeta,
): Promise<Result<undefined>> {
  authorize(actor, 'feedback.manage-routing');
  const category = (input.category ?? '').trim();
  const aimag = (input.aimag ?? '').trim() || null;
  const slug = (input.organization ?? '').trim();
  const [found] = await ctx.db.query<{
    category: boolean;
    aimag: boolean;
    organizationId: number | null;
  }>(sql`select
    exists (select 1 from feedback_categories where code = ${category}) as category,
    exists (select 1 from admin_units where code = ${aimag ?? ''} and kind in ('capital', 'aimag')) as aimag,
    (select id from organizations where slug = ${slug}) as "organizationId"`);
  const problems: FieldProblem[] = [];
  if (!found?.category) problems.push({ field: 'category', key: 'feedback.error.categoryUnknown' });
  if (aimag && !found?.aimag) problems.push({ field: 'aimag', key: 'feedback.error.aimagUnknown' });
  if (!found?.organizationId)
    problems.push({ field: 'organization', key: 'feedback.error.organizationUnknown' });
  if (problems.length > 0) return refuse(problems);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.query<{ organizationId: number }>(sql`select organization_id as "organizationId"
      from feedback_routing_rules where category_code = ${category} and coalesce(aimag_code, '') = ${aimag ?? ''}`);
    await tx.query(sql`insert into feedback_routing_rules (category_code, aimag_code, organization_id, updated_at)
      values (${category}, ${aimag}, ${found!.organizationId}, now())
      on conflict (category_code, coalesce(aimag_code, '')) do update
      set organization_id = excluded.organization_id, updated_at = now()`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'feedback.manage-routing'),
      action: 'feedback.set-routing',
      subject: { type: 'feedback-routing', id: `${category}/${aimag ?? 'national'}` },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { from: before?.organizationId ?? null, to: found!.organizationId },
    });
  });
  return ok(undefined);
}
