import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

/** A message as the test server received it. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), as the server was asked to deliver. */
  to: string[];
  /** The From header's address. */
  from: string | undefined;
  subject: string;
  text: string;
  /** The HTML part, if the message had one. */
  html: string | undefined;
  messageId: string | undefined;
  /** Header values by lower-case name, e.g. `content-language`. */
  headers: ReadonlyMap<string, unknown>;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `config.smtpUrl`. */
  readonly url: string;
  /** Every accepted message, in arrival order. */
  readonly received: readonly ReceivedMail[];
  /** Messages refused because of `rejectNext`. */
  readonly rejected: number;
  /**
   * The first message, received before or after the call, for which `predicate` holds; rejects
   * after `timeoutMs` (default 5000) naming what did arrive.
   */
  waitForMail(predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Refuses the next `count` messages at the end of DATA: 451 (try later) or 550 (refused). */
  rejectNext(count: number, code: 451 | 550): void;
  stop(): Promise<void>;
}

interface Waiter {
  predicate: (mail: ReceivedMail) => boolean;
  resolve: (mail: ReceivedMail) => void;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 and a random port; messages parsed by mailparser. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();
  let rejections: { count: number; code: number } = { count: 0, code: 0 };
  let rejected = 0;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (rejections.count > 0) {
            rejections = { ...rejections, count: rejections.count - 1 };
            rejected++;
            const error: SMTPServerError = new Error(
              rejections.code === 451 ? 'Try again later (test)' : 'Mailbox unavailable (test)',
            );
            error.responseCode = rejections.code;
            callback(error);
            return;
          }
          const html = parsed.html;
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.value[0]?.address,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof html === 'string' ? html : undefined,
            messageId: parsed.messageId,
            headers: parsed.headers,
          };
          received.push(mail);
          callback();
          for (const waiter of waiters) {
            if (waiter.predicate(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get rejected() {
      return rejected;
    },
    waitForMail(predicate = () => true, timeoutMs = 5000) {
      const found = received.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const subjects = received.map((m) => `"${m.subject}"`).join(', ') || 'nothing';
          reject(new Error(`no matching mail within ${timeoutMs} ms; received: ${subjects}`));
        }, timeoutMs);
        const waiter: Waiter = {
          predicate,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        waiters.add(waiter);
      });
    },
    rejectNext(count, code) {
      rejections = { count, code };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
