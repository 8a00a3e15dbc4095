import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  changed,
  changeRecord,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { WorkingCalendar } from '../../../platform/deadlines/periods.ts';
import {
  answerRequest,
  extendRequest,
  findRequest,
  lockRequest,
} from '../../../platform/deadlines/requests.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { findQuestion, QUESTION_REQUEST, type Question } from '../queries.ts';

const ANSWER_MAX = 10_000;

/** Only the organisation's own staff (responders, administrators) work on its questions. */
const authoriseStaff = (actor: Actor, question: Question) =>
  authorize(actor, 'questions.answer', { organizationId: question.organizationId });

/**
 * The organisation answers a published question: the answer is public at once, on the question's
 * page, the list, the API and the dataset, and the request's clock stops (answered on time or not,
 * as the league table counts it). Once only; audited.
 */
export function answerQuestion(
  ctx: ModuleContext,
  actor: Actor,
  id: number,
  input: { answer: string },
  meta: RequestMeta,
): Promise<Result<Question>> {
  return changeRecord(ctx.db, {
    actor,
    meta,
    action: 'questions.answer',
    permission: 'questions.answer',
    subject: { type: 'question', id },
    load: (db) => findQuestion(db, id),
    authorise: (question) => authoriseStaff(actor, question),
    lock: async (tx) => (await findQuestion(tx, id, { lock: true }))!,
    organizationId: (q) => q.organizationId,
    change: async (tx, question, now) => {
      if (question.status !== 'published') return refuse('answer', 'questions.error.notOpen');
      const answer = input.answer.trim();
      if (answer === '') return refuse('answer', 'questions.error.answerMissing');
      if (answer.length > ANSWER_MAX) return refuse('answer', 'questions.error.tooLong', { max: ANSWER_MAX });
      const clock = await findRequest(tx, QUESTION_REQUEST, String(id));
      if (clock) {
        const answered = await answerRequest(tx, (await lockRequest(tx, clock.id))!, now);
        if (!answered.ok) return answered;
      }
      await tx.query(sql`update questions set status = 'answered', answer = ${answer}, answered_at = ${now},
        updated_at = ${now} where id = ${id}`);
      return changed((await findQuestion(tx, id))!, { onTime: clock ? now <= clock.dueAt : null });
    },
  });
}

/**
 * The organisation extends the period once, by up to the pack's `questions.maxExtensionDays`, with
 * the reason shown on the question's public page. A second extension is refused with a message
 * (the platform's request clock, which also audits it).
 */
export async function extendQuestion(
  ctx: ModuleContext,
  actor: Actor,
  id: number,
  input: { days: string; reason: string },
  meta: RequestMeta,
): Promise<Result<Question>> {
  const found = await findQuestion(ctx.db, id);
  if (!found) throw notFound(`no question ${id}`);
  authoriseStaff(actor, found);
  const calendar = new WorkingCalendar(ctx.country);
  return refusableTransaction(ctx.db, async (tx) => {
    const question = (await findQuestion(tx, id, { lock: true }))!;
    if (question.status !== 'published') return refuse('days', 'questions.error.notOpen');
    const clock = await findRequest(tx, QUESTION_REQUEST, String(id));
    if (!clock) return refuse('days', 'questions.error.notOpen');
    const extended = await extendRequest(
      tx,
      calendar,
      actor,
      (await lockRequest(tx, clock.id))!,
      {
        days: /^\d{1,3}$/.test(input.days.trim()) ? Number(input.days.trim()) : Number.NaN,
        reason: input.reason,
        maxDays: ctx.country.questions.maxExtensionDays,
      },
      meta,
    );
    if (!extended.ok) return extended;
    await tx.query(sql`update questions set updated_at = ${meta.now} where id = ${id}`);
    return { ok: true, value: (await findQuestion(tx, id))! };
  });
}
