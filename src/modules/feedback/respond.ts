import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  changed,
  type FieldProblem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { enqueueJob } from '../../platform/jobs/queue.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addEvent, type FeedbackCase } from './cases.ts';
import { changeCase } from './change-case.ts';
import { extendDeadline } from './deadlines.ts';
import { escalationJob } from './escalation-job.ts';
import { openStatuses } from './kinds.ts';
import { notifySubmitter } from './notify.ts';
import { checkText } from './validation.ts';

/** Staff of the case's organisation (responders and administrators) act on it. */
const responder = (actor: Actor) => ({
  authorise: (found: FeedbackCase) =>
    authorize(actor, 'feedback.respond', { organizationId: found.organizationId }),
  permission: 'feedback.respond',
});

/**
 * Writes a staff step's event on the case: at the step's time, by the acting staff member, on the
 * case's organisation unless the event names another (a transfer names the new one).
 */
function addStaffEvent(
  tx: Queryable,
  c: FeedbackCase,
  now: Date,
  actor: Actor,
  event: {
    kind: string;
    public: boolean;
    organizationId?: number;
    text?: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  return addEvent(tx, {
    caseId: c.id,
    at: now,
    actor: { label: actor.label, userId: actor.userId },
    organizationId: c.organizationId,
    ...event,
  });
}

const notOpen: FieldProblem[] = [{ field: 'status', key: 'feedback.error.notOpen' }];

/** Gives the case to one of its organisation's staff (or back to the queue with `null`). */
export async function assignCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  assigneeId: number | null,
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  return changeCase(ctx, actor, number, 'feedback.assign', meta, responder(actor), async (tx, c, now) => {
    if (!openStatuses.includes(c.status)) return refuse(notOpen);
    if (assigneeId !== null) {
      const [staff] = await tx.query(sql`select 1 from role_grants where user_id = ${assigneeId}
        and organization_id = ${c.organizationId} and revoked_at is null
        and role in ('organization-responder', 'organization-administrator')`);
      if (!staff) return refuse([{ field: 'assignee', key: 'feedback.error.assignee' }]);
    }
    await tx.query(sql`update feedback_cases set assigned_user_id = ${assigneeId},
      status = case when status = 'received' then 'in-progress' else status end, updated_at = ${now}
      where id = ${c.id}`);
    await addStaffEvent(tx, c, now, actor, { kind: 'assigned', public: false, data: { assigneeId } });
    return changed(undefined, { assigneeId });
  });
}

/** An internal note: staff only, never shown to the submitter or anyone public. */
export async function addNote(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { text?: string },
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  const { value, problems } = checkText(input.text, 'text', 5000, 'feedback.error.noteMissing');
  if (problems.length > 0) return refuse(problems);
  return changeCase(ctx, actor, number, 'feedback.note', meta, responder(actor), async (tx, c, now) => {
    await addStaffEvent(tx, c, now, actor, { kind: 'note', public: false, text: value });
    return changed(undefined);
  });
}

/** Asks the submitter for more information; the case waits for them (the clock keeps running). */
export async function requestInformation(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { text?: string },
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  const { value, problems } = checkText(input.text, 'text', 5000, 'feedback.error.questionMissing');
  if (problems.length > 0) return refuse(problems);
  return changeCase(
    ctx,
    actor,
    number,
    'feedback.request-information',
    meta,
    responder(actor),
    async (tx, c, now) => {
      if (!openStatuses.includes(c.status)) return refuse(notOpen);
      await tx.query(
        sql`update feedback_cases set status = 'awaiting-information', updated_at = ${now} where id = ${c.id}`,
      );
      await addStaffEvent(tx, c, now, actor, { kind: 'information-requested', public: true, text: value });
      await notifySubmitter(ctx, tx, c, 'information', now);
      return changed(undefined);
    },
  );
}

