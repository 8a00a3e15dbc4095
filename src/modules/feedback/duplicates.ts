import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { FeedbackCase } from './cases.ts';
import { responderReach } from './queue.ts';

export interface PossibleDuplicate {
  number: string;
  subject: string;
  status: string;
  submittedAt: Date;
  similarity: number;
}

/**
 * Cases that may be the same matter, for staff to look at: same category and aimag, filed within
 * 90 days either side, whose subject and text are alike by trigram similarity (pg_trgm). Only
 * cases of the organisations the actor works on (`responderReach`): a case transferred elsewhere
 * is that organisation's, and its subject is the submitter's words.
 */
export async function possibleDuplicates(
  q: Queryable,
  actor: Actor,
  c: FeedbackCase,
): Promise<PossibleDuplicate[]> {
  const text = `${c.subject} ${c.body.slice(0, 500)}`;
  const reach = responderReach(actor);
  return q.query<PossibleDuplicate>(sql`
    select number, subject, status, submitted_at as "submittedAt", round(sim::numeric, 2)::float8 as similarity
    from (
      select number, subject, status, submitted_at,
        similarity(subject || ' ' || left(body, 500), ${text}) as sim
      from feedback_cases
      where category_code = ${c.categoryCode} and aimag_code is not distinct from ${c.aimagCode} and id <> ${c.id}
        and ${reach ? sql`organization_id = any(${reach}::bigint[])` : sql`true`}
        and submitted_at between ${c.submittedAt}::timestamptz - interval '90 days' and ${c.submittedAt}::timestamptz + interval '90 days'
      order by submitted_at desc limit 2000
    ) candidates
    where sim >= 0.3 order by sim desc, submitted_at desc limit 5`);
}
