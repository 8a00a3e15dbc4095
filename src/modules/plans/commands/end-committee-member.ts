import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { endTerm } from '../../../platform/officials.ts';
import { plansCommand, text, unchanged, wrote } from './frame.ts';

/** What the form that ends a membership sends. */
export const EndMemberBody = Type.Object({ endsOn: Type.Optional(Type.String({ maxLength: 100 })) });

/**
 * Ends a member's term on the committee: the last day is set on the official's term in the
 * platform's register (refused on `endsOn` when it is not a day or comes before the first day).
 * The same day again changes nothing and records nothing.
 */
export const endCommitteeMember = plansCommand(
  'plans.committee',
  (_ctx, actor, memberId: number, input: { endsOn?: string | undefined }) => ({
    write: async (tx) => {
      const [member] = await tx.query<{ termId: number; endsOn: string | null }>(
        sql`select m.membership_id as "termId", t.ends_on as "endsOn" from plan_committee_members m
          join official_memberships t on t.id = m.membership_id where m.id = ${memberId}`,
      );
      if (!member) throw notFound(`no committee member ${memberId}`);
      if (member.endsOn !== null && member.endsOn === text(input.endsOn)) return unchanged({ id: memberId });
      const ended = await endTerm(tx, member.termId, text(input.endsOn), actor.label, new Date());
      if (!ended.ok) return ended;
      return wrote(
        { id: memberId },
        {
          action: 'plans.committee-member-end',
          subject: { type: 'committee-member', id: memberId },
          details: { term: member.termId, endsOn: text(input.endsOn), previous: ended.value.previous },
        },
      );
    },
  }),
);