/** The statutory extension: once, before the deadline, by at most the country pack's days, with a reason. */
export async function extendCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { days?: string | number; reason?: string },
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  const max = ctx.country.feedback.maxExtensionDays;
  const days = Number(input.days);
  const { value: reason, problems } = checkText(input.reason, 'reason', 2000, 'feedback.error.reasonMissing');
  if (!Number.isInteger(days) || days < 1 || days > max)
    problems.unshift({ field: 'days', key: 'feedback.error.extensionDays' });
  if (problems.length > 0) return refuse(problems);
  return changeCase(ctx, actor, number, 'feedback.extend', meta, responder(actor), async (tx, c, now) => {
    if (!openStatuses.includes(c.status)) return refuse(notOpen);
    if (c.extendedAt) return refuse([{ field: 'days', key: 'feedback.error.alreadyExtended' }]);
    if (now.getTime() >= new Date(c.deadlineAt).getTime())
      return refuse([{ field: 'days', key: 'feedback.error.extendOverdue' }]);
    const deadline = extendDeadline(new Date(c.deadlineAt), days, ctx.country.timeZone);
    await tx.query(sql`update feedback_cases set deadline_at = ${deadline}, extended_at = ${now},
      extension_days = ${days}, extension_reason = ${reason}, updated_at = ${now} where id = ${c.id}`);
    await addStaffEvent(tx, c, now, actor, {
      kind: 'extended',
      public: true,
      text: reason,
      data: { days, deadline: deadline.toISOString() },
    });
    await enqueueJob(tx, escalationJob(c.id, deadline), () => now);
    await notifySubmitter(ctx, tx, c, 'extended', now);
    return changed(undefined, { days, deadline: deadline.toISOString() });
  });
}

/** The organisation's answer; on time when given before the (possibly extended) deadline. */
export async function answerCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { text?: string },
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  const { value, problems } = checkText(input.text, 'answer', 10000, 'feedback.error.answerMissing');
  if (problems.length > 0) return refuse(problems);
  return changeCase(ctx, actor, number, 'feedback.answer', meta, responder(actor), async (tx, c, now) => {
    if (!openStatuses.includes(c.status)) return refuse([{ field: 'answer', key: 'feedback.error.notOpen' }]);
    const onTime = now.getTime() < new Date(c.deadlineAt).getTime();
    await tx.query(sql`update feedback_cases set status = 'answered', answer = ${value}, answered_at = ${now},
      answered_on_time = ${onTime}, assigned_user_id = coalesce(assigned_user_id, ${actor.userId}), updated_at = ${now}
      where id = ${c.id}`);
    await addStaffEvent(tx, c, now, actor, { kind: 'answered', public: true, text: value });
    await notifySubmitter(ctx, tx, c, 'answered', now);
    return changed(undefined, { onTime });
  });
}

/** Closes an answered case. */
export async function closeCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  return changeCase(ctx, actor, number, 'feedback.close', meta, responder(actor), async (tx, c, now) => {
    if (c.status !== 'answered') return refuse([{ field: 'status', key: 'feedback.error.closeUnanswered' }]);
    await tx.query(
      sql`update feedback_cases set status = 'closed', closed_at = ${now}, updated_at = ${now} where id = ${c.id}`,
    );
    await addStaffEvent(tx, c, now, actor, { kind: 'closed', public: true });
    return changed(undefined);
  });
}

/** Hands the case to the organisation that should answer it, with the reason; the deadline stays. */
export async function transferCase(
  ctx: ModuleContext,
  actor: Actor,
  number: string,
  input: { organization?: string; reason?: string },
  meta: RequestMeta,
): Promise<Result<FeedbackCase>> {
  const { value: reason, problems } = checkText(input.reason, 'reason', 2000, 'feedback.error.reasonMissing');
  const slug = (input.organization ?? '').trim();
  const [target] = slug
    ? await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`)
    : [];
  if (!target) problems.unshift({ field: 'organization', key: 'feedback.error.organizationUnknown' });
  if (problems.length > 0) return refuse(problems);
  return changeCase(ctx, actor, number, 'feedback.transfer', meta, responder(actor), async (tx, c, now) => {
    if (!openStatuses.includes(c.status)) return refuse(notOpen);
    if (target!.id === c.organizationId)
      return refuse([{ field: 'organization', key: 'feedback.error.sameOrganization' }]);
    await tx.query(sql`update feedback_cases set organization_id = ${target!.id}, assigned_user_id = null,
      status = 'received', updated_at = ${now} where id = ${c.id}`);
    await addStaffEvent(tx, c, now, actor, {
      kind: 'transferred',
      public: true,
      organizationId: target!.id,
      text: reason,
      data: { from: c.organizationId, to: target!.id },
    });
    await notifySubmitter(ctx, tx, c, 'transferred', now);
    return changed(undefined, { from: c.organizationId, to: target!.id });
  });
}
