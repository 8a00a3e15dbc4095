import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { memberRoles, sectors } from '../committee.ts';
import { plansCommand, text, wrote } from './frame.ts';

export interface MemberInput {
  name: string;
  positionMn?: string;
  positionEn?: string;
  organization?: string;
  memberRole: string;
  sector: string;
  startsOn: string;
}

/** Adds a member of the national committee (no contacts: name, role, position, organisation, sector). */
export const addCommitteeMember = plansCommand('plans.committee', (ctx, _actor, input: MemberInput) => ({
  check: async (problems) => {
    const name = text(input.name);
    if (!name || name.length > 200) problems.push(problem('name', 'plans.committee.error.name'));
    if (!(memberRoles as readonly string[]).includes(input.memberRole))
      problems.push(problem('memberRole', 'plans.evaluate.error.choose'));
    if (!(sectors as readonly string[]).includes(input.sector))
      problems.push(problem('sector', 'plans.evaluate.error.choose'));
    if (!isIsoDate(text(input.startsOn))) problems.push(problem('startsOn', 'plans.error.date'));
    if (!text(input.organization)) return { name, organizationId: null };
    const [org] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = ${text(input.organization)}`,
    );
    if (!org) problems.push(problem('organization', 'plans.error.organization'));
    return { name, organizationId: org?.id ?? null };
  },
  write: async (tx, { name, organizationId }) => {
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_committee_members
      (name, position_mn, position_en, organization_id, member_role, sector, starts_on)
      values (${name}, ${text(input.positionMn) || null}, ${text(input.positionEn) || null}, ${organizationId},
        ${input.memberRole}, ${input.sector}, ${text(input.startsOn)}) returning id`);
    return wrote(
      { id: row!.id },
      {
        action: 'plans.committee-member',
        subject: { type: 'committee-member', id: row!.id },
        details: { memberRole: input.memberRole, sector: input.sector },
      },
    );
  },
}));
