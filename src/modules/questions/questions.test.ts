import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { deadlineAfter, WorkingCalendar } from '../../platform/deadlines/periods.ts';
import { questionsModule } from './module.ts';
import { testRecordsModule } from './test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, questionsModule, testRecordsModule] });
// Two public bodies of whichever country pack the suite runs on: A answers, B is another body.
const [first, second] = ctx.country.organizations as [
  (typeof ctx.country.organizations)[number],
  (typeof ctx.country.organizations)[number],
];
const askPath = (slug: string) => `/questions/ask?subject=test-records.body&key=${slug}&lang=en`;
const idFrom = (location: unknown) => Number(/\/questions\/(\d+)\?done=asked$/.exec(String(location))?.[1]);
const row = async (id: number) =>
  (
    await ctx.db.query<{ status: string; text: string; publicText: string }>(
      sql`select status, text, public_text as "publicText" from questions where id = ${id}`,
    )
  )[0]!;

// Personal data the asker writes into the question: their name (as their account gives it), a phone
// number, an e-mail address and a civil register number.
const personal = ['99112233', 'dorj@example.mn', 'УБ99112233'];
const questionText = (name: string) =>
  `Why was this contract awarded without a tender? I am ${name}, call me on 99112233 or write to dorj@example.mn (register УБ99112233).`;

