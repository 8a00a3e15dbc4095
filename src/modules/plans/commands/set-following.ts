import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** A signed-in reader follows a commitment of a published plan, or stops; a repeated click records nothing. */
export const setFollowing = plansCommand(
  'plans.follow',
  (_ctx, actor, commitmentId: number, follow: boolean) => ({
    write: async (tx) => {
      if (actor.userId === null) return unchanged(undefined);
      const [c] = await tx.query(sql`select 1 from plan_commitments c join plans p on p.id = c.plan_id
      where c.id = ${commitmentId} and p.status = 'published'`);
      if (!c) throw notFound(`no published commitment ${commitmentId}`);
      const rows = follow
        ? await tx.query(sql`insert into plan_follows (commitment_id, user_id) values (${commitmentId}, ${actor.userId})
          on conflict do nothing returning 1`)
        : await tx.query(
            sql`delete from plan_follows where commitment_id = ${commitmentId} and user_id = ${actor.userId} returning 1`,
          );
      if (rows.length === 0) return unchanged(undefined);
      return wrote(undefined, {
        action: follow ? 'plans.follow' : 'plans.unfollow',
        subject: { type: 'commitment', id: commitmentId },
      });
    },
  }),
);
