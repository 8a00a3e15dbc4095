import { recordAudit } from '../audit/audit.ts';
import { systemActor } from '../auth/actor.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isLocale, type Locale, translator } from '../i18n/index.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { type JobHandler, PermanentJobError } from '../jobs/types.ts';
import { layoutMailText } from '../mail/layout.ts';
import { queueMail } from '../mail/outbox.ts';
import './messages.ts';
import { lastDayOf, WorkingCalendar } from './periods.ts';
import { escalationJob, lockRequest } from './requests.ts';

/**
 * Days of the rule's kind after a missed deadline before its organisation's administrators are
 * told as well as its responsible staff: the platform's choice, not a statute's.
 */
export const SECOND_ESCALATION_DAYS = 5;

interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
}

/**
 * Who is told at each level: level 1 the organisation's responders (its administrators when it has
 * none), level 2 its administrators and its official address. Only confirmed, enabled accounts.
 */
async function recipients(q: Queryable, organizationId: number, level: number): Promise<Recipient[]> {
  const role = level === 1 ? 'organization-responder' : 'organization-administrator';
  const people = sql`select u.email, u.display_name as name, u.locale, g.role from role_grants g
    join users u on u.id = g.user_id
    where g.revoked_at is null and g.organization_id = ${organizationId} and u.disabled_at is null
      and u.email_verified_at is not null and u.email not like 'system+%'
      and g.role in ('organization-responder', 'organization-administrator')`;
  const rows = await q.query<{ email: string | null; name: string | null; locale: string; role: string }>(
    level === 1
      ? people
      : sql`${people} union all select o.email, null, 'mn', 'organization-administrator' from organizations o
          where o.id = ${organizationId} and o.email is not null`,
  );
  const chosen = rows.some((r) => r.role === role) ? rows.filter((r) => r.role === role) : rows;
  const seen = new Map<string, Recipient>();
  for (const r of chosen) {
    if (!r.email) continue;
    const email = r.email.toLowerCase();
    if (!seen.has(email))
      seen.set(email, { email, name: r.name, locale: isLocale(r.locale) ? r.locale : 'mn' });
  }
  return [...seen.values()];
}

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
    const [org] = await tx.query<{ nameMn: string; nameEn: string }>(
      sql`select name_mn as "nameMn", name_en as "nameEn" from organizations where id = ${clock.organizationId}`,
    );
    const lastDay = lastDayOf(clock.dueAt, calendar.timeZone);
    for (const to of await recipients(tx, clock.organizationId, level)) {
      const t = translator(to.locale);
      const values = {
        organization: t.pick({ mn: org?.nameMn ?? '', en: org?.nameEn ?? org?.nameMn ?? '' }),
        deadline: t.date(new Date(`${lastDay}T12:00:00Z`)),
        link: `${ctx.config.publicUrl}${clock.staffPath}`,
        level,
      };
      await queueMail(
        tx,
        {
          to: to.email,
          subject: t('requests.mail.overdue.subject', values),
          text: layoutMailText(to.locale, {
            body: t('requests.mail.overdue.body', values),
            recipientName: to.name ?? undefined,
            siteUrl: ctx.config.publicUrl,
          }),
          locale: to.locale,
        },
        () => job.now,
      );
    }
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
