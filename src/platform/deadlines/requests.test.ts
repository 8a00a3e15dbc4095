import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganization, buildUser } from '../../../test/factories.ts';
import {
  baseModules,
  createServerDatabaseUrl,
  createTestContext,
  serverUrl,
  testConfig,
} from '../../../test/helpers.ts';
import { systemActor } from '../auth/actor.ts';
import type { RequestMeta } from '../commands/index.ts';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { sql } from '../db/sql.ts';
import { collectJobHandlers, platformJobHandlers, runDueJobs } from '../jobs/index.ts';
import { type ModuleContext, moduleContext, silentLog } from '../module.ts';
import { prepareDatabase } from '../setup.ts';
import { WorkingCalendar } from './periods.ts';
import {
  answerRequest,
  extendRequest,
  findRequest,
  lockRequest,
  type NewRequest,
  openRequest,
  pauseRequest,
  type RequestClock,
  resumeRequest,
} from './requests.ts';

// Mongolia's pack: Ulaanbaatar time (UTC+8), Saturday and Sunday off, Tsagaan Sar 16–18 February 2018.
let ctx: ModuleContext;
let calendar: WorkingCalendar;
let organization: { id: number; slug: string };
const staff = systemActor('test');
const meta = (now: string): RequestMeta => ({ ip: '127.0.0.1', requestId: 'test', now: new Date(now) });
let serial = 0;

beforeAll(async () => {
  ctx = await createTestContext(baseModules, { country: 'mn' });
  calendar = new WorkingCalendar(ctx.country);
  organization = await buildOrganization(ctx);
});

const request = (receivedAt: string, days = 3, count: 'working' | 'calendar' = 'working'): NewRequest => {
  serial += 1;
  return {
    kind: 'tests.request',
    subjectKey: `R-${serial}`,
    staffPath: `/tests/${serial}`,
    organizationId: organization.id,
    receivedAt: new Date(receivedAt),
    rule: { days, count },
  };
};

const open = (r: NewRequest) => ctx.db.transaction((tx) => openRequest(tx, calendar, r));

/** Runs a command on a request inside a transaction with the row locked, as modules do. */
function withLocked<T>(clock: RequestClock, work: (tx: Database, locked: RequestClock) => Promise<T>) {
  return ctx.db.transaction(async (tx) => work(tx as Database, (await lockRequest(tx, clock.id))!));
}

const escalationJobs = (id: number) =>
  ctx.db.query<{ runAt: Date; status: string; payload: { level: number; due: string } }>(sql`
    select run_at as "runAt", status, payload from jobs
    where kind = 'requests.escalate' and (payload->>'requestId')::bigint = ${id} order by id`);

describe('a request’s deadline', () => {
  test('a period in working days skips the weekend and the lunar holidays', async () => {
    // Wednesday 14 February 2018: Thursday counts, Tsagaan Sar (Fri–Sun) does not; Monday, Tuesday.
    const clock = await open(request('2018-02-14T03:00:00Z'));
    expect(clock.dueAt).toEqual(new Date('2018-02-20T16:00:00Z'));
    const [job] = await escalationJobs(clock.id);
    expect(job).toMatchObject({ runAt: clock.dueAt, status: 'pending', payload: { level: 1 } });
  });

  test('the day of receipt is the day in Ulaanbaatar, not the server’s', async () => {
    // 15:59 UTC on the 14th is 23:59 in Ulaanbaatar; 16:00 UTC is already the 15th there.
    const before = await open(request('2018-02-14T15:59:00Z'));
    const after = await open(request('2018-02-14T16:00:00Z'));
    expect(before.dueAt).toEqual(new Date('2018-02-20T16:00:00Z'));
    expect(after.dueAt).toEqual(new Date('2018-02-21T16:00:00Z'));
  });
});

