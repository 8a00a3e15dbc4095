import { recordAudit } from '../../platform/audit/audit.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { JobHandler } from '../../platform/jobs/types.ts';
import { PermanentJobError } from '../../platform/jobs/types.ts';
import { distinctRecipients, type Recipient } from '../../platform/mail/recipients.ts';
import { addEvent, lockCase } from './cases.ts';
import { openStatuses } from './kinds.ts';
import { queueCaseMail } from './notify.ts';

/** The organisation's head (its administrators and its official address) and the centre's. */
async function recipients(q: Queryable, organizationId: number, centreSlug: string): Promise<Recipient[]> {
  const rows = await q.query<{ email: string | null; name: string | null; locale: string }>(sql`
    select u.email, u.display_name as name, u.locale from role_grants g join users u on u.id = g.user_id
    join organizations o on o.id = g.organization_id
    where g.revoked_at is null and g.role = 'organization-administrator' and u.disabled_at is null
      and u.email_verified_at is not null and u.email not like 'system+%'
      and (o.id = ${organizationId} or o.slug = ${centreSlug})
    union all
    select o.email, null, 'mn' from organizations o
    where o.email is not null and (o.id = ${organizationId} or o.slug = ${centreSlug})`);
  return distinctRecipients(rows);
}

/**
 * Runs at a case's deadline. If the case is still unanswered and the deadline has not moved
 * (an extension queues its own job), the case is marked escalated and its organisation's head and
 * the centre are mailed. Idempotent: a second run for the same deadline finds the event and stops.
 */
export const escalateCase: JobHandler = async (ctx, payload, job) => {
  const { caseId, deadline } = payload as { caseId?: number; deadline?: string };
  if (typeof caseId !== 'number' || typeof deadline !== 'string')
    throw new PermanentJobError('feedback.escalate needs { caseId, deadline }');
  const actor = systemActor('feedback');
  await ctx.db.transaction(async (tx) => {
    const found = await lockCase(tx, caseId);
    if (!found) throw new PermanentJobError(`no feedback case ${caseId}`);
    if (!openStatuses.includes(found.status)) return;
    if (new Date(found.deadlineAt).toISOString() !== deadline) return;
    if (new Date(found.deadlineAt).getTime() > job.now.getTime()) return;
    const [already] = await tx.query(sql`select 1 from feedback_events
      where case_id = ${caseId} and kind = 'escalated' and data->>'deadline' = ${deadline}`);
    if (already) return;
    await tx.query(
      sql`update feedback_cases set escalated_at = ${job.now}, updated_at = ${job.now} where id = ${caseId}`,
    );
    await addEvent(tx, {
      caseId,
      at: job.now,
      kind: 'escalated',
      public: true,
      actor: { label: actor.label, userId: null },
      organizationId: found.organizationId,
      data: { deadline },
    });
    const link = `${ctx.config.publicUrl}/feedback/console/cases/${found.number}`;
    for (const r of await recipients(tx, found.organizationId, ctx.country.feedback.centreSlug))
      await queueCaseMail(
        ctx,
        tx,
        r,
        'overdue',
        (t) => ({
          number: found.number,
          organization: t.pick({ mn: found.organizationMn, en: found.organizationEn }),
          deadline: t.date(new Date(new Date(found.deadlineAt).getTime() - 1)),
          link,
        }),
        job.now,
      );
    await recordAudit(tx, {
      actor,
      role: null,
      action: 'feedback.escalate',
      subject: { type: 'feedback-case', id: found.number },
      ip: null,
      requestId: null,
      details: { deadline, organizationId: found.organizationId },
    });
  });
};
