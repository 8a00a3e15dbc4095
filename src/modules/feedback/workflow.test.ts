import { afterAll, describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { startTestSmtpServer } from '../../../test/support/smtp.ts';
import { anonymous } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { collectJobHandlers } from '../../platform/jobs/handlers.ts';
import { platformJobHandlers } from '../../platform/jobs/platform-workers.ts';
import { runDueJobs } from '../../platform/jobs/worker.ts';
import { modules } from '../index.ts';
import { caseEvents, findCaseByNumber } from './cases.ts';
import { rateAnswer, reopenCase } from './citizen.ts';
import { answerCase, extendCase, transferCase } from './respond.ts';
import { submitCase } from './submit.ts';
import { meta, sampleCase, staffActor } from './test-support.ts';

const { ctx } = await createTestApp();
const submit = (input: Record<string, unknown>, now: Date, key?: string) =>
  submitCase(ctx, anonymous, input, {
    channel: 'web',
    meta: meta(now),
    locale: 'en',
    ...(key ? { idempotencyKey: key } : {}),
  });

async function orgId(slug: string): Promise<number> {
  const [row] = await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  return row!.id;
}

describe('submitting', () => {
  test('routes by category and aimag, with a deadline at the end of the 30th day in Ulaanbaatar', async () => {
    // 20:30 UTC on 1 March is 04:30 on 2 March in Ulaanbaatar: the period counts from 2 March.
    const result = await submit(sampleCase, new Date('2026-03-01T20:30:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.number).toMatch(/^2603-\d{6}-\d$/);
    expect(result.value.organizationId).toBe(await orgId('governor-arkhangai'));
    // Due by the end of 1 April local time = 16:00 UTC on 1 April.
    expect(result.value.deadlineAt.toISOString()).toBe('2026-04-01T16:00:00.000Z');
    expect(result.value.followToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const national = await submit({ ...sampleCase, aimag: '' }, new Date('2026-03-02T01:00:00Z'));
    expect(national.ok && national.value.organizationId).toBe(
      await orgId('ministry-of-roads-and-transportation'),
    );
    const district = await submit({ ...sampleCase, aimag: '1107' }, new Date('2026-03-02T01:00:00Z'));
    expect(district.ok && district.value.organizationId).toBe(await orgId('capital-city-governor'));
  });

  test('bad input: a message per field and nothing stored', async () => {
    const [{ count: before }] = (await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from feedback_cases`,
    )) as [{ count: number }];
    const result = await submit(
      {
        kind: 'rumour',
        category: 'no-such',
        subject: '<script>alert(1)</script>',
        body: '',
        aimag: '99',
        lat: '10',
        lon: '10',
        email: 'not-an-address',
        registerNumber: 'AB123',
      },
      new Date(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.problems.map((p) => [p.field, p.key]))).toEqual({
      kind: 'feedback.error.kindUnknown',
      category: 'feedback.error.categoryUnknown',
      subject: 'feedback.error.markup',
      body: 'feedback.error.bodyMissing',
      aimag: 'feedback.error.aimagUnknown',
      lat: 'feedback.error.outside',
      email: 'feedback.error.email',
      registerNumber: 'feedback.error.registerNumber',
    });
    const [{ count: after }] = (await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from feedback_cases`,
    )) as [{ count: number }];
    expect(after).toBe(before);
  });

  test('the same idempotency key never makes a second case, even at once', async () => {
    const now = new Date();
    const results = await Promise.all([1, 2, 3].map(() => submit(sampleCase, now, 'retry-key-0001')));
    const numbers = new Set(results.map((r) => (r.ok ? r.value.number : 'failed')));
    expect(numbers.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.value.replayed)).toHaveLength(1);
    const [{ count }] = (await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from feedback_cases where idempotency_key = 'retry-key-0001'`,
    )) as [{ count: number }];
    expect(count).toBe(1);
  });
});

describe('answering', () => {
  test('extend once, answer on time, rate, reopen within the period and not after', async () => {
    const start = new Date('2026-05-10T02:00:00Z');
    const filed = await submit({ ...sampleCase, category: 'health', aimag: '' }, start);
    if (!filed.ok) throw new Error('not filed');
    const number = filed.value.number;
    const responder = await staffActor(ctx, 'organization-responder', 'ministry-of-health');
    const outsider = await staffActor(ctx, 'organization-responder', 'ministry-of-energy');
    await expect(answerCase(ctx, outsider, number, { text: 'No.' }, meta(start))).rejects.toThrow(
      /not allowed/,
    );

    const tooLong = await extendCase(ctx, responder, number, { days: 31, reason: 'Inspection' }, meta(start));
    expect(tooLong.ok).toBe(false);
    const extended = await extendCase(
      ctx,
      responder,
      number,
      { days: 30, reason: 'Needs an inspection' },
      meta(start),
    );
    expect(extended.ok && extended.value.deadlineAt.toISOString()).toBe('2026-07-09T16:00:00.000Z');
    const again = await extendCase(ctx, responder, number, { days: 5, reason: 'More' }, meta(start));
    expect(!again.ok && again.problems[0]?.key).toBe('feedback.error.alreadyExtended');

    const answeredAt = new Date('2026-07-01T03:00:00Z');
    const answered = await answerCase(
      ctx,
      responder,
      number,
      { text: 'The clinic will reopen.' },
      meta(answeredAt),
    );
    expect(answered.ok && answered.value.answeredOnTime).toBe(true);

    const token = { token: filed.value.followToken! };
    const rated = await rateAnswer(ctx, anonymous, token, { rating: 4 }, meta(answeredAt));
    expect(rated.ok && rated.value.rating).toBe(4);
    const reopen = (at: string) =>
      reopenCase(ctx, anonymous, token, { reason: 'Still closed' }, meta(new Date(at)));
    const late = await reopen('2026-08-15T00:00:00Z');
    expect(!late.ok && late.problems[0]?.key).toBe('feedback.error.reopenClosed');
    const reopened = await reopen('2026-07-05T00:00:00Z');
    expect(reopened.ok && reopened.value.status).toBe('in-progress');
    expect(reopened.ok && reopened.value.deadlineAt.toISOString()).toBe('2026-08-04T16:00:00.000Z');
    const kinds = (await caseEvents(ctx.db, filed.value.id, true)).map((e) => e.kind);
    expect(kinds).toEqual(['submitted', 'extended', 'answered', 'rated', 'reopened']);
  });

  test('transfer with a reason moves the case to the other organisation', async () => {
    const filed = await submit({ ...sampleCase, category: 'taxes', aimag: '' }, new Date());
    if (!filed.ok) throw new Error('not filed');
    const responder = await staffActor(ctx, 'organization-responder', 'general-department-of-taxation');
    const transfer = (organization: string, reason: string) =>
      transferCase(ctx, responder, filed.value.number, { organization, reason }, meta());
    const bad = await transfer('nope', '');
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['organization', 'reason']);
    const moved = await transfer('customs-general-administration', 'Customs duty, not tax');
    expect(moved.ok && moved.value.organizationSlug).toBe('customs-general-administration');
  });
});

describe('escalation', () => {
  test('an unanswered case escalates at its deadline, once, mailing the head and the centre', async () => {
    const head = await staffActor(
      ctx,
      'organization-administrator',
      'ministry-of-education-and-science',
      'head-edu@example.mn',
    );
    const centreHead = await staffActor(
      ctx,
      'organization-administrator',
      'government-11-11-centre',
      'centre-head@example.mn',
    );
    expect(head.userId && centreHead.userId).toBeTruthy();
    const start = new Date('2026-09-01T04:00:00Z');
    const filed = await submit({ ...sampleCase, category: 'education', aimag: '' }, start);
    if (!filed.ok) throw new Error('not filed');
    // Real SMTP: the mail jobs deliver what the escalation queued.
    const smtp = await startTestSmtpServer();
    afterAll(() => smtp.stop());
    const mailing = {
      ...ctx,
      config: { ...ctx.config, smtpUrl: smtp.url, mailFrom: 'Shilen <no-reply@shilen.test>' },
    };
    const handlers = collectJobHandlers(modules, platformJobHandlers(mailing));
    let now = new Date('2026-09-20T00:00:00Z');
    await runDueJobs({ ctx: mailing, handlers, clock: () => now });
    expect((await findCaseByNumber(ctx.db, filed.value.number))?.escalatedAt).toBeNull();
    now = new Date('2026-10-01T16:00:01Z');
    await runDueJobs({ ctx: mailing, handlers, clock: () => now });
    await runDueJobs({ ctx: mailing, handlers, clock: () => now });
    const after = await findCaseByNumber(ctx.db, filed.value.number);
    expect(after?.escalatedAt).not.toBeNull();
    const mails = await ctx.db.query<{ to: string }>(sql`select to_address as "to" from mail_outbox
      where subject like ${`%${filed.value.number}%`} order by to_address`);
    expect(mails.map((m) => m.to)).toEqual(['centre-head@example.mn', 'head-edu@example.mn']);
    const delivered = await smtp.waitForMail(
      (m) => m.to.includes('head-edu@example.mn') && m.subject.includes(filed.value.number),
    );
    expect(delivered.subject).toBe(`Overdue case: ${filed.value.number}`);
    expect(delivered.text).toContain(`/feedback/console/cases/${filed.value.number}`);
    await smtp.waitForMail((m) => m.to.includes('centre-head@example.mn'));
    const escalations = (await caseEvents(ctx.db, filed.value.id, false)).filter(
      (e) => e.kind === 'escalated',
    );
    expect(escalations).toHaveLength(1);
  });

  test('an answered case does not escalate', async () => {
    const start = new Date('2026-09-01T04:00:00Z');
    const filed = await submit({ ...sampleCase, category: 'environment', aimag: '' }, start);
    if (!filed.ok) throw new Error('not filed');
    const responder = await staffActor(
      ctx,
      'organization-responder',
      'ministry-of-environment-and-green-development',
    );
    await answerCase(
      ctx,
      responder,
      filed.value.number,
      { text: 'Done.' },
      meta(new Date('2026-09-05T00:00:00Z')),
    );
    const now = new Date('2026-11-01T00:00:00Z');
    await runDueJobs({ ctx, handlers: collectJobHandlers(modules), clock: () => now });
    expect((await findCaseByNumber(ctx.db, filed.value.number))?.escalatedAt).toBeNull();
  });
});

describe('routing rules', () => {
  test('an administrator changes who answers a category in an aimag; new cases follow the rule', async () => {
    const { setRoutingRule } = await import('./routing-admin.ts');
    const admin = await staffActor(ctx, 'platform-administrator');
    const responder = await staffActor(ctx, 'organization-responder', 'ministry-of-health');
    await expect(
      setRoutingRule(
        ctx,
        responder,
        { category: 'health', aimag: '84', organization: 'ministry-of-health' },
        meta(),
      ),
    ).rejects.toThrow(/not allowed/);
    const bad = await setRoutingRule(
      ctx,
      admin,
      { category: 'nope', aimag: '1107', organization: 'nope' },
      meta(),
    );
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['category', 'aimag', 'organization']);
    expect(
      (
        await setRoutingRule(
          ctx,
          admin,
          { category: 'health', aimag: '84', organization: 'governor-khovd' },
          meta(),
        )
      ).ok,
    ).toBe(true);
    const inKhovd = await submit({ ...sampleCase, category: 'health', aimag: '84' }, new Date());
    expect(inKhovd.ok && inKhovd.value.organizationId).toBe(await orgId('governor-khovd'));
    const elsewhere = await submit({ ...sampleCase, category: 'health', aimag: '85' }, new Date());
    expect(elsewhere.ok && elsewhere.value.organizationId).toBe(await orgId('ministry-of-health'));
  });
});

describe('possible duplicates', () => {
  test('alike cases of the same category and aimag are suggested; others are not', async () => {
    const { possibleDuplicates } = await import('./duplicates.ts');
    const now = new Date();
    const a = await submit(
      {
        ...sampleCase,
        category: 'utilities',
        aimag: '63',
        subject: 'No hot water in building 14',
        body: 'Since Monday there is no hot water in building 14 of the 3rd khoroo.',
      },
      now,
    );
    const b = await submit(
      {
        ...sampleCase,
        category: 'utilities',
        aimag: '63',
        subject: 'No hot water in building 14!',
        body: 'Building 14, 3rd khoroo: no hot water since Monday.',
      },
      now,
    );
    const c = await submit(
      {
        ...sampleCase,
        category: 'utilities',
        aimag: '63',
        subject: 'Power cut at the school',
        body: 'The school had no electricity all day.',
      },
      now,
    );
    const d = await submit(
      {
        ...sampleCase,
        category: 'utilities',
        aimag: '64',
        subject: 'No hot water in building 14',
        body: 'Since Monday there is no hot water.',
      },
      now,
    );
    if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error('not filed');
    const head = await staffActor(ctx, 'organization-administrator', 'governor-bulgan');
    const found = await possibleDuplicates(ctx.db, head, (await findCaseByNumber(ctx.db, b.value.number))!);
    expect(found.map((x) => x.number)).toEqual([a.value.number]);
  });
});
