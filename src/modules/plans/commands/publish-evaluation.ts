import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { notifyFollowers } from '../follow.ts';
import { afterPlanChange } from '../publishing.ts';
import { findCommitment } from '../reports.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** Publishes the evaluator's draft; publishing it again changes nothing. */
export const publishEvaluation = plansCommand('plans.evaluate', (ctx, actor, evaluationId: number) => ({
  write: async (tx) => {
    const [e] = await tx.query<{
      commitmentId: number;
      status: string;
      evaluator: number | null;
      starred: boolean;
    }>(
      sql`select commitment_id as "commitmentId", status, evaluator_user_id as evaluator, starred
        from plan_evaluations where id = ${evaluationId} for update`,
    );
    if (!e) throw notFound(`no evaluation ${evaluationId}`);
    if (e.status === 'published') return unchanged({ commitmentId: e.commitmentId });
    // Only the evaluator who wrote a draft publishes it.
    if (e.evaluator !== actor.userId) throw notFound(`no evaluation ${evaluationId} of yours`);
    await tx.query(sql`update plan_evaluations set status = 'published', published_at = now(), updated_at = now()
      where id = ${evaluationId}`);
    const commitment = (await findCommitment(tx, e.commitmentId))!;
    await tx.query(sql`update plan_commitments set updated_at = now() where id = ${e.commitmentId}`);
    await afterPlanChange(tx, { id: commitment.planId, status: commitment.planStatus }, actor, [
      e.commitmentId,
    ]);
    await notifyFollowers(tx, ctx, commitment, 'evaluation');
    return wrote(
      { commitmentId: e.commitmentId },
      {
        action: 'plans.publish-evaluation',
        subject: { type: 'evaluation', id: evaluationId },
        details: { commitment: e.commitmentId, starred: e.starred },
      },
    );
  },
}));
