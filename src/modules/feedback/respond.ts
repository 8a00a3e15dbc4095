import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { changed, type RequestMeta, refuse } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import { enqueueJob } from '../../platform/jobs/queue.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { FeedbackCase } from './cases.ts';
import { addCaseEvent, type CaseStep, changeCase, updateCase } from './change-case.ts';
import { extendDeadline } from './deadlines.ts';
import { escalationJob } from './escalation-job.ts';
import { notifySubmitter } from './notify.ts';
import { checkText } from './validation.ts';

/** A staff step on a case: staff of the case's organisation (responders and administrators) act on it. */
const staff = (actor: Actor, number: string, meta: RequestMeta) => ({
  actor,
  number,
  meta,
  access: {
    authorise: (found: FeedbackCase) =>
      authorize(actor, 'feedback.respond', { organizationId: found.organizationId }),
    permission: 'feedback.respond',
  },
});

/** Gives the case to one of its organisation's staff (or back to the queue with `null`). */
export function assignCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  assigneeId: number | null,
  meta: RequestMeta,
) {
  return changeCase(ctx, {
    ...staff(actor, number, meta),
    action: 'feedback.assign',
    whileOpen: 'status',
    step: async (tx, c, now) => {
      if (assigneeId !== null) {
        const [member] = await tx.query(sql`select 1 from role_grants where user_id = ${assigneeId}
          and organization_id = ${c.organizationId} and revoked_at is null
          and role in ('organization-responder', 'organization-administrator')`);
        if (!member) return refuse('assignee', 'feedback.error.assignee');
      }
      await updateCase(
        tx,
        c,
        now,
        sql`assigned_user_id = ${assigneeId}, status = case when status = 'received' then 'in-progress' else status end`,
      );
      await addCaseEvent(tx, c, now, actor, { kind: 'assigned', public: false, data: { assigneeId } });
      return changed(undefined, { assigneeId });
    },
  });
}

/**
 * A staff step whose input is one text (a note, a question, an answer): the text is checked
 * (`field`, at most `max` characters, `missing` when empty), then the step gets it.
 */
function textStep(spec: {
  action: string;
  field: string;
  max: number;
  missing: string;
  whileOpen?: string;
  step: (ctx: ModuleContext, actor: Actor, text: string) => CaseStep;
}) {
  return (ctx: ModuleContext, actor: Actor, number: string, input: { text?: string }, meta: RequestMeta) => {
    const text = checkText(input.text, spec.field, spec.max, spec.missing);
    return changeCase(ctx, {
      ...staff(actor, number, meta),
      action: spec.action,
      problems: text.problems,
      ...(spec.whileOpen ? { whileOpen: spec.whileOpen } : {}),
      step: spec.step(ctx, actor, text.value),
    });
  };
}

/** An internal note: staff only, never shown to the submitter or anyone public. */
export const addNote = textStep({
  action: 'feedback.note',
  field: 'text',
  max: 5000,
  missing: 'feedback.error.noteMissing',
  step: (_ctx, actor, text) => async (tx, c, now) => {
    await addCaseEvent(tx, c, now, actor, { kind: 'note', public: false, text });
    return changed(undefined);
  },
});

/** Asks the submitter for more information; the case waits for them (the clock keeps running). */
export const requestInformation = textStep({
  action: 'feedback.request-information',
  field: 'text',
  max: 5000,
  missing: 'feedback.error.questionMissing',
  whileOpen: 'status',
  step: (ctx, actor, text) => async (tx, c, now) => {
    await updateCase(tx, c, now, sql`status = 'awaiting-information'`);
    await addCaseEvent(tx, c, now, actor, { kind: 'information-requested', public: true, text });
    await notifySubmitter(ctx, tx, c, 'information', now);
    return changed(undefined);
  },
});

