import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { afterCorrection, linkAudit, requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** Points an organisation as written at a body of the registry (or at none), and sets its role. */
export const correctOrganizationLink = plansCommand(
  'plans.manage',
  (ctx, actor, planSlug: string, linkId: number, input: { organization?: string; role?: string }) => ({
    check: async (problems) => {
      const plan = await requirePlan(ctx.db, planSlug);
      if (input.role !== undefined && !['lead', 'supporting'].includes(input.role))
        problems.push(problem('role', 'plans.error.role'));
      if (input.organization === undefined) return { plan, organizationId: undefined };
      if (input.organization === '') return { plan, organizationId: null };
      const [org] = await ctx.db.query<{ id: number }>(
        sql`select id from organizations where slug = ${input.organization}`,
      );
      if (!org) problems.push(problem('organization', 'plans.error.organization'));
      return { plan, organizationId: org?.id };
    },
    write: async (tx, { plan, organizationId }) => {
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
      if (next.organizationId === link.organizationId && next.role === link.role) return unchanged(undefined);
      await tx.query(sql`update plan_item_organizations set organization_id = ${next.organizationId}, role = ${next.role}
      where id = ${linkId}`);
      await afterCorrection(tx, plan, actor, [link.commitmentId]);
      return wrote(
        undefined,
        linkAudit('plans.correct-organization', linkId, plan, link.name, {
          organization: { from: link.organizationId, to: next.organizationId },
          role: { from: link.role, to: next.role },
        }),
      );
    },
  }),
);
