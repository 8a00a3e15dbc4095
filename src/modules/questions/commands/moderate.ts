import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  changed,
  changeRecord,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { mailOrganization } from '../../../platform/deadlines/notify.ts';
import { lastDayOf, WorkingCalendar } from '../../../platform/deadlines/periods.ts';
import { openRequest } from '../../../platform/deadlines/requests.ts';
import { isLocale, translator } from '../../../platform/i18n/index.ts';
import { layoutMailText } from '../../../platform/mail/layout.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { containsPersonalData } from '../../../platform/redaction.ts';
import { findQuestion, QUESTION_REQUEST, type Question } from '../queries.ts';
import { askerName, TEXT_MAX } from './ask.ts';

/** What the moderator sends: publish (the redacted text, as edited) or reject (with the reason the asker reads). */
export interface ModerateQuestionInput {
  decision: string;
  publicText: string;
  reason: string;
}

const REASON_MAX = 2000;

/**
 * Tells the asker that their question was decided on, with the link to its page (where a
 * rejection's reason is): in the platform's words, never the question's text.
 */
async function tellAsker(
  ctx: ModuleContext,
  tx: Queryable,
  question: Question,
  decision: 'publish' | 'reject',
  now: Date,
): Promise<void> {
  const [asker] = await tx.query<{ email: string; name: string | null; locale: string }>(sql`
    select email, display_name as name, locale from users
    where id = ${question.askedBy} and email_verified_at is not null and disabled_at is null`);
  if (!asker) return;
  const locale = isLocale(asker.locale) ? asker.locale : 'mn';
  const t = translator(locale);
  const values = { number: question.id, decision, link: `${ctx.config.publicUrl}/questions/${question.id}` };
  await queueMail(
    tx,
    {
      to: asker.email,
      subject: t('questions.mail.moderated.subject', values),
      text: layoutMailText(locale, {
        body: t('questions.mail.moderated.body', values),
        recipientName: asker.name ?? undefined,
        siteUrl: ctx.config.publicUrl,
      }),
      locale,
    },
    () => now,
  );
}

/**
 * A moderator decides on a submitted question. **Publish**: the text to publish (the automatic
 * redaction, edited) is refused while the automatic rules still find personal data in it; the
 * question becomes public and is routed to the record's organisation as a request on the
 * platform's clock, with the country pack's period (`questions.answerDays`, counted as
 * `questions.count`) from today, and its responsible staff are mailed. **Reject**: with a reason,
 * which the asker sees on their question's page; nothing is removed silently. The asker is mailed
 * the decision's link either way (not its text). Audited either way.
 */
export function moderateQuestion(
  ctx: ModuleContext,
  actor: Actor,
  id: number,
  input: ModerateQuestionInput,
  meta: RequestMeta,
): Promise<Result<Question>> {
  const calendar = new WorkingCalendar(ctx.country);
  return changeRecord(ctx.db, {
    actor,
    meta,
    action: 'questions.moderate',
    permission: 'questions.moderate',
    subject: { type: 'question', id },
    load: (db) => findQuestion(db, id),
    authorise: () => authorize(actor, 'questions.moderate'),
    lock: async (tx) => (await findQuestion(tx, id, { lock: true }))!,
    organizationId: (q) => q.organizationId,
    change: async (tx, question, now) => {
      if (question.status !== 'submitted') return refuse('decision', 'questions.error.moderated');
      if (input.decision === 'reject') {
        const reason = input.reason.trim();
        if (reason === '') return refuse('reason', 'questions.error.reasonMissing');
        if (reason.length > REASON_MAX)
          return refuse('reason', 'questions.error.tooLong', { max: REASON_MAX });
        await tx.query(sql`update questions set status = 'rejected', rejection_reason = ${reason},
          moderated_at = ${now}, moderated_by = ${actor.userId}, updated_at = ${now} where id = ${id}`);
        await tellAsker(ctx, tx, question, 'reject', now);
        return changed((await findQuestion(tx, id))!, { decision: 'reject' });
      }
      if (input.decision !== 'publish') return refuse('decision', 'questions.error.decision');
      const text = input.publicText.trim();
      if (text === '') return refuse('publicText', 'questions.error.textMissing');
      if (text.length > TEXT_MAX) return refuse('publicText', 'questions.error.tooLong', { max: TEXT_MAX });
      if (containsPersonalData(text, [await askerName(tx, question.askedBy)]))
        return refuse('publicText', 'questions.error.personalData');
      await tx.query(sql`update questions set status = 'published', public_text = ${text}, published_at = ${now},
        moderated_at = ${now}, moderated_by = ${actor.userId}, updated_at = ${now} where id = ${id}`);
      const { answerDays, count } = ctx.country.questions;
      const clock = await openRequest(tx, calendar, {
        kind: QUESTION_REQUEST,
        subjectKey: String(id),
        staffPath: `/questions/${id}/answer`,
        organizationId: question.organizationId,
        receivedAt: now,
        rule: { days: answerDays, count },
      });
      await mailOrganization(ctx, tx, {
        organizationId: question.organizationId,
        who: 'responsible',
        message: { subject: 'requests.mail.received.subject', body: 'requests.mail.received.body' },
        values: (t) => ({
          deadline: t.date(lastDayOf(clock.dueAt, calendar.timeZone)),
          link: `${ctx.config.publicUrl}/questions/${id}/answer`,
        }),
        now,
      });
      await tellAsker(ctx, tx, question, 'publish', now);
      return changed((await findQuestion(tx, id))!, {
        decision: 'publish',
        edited: text !== question.publicText,
        due: clock.dueAt.toISOString(),
      });
    },
  });
}
