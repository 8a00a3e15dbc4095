import type { CountryPack } from '../../country/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  changed,
  type FieldProblem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import { AppError } from '../../platform/http/errors.ts';
import { enqueueJob } from '../../platform/jobs/queue.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type FeedbackCase, findCaseByFollowHash, findCaseByNumber } from './cases.ts';
import { addCaseEvent, type CaseChange, changeCase, updateCase } from './change-case.ts';
import { deadlineAfter } from './deadlines.ts';
import { escalationJob } from './escalation-job.ts';
import { FOLLOW_TOKEN, followTokenHash } from './numbers.ts';
import { checkText } from './validation.ts';

/**
 * How a submitter proves the case is theirs: the secret of the follow link (anyone holding it,
 * no account needed), or being signed in as the account that filed it.
 */
export type SubmitterKey = { token: string } | { number: string; actor: Actor };

/** The submitter's case, or undefined when the key does not open it (never saying which part was wrong). */
export async function caseForSubmitter(
  ctx: ModuleContext,
  key: SubmitterKey,
): Promise<FeedbackCase | undefined> {
  if ('token' in key) {
    if (!FOLLOW_TOKEN.test(key.token)) return undefined;
    return findCaseByFollowHash(ctx.db, followTokenHash(key.token));
  }
  if (key.actor.kind !== 'user') return undefined;
  const found = await findCaseByNumber(ctx.db, key.number);
  return found && found.submitterUserId === key.actor.userId ? found : undefined;
}

/** A submitter's step: the case their key opens (a 404 otherwise, never saying which part was wrong). */
async function submitterChange(
  ctx: ModuleContext,
  actor: Actor,
  key: SubmitterKey,
  meta: RequestMeta,
  change: Pick<CaseChange, 'action' | 'problems' | 'step'>,
): Promise<Result<FeedbackCase>> {
  if (change.problems && change.problems.length > 0) return refuse(change.problems);
  const found = await caseForSubmitter(ctx, key);
  if (!found) throw new AppError('not-found', 'no such case for this link or account');
  return changeCase(ctx, { ...change, actor, meta, number: found.number, access: { authorise: () => {} } });
}

/** The submitter answers the organisation's question; the case goes back to its staff. */
export function provideInformation(
  ctx: ModuleContext,
  actor: Actor,
  key: SubmitterKey,
  input: { text?: string },
  meta: RequestMeta,
) {
  const text = checkText(input.text, 'information', 5000, 'feedback.error.informationMissing');
  return submitterChange(ctx, actor, key, meta, {
    action: 'feedback.provide-information',
    problems: text.problems,
    step: async (tx, c, now) => {
      if (c.status !== 'awaiting-information') return refuse('information', 'feedback.error.noQuestion');
      await updateCase(tx, c, now, sql`status = 'in-progress'`);
      await addCaseEvent(tx, c, now, actor, { kind: 'information-provided', public: true, text: text.value });
      return changed(undefined);
    },
  });
}

/** The submitter's rating of the answer, 1 (poor) to 5 (very good), once per answer. */
export function rateAnswer(
  ctx: ModuleContext,
  actor: Actor,
  key: SubmitterKey,
  input: { rating?: string | number; comment?: string },
  meta: RequestMeta,
) {
  const rating = Number(input.rating);
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    problems.push({ field: 'rating', key: 'feedback.error.rating' });
  const comment = input.comment?.trim()
    ? checkText(input.comment, 'comment', 2000, 'feedback.error.tooLong')
    : { value: '', problems: [] };
  problems.push(...comment.problems);
  return submitterChange(ctx, actor, key, meta, {
    action: 'feedback.rate',
    problems,
    step: async (tx, c, now) => {
      if (c.status !== 'answered' && c.status !== 'closed')
        return refuse('rating', 'feedback.error.notAnswered');
      if (c.ratedAt) return refuse('rating', 'feedback.error.alreadyRated');
      await updateCase(
        tx,
        c,
        now,
        sql`rating = ${rating}, rating_comment = ${comment.value || null}, rated_at = ${now}`,
      );
      await addCaseEvent(tx, c, now, actor, { kind: 'rated', public: true, data: { rating } });
      return changed(undefined, { rating });
    },
  });
}

/** Whether a case answered at `answeredAt` may still be reopened at `now`. */
export function canReopen(
  country: CountryPack,
  found: Pick<FeedbackCase, 'status' | 'answeredAt'>,
  now: Date,
): boolean {
  if ((found.status !== 'answered' && found.status !== 'closed') || !found.answeredAt) return false;
  const until = deadlineAfter(new Date(found.answeredAt), country.feedback.reopenDays, country.timeZone);
  return now.getTime() < until.getTime();
}

/**
 * An unsatisfied submitter reopens the case within the period after the answer: the organisation
 * owes a new answer within a fresh statutory period. The old answer stays in the timeline.
 */
export function reopenCase(
  ctx: ModuleContext,
  actor: Actor,
  key: SubmitterKey,
  input: { reason?: string },
  meta: RequestMeta,
) {
  const { value: reason, problems } = checkText(input.reason, 'reason', 2000, 'feedback.error.reasonMissing');
  return submitterChange(ctx, actor, key, meta, {
    action: 'feedback.reopen',
    problems,
    step: async (tx, c, now) => {
      if (!canReopen(ctx.country, c, now)) return refuse('reason', 'feedback.error.reopenClosed');
      const deadline = deadlineAfter(now, ctx.country.feedback.answerDays[c.kind], ctx.country.timeZone);
      await updateCase(
        tx,
        c,
        now,
        sql`status = 'in-progress', deadline_at = ${deadline}, answer = null, answered_at = null,
          answered_on_time = null, closed_at = null, rating = null, rating_comment = null, rated_at = null,
          extended_at = null, extension_days = null, extension_reason = null, reopened_count = reopened_count + 1`,
      );
      const data = { deadline: deadline.toISOString() };
      await addCaseEvent(tx, c, now, actor, { kind: 'reopened', public: true, text: reason, data });
      await enqueueJob(tx, escalationJob(c.id, deadline), () => now);
      return changed(undefined, data);
    },
  });
}
