import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isLocale, type Locale } from '../i18n/index.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { type Clock, systemClock } from '../jobs/types.ts';

/** The job kind that delivers one outbox message. */
export const MAIL_SEND = 'mail.send';

/** Runs of a message through temporary failures (4xx, server down): with the job backoff, about a day. */
const MAIL_MAX_ATTEMPTS = 30;

export interface NewMail {
  /** One recipient, a bare address: `name@example.mn`. */
  to: string;
  subject: string;
  /** Plain text, the part every client shows; see `layoutMailText` for greeting and footer. */
  text: string;
  /** An optional HTML alternative of the same content. */
  html?: string;
  /** The language the message is written in (Content-Language). */
  locale: Locale;
}

/** A message that cannot be sent as given: a programming error in the caller, named precisely. */
export class InvalidMailError extends Error {
  override name = 'InvalidMailError';
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

function check(mail: NewMail): void {
  if (!ADDRESS.test(mail.to)) throw new InvalidMailError(`not a mail address: "${mail.to}"`);
  if (mail.subject.trim() === '') throw new InvalidMailError(`mail to ${mail.to} has an empty subject`);
  if (/[\r\n]/.test(mail.subject))
    throw new InvalidMailError(`mail subject has a line break: "${mail.subject.slice(0, 80)}"`);
  if (mail.text.trim() === '') throw new InvalidMailError(`mail "${mail.subject}" has an empty text`);
  if (!isLocale(mail.locale))
    throw new InvalidMailError(`mail locale must be mn or en, not "${mail.locale}"`);
}

/**
 * Puts a message in the outbox with the job that sends it. Pass the caller's transaction: the
 * mail exists only if the change that promised it commits, and is then sent at least once.
 */
export async function queueMail(
  q: Queryable,
  mail: NewMail,
  clock: Clock = systemClock,
): Promise<{ id: number; jobId: number }> {
  check(mail);
  const [row] = await q.query<{ id: number }>(sql`
    insert into mail_outbox (message_uuid, to_address, subject, text_body, html_body, locale, created_at)
    values (${randomUUID()}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html ?? null}, ${mail.locale}, ${clock()})
    returning id`);
  const id = row!.id;
  // Without a dedupe key a job is always queued.
  const jobId = (await enqueueJob(
    q,
    { kind: MAIL_SEND, payload: { outboxId: id }, maxAttempts: MAIL_MAX_ATTEMPTS },
    clock,
  )) as number;
  await q.query(sql`update mail_outbox set job_id = ${jobId} where id = ${id}`);
  return { id, jobId };
}
