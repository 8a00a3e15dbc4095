import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

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
