import net from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, engine } from '../../../test/helpers.ts';
import { startTestSmtpServer } from '../../../test/support/smtp.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { sql } from '../db/sql.ts';
import { platformJobHandlers } from '../jobs/platform-workers.ts';
import { exponentialBackoff, runDueJobs } from '../jobs/worker.ts';
import type { ModuleContext } from '../module.ts';
import { layoutMailText } from './layout.ts';
import { type NewMail, queueMail } from './outbox.ts';
import { isPermanentRejection } from './send.ts';

const smtp = await startTestSmtpServer();
afterAll(() => smtp.stop());
const base = await createTestContext([]);
const ctx: ModuleContext = {
  ...base,
  config: { ...base.config, smtpUrl: smtp.url, mailFrom: 'Shilen <no-reply@shilen.test>' },
};
let now = new Date('2025-03-01T00:00:00Z');
const clock = () => now;
const runMailJobs = (context = ctx) =>
  runDueJobs({ ctx: context, handlers: platformJobHandlers(context), clock });

let serial = 0;
/** A message with a subject of its own, so each test finds its mail among all received. */
const mail = (overrides: Partial<NewMail> = {}): NewMail => ({
  to: 'citizen@example.mn',
  subject: `Your request ${++serial}`,
  text: 'Your request was received.',
  locale: 'en',
  ...overrides,
});

interface OutboxRow {
  status: string;
  last_error: string | null;
  smtp_response: string | null;
  sent_at: Date | null;
  message_uuid: string;
}
const outbox = async (id: number) =>
  (await ctx.db.query<OutboxRow>(sql`select * from mail_outbox where id = ${id}`))[0]!;
const received = (subject: string) => smtp.received.filter((m) => m.subject === subject);

beforeEach(() => {
  now = new Date(now.getTime() + 24 * 60 * 60_000);
});