describe('extension', () => {
  test('once, with its stated reason; a second is refused with a message', async () => {
    const clock = await open(request('2018-02-14T03:00:00Z'));
    const missing = await withLocked(clock, (tx, c) =>
      extendRequest(
        tx,
        calendar,
        staff,
        c,
        { days: 2, reason: '  ', maxDays: 30 },
        meta('2018-02-19T02:00:00Z'),
      ),
    );
    expect(missing.ok ? [] : missing.problems).toEqual([
      { field: 'reason', key: 'requests.error.reasonMissing' },
    ]);
    const first = await withLocked(clock, (tx, c) =>
      extendRequest(
        tx,
        calendar,
        staff,
        c,
        { days: 2, reason: 'The ministry’s archive must be searched.', maxDays: 30 },
        meta('2018-02-19T02:00:00Z'),
      ),
    );
    if (!first.ok) throw new Error('refused');
    // Tuesday 20th + two working days = Thursday 22nd.
    expect(first.value.dueAt).toEqual(new Date('2018-02-22T16:00:00Z'));
    expect(first.value.extensionReason).toBe('The ministry’s archive must be searched.');
    const second = await withLocked(clock, (tx, c) =>
      extendRequest(
        tx,
        calendar,
        staff,
        c,
        { days: 5, reason: 'Again.', maxDays: 30 },
        meta('2018-02-21T02:00:00Z'),
      ),
    );
    expect(second.ok ? [] : second.problems).toEqual([{ field: 'days', key: 'requests.error.extendedOnce' }]);
    expect((await findRequest(ctx.db, clock.kind, clock.subjectKey))?.dueAt).toEqual(first.value.dueAt);
    // The escalation follows the new deadline: a job for each deadline.
    expect((await escalationJobs(clock.id)).map((j) => j.runAt)).toEqual([clock.dueAt, first.value.dueAt]);
    const [entry] = await ctx.db.query<{ details: { days: number } }>(sql`select details from audit_log
      where action = 'requests.extend' and subject_id = ${clock.subjectKey}`);
    expect(entry?.details.days).toBe(2);
  });

  test('longer than the rule allows is refused, naming the field, and nothing changes', async () => {
    const clock = await open(request('2018-03-05T03:00:00Z'));
    const refused = await withLocked(clock, (tx, c) =>
      extendRequest(
        tx,
        calendar,
        staff,
        c,
        { days: 31, reason: 'Why not.', maxDays: 30 },
        meta('2018-03-06T02:00:00Z'),
      ),
    );
    expect(refused.ok ? [] : refused.problems).toEqual([
      { field: 'days', key: 'requests.error.extensionDays', params: { max: 30 } },
    ]);
    expect((await findRequest(ctx.db, clock.kind, clock.subjectKey))?.extendedDays).toBeNull();
  });
});

describe('pause while waiting for the citizen', () => {
  test('moves the deadline by the working days waited, holidays not counted', async () => {
    const clock = await open(request('2018-02-14T03:00:00Z'));
    const paused = await withLocked(clock, (tx, c) =>
      pauseRequest(tx, staff, c, meta('2018-02-15T02:00:00Z')),
    );
    expect(paused.ok && paused.value.pausedAt).toEqual(new Date('2018-02-15T02:00:00Z'));
    const again = await withLocked(clock, (tx, c) =>
      pauseRequest(tx, staff, c, meta('2018-02-15T03:00:00Z')),
    );
    expect(again.ok ? [] : again.problems).toEqual([{ field: 'pause', key: 'requests.error.paused' }]);
    // Resumed on Tuesday the 20th: Tsagaan Sar and the Sunday do not count, Monday and Tuesday do.
    const resumed = await withLocked(clock, (tx, c) =>
      resumeRequest(tx, calendar, staff, c, meta('2018-02-20T02:00:00Z')),
    );
    if (!resumed.ok) throw new Error('refused');
    expect(resumed.value).toMatchObject({
      dueAt: new Date('2018-02-22T16:00:00Z'),
      pausedAt: null,
      pausedDays: 2,
    });
    const notPaused = await withLocked(clock, (tx, c) =>
      resumeRequest(tx, calendar, staff, c, meta('2018-02-21T02:00:00Z')),
    );
    expect(notPaused.ok ? [] : notPaused.problems).toEqual([
      { field: 'resume', key: 'requests.error.notPaused' },
    ]);
  });
});

