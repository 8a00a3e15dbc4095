import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { auditRole } from '../commands/audit-role.ts';
import { ok, type RequestMeta, type Result, refuse } from '../commands/index.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { enqueueJob, type NewJob } from '../jobs/queue.ts';
import {
  type DayCount,
  deadlineAfter,
  extendBy,
  lastDayOf,
  type PeriodRule,
  resumeAfterPause,
  type WorkingCalendar,
} from './periods.ts';

/**
 * The durable clock of a citizen's request (table `requests`, migration 019): a module opens one
 * row per request in the transaction that files it, and calls these commands as the organisation
 * works on it. Each command locks the row, checks what the law allows (one extension with a
 * stated reason; a pause only while open; an answer once), moves the deadline with `periods.ts`,
 * and queues the escalation job for the new deadline in the same transaction, so that the job
 * exists exactly when the deadline it watches does (`escalate.ts`).
 */

export const ESCALATE_REQUEST = 'requests.escalate';

/** What a module says when it opens a request. */
export interface NewRequest {
  /** `<module>.<kind>`, e.g. `questions.question`. */
  kind: string;
  /** The module's key of the record (one request per kind and key). */
  subjectKey: string;
  /** Where the organisation's staff answer it, a site path, for the escalation mail. */
  staffPath: string;
  organizationId: number;
  receivedAt: Date;
  rule: PeriodRule;
}

/** A request's clock as stored: what it was opened with, and where it stands. */
export interface RequestClock extends NewRequest {
  id: number;
  dueAt: Date;
  extendedDays: number | null;
  extensionReason: string | null;
  pausedAt: Date | null;
  pausedDays: number;
  answeredAt: Date | null;
  escalationLevel: number;
}

const REASON_MAX = 2000;

const columns = sql`id, kind, subject_key as "subjectKey", staff_path as "staffPath",
  organization_id as "organizationId", received_at as "receivedAt", rule_days as "ruleDays",
  rule_count as "ruleCount", due_at as "dueAt", extended_days as "extendedDays",
  extension_reason as "extensionReason", paused_at as "pausedAt", paused_days as "pausedDays",
  answered_at as "answeredAt", escalation_level as "escalationLevel"`;

type Row = Omit<RequestClock, 'rule'> & { ruleDays: number; ruleCount: DayCount };

const fromRow = ({ ruleDays, ruleCount, ...r }: Row): RequestClock => ({
  ...r,
  rule: { days: ruleDays, count: ruleCount },
});

/** The job that escalates a request if it is still unanswered at `dueAt` (level 1) or later (level 2). */
export function escalationJob(requestId: number, dueAt: Date, level: 1 | 2, runAt: Date): NewJob {
  const due = dueAt.toISOString();
  return {
    kind: ESCALATE_REQUEST,
    payload: { requestId, due, level },
    runAt,
    dedupeKey: `${ESCALATE_REQUEST}:${requestId}:${due}:${level}`,
  };
}

export async function findRequest(
  q: Queryable,
  kind: string,
  subjectKey: string,
): Promise<RequestClock | null> {
  const [row] = await q.query<Row>(
    sql`select ${columns} from requests where kind = ${kind} and subject_key = ${subjectKey}`,
  );
  return row ? fromRow(row) : null;
}

/** The request, locked for the rest of the caller's transaction. */
export async function lockRequest(q: Queryable, id: number): Promise<RequestClock | null> {
  const [row] = await q.query<Row>(sql`select ${columns} from requests where id = ${id} for update`);
  return row ? fromRow(row) : null;
}

/**
 * Opens a request's clock: the deadline from its rule (the day of receipt not counted), and the
 * escalation job at that deadline. Call it in the transaction that files the request.
 */
export async function openRequest(
  tx: Queryable,
  calendar: WorkingCalendar,
  request: NewRequest,
): Promise<RequestClock> {
  const { due } = deadlineAfter(request.receivedAt, request.rule, calendar);
  const [row] = await tx.query<Row>(sql`
    insert into requests (kind, subject_key, staff_path, organization_id, received_at, rule_days, rule_count, due_at)
    values (${request.kind}, ${request.subjectKey}, ${request.staffPath}, ${request.organizationId},
      ${request.receivedAt}, ${request.rule.days}, ${request.rule.count}, ${due})
    returning ${columns}`);
  const clock = fromRow(row!);
  await enqueueJob(tx, escalationJob(clock.id, due, 1, due), () => request.receivedAt);
  return clock;
}

