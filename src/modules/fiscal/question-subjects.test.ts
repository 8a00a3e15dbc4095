import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { deadlineAfter, WorkingCalendar } from '../../platform/deadlines/periods.ts';
import { translator } from '../../platform/i18n/index.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { questionsModule } from '../questions/module.ts';
import { fiscalModule } from './module.ts';
import { askLink, fiscalQuestionSubjects, fundKey } from './question-subjects.ts';
import { buildBudgetLine, buildFundFlows, buildTransactions, organizationId } from './test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, fiscalModule, questionsModule],
});
const subject = (kind: string) => fiscalQuestionSubjects.find((s) => s.kind === kind)!;
const line = await buildBudgetLine(ctx.db, { ref: 'moh-2025-drugs', body: 'ministry-of-health' });
const [transaction] = await buildTransactions(ctx, [
  { ref: 'moe-2025-0042', body: 'ministry-of-education-and-science', purpose: 'Сургуулийн засвар' },
]);
await buildFundFlows(ctx.db, [
  { fund: 'state-road', body: 'ministry-of-roads-and-transportation', on: '2025-05-05' },
  {
    fund: 'state-road',
    body: 'ministry-of-roads-and-transportation',
    on: '2025-06-05',
    direction: 'spending',
  },
  { fund: 'state-road', body: 'ministry-of-finance', on: '2025-07-05' },
]);

describe('the glass account’s records citizens may ask about', () => {
  it('finds a line, a transaction and a fund-year by key with the body that answers; nothing else', async () => {
    expect(await subject('fiscal.line').resolve(ctx, line.ref)).toEqual({
      title: { mn: 'Эм, эмнэлгийн хэрэгсэл (2025)', en: 'Эм, эмнэлгийн хэрэгсэл (2025)' },
      organizationId: await organizationId(ctx.db, 'ministry-of-health'),
      href: '/fiscal/budget/lines/moh-2025-drugs',
    });
    expect(await subject('fiscal.transaction').resolve(ctx, transaction!)).toMatchObject({
      organizationId: await organizationId(ctx.db, 'ministry-of-education-and-science'),
      href: '/fiscal/transactions/moe-2025-0042',
    });
    // The fund's manager that year: the body that recorded most of its flows.
    expect(await subject('fiscal.fund').resolve(ctx, fundKey('state-road', 2025))).toEqual({
      title: { mn: 'Улсын авто замын сан, 2025', en: 'State Road Fund, 2025' },
      organizationId: await organizationId(ctx.db, 'ministry-of-roads-and-transportation'),
      href: '/fiscal/funds/state-road?year=2025',
    });
    for (const [kind, key] of [
      ['fiscal.line', 'no-such-line'],
      ['fiscal.transaction', 'no-such-ref'],
      ['fiscal.fund', 'state-road:2019'],
      ['fiscal.fund', 'no-such-fund:2025'],
      ['fiscal.fund', 'state-road'],
    ] as const)
      expect(await subject(kind).resolve(ctx, key), `${kind} ${key}`).toBeNull();
  });

  it('gives the pages their link to the asking form', () => {
    const t = translator('en');
    expect(String(askLink(t, 'fund', fundKey('state-road', 2025)))).toContain(
      'href="/questions/ask?subject=fiscal.fund&amp;key=state-road%3A2025"',
    );
    expect(String(askLink(t, 'line', 'a/b'))).toContain('subject=fiscal.line&amp;key=a%2Fb');
    expect(String(askLink(t, 'transaction', 'tx-1'))).toContain('subject=fiscal.transaction&amp;key=tx-1');
  });
});

describe('a question about each, from asking to a public answer', async () => {
  const moderator = await signedInAs(app, ctx, { role: 'moderator' });
  const cases = [
    {
      kind: 'fiscal.line',
      key: line.ref,
      body: 'ministry-of-health',
      page: '/fiscal/budget/lines/moh-2025-drugs',
    },
    {
      kind: 'fiscal.transaction',
      key: transaction!,
      body: 'ministry-of-education-and-science',
      page: '/fiscal/transactions/moe-2025-0042',
    },
    {
      kind: 'fiscal.fund',
      key: fundKey('state-road', 2025),
      body: 'ministry-of-roads-and-transportation',
      page: '/fiscal/funds/state-road?year=2025',
    },
  ];
  for (const c of cases)
    it(`${c.kind}: asked, routed to ${c.body} with the pack’s deadline, answered by it alone, public`, async () => {
      const citizen = await signedInAs(app, ctx, { role: 'citizen' });
      const askPath = `/questions/ask?subject=${c.kind}&key=${encodeURIComponent(c.key)}&lang=en`;
      const form = await citizen.get(askPath);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain(`href="${c.page.replace('&', '&amp;')}"`);
      const asked = await citizen.submit('/questions/ask', {
        subject: c.kind,
        key: c.key,
        text: 'Why was so much spent on this?',
      });
      expect(asked.statusCode).toBe(303);
      const id = Number(/\/questions\/(\d+)\?done=asked$/.exec(String(asked.headers.location))?.[1]);
      await moderator.get(`/questions/${id}/moderate`);
      const published = await moderator.submit(`/questions/${id}/moderate`, {
        decision: 'publish',
        publicText: 'Why was so much spent on this?',
        reason: '',
      });
      expect(published.statusCode).toBe(303);
      const [clock] = await ctx.db.query<{ organizationId: number; receivedAt: Date; dueAt: Date }>(sql`
        select organization_id as "organizationId", received_at as "receivedAt", due_at as "dueAt"
        from requests where kind = 'questions.question' and subject_key = ${String(id)}`);
      expect(Number(clock?.organizationId)).toBe(await organizationId(ctx.db, c.body));
      const { answerDays, count } = ctx.country.questions;
      expect(clock?.dueAt).toEqual(
        deadlineAfter(clock!.receivedAt, { days: answerDays, count }, new WorkingCalendar(ctx.country)).due,
      );
      const stranger = await signedInAs(app, ctx, {
        role: 'organization-responder',
        organization: 'ministry-of-justice',
      });
      expect((await stranger.get(`/questions/${id}/answer`)).statusCode).toBe(403);
      const staff = await signedInAs(app, ctx, { role: 'organization-responder', organization: c.body });
      await staff.get(`/questions/${id}/answer`);
      const answered = await staff.submit(`/questions/${id}/answer`, {
        answer: `The spending (${c.kind}) followed the approved budget.`,
      });
      expect(answered.statusCode).toBe(303);
      const page = await app.inject({ url: `/questions/${id}?lang=en` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`The spending (${c.kind}) followed the approved budget.`);
      expect(page.body).toContain(`href="${c.page.replace('&', '&amp;')}"`);
      expect((await app.inject({ url: `/api/v1/questions/${id}` })).json()).toMatchObject({
        status: 'answered',
      });
    });
});
