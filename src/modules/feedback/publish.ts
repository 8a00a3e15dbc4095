import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  changed,
  type FieldProblem,
  problem,
  type RequestMeta,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { containsPersonalData, redactPersonalData } from '../../platform/redaction.ts';
import { CASE_SELECT, caseContacts, type FeedbackCase } from './cases.ts';
import { addCaseEvent, changeCase, updateCase } from './change-case.ts';
import { indexPublishedCase } from './search.ts';
import { checkText } from './validation.ts';

/** Cases whose submitters agreed to publication, answered, not yet published: the moderators' queue. */
export async function moderationQueue(q: Queryable): Promise<FeedbackCase[]> {
  return q.query<FeedbackCase>(sql`${CASE_SELECT} where c.publish_consent and c.published_at is null
    and c.status in ('answered', 'closed') order by c.answered_at limit 200`);
}

/** The automatic proposal a moderator starts from: the case's text and answer, redacted. */
export async function proposedPublication(q: Queryable, c: FeedbackCase) {
  const contacts = await caseContacts(q, c.id);
  const names = [contacts.name];
  const text = redactPersonalData(`${c.subject}\n\n${c.body}`, names);
  const answer = redactPersonalData(c.answer ?? '', names);
  return { text: text.text, answer: answer.text, found: text.found, names };
}

/**
 * Publishes a case's text and answer as the moderator approved them. Refused without the
 * submitter's consent, before an answer, or while the text still holds what the automatic rules
 * recognise as personal data (a register number, phone, email, the submitter's name).
 */
export function publishCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { text?: string; answer?: string },
  meta: RequestMeta,
) {
  const text = checkText(input.text, 'text', 12000, 'feedback.error.publishedText');
  const answer = checkText(input.answer, 'answer', 10000, 'feedback.error.publishedText');
  return changeCase(ctx, {
    actor,
    number,
    meta,
    action: 'feedback.publish',
    access: { authorise: () => authorize(actor, 'feedback.moderate'), permission: 'feedback.moderate' },
    problems: [...text.problems, ...answer.problems],
    step: async (tx, c, now) => {
      if (!c.publishConsent) return refuse('text', 'feedback.error.noConsent');
      if (c.status !== 'answered' && c.status !== 'closed')
        return refuse('text', 'feedback.error.notAnswered');
      const { name } = await caseContacts(tx, c.id);
      const leaks: FieldProblem[] = [];
      if (containsPersonalData(text.value, [name]))
        leaks.push(problem('text', 'feedback.error.stillPersonal'));
      if (containsPersonalData(answer.value, [name]))
        leaks.push(problem('answer', 'feedback.error.stillPersonal'));
      if (leaks.length > 0) return refuse(leaks);
      await updateCase(
        tx,
        c,
        now,
        sql`published_text = ${text.value}, published_answer = ${answer.value}, published_at = ${now},
          published_by_user_id = ${actor.userId}`,
      );
      await addCaseEvent(tx, c, now, actor, { kind: 'published', public: true });
      await indexPublishedCase(tx, number);
      return changed(undefined);
    },
  });
}
