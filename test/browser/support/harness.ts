import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../../src/platform/db/database.ts';
import { sql } from '../../../src/platform/db/sql.ts';
import type { TestSmtpServer } from '../../support/smtp.ts';

/**
 * A door on 127.0.0.1 from the browser tests (which run in another process) to what the global
 * setup holds: the mail the server sent to the test SMTP server, and the server's database (the
 * embedded one is locked to the server's process). Test support only, never part of the product;
 * the tests call it through `harness-client.ts`.
 *
 * - `GET /mail?to=<address>&subject=<text>` waits for the first message to that address whose
 *   subject contains the text, and answers it as JSON (504 when none comes in time).
 * - `POST /role-grants` with `{ "email": …, "role": … }` grants a national role, as an
 *   administrator would (404 when no account has the address).
 */
export async function startHarness(
  smtp: TestSmtpServer,
  db: Database,
): Promise<{ url: string; stop(): Promise<void> }> {
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://harness');
    if (req.method === 'GET' && url.pathname === '/mail') {
      const to = url.searchParams.get('to')?.toLowerCase() ?? '';
      const subject = url.searchParams.get('subject') ?? '';
      try {
        const mail = await smtp.waitForMail(
          (m) => m.to.some((a) => a.toLowerCase() === to) && m.subject.includes(subject),
          20_000,
        );
        return send(res, 200, { to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error) {
        return send(res, 504, { error: `mail to ${to} (${subject}): ${(error as Error).message}` });
      }
    }
    if (req.method === 'POST' && url.pathname === '/role-grants') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const { email, role } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        email: string;
        role: string;
      };
      const rows = await db.query(sql`insert into role_grants (user_id, role)
        select id, ${role} from users where email = ${email.toLowerCase()} returning id`);
      return send(res, rows.length === 1 ? 201 : 404, { granted: rows.length === 1 });
    }
    return send(res, 404, { error: `no ${req.method} ${url.pathname} here` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
