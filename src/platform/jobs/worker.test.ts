import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext, engine, serverUrl } from '../../../test/helpers.ts';
import type { Database } from '../db/database.ts';
import { openPostgres } from '../db/postgres.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext } from '../module.ts';
import { startPlatformWorkers } from './platform-workers.ts';
import { enqueueJob } from './queue.ts';
import type { JobHandler } from './types.ts';
import { startJobWorker } from './worker.ts';

const ctx = await createTestContext([]);
await ctx.db.exec('create table job_test_runs (job_id bigint primary key, worker text not null)');

/** A promise with its resolve function, to await a condition the test sets up. */
function signal<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** On the server, a second pool of its own, as a second process would have; PGlite has one connection. */
async function secondConnection(): Promise<Database> {
  if (!serverUrl) return ctx.db;
  const [row] = await ctx.db.query<{ name: string }>(sql`select current_database() as name`);
  const url = new URL(serverUrl);
  url.pathname = `/${row!.name}`;
  const db = await openPostgres(url.toString(), { max: 3 });
  afterAll(() => db.close());
  return db;
}

describe(`job worker on ${engine}`, () => {
  it('stop waits for the job it is running and records its result', async () => {
    const started = signal();
    const release = signal();
    const handler: JobHandler = async () => {
      started.resolve();
      await release.promise;
    };
    const id = await enqueueJob(ctx.db, { kind: 'test.slow', payload: {} });
    const worker = startJobWorker({ ctx, handlers: { 'test.slow': handler }, pollMs: 10 });
    await started.promise;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    const [row] = await ctx.db.query<{ status: string }>(sql`select status from jobs where id = ${id}`);
    expect(row?.status).toBe('done');
  });

  it('two workers run 200 jobs, each exactly once', async () => {
    const total = 200;
    for (let i = 0; i < total; i += 50) {
      await ctx.db.transaction(async (tx) => {
        for (let n = i; n < i + 50; n++) await enqueueJob(tx, { kind: 'test.count', payload: { n } });
      });
    }
    const all = signal();
    let handled = 0;
    const workerFor = (name: string, db: Database) => {
      const workerCtx: ModuleContext = { ...ctx, db };
      const handler: JobHandler = async (c, _payload, job) => {
        // A second run of a job would break the primary key and show up as a failed attempt.
        await c.db.query(sql`insert into job_test_runs (job_id, worker) values (${job.id}, ${name})`);
        if (++handled === total) all.resolve();
      };
      return startJobWorker({
        ctx: workerCtx,
        handlers: { 'test.count': handler },
        workerId: name,
        batch: 10,
        pollMs: 20,
      });
    };
    const workers = [workerFor('a', ctx.db), workerFor('b', await secondConnection())];
    await all.promise;
    await Promise.all(workers.map((w) => w.stop()));

    const [runs] = await ctx.db.query<{ n: number; jobs: number }>(
      sql`select count(*)::int as n, count(distinct job_id)::int as jobs from job_test_runs`,
    );
    expect(runs).toEqual({ n: total, jobs: total });
    const states = await ctx.db.query<{ status: string; attempts: number; n: number }>(
      sql`select status, attempts, count(*)::int as n from jobs where kind = 'test.count' group by 1, 2`,
    );
    expect(states).toEqual([{ status: 'done', attempts: 1, n: total }]);
    if (engine === 'postgres') {
      const byWorker = await ctx.db.query<{ worker: string }>(
        sql`select distinct worker from job_test_runs order by worker`,
      );
      expect(byWorker.map((r) => r.worker)).toEqual(['a', 'b']);
    }
  });

  it('startPlatformWorkers runs module jobs and warns once that mail is not sent without SMTP_URL', async () => {
    const warnings: string[] = [];
    const log = { ...ctx.log, warn: (message: string) => warnings.push(message), info: () => {} };
    const done = signal<unknown>();
    const stop = startPlatformWorkers(
      { ...ctx, config: { ...ctx.config, smtpUrl: undefined }, log: log as unknown as ModuleContext['log'] },
      [{ name: 'demo-module', jobs: { 'demo-module.hello': async (_c, payload) => done.resolve(payload) } }],
      { pollMs: 10 },
    );
    await enqueueJob(ctx.db, { kind: 'demo-module.hello', payload: { hi: 'сайн уу' } });
    expect(await done.promise).toEqual({ hi: 'сайн уу' });
    await stop();
    expect(warnings).toEqual(['SMTP_URL is not set: mail is kept in the outbox and not sent until it is']);
  });
});
