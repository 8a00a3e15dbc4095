import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { notifyFollowers } from './follow.ts';
import { afterPlanChange } from './publishing.ts';
import { findCommitment } from './reports.ts';
import { ogpValues } from './service.ts';

/**
 * Independent evaluation on the IRM's scales. An evaluator saves a rating as a draft, corrects it,
 * then publishes it; a published rating is never changed (a new one supersedes it). Whether a
 * commitment is starred is derived by the database from the ratings, never entered.
 */

export const impacts = ['none', 'minor', 'moderate', 'transformative'] as const;
export const evaluationCompletions = [
  'no-evidence',
  'not-started',
  'limited',
  'substantial',
  'complete',
] as const;
export const earlyResults = ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'] as const;

export interface EvaluationInput {
  verifiable: string;
  relevance: readonly string[];
  potentialImpact: string;
  completion: string;
  earlyResults?: string;
  justification: string;
}

export interface Evaluation {
  id: number;
  commitmentId: number;
  verifiable: boolean;
  relevance: string[];
  potentialImpact: string;
  completion: string;
  earlyResults: string | null;
  justification: string;
  starred: boolean;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  evaluatorUserId: number | null;
}

/** The IRM's rule, as the database computes it too (kept here for the form's preview and the tests). */
export function isStarred(
  e: Pick<Evaluation, 'verifiable' | 'relevance' | 'potentialImpact' | 'completion'>,
): boolean {
  return (
    e.verifiable &&
    e.relevance.length > 0 &&
    (e.potentialImpact === 'moderate' || e.potentialImpact === 'transformative') &&
    (e.completion === 'substantial' || e.completion === 'complete')
  );
}

function check(input: EvaluationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.verifiable !== 'yes' && input.verifiable !== 'no')
    problems.push(problem('verifiable', 'plans.evaluate.error.choose'));
  if (input.relevance.some((v) => !(ogpValues as readonly string[]).includes(v)))
    problems.push(problem('relevance', 'plans.error.value'));
  if (!(impacts as readonly string[]).includes(input.potentialImpact))
    problems.push(problem('potentialImpact', 'plans.evaluate.error.choose'));
  if (!(evaluationCompletions as readonly string[]).includes(input.completion))
    problems.push(problem('completion', 'plans.evaluate.error.choose'));
  if (input.earlyResults && !(earlyResults as readonly string[]).includes(input.earlyResults))
    problems.push(problem('earlyResults', 'plans.evaluate.error.choose'));
  const justification = input.justification.trim();
  if (!justification) problems.push(problem('justification', 'plans.evaluate.error.justification'));
  else if (justification.length > 20000) problems.push(problem('justification', 'plans.error.tooLong'));
  return problems;
}

const COLUMNS = sql`id, commitment_id as "commitmentId", verifiable, relevance, potential_impact as "potentialImpact",
  completion, early_results as "earlyResults", justification, starred, status, published_at as "publishedAt",
  evaluator_user_id as "evaluatorUserId"`;

export async function evaluationsOf(
  db: Queryable,
  commitmentId: number,
  options: { drafts: boolean },
): Promise<Evaluation[]> {
  return db.query<Evaluation>(sql`select ${COLUMNS} from plan_evaluations where commitment_id = ${commitmentId}
    and ${options.drafts ? sql`true` : sql`status = 'published'`} order by published_at desc nulls first, id desc`);
}

/** The evaluator's own draft of this commitment, if any. */
export async function draftOf(
  db: Queryable,
  commitmentId: number,
  userId: number | null,
): Promise<Evaluation | undefined> {
  if (userId === null) return undefined;
  const [row] = await db.query<Evaluation>(sql`select ${COLUMNS} from plan_evaluations
    where commitment_id = ${commitmentId} and evaluator_user_id = ${userId} and status = 'draft' order by id desc limit 1`);
  return row;
}

/** Saves the evaluator's draft rating of a commitment (a new one, or the draft again). */
export async function saveEvaluation(
  ctx: ModuleContext,
  actor: Actor,
  commitmentId: number,
  input: EvaluationInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'plans.evaluate');
  const commitment = await findCommitment(ctx.db, commitmentId);
  if (commitment?.planStatus !== 'published') throw notFound(`no published commitment ${commitmentId}`);
  const problems = check(input);
  if (problems.length > 0) return refuse(problems);
  const values = {
    verifiable: input.verifiable === 'yes',
    relevance: [...new Set(input.relevance)].sort(),
    impact: input.potentialImpact,
    completion: input.completion,
    early: input.earlyResults || null,
    justification: input.justification.trim(),
  };
  return ctx.db.transaction(async (tx) => {
    const [draft] = await tx.query<{
      id: number;
    }>(sql`select id from plan_evaluations where commitment_id = ${commitmentId}
      and evaluator_user_id = ${actor.userId} and status = 'draft' order by id desc limit 1 for update`);
    const [row] = draft
      ? await tx.query<{ id: number }>(sql`update plan_evaluations set verifiable = ${values.verifiable},
          relevance = ${values.relevance}, potential_impact = ${values.impact}, completion = ${values.completion},
          early_results = ${values.early}, justification = ${values.justification}, updated_at = now()
          where id = ${draft.id} returning id`)
      : await tx.query<{
          id: number;
        }>(sql`insert into plan_evaluations (commitment_id, evaluator_user_id, verifiable,
          relevance, potential_impact, completion, early_results, justification)
          values (${commitmentId}, ${actor.userId}, ${values.verifiable}, ${values.relevance}, ${values.impact},
            ${values.completion}, ${values.early}, ${values.justification}) returning id`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.evaluate'),
      action: 'plans.evaluate',
      subject: { type: 'evaluation', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: {
        commitment: commitmentId,
        verifiable: values.verifiable,
        relevance: values.relevance,
        potentialImpact: values.impact,
        completion: values.completion,
        earlyResults: values.early,
      },
    });
    return ok({ id: row!.id });
  });
}

/** Publishes the evaluator's draft; publishing it again changes nothing. */
export async function publishEvaluation(
  ctx: ModuleContext,
  actor: Actor,
  evaluationId: number,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ commitmentId: number }>> {
  authorize(actor, 'plans.evaluate');
  return ctx.db.transaction(async (tx) => {
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
    if (e.status === 'published') return ok({ commitmentId: e.commitmentId });
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
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.evaluate'),
      action: 'plans.publish-evaluation',
      subject: { type: 'evaluation', id: evaluationId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { commitment: e.commitmentId, starred: e.starred },
    });
    return ok({ commitmentId: e.commitmentId });
  });
}
