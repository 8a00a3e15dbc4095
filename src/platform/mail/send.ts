import { createTransport } from 'nodemailer';
import { redactUrl } from '../config.ts';
import { maybeOne } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { type JobHandler, PermanentJobError } from '../jobs/types.ts';

interface OutboxRow {
  id: number;
  message_uuid: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  locale: string;
  status: 'queued' | 'sent' | 'failed';
}

/** Bounded waits, well inside the job lease, so a stuck server fails the run instead of hanging it. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * A rejection of this message that sending it again would meet again: a 5xx reply to the
 * envelope or the content (RFC 5321), except 503, a session out of step. A 5xx at sign-in is
 * the operator's to fix (SMTP_URL), so that mail waits and retries rather than being dropped.
 */
export function isPermanentRejection(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  return (
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600 &&
    responseCode !== 503 &&
    (code === 'EENVELOPE' || code === 'EMESSAGE')
  );
}

/** The Message-ID domain: that of the sender, so the id is unique to this installation's mail. */
function senderDomain(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}

function readPayload(payload: unknown): number {
  const outboxId = (payload as { outboxId?: unknown } | null)?.outboxId;
  if (!Number.isSafeInteger(outboxId))
    throw new PermanentJobError(`mail.send payload has no outboxId: ${JSON.stringify(payload)}`);
  return outboxId as number;
}

/**
 * Delivers one outbox message through SMTP_URL. Idempotent at the outbox: a message already sent
 * or failed is left alone. At least once: if the process dies after the server accepted the
 * message and before `sent` is written, it is sent again, with the same Message-ID.
 */
export const sendQueuedMail: JobHandler = async (ctx, payload, job) => {
  const id = readPayload(payload);
  const mail = await maybeOne<OutboxRow>(ctx.db, sql`select * from mail_outbox where id = ${id}`);
  if (!mail) throw new PermanentJobError(`mail ${id} is not in the outbox`);
  if (mail.status !== 'queued') return;
  const { smtpUrl, mailFrom } = ctx.config;
  if (!smtpUrl) throw new Error('SMTP_URL is not set: mail stays queued until it is');
  const transport = createTransport({ url: smtpUrl, ...TIMEOUTS });
  try {
    const sent = await transport.sendMail({
      from: mailFrom,
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text_body,
      ...(mail.html_body === null ? {} : { html: mail.html_body }),
      messageId: `<${mail.message_uuid}@${senderDomain(mailFrom)}>`,
      headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
    });
    await ctx.db.query(sql`update mail_outbox set status = 'sent', sent_at = ${job.now},
      smtp_response = ${sent.response ?? null}, last_error = null
      where id = ${id} and status = 'queued'`);
  } catch (error) {
    const permanent = isPermanentRejection(error);
    const message = `${(error as Error).message ?? error} (via ${redactUrl(smtpUrl)})`;
    const last = permanent || job.attempts >= job.maxAttempts;
    await ctx.db.query(sql`update mail_outbox set last_error = ${message},
      status = ${last ? 'failed' : 'queued'} where id = ${id} and status = 'queued'`);
    if (permanent) throw new PermanentJobError(message, { cause: error });
    throw error;
  } finally {
    transport.close();
  }
};
