import type { Static } from 'typebox';
import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { checkTerm, recordTerm } from '../../../platform/officials.ts';
import { COMMITTEE_POST, memberRoles, sectors } from '../committee.ts';
import { plansCommand, text, textFields, wrote } from './frame.ts';

/** What the member form sends; the command judges each field. */
export const MemberBody = textFields({
  slug: 200,
  nameMn: 1000,
  nameEn: 1000,
  positionMn: 1000,
  positionEn: 1000,
  organization: 200,
  memberRole: 100,
  sector: 100,
  startsOn: 100,
  endsOn: 100,
  source: 1000,
});
export type MemberInput = Static<typeof MemberBody>;

/**
 * Adds a member of the national committee: the official (an existing one by slug, or added with
 * their names) gets a term in the committee's post in the platform's register of officials, with
 * the role on the committee; the committee keeps the sector, the body represented and the
 * position there. No contacts. A post that ends before it starts is refused on `endsOn`.
 */
export const addCommitteeMember = plansCommand('plans.committee', (ctx, actor, input: MemberInput) => ({
  check: async (problems) => {
    const role = text(input.memberRole);
    if (!(memberRoles as readonly string[]).includes(role))
      problems.push(problem('memberRole', 'plans.evaluate.error.choose'));
    if (!(sectors as readonly string[]).includes(input.sector ?? ''))
      problems.push(problem('sector', 'plans.evaluate.error.choose'));
    const term = checkTerm({
      slug: text(input.slug),
      nameMn: text(input.nameMn),
      nameEn: text(input.nameEn),
      postMn: COMMITTEE_POST.mn,
      postEn: COMMITTEE_POST.en,
      role,
      startsOn: text(input.startsOn),
      endsOn: text(input.endsOn),
      source: text(input.source),
    });
    problems.push(...term.problems);
    const [committee] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = ${ctx.country.plans.committeeSlug}`,
    );
    // The pack names a body its seed brings: missing, the installation is broken, not the input.
    if (!committee)
      throw new Error(`the committee's organisation ${ctx.country.plans.committeeSlug} is missing`);
    if (!text(input.organization))
      return { term: term.values, committeeId: committee.id, organizationId: null };
    const [org] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = ${text(input.organization)}`,
    );
    if (!org) problems.push(problem('organization', 'plans.error.organization'));
    return { term: term.values, committeeId: committee.id, organizationId: org?.id ?? null };
  },
  write: async (tx, { term, committeeId, organizationId }) => {
    const recorded = await recordTerm(tx, committeeId, term, actor.label, new Date());
    if (!recorded.ok) return recorded;
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_committee_members
      (membership_id, position_mn, position_en, organization_id, sector)
      values (${recorded.value.termId}, ${text(input.positionMn) || null}, ${text(input.positionEn) || null},
        ${organizationId}, ${input.sector}) returning id`);
    return wrote(
      { id: row!.id, official: recorded.value.slug },
      {
        action: 'plans.committee-member',
        subject: { type: 'committee-member', id: row!.id },
        details: {
          official: recorded.value.slug,
          term: recorded.value.termId,
          memberRole: term.role,
          sector: input.sector,
        },
      },
    );
  },
}));