describe('escalation', () => {
  const handlers = () => collectJobHandlers([], platformJobHandlers(ctx));
  const run = (now: string) => runDueJobs({ ctx, handlers: handlers(), clock: () => new Date(now) });

  test('an overdue request escalates once at its deadline, to the responsible staff, then to the administrators', async () => {
    const body = await buildOrganization(ctx);
    await buildUser(ctx, {
      role: 'organization-responder',
      organization: body.slug,
      email: 'answers@example.mn',
    });
    await buildUser(ctx, {
      role: 'organization-administrator',
      organization: body.slug,
      email: 'head@example.mn',
    });
    const clock = await open({ ...request('2026-03-02T03:00:00Z', 10), organizationId: body.id });
    // Monday 2 March 2026 + ten working days = Monday 16 March.
    expect(clock.dueAt).toEqual(new Date('2026-03-16T16:00:00Z'));
    await run('2026-03-16T15:59:00Z');
    expect((await findRequest(ctx.db, clock.kind, clock.subjectKey))?.escalationLevel).toBe(0);
    await run('2026-03-16T16:00:01Z');
    await run('2026-03-16T16:00:02Z');
    expect((await findRequest(ctx.db, clock.kind, clock.subjectKey))?.escalationLevel).toBe(1);
    const mailTo = () =>
      ctx.db.query<{
        to: string;
        text: string;
      }>(sql`select to_address as "to", text_body as text from mail_outbox
        where text_body like ${`%/tests/${clock.subjectKey.slice(2)}%`} order by id`);
    const [told] = await mailTo();
    expect(told?.to).toBe('answers@example.mn');
    expect(told?.text).toContain('was due to be answered by');
    expect((await mailTo()).map((m) => m.to)).toEqual(['answers@example.mn']);
    // Five working days later the administrators are told too, once.
    await run('2026-03-23T16:00:01Z');
    await run('2026-03-23T16:00:02Z');
    expect((await findRequest(ctx.db, clock.kind, clock.subjectKey))?.escalationLevel).toBe(2);
    expect((await mailTo()).map((m) => m.to)).toEqual(['answers@example.mn', 'head@example.mn']);
    const audited = await ctx.db.query<{ details: { level: number } }>(sql`select details from audit_log
      where action = 'requests.escalate' and subject_id = ${clock.subjectKey} order by seq`);
    expect(audited.map((a) => a.details.level)).toEqual([1, 2]);
  });

  test('the handler run again for the same deadline changes nothing (idempotent)', async () => {
    const clock = await open(request('2026-04-01T03:00:00Z', 1));
    await run('2026-04-03T00:00:00Z');
    const handler = handlers()['requests.escalate']!;
    const [job] = await escalationJobs(clock.id);
    const info = {
      id: 0,
      kind: 'requests.escalate',
      attempts: 2,
      maxAttempts: 10,
      now: new Date('2026-04-03T01:00:00Z'),
    };
    await handler(ctx, job!.payload, info);
    await handler(ctx, { ...job!.payload, requestId: clock.id }, info);
    const audited = await ctx.db.query(sql`select 1 from audit_log
      where action = 'requests.escalate' and subject_id = ${clock.subjectKey}`);
    expect(audited).toHaveLength(1);
  });

  test('an answered, paused or extended request does not escalate at the old deadline', async () => {
    const answered = await open(request('2026-05-04T03:00:00Z', 1));
    await withLocked(answered, (tx, c) => answerRequest(tx, c, new Date('2026-05-05T01:00:00Z')));
    const paused = await open(request('2026-05-04T03:00:00Z', 1));
    await withLocked(paused, (tx, c) => pauseRequest(tx, staff, c, meta('2026-05-05T01:00:00Z')));
    const extended = await open(request('2026-05-04T03:00:00Z', 1));
    await withLocked(extended, (tx, c) =>
      extendRequest(
        tx,
        calendar,
        staff,
        c,
        { days: 5, reason: 'Site visit.', maxDays: 30 },
        meta('2026-05-05T01:00:00Z'),
      ),
    );
    await run('2026-05-06T00:00:00Z');
    for (const c of [answered, paused, extended])
      expect((await findRequest(ctx.db, c.kind, c.subjectKey))?.escalationLevel).toBe(0);
    const again = await withLocked(answered, (tx, c) =>
      answerRequest(tx, c, new Date('2026-05-06T01:00:00Z')),
    );
    expect(again.ok ? [] : again.problems).toEqual([{ field: 'answer', key: 'requests.error.answered' }]);
  });
});

describe('after a restart', () => {
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A database that a second process can open again: a PGlite folder, or the server's database. */
  async function reopenable(): Promise<() => Promise<Database>> {
    if (serverUrl) {
      const url = await createServerDatabaseUrl();
      return () => openPostgres(url, { max: 2 });
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'shilen-requests-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return () => openPglite(dir);
  }

  test('the escalation job is in the database and runs in the next process', async () => {
    const openDb = await reopenable();
    const config = testConfig({ country: 'mn' });
    const first = moduleContext({ config, db: await openDb(), log: silentLog });
    await prepareDatabase(first, baseModules);
    const body = await buildOrganization(first);
    const clock = await first.db.transaction((tx) =>
      openRequest(tx, new WorkingCalendar(first.country), {
        ...request('2026-03-02T03:00:00Z', 1),
        organizationId: body.id,
      }),
    );
    await first.db.close();

    const second = moduleContext({ config, db: await openDb(), log: silentLog });
    cleanups.push(() => second.db.close());
    const [job] = await second.db.query<{ status: string }>(sql`select status from jobs
      where kind = 'requests.escalate' and (payload->>'requestId')::bigint = ${clock.id}`);
    expect(job?.status).toBe('pending');
    await runDueJobs({
      ctx: second,
      handlers: collectJobHandlers([], platformJobHandlers(second)),
      clock: () => new Date('2026-03-04T00:00:00Z'),
    });
    expect((await findRequest(second.db, clock.kind, clock.subjectKey))?.escalationLevel).toBe(1);
    // Two migrations of a database on disk: slower than the in-memory ones, more so on a busy machine.
  }, 120_000);
});
