import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, engine } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { collectJobHandlers } from './handlers.ts';
import { claimJobs, enqueueJob, markJobDone } from './queue.ts';
import { type JobHandler, type JobInfo, PermanentJobError } from './types.ts';
import { exponentialBackoff, runDueJobs } from './worker.ts';

const ctx = await createTestContext([]);
const day = 24 * 60 * 60_000;
let now = new Date('2025-03-01T00:00:00Z');
const clock = () => now;
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

interface JobRow {
  status: string;
  attempts: number;
  last_error: string | null;
  finished_at: Date | null;
  run_at: Date;
}
const jobRow = async (id: number | null) =>
  (await ctx.db.query<JobRow>(sql`select * from jobs where id = ${id}`))[0]!;

/** A handler that records each run, failing while `fail` says so. */
function recorder(fail: (run: number) => Error | undefined = () => undefined) {
  const runs: { payload: unknown; job: JobInfo }[] = [];
  const handler: JobHandler = async (_ctx, payload, job) => {
    runs.push({ payload, job });
    const error = fail(runs.length);
    if (error) throw error;
  };
  return { runs, handler };
}

beforeEach(async () => {
  await ctx.db.query(sql`delete from jobs`);
});

describe(`jobs on ${engine}`, () => {
  it('queues a job only if the transaction that asked for it commits', async () => {
    await expect(
      ctx.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.rolled-back', payload: { n: 1 } }, clock);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await ctx.db.query(sql`select * from jobs`)).toHaveLength(0);

    const id = await ctx.db.transaction((tx) =>
      enqueueJob(tx, { kind: 'test.kept', payload: { n: 2 } }, clock),
    );
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('runs a job when the moved clock says it is due, and hands the handler its payload', async () => {
    const { runs, handler } = recorder();
    const id = await enqueueJob(
      ctx.db,
      { kind: 'test.escalate', payload: { case: 42 }, runAt: new Date(now.getTime() + 30 * day) },
      clock,
    );
    expect(await runDueJobs({ ctx, handlers: { 'test.escalate': handler }, clock })).toMatchObject({
      done: 0,
    });
    expect(runs).toHaveLength(0);

    advance(31 * day);
    expect(await runDueJobs({ ctx, handlers: { 'test.escalate': handler }, clock })).toEqual({
      done: 1,
      retried: 0,
      failed: 0,
      lost: 0,
    });
    expect(runs).toEqual([
      { payload: { case: 42 }, job: { id, kind: 'test.escalate', attempts: 1, maxAttempts: 10, now } },
    ]);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1, finished_at: now });
  });

  it('claims only kinds it has handlers for', async () => {
    const id = await enqueueJob(ctx.db, { kind: 'other.thing', payload: {} }, clock);
    const { handler } = recorder();
    expect(await runDueJobs({ ctx, handlers: { 'test.thing': handler }, clock })).toMatchObject({ done: 0 });
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('retries with exponential backoff, then fails after max attempts and keeps the error', async () => {
    const { runs, handler } = recorder((run) => new Error(`mail server down (${run})`));
    const handlers = { 'test.flaky': handler };
    const id = await enqueueJob(ctx.db, { kind: 'test.flaky', payload: {}, maxAttempts: 3 }, clock);
    const start = now.getTime();

    expect(await runDueJobs({ ctx, handlers, clock })).toMatchObject({ retried: 1 });
    expect(await jobRow(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      run_at: new Date(start + 10_000),
    });
    expect((await jobRow(id)).last_error).toContain('mail server down (1)');

    advance(9_999);
    expect(await runDueJobs({ ctx, handlers, clock })).toMatchObject({ retried: 0 });
    advance(1);
    expect(await runDueJobs({ ctx, handlers, clock })).toMatchObject({ retried: 1 });
    expect(await jobRow(id)).toMatchObject({ attempts: 2, run_at: new Date(now.getTime() + 20_000) });

    advance(exponentialBackoff(2));
    expect(await runDueJobs({ ctx, handlers, clock })).toMatchObject({ failed: 1 });
    const failed = await jobRow(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, finished_at: now });
    expect(failed.last_error).toContain('mail server down (3)');

    advance(day);
    await runDueJobs({ ctx, handlers, clock });
    expect(runs).toHaveLength(3);
  });

  it('fails a job at once on a PermanentJobError', async () => {
    const { handler } = recorder(() => new PermanentJobError('address refused'));
    const id = await enqueueJob(ctx.db, { kind: 'test.permanent', payload: {} }, clock);
    expect(await runDueJobs({ ctx, handlers: { 'test.permanent': handler }, clock })).toMatchObject({
      failed: 1,
    });
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await jobRow(id)).last_error).toContain('PermanentJobError: address refused');
  });

  it('runs a job again once the lease of a worker that died has run out', async () => {
    const { runs, handler } = recorder();
    const id = await enqueueJob(ctx.db, { kind: 'test.lease', payload: {} }, clock);
    const claim = { kinds: ['test.lease'], limit: 10, leaseMs: 60_000, now };
    const [abandoned] = await claimJobs(ctx.db, { ...claim, workerId: 'died' });
    expect(abandoned).toMatchObject({ id, attempts: 1 });

    expect(await runDueJobs({ ctx, handlers: { 'test.lease': handler }, clock })).toMatchObject({ done: 0 });
    advance(60_000);
    expect(await runDueJobs({ ctx, handlers: { 'test.lease': handler }, clock })).toMatchObject({ done: 1 });
    expect(runs.map((r) => r.job.attempts)).toEqual([2]);
    // The worker that "died" comes back late: its result is not recorded over the new run.
    expect(await markJobDone(ctx.db, abandoned!, 'died', now)).toBe(false);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails a job whose last allowed run was abandoned, instead of running it forever', async () => {
    const { runs, handler } = recorder();
    const id = await enqueueJob(ctx.db, { kind: 'test.crashes', payload: {}, maxAttempts: 1 }, clock);
    await claimJobs(ctx.db, { workerId: 'crashed', kinds: ['test.crashes'], limit: 1, leaseMs: 1000, now });
    advance(1000);
    expect(await runDueJobs({ ctx, handlers: { 'test.crashes': handler }, clock })).toMatchObject({
      failed: 1,
    });
    expect(runs).toHaveLength(0);
    const row = await jobRow(id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('lease of the last attempt ran out on worker crashed');
  });

  it('queues a job with a dedupe key once, ever', async () => {
    const job = { kind: 'test.escalate', payload: { case: 42, step: 1 }, dedupeKey: 'test.escalate:42:1' };
    const first = await enqueueJob(ctx.db, job, clock);
    expect(first).toBeTypeOf('number');
    expect(await ctx.db.transaction((tx) => enqueueJob(tx, job, clock))).toBeNull();
    await runDueJobs({ ctx, handlers: { 'test.escalate': recorder().handler }, clock });
    expect(await enqueueJob(ctx.db, job, clock)).toBeNull();
    expect(await enqueueJob(ctx.db, { ...job, dedupeKey: 'test.escalate:42:2' }, clock)).toBeTypeOf('number');
    expect(await ctx.db.query(sql`select id from jobs`)).toHaveLength(2);
  });

  it('refuses a malformed kind or attempt count with a precise message', async () => {
    await expect(enqueueJob(ctx.db, { kind: 'NoModule', payload: {} })).rejects.toThrow(
      'job kind must look like "module.name", not "NoModule"',
    );
    await expect(enqueueJob(ctx.db, { kind: 'test.x', payload: {}, maxAttempts: 0 })).rejects.toThrow(
      'maxAttempts of a test.x job must be a whole number from 1, not 0',
    );
  });
});

describe('collecting job handlers from module manifests', () => {
  const handler: JobHandler = async () => {};
  const module = (name: string, jobs: Record<string, JobHandler>): ShilenModule => ({ name, jobs });

  it('merges the platform handlers with every module handlers', () => {
    const handlers = collectJobHandlers(
      [module('feedback', { 'feedback.escalate': handler }), { name: 'plain' }],
      {
        'mail.send': handler,
      },
    );
    expect(Object.keys(handlers).sort()).toEqual(['feedback.escalate', 'mail.send']);
  });

  it('requires kinds to start with the module name', () => {
    expect(() => collectJobHandlers([module('feedback', { 'escalate.case': handler })])).toThrow(
      'job kind escalate.case of module feedback must start with "feedback."',
    );
  });

  it('refuses a kind declared twice', () => {
    expect(() =>
      collectJobHandlers([module('mail', { 'mail.send': handler })], { 'mail.send': handler }),
    ).toThrow('job kind mail.send is declared by both the platform and module mail');
  });
});
