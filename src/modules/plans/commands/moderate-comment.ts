import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** A moderator publishes or rejects a citizen's comment; the same decision again changes nothing. */
export const moderateComment = plansCommand(
  'plans.moderate',
  (_ctx, actor, commentId: number, decision: string) => ({
    check: (problems) => {
      if (decision !== 'published' && decision !== 'rejected')
        problems.push(problem('decision', 'plans.evaluate.error.choose'));
    },
    write: async (tx) => {
      const [row] = await tx.query<{ status: string }>(
        sql`select status from plan_comments where id = ${commentId} for update`,
      );
      if (!row) throw notFound(`no comment ${commentId}`);
      if (row.status === decision) return unchanged(undefined);
      await tx.query(sql`update plan_comments set status = ${decision}, moderated_by = ${actor.userId}, moderated_at = now()
      where id = ${commentId}`);
      return wrote(undefined, {
        action: 'plans.moderate',
        subject: { type: 'comment', id: commentId },
        details: { from: row.status, to: decision },
      });
    },
  }),
);