async function moveDeadline(
  tx: Queryable,
  clock: RequestClock,
  due: Date,
  set: ReturnType<typeof sql>,
  now: Date,
): Promise<RequestClock> {
  const [row] = await tx.query<Row>(sql`update requests set due_at = ${due}, ${set}
    where id = ${clock.id} returning ${columns}`);
  await enqueueJob(tx, escalationJob(clock.id, due, 1, due), () => now);
  return fromRow(row!);
}

async function audit(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  clock: RequestClock,
  action: string,
  details: Record<string, string | number>,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    role: auditRole(actor, clock.organizationId),
    action,
    subject: { type: clock.kind, id: clock.subjectKey },
    ip: meta.ip,
    requestId: meta.requestId,
    details: { request: clock.id, ...details },
  });
}

/**
 * The one extension the law allows, by at most `maxDays` days of the rule's kind, with the reason
 * the organisation states (the asker is told it). A second extension is refused, as is one of an
 * answered request. The caller has checked the actor may work on the request.
 */
export async function extendRequest(
  tx: Queryable,
  calendar: WorkingCalendar,
  actor: Actor,
  clock: RequestClock,
  input: { days: number; reason: string; maxDays: number },
  meta: RequestMeta,
): Promise<Result<RequestClock>> {
  const reason = input.reason.trim();
  if (clock.answeredAt) return refuse('days', 'requests.error.answered');
  if (clock.extendedDays !== null) return refuse('days', 'requests.error.extendedOnce');
  const problems = [];
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > input.maxDays)
    problems.push({ field: 'days', key: 'requests.error.extensionDays', params: { max: input.maxDays } });
  if (reason === '') problems.push({ field: 'reason', key: 'requests.error.reasonMissing' });
  else if (reason.length > REASON_MAX)
    problems.push({ field: 'reason', key: 'requests.error.reasonTooLong', params: { max: REASON_MAX } });
  if (problems.length > 0) return refuse(problems);
  const { due } = extendBy(clock.dueAt, input.days, clock.rule.count, calendar);
  const extended = await moveDeadline(
    tx,
    clock,
    due,
    sql`extended_days = ${input.days}, extension_reason = ${reason}, extended_at = ${meta.now}`,
    meta.now,
  );
  await audit(tx, actor, meta, clock, 'requests.extend', { days: input.days, due: due.toISOString() });
  return ok(extended);
}

/** Stops the clock while the organisation waits for the citizen (for a missing document, say). */
export async function pauseRequest(
  tx: Queryable,
  actor: Actor,
  clock: RequestClock,
  meta: RequestMeta,
): Promise<Result<RequestClock>> {
  if (clock.answeredAt) return refuse('pause', 'requests.error.answered');
  if (clock.pausedAt) return refuse('pause', 'requests.error.paused');
  const [row] = await tx.query<Row>(sql`update requests set paused_at = ${meta.now}, resumed_at = null
    where id = ${clock.id} returning ${columns}`);
  await audit(tx, actor, meta, clock, 'requests.pause', {});
  return ok(fromRow(row!));
}

/**
 * Starts the clock again once the citizen answered: the days of the rule's kind waited are added to
 * the deadline, and the escalation follows the new deadline (the old job finds it moved and stops).
 */
export async function resumeRequest(
  tx: Queryable,
  calendar: WorkingCalendar,
  actor: Actor,
  clock: RequestClock,
  meta: RequestMeta,
): Promise<Result<RequestClock>> {
  if (!clock.pausedAt) return refuse('resume', 'requests.error.notPaused');
  const moved = resumeAfterPause(clock.dueAt, clock.pausedAt, meta.now, clock.rule.count, calendar);
  const days = calendar.between(lastDayOf(clock.dueAt, calendar.timeZone), moved.lastDay, clock.rule.count);
  const resumed = await moveDeadline(
    tx,
    clock,
    moved.due,
    sql`paused_at = null, resumed_at = ${meta.now}, paused_days = paused_days + ${days}`,
    meta.now,
  );
  await audit(tx, actor, meta, clock, 'requests.resume', { days, due: moved.due.toISOString() });
  return ok(resumed);
}

/** Marks the request answered at `meta.now`: its clock stops and no escalation follows. */
export async function answerRequest(
  tx: Queryable,
  clock: RequestClock,
  now: Date,
): Promise<Result<RequestClock>> {
  if (clock.answeredAt) return refuse('answer', 'requests.error.answered');
  const [row] = await tx.query<Row>(sql`update requests set answered_at = ${now}, paused_at = null
    where id = ${clock.id} returning ${columns}`);
  return ok(fromRow(row!));
}
