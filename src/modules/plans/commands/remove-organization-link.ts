import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import { ok, type RequestMeta, type Result } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { finishCorrection, requirePlan } from './correction.ts';

/** Removes an organisation link the import got wrong; the audit trail keeps what it was. */
export async function removeOrganizationLink(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  linkId: number,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  return ctx.db.transaction(async (tx) => {
    const [link] = await tx.query<{
      commitmentId: number;
      organizationId: number | null;
      name: string;
      role: string;
      line: number | null;
    }>(
      sql`delete from plan_item_organizations where id = ${linkId} and plan_id = ${plan.id}
        returning commitment_id as "commitmentId", organization_id as "organizationId", name_as_written as name, role, source_line as line`,
    );
    if (!link) return ok(undefined);
    await finishCorrection(tx, plan, actor, meta, [link.commitmentId], {
      action: 'plans.remove-organization',
      subject: { type: 'plan-organization', id: linkId },
      details: {
        plan: plan.slug,
        written: link.name,
        organization: link.organizationId,
        role: link.role,
        line: link.line,
      },
    });
    return ok(undefined);
  });
}
