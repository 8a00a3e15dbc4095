import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { plansCommand, submissionKeyOf, unchanged, wrote } from './frame.ts';

/** A citizen's comment on a commitment of a published plan, held for moderation; once per form. */
export const submitComment = plansCommand(
  'plans.comment',
  (_ctx, actor, commitmentId: number, input: { comment: string; submissionKey?: string }) => {
    const text = input.comment.trim();
    return {
      check: (problems) => {
        if (!text) problems.push(problem('comment', 'plans.comments.error.empty'));
        else if (text.length > 5000) problems.push(problem('comment', 'plans.error.tooLong'));
      },
      write: async (tx) => {
        const [c] = await tx.query(sql`select 1 from plan_commitments c join plans p on p.id = c.plan_id
        where c.id = ${commitmentId} and p.status = 'published'`);
        if (!c) throw notFound(`no published commitment ${commitmentId}`);
        const key = submissionKeyOf(input.submissionKey);
        const [row] = await tx.query<{
          id: number;
        }>(sql`insert into plan_comments (commitment_id, user_id, body, submission_key)
        values (${commitmentId}, ${actor.userId}, ${text}, ${key}) on conflict (submission_key) do nothing returning id`);
        // The same form sent again: the comment it made stands, nothing new is recorded.
        if (!row) {
          const [done] = await tx.query<{ id: number }>(
            sql`select id from plan_comments where submission_key = ${key}`,
          );
          return unchanged({ id: done!.id });
        }
        return wrote(
          { id: row.id },
          {
            action: 'plans.comment',
            subject: { type: 'comment', id: row.id },
            details: { commitment: commitmentId },
          },
        );
      },
    };
  },
);