describe('a public question, from asking to a public answer', async () => {
  const citizen = await signedInAs(app, ctx, { role: 'citizen' });
  const name = 'Батбаяр Дорж';
  await ctx.db.query(sql`update users set display_name = ${name} where id = ${citizen.userId}`);
  const moderator = await signedInAs(app, ctx, { role: 'moderator' });
  const staff = await signedInAs(app, ctx, { role: 'organization-responder', organization: first.slug });
  const otherStaff = await signedInAs(app, ctx, {
    role: 'organization-responder',
    organization: second.slug,
  });
  let id = 0;

  it('is asked by a signed-in citizen about a record a module declares, and redacted at once', async () => {
    const form = await citizen.get(askPath(first.slug));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`href="/organizations/${first.slug}"`);
    const res = await citizen.submit('/questions/ask', {
      subject: 'test-records.body',
      key: first.slug,
      text: questionText(name),
    });
    expect(res.statusCode).toBe(303);
    id = idFrom(res.headers.location);
    const stored = await row(id);
    expect(stored.status).toBe('submitted');
    expect(stored.text).toContain('99112233');
    for (const piece of [...personal, name.split(' ').at(-1)!])
      expect(stored.publicText).not.toContain(piece);
    expect(stored.publicText).toContain('awarded without a tender');
  });

  it('refuses a record nobody declares and an empty question, naming the field, storing nothing', async () => {
    const before = await ctx.db.query(sql`select id from questions`);
    await citizen.get(askPath(first.slug));
    const unknown = await citizen.submit('/questions/ask', {
      subject: 'nothing.here',
      key: 'x',
      text: 'Why?',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('href="#subject"');
    const empty = await citizen.submit('/questions/ask', {
      subject: 'test-records.body',
      key: first.slug,
      text: '   ',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Enter your question');
    expect(await ctx.db.query(sql`select id from questions`)).toEqual(before);
  });

  it('is seen before moderation only by its asker: no page, API or list shows it to anyone else', async () => {
    expect((await citizen.get(`/questions/${id}?lang=en`)).body).toContain(
      'A moderator is reviewing your question',
    );
    expect((await app.inject({ url: `/questions/${id}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/questions/${id}` })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/questions' })).json().total).toBe(0);
    const other = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await other.get(`/questions/${id}`)).statusCode).toBe(404);
  });

  it('is published by a moderator only once no personal data is left, and routed with the pack’s deadline', async () => {
    const queue = await moderator.get('/questions/moderation?lang=en');
    expect(queue.body).toContain(`href="/questions/${id}/moderate"`);
    const form = await moderator.get(`/questions/${id}/moderate?lang=en`);
    expect(form.statusCode).toBe(200);
    const leaky = await moderator.submit(`/questions/${id}/moderate`, {
      decision: 'publish',
      publicText: 'Why no tender? Write to dorj@example.mn',
      reason: '',
    });
    expect(leaky.statusCode).toBe(422);
    expect(leaky.body).toContain('still holds personal data');
    await moderator.get(`/questions/${id}/moderate`);
    expect((await row(id)).status).toBe('submitted');
    const res = await moderator.submit(`/questions/${id}/moderate`, {
      decision: 'publish',
      publicText: 'Why was this contract awarded without a tender?',
      reason: '',
    });
    expect(res.statusCode).toBe(303);
    const [clock] = await ctx.db.query<{ organizationId: number; receivedAt: Date; dueAt: Date }>(sql`
      select organization_id as "organizationId", received_at as "receivedAt", due_at as "dueAt"
      from requests where kind = 'questions.question' and subject_key = ${String(id)}`);
    const { answerDays, count } = ctx.country.questions;
    expect(clock?.dueAt).toEqual(
      deadlineAfter(clock!.receivedAt, { days: answerDays, count }, new WorkingCalendar(ctx.country)).due,
    );
    const [job] = await ctx.db.query<{ runAt: Date }>(sql`select run_at as "runAt" from jobs
      where kind = 'requests.escalate' and (payload->>'requestId')::bigint = (
        select id from requests where kind = 'questions.question' and subject_key = ${String(id)})`);
    expect(job?.runAt).toEqual(clock?.dueAt);
    // The organisation's responsible staff are told, in the platform's words.
    const mail = await ctx.db.query<{ text: string }>(sql`select text_body as text from mail_outbox
      where to_address = (select email from users where id = ${staff.userId})`);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(`/questions/${id}/answer`);
    expect(mail[0]!.text).not.toContain('tender');
  });

  it('is answered only by the organisation’s own staff, extended once with a reason, and public', async () => {
    expect((await otherStaff.get(`/questions/${id}/answer`)).statusCode).toBe(403);
    await otherStaff.get(askPath(second.slug));
    const foreign = await otherStaff.submit(`/questions/${id}/answer`, { answer: 'Not ours.' });
    expect(foreign.statusCode).toBe(403);
    expect((await row(id)).status).toBe('published');
    const page = await staff.get(`/questions/${id}/answer?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`action="/questions/${id}/extend"`);
    const extended = await staff.submit(`/questions/${id}/extend`, {
      days: '3',
      reason: 'The contract file is in the archive.',
    });
    expect(extended.statusCode).toBe(303);
    expect((await staff.get(`/questions/${id}/answer?lang=en`)).body).not.toContain('/extend"');
    await staff.get(askPath(first.slug));
    const again = await staff.submit(`/questions/${id}/extend`, { days: '2', reason: 'Still looking.' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('extended only once');
    await staff.get(`/questions/${id}/answer`);
    const answered = await staff.submit(`/questions/${id}/answer`, {
      answer: 'The contract was a direct purchase under the law’s emergency clause.',
    });
    expect(answered.statusCode).toBe(303);
    const published = await app.inject({ url: `/questions/${id}?lang=en` });
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('emergency clause');
    expect(published.body).toContain('The contract file is in the archive.');
    const api = (await app.inject({ url: `/api/v1/questions/${id}` })).json();
    expect(api).toMatchObject({ status: 'answered', answeredOnTime: true, extension: { days: 3 } });
  });

  it('never shows who asked, or what they wrote unredacted, on a public page, the API or the dataset', async () => {
    const texts = [
      (await app.inject({ url: `/questions/${id}?lang=en` })).body,
      (await app.inject({ url: `/questions?lang=en&organization=${first.slug}&status=answered` })).body,
      (await app.inject({ url: '/api/v1/questions' })).body,
      (await app.inject({ url: '/questions.csv' })).body,
      (await app.inject({ url: '/questions.json' })).body,
    ];
    for (const [i, text] of texts.entries()) {
      expect(text, `text ${i}`).toContain('awarded without a tender');
      for (const piece of [...personal, name]) expect(text).not.toContain(piece);
    }
    const [email] = await ctx.db.query<{ email: string }>(
      sql`select email from users where id = ${citizen.userId}`,
    );
    for (const text of texts) expect(text).not.toContain(email!.email);
  });

  it('counts in the league table of who answers on time', async () => {
    const res = await app.inject({ url: '/requests/league?lang=en&kind=questions.question' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<caption>Share of requests each body answered on time</caption>');
    expect(res.body).toMatch(
      new RegExp(`href="/organizations/${first.slug}">[^<]+</a></td><td class="numeric">100%`),
    );
  });
});

describe('a rejected question', async () => {
  const asker = await signedInAs(app, ctx, { role: 'citizen' });
  const moderator = await signedInAs(app, ctx, { role: 'moderator' });

  it('needs a reason, which its asker alone sees; it is never routed or listed', async () => {
    await asker.get(askPath(second.slug));
    const asked = await asker.submit('/questions/ask', {
      subject: 'test-records.body',
      key: second.slug,
      text: 'Is the minister a thief?',
    });
    const id = idFrom(asked.headers.location);
    await moderator.get(`/questions/${id}/moderate`);
    const silent = await moderator.submit(`/questions/${id}/moderate`, {
      decision: 'reject',
      publicText: 'Is the minister a thief?',
      reason: '',
    });
    expect(silent.statusCode).toBe(422);
    expect(silent.body).toContain('href="#reason"');
    await moderator.get(`/questions/${id}/moderate`);
    const rejected = await moderator.submit(`/questions/${id}/moderate`, {
      decision: 'reject',
      publicText: 'Is the minister a thief?',
      reason: 'An accusation, not a question about the record.',
    });
    expect(rejected.statusCode).toBe(303);
    // The asker is told by mail, with the link and not the reason's text or their own.
    const [mail] = await ctx.db.query<{ subject: string; text: string }>(sql`select subject, text_body as text
      from mail_outbox where to_address = (select email from users where id = ${asker.userId})`);
    expect(mail?.subject).toBe(`Your question ${id}: not published`);
    expect(mail?.text).toContain(`/questions/${id}`);
    expect(mail?.text).not.toContain('thief');
    const own = await asker.get(`/questions/${id}?lang=en`);
    expect(own.body).toContain('Why your question was not published');
    expect(own.body).toContain('An accusation, not a question about the record.');
    const mine = await asker.get('/questions/mine?lang=en');
    expect(mine.body).toContain(`href="/questions/${id}"`);
    expect(mine.body).toContain('Not published');
    expect((await app.inject({ url: `/questions/${id}` })).statusCode).toBe(404);
    const stranger = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await stranger.get(`/questions/${id}`)).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/questions/${id}` })).statusCode).toBe(404);
    expect(
      await ctx.db.query(
        sql`select 1 from requests where kind = 'questions.question' and subject_key = ${String(id)}`,
      ),
    ).toEqual([]);
  });
});
