import { sql } from '../../../platform/db/sql.ts';
import { afterCorrection, linkAudit, requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** Removes an organisation link the import got wrong; the audit trail keeps what it was. */
export const removeOrganizationLink = plansCommand(
  'plans.manage',
  (ctx, actor, planSlug: string, linkId: number) => ({
    check: async (_problems) => requirePlan(ctx.db, planSlug),
    write: async (tx, plan) => {
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
      if (!link) return unchanged(undefined);
      await afterCorrection(tx, plan, actor, [link.commitmentId]);
      return wrote(
        undefined,
        linkAudit('plans.remove-organization', linkId, plan, link.name, {
          organization: link.organizationId,
          role: link.role,
          line: link.line,
        }),
      );
    },
  }),
);
