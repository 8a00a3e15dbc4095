import type { ModuleContext } from '../module.ts';

/** Where jobs take the time from; tests pass a clock they can move forward. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** What a handler is told about the job it runs. */
export interface JobInfo {
  id: number;
  kind: string;
  /** This run's number, from 1: a run after a failure or an expired lease counts up. */
  attempts: number;
  /** After a failed run with `attempts === maxAttempts` the job is marked failed. */
  maxAttempts: number;
  /** The worker's clock when this run started: use it, not `new Date()`, so tests can move time. */
  now: Date;
}

/**
 * Runs one job. Jobs are delivered at least once: a handler may run again for the same job (its
 * worker died, its lease ran out, the result could not be recorded), so it must be idempotent —
 * check whether the work is already done, or write with `on conflict do nothing`.
 * Throwing re-schedules the job with backoff; throw `PermanentJobError` to fail it at once.
 */
export type JobHandler = (ctx: ModuleContext, payload: unknown, job: JobInfo) => Promise<void>;

/** Handlers by job kind (`<module>.<name>`). */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** A failure that retrying cannot fix (e.g. a mail server's 550): the job is failed at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
