import type { Static } from 'typebox';
import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { memberRoles, sectors } from '../committee.ts';
import { plansCommand, text, textFields, wrote } from './frame.ts';

/** What the member form sends; the command judges each field. */
export const MemberBody = textFields({
  name: 1000,
  positionMn: 1000,
  positionEn: 1000,
  organization: 200,
  memberRole: 100,
  sector: 100,
  startsOn: 100,
});
export type MemberInput = Static<typeof MemberBody>;

/** Adds a member of the national committee (no contacts: name, role, position, organisation, sector). */
export const addCommitteeMember = plansCommand('plans.committee', (ctx, _actor, input: MemberInput) => ({
  check: async (problems) => {
    const name = text(input.name);
    if (!name || name.length > 200) problems.push(problem('name', 'plans.committee.error.name'));
    if (!(memberRoles as readonly string[]).includes(input.memberRole ?? ''))
      problems.push(problem('memberRole', 'plans.evaluate.error.choose'));
    if (!(sectors as readonly string[]).includes(input.sector ?? ''))
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
