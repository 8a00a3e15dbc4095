import { recordAudit } from '../audit/audit.ts';
import { systemActor } from '../auth/actor.ts';
import { sql } from '../db/sql.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { type JobHandler, PermanentJobError } from '../jobs/types.ts';
import { mailOrganization } from './notify.ts';
import { lastDayOf, WorkingCalendar } from './periods.ts';
import { escalationJob, lockRequest } from './requests.ts';

/**
 * Days of the rule's kind after a missed deadline before its organisation's administrators are
 * told as well as its responsible staff: the platform's choice, not a statute's.
 */
export const SECOND_ESCALATION_DAYS = 5;

/**
 * Runs at a request's deadline (level 1) and again `SECOND_ESCALATION_DAYS` later (level 2). If the
 * request is still unanswered, not paused, its deadline has not moved (every move queues its own
 * job) and it has not reached this level yet, it is raised to the level, the organisation's people
 * are mailed (in words of the platform's own: no text of the citizen's), the next level is queued,
 * and the escalation is audited — all in one transaction. Idempotent: a second run finds the level
 * reached and stops, so a deadline is escalated once however often its job runs.
 */
export const escalateRequest: JobHandler = async (ctx, payload, job) => {
  const { requestId, due, level } = payload as { requestId?: number; due?: string; level?: number };
  if (typeof requestId !== 'number' || typeof due !== 'string' || (level !== 1 && level !== 2))
    throw new PermanentJobError(`${job.kind} needs { requestId, due, level: 1 | 2 }`);
  const calendar = new WorkingCalendar(ctx.country);
  await ctx.db.transaction(async (tx) => {
    const clock = await lockRequest(tx, requestId);
    if (!clock) throw new PermanentJobError(`no request ${requestId}`);
    if (clock.answeredAt || clock.pausedAt) return;
    if (clock.dueAt.toISOString() !== due || clock.dueAt.getTime() > job.now.getTime()) return;
    if (clock.escalationLevel >= level) return;
    await tx.query(
      sql`update requests set escalation_level = ${level}, escalated_at = ${job.now} where id = ${requestId}`,
    );
    const lastDay = lastDayOf(clock.dueAt, calendar.timeZone);
    await mailOrganization(ctx, tx, {
      organizationId: clock.organizationId,
      who: level === 1 ? 'responsible' : 'administrators',
      message: { subject: 'requests.mail.overdue.subject', body: 'requests.mail.overdue.body' },
      values: (t) => ({
        deadline: t.date(lastDay),
        link: `${ctx.config.publicUrl}${clock.staffPath}`,
        level,
      }),
      now: job.now,
    });
    if (level === 1) {
      const later = calendar.advance(lastDay, SECOND_ESCALATION_DAYS, clock.rule.count);
      const runAt = calendar.deadline(lastDay, later, clock.rule.count).due;
      await enqueueJob(tx, escalationJob(clock.id, clock.dueAt, 2, runAt), () => job.now);
    }
    await recordAudit(tx, {
      actor: systemActor('requests'),
      role: null,
      action: 'requests.escalate',
      subject: { type: clock.kind, id: clock.subjectKey },
      details: { request: clock.id, level, due, organizationId: clock.organizationId },
    });
  });
};