/** The organisation's answer; on time when given before the (possibly extended) deadline. */
export const answerCase = textStep({
  action: 'feedback.answer',
  field: 'answer',
  max: 10000,
  missing: 'feedback.error.answerMissing',
  whileOpen: 'answer',
  step: (ctx, actor, answer) => async (tx, c, now) => {
    const onTime = now.getTime() < new Date(c.deadlineAt).getTime();
    await updateCase(
      tx,
      c,
      now,
      sql`status = 'answered', answer = ${answer}, answered_at = ${now}, answered_on_time = ${onTime},
        assigned_user_id = coalesce(assigned_user_id, ${actor.userId})`,
    );
    await addCaseEvent(tx, c, now, actor, { kind: 'answered', public: true, text: answer });
    await notifySubmitter(ctx, tx, c, 'answered', now);
    return changed(undefined, { onTime });
  },
});

/** The statutory extension: once, before the deadline, by at most the country pack's days, with a reason. */
export function extendCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { days?: string | number; reason?: string },
  meta: RequestMeta,
) {
  const max = ctx.country.feedback.maxExtensionDays;
  const days = Number(input.days);
  const { value: reason, problems } = checkText(input.reason, 'reason', 2000, 'feedback.error.reasonMissing');
  if (!Number.isInteger(days) || days < 1 || days > max)
    problems.unshift({ field: 'days', key: 'feedback.error.extensionDays' });
  return changeCase(ctx, {
    ...staff(actor, number, meta),
    action: 'feedback.extend',
    problems,
    whileOpen: 'status',
    step: async (tx, c, now) => {
      if (c.extendedAt) return refuse('days', 'feedback.error.alreadyExtended');
      if (now.getTime() >= new Date(c.deadlineAt).getTime())
        return refuse('days', 'feedback.error.extendOverdue');
      const deadline = extendDeadline(new Date(c.deadlineAt), days, ctx.country.timeZone);
      await updateCase(
        tx,
        c,
        now,
        sql`deadline_at = ${deadline}, extended_at = ${now}, extension_days = ${days}, extension_reason = ${reason}`,
      );
      const data = { days, deadline: deadline.toISOString() };
      await addCaseEvent(tx, c, now, actor, { kind: 'extended', public: true, text: reason, data });
      await enqueueJob(tx, escalationJob(c.id, deadline), () => now);
      await notifySubmitter(ctx, tx, c, 'extended', now);
      return changed(undefined, data);
    },
  });
}

/** Closes an answered case. */
export function closeCase(ctx: ModuleContext, actor: Actor, number: string, meta: RequestMeta) {
  return changeCase(ctx, {
    ...staff(actor, number, meta),
    action: 'feedback.close',
    step: async (tx, c, now) => {
      if (c.status !== 'answered') return refuse('status', 'feedback.error.closeUnanswered');
      await updateCase(tx, c, now, sql`status = 'closed', closed_at = ${now}`);
      await addCaseEvent(tx, c, now, actor, { kind: 'closed', public: true });
      return changed(undefined);
    },
  });
}

/** Hands the case to the organisation that should answer it, with the reason; the deadline stays. */
export async function transferCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { organization?: string; reason?: string },
  meta: RequestMeta,
) {
  const { value: reason, problems } = checkText(input.reason, 'reason', 2000, 'feedback.error.reasonMissing');
  const slug = (input.organization ?? '').trim();
  const [target] = slug
    ? await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`)
    : [];
  if (!target) problems.unshift({ field: 'organization', key: 'feedback.error.organizationUnknown' });
  return changeCase(ctx, {
    ...staff(actor, number, meta),
    action: 'feedback.transfer',
    problems,
    whileOpen: 'status',
    step: async (tx, c, now) => {
      const to = target!.id;
      if (to === c.organizationId) return refuse('organization', 'feedback.error.sameOrganization');
      await updateCase(
        tx,
        c,
        now,
        sql`organization_id = ${to}, assigned_user_id = null, status = 'received'`,
      );
      const data = { from: c.organizationId, to };
      await addCaseEvent(tx, c, now, actor, {
        kind: 'transferred',
        public: true,
        organizationId: to,
        text: reason,
        data,
      });
      await notifySubmitter(ctx, tx, c, 'transferred', now);
      return changed(undefined, data);
    },
  });
}
