import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { checkTerm, type RecordedTerm, recordTerm } from '../../../platform/officials.ts';
import { CHECKBOX_VALUE } from '../../../platform/patterns.ts';

/** What the form and the API send: the person, the post in an organisation, and the term. */
export interface AddTermInput {
  organization: string;
  slug: string;
  nameMn: string;
  nameEn: string;
  postMn: string;
  postEn: string;
  role?: string;
  startsOn: string;
  endsOn?: string;
  declaresAssets?: string;
  politicallyExposed?: string;
  source?: string;
}

/**
 * Records that a person holds (or held) a post in an organisation the actor administers, through
 * the platform's register (`recordTerm`: the person found by slug or added, the post found or
 * added, the term added, versioned), audited (`officials.add-term`) in the same transaction. A
 * slug that names another person, or the same term twice, is a problem of its field, never a
 * silent merge.
 */
export async function addTerm(
  db: Database,
  actor: Actor,
  input: AddTermInput,
  meta: RequestMeta,
): Promise<Result<RecordedTerm>> {
  const { values, problems } = checkTerm({
    ...input,
    declaresAssets: input.declaresAssets === CHECKBOX_VALUE,
    politicallyExposed: input.politicallyExposed === CHECKBOX_VALUE,
  });
  const [organization] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${input.organization}`,
  );
  if (!organization) problems.unshift(problem('organization', 'officials.error.organization'));
  if (problems.length > 0) return refuse(problems);
  authorize(actor, 'officials.manage', { organizationId: organization!.id });
  return refusableTransaction(db, async (tx) => {
    const recorded = await recordTerm(tx, organization!.id, values, actor.label, meta.now);
    if (!recorded.ok) return recorded;
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organization!.id, 'officials.manage'),
      action: 'officials.add-term',
      subject: { type: 'official', id: recorded.value.officialId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: {
        slug: values.slug,
        organization: input.organization,
        post: values.postMn,
        startsOn: values.startsOn,
      },
    });
    return recorded;
  });
}
