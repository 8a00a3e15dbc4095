import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { afterCorrection, requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** Adds an organisation the document left out to a commitment or milestone (as lead or supporting). */
export const addOrganizationLink = plansCommand(
  'plans.manage',
  (
    ctx,
    actor,
    planSlug: string,
    item: { kind: 'commitment' | 'milestone'; id: number },
    input: { organization?: string; role?: string },
  ) => ({
    check: async (problems) => {
      const plan = await requirePlan(ctx.db, planSlug);
      const [org] = input.organization
        ? await ctx.db.query<{ id: number; nameEn: string }>(
            sql`select id, name_en as "nameEn" from organizations where slug = ${input.organization}`,
          )
        : [];
      if (!org) problems.push(problem('add-organization', 'plans.error.organization'));
      if (!['lead', 'supporting'].includes(input.role ?? ''))
        problems.push(problem('add-role', 'plans.error.role'));
      return { plan, org: org! };
    },
    write: async (tx, { plan, org }) => {
      const [target] = await tx.query<{ commitmentId: number; milestoneId: number | null }>(
        item.kind === 'commitment'
          ? sql`select id as "commitmentId", null::bigint as "milestoneId"
            from plan_commitments where id = ${item.id} and plan_id = ${plan.id} for update`
          : sql`select commitment_id as "commitmentId", id as "milestoneId"
            from plan_milestones where id = ${item.id} and plan_id = ${plan.id} for update`,
      );
      if (!target) throw notFound(`no ${item.kind} ${item.id} in plan ${planSlug}`);
      const [already] =
        await tx.query(sql`select 1 from plan_item_organizations where commitment_id = ${target.commitmentId}
      and milestone_id is not distinct from ${target.milestoneId} and organization_id = ${org.id}`);
      if (already) return unchanged(undefined);
      await tx.query(sql`insert into plan_item_organizations
      (plan_id, commitment_id, milestone_id, organization_id, name_as_written, role, position)
      values (${plan.id}, ${target.commitmentId}, ${target.milestoneId}, ${org.id}, ${org.nameEn}, ${input.role},
        (select coalesce(max(position), 0) + 1 from plan_item_organizations where commitment_id = ${target.commitmentId}))`);
      await afterCorrection(tx, plan, actor, [target.commitmentId]);
      return wrote(undefined, {
        action: 'plans.add-organization',
        subject: { type: item.kind, id: item.id },
        details: { plan: plan.slug, organization: input.organization ?? null, role: input.role ?? null },
      });
    },
  }),
);
