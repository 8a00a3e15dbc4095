import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { type Clock, systemClock } from './types.ts';

const KIND = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/;
const MAX_ERROR_LENGTH = 4000;

export interface NewJob {
  /** `<module>.<name>`, handled by the module of that name. */
  kind: string;
  /** JSON-serialisable; keep it small (ids, not records). */
  payload: unknown;
  /** Not before this time; default now. */
  runAt?: Date;
  /** Runs before the job is marked failed; default 10. */
  maxAttempts?: number;
  /** A job with this key is queued once, ever, e.g. `feedback.escalate:42:1`. */
  dedupeKey?: string;
}

/**
 * Queues a job. Pass the caller's transaction, so the job exists only if the write that needs it
 * commits. Returns the job's id, or null when a job with the same `dedupeKey` was queued before.
 */
export async function enqueueJob(
  q: Queryable,
  job: NewJob,
  clock: Clock = systemClock,
): Promise<number | null> {
  if (!KIND.test(job.kind)) throw new Error(`job kind must look like "module.name", not "${job.kind}"`);
  const maxAttempts = job.maxAttempts ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new Error(`maxAttempts of a ${job.kind} job must be a whole number from 1, not ${maxAttempts}`);
  const payload = JSON.stringify(job.payload ?? {});
  const now = clock();
  const rows = await q.query<{ id: number }>(sql`
    insert into jobs (kind, payload, run_at, max_attempts, dedupe_key, created_at)
    values (${job.kind}, ${payload}::jsonb, ${job.runAt ?? now}, ${maxAttempts}, ${job.dedupeKey ?? null}, ${now})
    on conflict (dedupe_key) where dedupe_key is not null do nothing
    returning id`);
  return rows[0]?.id ?? null;
}

/** A job as a worker holds it between claim and result. */
export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export interface ClaimOptions {
  workerId: string;
  /** Only these kinds: a process claims only what it has handlers for. */
  kinds: readonly string[];
  limit: number;
  leaseMs: number;
  now: Date;
}

/**
 * Takes up to `limit` due jobs for `workerId` in one short statement: rows another worker is
 * claiming are skipped, not waited for, and a job whose lease ran out is due again.
 */
export async function claimJobs(q: Queryable, options: ClaimOptions): Promise<ClaimedJob[]> {
  if (options.kinds.length === 0 || options.limit < 1) return [];
  const lockedUntil = new Date(options.now.getTime() + options.leaseMs);
  const rows = await q.query<{
    id: number;
    kind: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>(sql`
    with due as (
      select id from jobs
      where status = 'pending' and run_at <= ${options.now} and attempts < max_attempts
        and (locked_until is null or locked_until <= ${options.now})
        and kind = any(${[...options.kinds]}::text[])
      order by run_at, id
      limit ${options.limit}
      for update skip locked
    )
    update jobs set attempts = jobs.attempts + 1, locked_until = ${lockedUntil}, locked_by = ${options.workerId}
    from due where jobs.id = due.id
    returning jobs.id, jobs.kind, jobs.payload, jobs.attempts, jobs.max_attempts`);
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Fails the jobs whose last allowed run never reported back (its worker died, or the job killed
 * it) once that run's lease is over, so a job that crashes its process is not run forever.
 */
export async function failAbandonedJobs(q: Queryable, now: Date): Promise<number> {
  const rows = await q.query(sql`
    update jobs set status = 'failed', finished_at = ${now}, locked_until = null, locked_by = null,
      last_error = concat_ws(chr(10), last_error, 'the lease of the last attempt ran out on worker ' || locked_by)
    where status = 'pending' and run_at <= ${now} and attempts >= max_attempts and locked_until <= ${now}
    returning id`);
  return rows.length;
}

/**
 * The claim is still this worker's: the same worker and the same attempt. A worker whose lease ran
 * out and whose job was claimed again must not record a result over the new run.
 */
const stillClaimed = (job: ClaimedJob, workerId: string) =>
  sql`id = ${job.id} and status = 'pending' and locked_by = ${workerId} and attempts = ${job.attempts}`;

/** Records success; false if the claim was lost (the lease ran out and another worker took it). */
export async function markJobDone(
  q: Queryable,
  job: ClaimedJob,
  workerId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(sql`
    update jobs set status = 'done', finished_at = ${now}, locked_until = null, locked_by = null
    where ${stillClaimed(job, workerId)} returning id`);
  return rows.length > 0;
}

/**
 * Records a failed run: the job runs again at `retryAt`, or, with `retryAt` null, it is failed and
 * kept with its error for inspection. False if the claim was lost.
 */
export async function markJobFailure(
  q: Queryable,
  job: ClaimedJob,
  workerId: string,
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<boolean> {
  const lastError = error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error;
  const rows = await q.query(
    retryAt
      ? sql`update jobs set run_at = ${retryAt}, locked_until = null, locked_by = null, last_error = ${lastError}
          where ${stillClaimed(job, workerId)} returning id`
      : sql`update jobs set status = 'failed', finished_at = ${now}, locked_until = null, locked_by = null,
            last_error = ${lastError}
          where ${stillClaimed(job, workerId)} returning id`,
  );
  return rows.length > 0;
}
