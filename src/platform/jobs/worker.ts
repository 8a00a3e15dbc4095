import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { ModuleContext } from '../module.ts';
import { type ClaimedJob, claimJobs, failAbandonedJobs, markJobDone, markJobFailure } from './queue.ts';
import { type Clock, type JobHandlers, PermanentJobError, systemClock } from './types.ts';

export interface JobRunOptions {
  ctx: ModuleContext;
  /** Handlers by kind; only jobs of these kinds are claimed. */
  handlers: JobHandlers;
  /** Names this worker in `jobs.locked_by`; default `<host>:<pid>:<random>`. */
  workerId?: string;
  clock?: Clock;
  /** Jobs claimed and run together; default 5. */
  batch?: number;
  /**
   * How long a claim holds (default 5 minutes). A handler must finish within it: after it, the
   * job counts as abandoned and another worker runs it again.
   */
  leaseMs?: number;
  /** Delay before the next run after failed run number `attempts`; default `exponentialBackoff`. */
  backoff?: (attempts: number) => number;
}

/** 10 s after the first failure, doubling each time, at most an hour. */
export function exponentialBackoff(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** What a run did: jobs done, re-scheduled, failed for good, and results lost with the lease. */
export interface JobRunSummary {
  done: number;
  retried: number;
  failed: number;
  lost: number;
}

type Outcome = keyof JobRunSummary;

export function defaultWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

interface Resolved extends Required<Omit<JobRunOptions, 'ctx' | 'handlers'>> {
  ctx: ModuleContext;
  handlers: JobHandlers;
  kinds: string[];
}

function resolveOptions(options: JobRunOptions): Resolved {
  const batch = options.batch ?? 5;
  if (!Number.isInteger(batch) || batch < 1)
    throw new Error(`batch must be a whole number from 1, not ${batch}`);
  return {
    ctx: options.ctx,
    handlers: options.handlers,
    kinds: Object.keys(options.handlers),
    workerId: options.workerId ?? defaultWorkerId(),
    clock: options.clock ?? systemClock,
    batch,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    backoff: options.backoff ?? exponentialBackoff,
  };
}

/** Runs one claimed job outside any transaction and records how it went. Never throws. */
async function runJob(o: Resolved, job: ClaimedJob): Promise<Outcome> {
  const { ctx, workerId, clock } = o;
  // Claims ask only for kinds in `handlers`.
  const handler = o.handlers[job.kind]!;
  const info = {
    id: job.id,
    kind: job.kind,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    now: clock(),
  };
  try {
    let failure: unknown;
    try {
      await handler(ctx, job.payload, info);
    } catch (error) {
      failure = error ?? new Error('job handler threw nothing');
    }
    const now = clock();
    const final = failure instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const retryAt = final ? null : new Date(now.getTime() + o.backoff(job.attempts));
    const kept =
      failure === undefined
        ? await markJobDone(ctx.db, job, workerId, now)
        : await markJobFailure(ctx.db, job, workerId, describeError(failure), now, retryAt);
    if (!kept) {
      ctx.log.warn(
        { job: info, workerId },
        'job result not recorded: its lease ran out and it was claimed again',
      );
      return 'lost';
    }
    if (failure === undefined) return 'done';
    if (retryAt) ctx.log.warn({ err: failure, job: info, retryAt }, 'job failed; it will run again');
    else ctx.log.error({ err: failure, job: info }, 'job failed for good');
    return retryAt ? 'retried' : 'failed';
  } catch (error) {
    // The result could not be recorded (database gone): the lease runs out and the job runs again.
    ctx.log.error({ err: error, job: info }, 'could not record the result of a job');
    return 'lost';
  }
}

/** Claims one batch of due jobs and runs them together; returns how many were claimed. */
async function runBatch(o: Resolved, summary: JobRunSummary): Promise<number> {
  const now = o.clock();
  summary.failed += await failAbandonedJobs(o.ctx.db, now);
  const jobs = await claimJobs(o.ctx.db, {
    workerId: o.workerId,
    kinds: o.kinds,
    limit: o.batch,
    leaseMs: o.leaseMs,
    now,
  });
  const outcomes = await Promise.all(jobs.map((job) => runJob(o, job)));
  for (const outcome of outcomes) summary[outcome]++;
  return jobs.length;
}

/**
 * Runs every job that is due by the clock, batch after batch, until none is left — awaited, for
 * tests ("it is now 31 days later") and the CLI. Jobs re-scheduled by a failure are due later.
 */
export async function runDueJobs(options: JobRunOptions): Promise<JobRunSummary> {
  const o = resolveOptions(options);
  const summary: JobRunSummary = { done: 0, retried: 0, failed: 0, lost: 0 };
  while ((await runBatch(o, summary)) > 0) {}
  return summary;
}

export interface JobWorker {
  readonly workerId: string;
  /** Claims no more jobs and resolves once the jobs it is running have finished. */
  stop(): Promise<void>;
}

/**
 * Polls for due jobs every `pollMs` (default 1000), and at once again while it finds full
 * batches. Any number of workers, in any number of processes, can run on one database.
 */
export function startJobWorker(options: JobRunOptions & { pollMs?: number }): JobWorker {
  const o = resolveOptions(options);
  const pollMs = options.pollMs ?? 1000;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping) {
      let claimed = 0;
      try {
        claimed = await runBatch(o, { done: 0, retried: 0, failed: 0, lost: 0 });
      } catch (error) {
        o.ctx.log.error({ err: error, workerId: o.workerId }, 'could not claim jobs');
      }
      if (stopping || claimed === o.batch) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollMs);
      });
    }
  })();
  return {
    workerId: o.workerId,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