describe(`mail on ${engine}`, () => {
  it('delivers mail queued in a committed transaction when the due jobs run', async () => {
    const message = mail({ html: '<p>Your request was <b>received</b>.</p>' });
    const { id } = await ctx.db.transaction((tx) => queueMail(tx, message, clock));
    expect(await outbox(id)).toMatchObject({ status: 'queued', sent_at: null });

    expect(await runMailJobs()).toMatchObject({ done: 1 });
    const got = await smtp.waitForMail((m) => m.subject === message.subject);
    expect(got).toMatchObject({
      to: ['citizen@example.mn'],
      from: 'no-reply@shilen.test',
      html: message.html,
    });
    expect(got.text.trim()).toBe('Your request was received.');
    const row = await outbox(id);
    expect(row).toMatchObject({ status: 'sent', sent_at: now, last_error: null });
    expect(row.smtp_response).toMatch(/^250 /);
    expect(got.messageId).toBe(`<${row.message_uuid}@shilen.test>`);
    expect(got.headers.get('content-language')).toBe('en');
  });

  it('queues nothing when the transaction rolls back', async () => {
    const count = async () =>
      (
        await ctx.db.query(
          sql`select (select count(*) from mail_outbox) as mail, (select count(*) from jobs) as jobs`,
        )
      )[0];
    const before = await count();
    await expect(
      ctx.db.transaction(async (tx) => {
        await queueMail(tx, mail(), clock);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toEqual(before);
  });

  it('retries a 451 and then delivers, once', async () => {
    const message = mail();
    const { id, jobId } = await queueMail(ctx.db, message, clock);
    smtp.rejectNext(1, 451);
    expect(await runMailJobs()).toMatchObject({ retried: 1, done: 0 });
    const waiting = await outbox(id);
    expect(waiting.status).toBe('queued');
    expect(waiting.last_error).toContain('451');

    now = new Date(now.getTime() + exponentialBackoff(1));
    expect(await runMailJobs()).toMatchObject({ done: 1 });
    await smtp.waitForMail((m) => m.subject === message.subject);
    expect(received(message.subject)).toHaveLength(1);
    expect(await outbox(id)).toMatchObject({ status: 'sent', last_error: null });
    const [job] = await ctx.db.query(sql`select status, attempts from jobs where id = ${jobId}`);
    expect(job).toEqual({ status: 'done', attempts: 2 });
  });

  it('marks a 550 failed and does not retry it', async () => {
    const rejectedBefore = smtp.rejected;
    const { id, jobId } = await queueMail(ctx.db, mail(), clock);
    smtp.rejectNext(1, 550);
    expect(await runMailJobs()).toMatchObject({ failed: 1, retried: 0 });
    const row = await outbox(id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('550 Mailbox unavailable (test)');

    now = new Date(now.getTime() + 7 * 24 * 60 * 60_000);
    expect(await runMailJobs()).toMatchObject({ done: 0, retried: 0, failed: 0 });
    expect(smtp.rejected).toBe(rejectedBefore + 1);
    const [job] = await ctx.db.query<{ status: string; attempts: number; last_error: string }>(
      sql`select status, attempts, last_error from jobs where id = ${jobId}`,
    );
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(job?.last_error).toContain('PermanentJobError');
  });

  it('retries when the mail server refuses the connection', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const down: ModuleContext = {
      ...ctx,
      config: { ...ctx.config, smtpUrl: `smtp://127.0.0.1:${closedPort}` },
    };
    const { id } = await queueMail(ctx.db, mail(), clock);
    expect(await runMailJobs(down)).toMatchObject({ retried: 1 });
    const row = await outbox(id);
    expect(row.status).toBe('queued');
    expect(row.last_error).toContain('ECONNREFUSED');

    now = new Date(now.getTime() + exponentialBackoff(1));
    expect(await runMailJobs()).toMatchObject({ done: 1 });
    expect(await outbox(id)).toMatchObject({ status: 'sent' });
  });

  it('keeps mail queued, unsent, while SMTP_URL is not set', async () => {
    const { id } = await queueMail(ctx.db, mail(), clock);
    const unset: ModuleContext = { ...ctx, config: { ...ctx.config, smtpUrl: undefined } };
    expect(await runMailJobs(unset)).toMatchObject({ done: 0, retried: 0, failed: 0 });
    expect(await outbox(id)).toMatchObject({ status: 'queued', last_error: null });
    expect(await runMailJobs()).toMatchObject({ done: 1 });
  });

  it('delivers a Mongolian subject and body intact', async () => {
    const subject = 'Таны өргөдлийг хүлээн авлаа — №42 (Өвөрхангай, Үенч)';
    const body =
      'Сайн байна уу, Бат-Эрдэнэ.\n\nТаны «гомдол» бүртгэгдлээ: 14 хоногт хариу өгнө. Ү ү Ө ө Ё ё ₮';
    const html = '<p>Таны <strong>өргөдөл</strong> бүртгэгдлээ. ₮1 000 000</p>';
    await queueMail(ctx.db, mail({ to: 'бат@example.mn', subject, text: body, html, locale: 'mn' }), clock);
    await runMailJobs();
    const got = await smtp.waitForMail((m) => m.subject === subject);
    expect(got.text.trim()).toBe(body);
    expect(got.html).toBe(html);
    expect(got.to).toEqual(['бат@example.mn']);
    expect(got.headers.get('content-language')).toBe('mn');
  });

  it('refuses a message that cannot be sent as given, before anything is written', async () => {
    await expect(queueMail(ctx.db, mail({ to: 'not an address' }))).rejects.toThrow(
      'not a mail address: "not an address"',
    );
    await expect(queueMail(ctx.db, mail({ subject: 'two\r\nBcc: x@example.mn' }))).rejects.toThrow(
      'mail subject has a line break',
    );
    await expect(queueMail(ctx.db, mail({ text: ' ' }))).rejects.toThrow('has an empty text');
  });
});

describe('mail parts without a server', () => {
  it('lays out greeting and footer in both languages', () => {
    const siteUrl = 'https://shilen.gov.mn';
    expect(layoutMailText('mn', { body: 'Таны хүсэлт бүртгэгдлээ.', recipientName: 'Болд', siteUrl })).toBe(
      'Сайн байна уу, Болд.\n\nТаны хүсэлт бүртгэгдлээ.\n\n-- \n' +
        'Энэ захидлыг Шилэн систем (https://shilen.gov.mn) автоматаар илгээсэн тул хариу бичих шаардлагагүй.\n',
    );
    expect(layoutMailText('en', { body: 'Your request was received.', siteUrl })).toBe(
      'Hello,\n\nYour request was received.\n\n-- \n' +
        'This message was sent automatically by Shilen (https://shilen.gov.mn); there is no need to reply.\n',
    );
  });

  it('treats only a 5xx rejection of the message as permanent', () => {
    expect(isPermanentRejection({ code: 'EMESSAGE', responseCode: 550 })).toBe(true);
    expect(isPermanentRejection({ code: 'EENVELOPE', responseCode: 553 })).toBe(true);
    expect(isPermanentRejection({ code: 'EMESSAGE', responseCode: 451 })).toBe(false);
    expect(isPermanentRejection({ code: 'EENVELOPE', responseCode: 503 })).toBe(false);
    expect(isPermanentRejection({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isPermanentRejection({ code: 'ESOCKET' })).toBe(false);
  });

  it('reads SMTP_URL and MAIL_FROM, naming the variable when one is wrong', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Shilen <no-reply@localhost>' });
    const config = loadConfig({
      SMTP_URL: 'smtps://user:p%40ss@mail.example:465',
      MAIL_FROM: 'Шилэн <no-reply@shilen.mn>',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtps://user:p%40ss@mail.example:465',
      mailFrom: 'Шилэн <no-reply@shilen.mn>',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(
      /^SMTP_URL must start with smtp:\/\//,
    );
    expect(() => loadConfig({ SMTP_URL: 'mail.example:587' })).toThrow(/^SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/^MAIL_FROM must be an address/);
  });
});
