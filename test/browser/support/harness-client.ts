import { inject } from 'vitest';

/** What the browser tests ask of the global setup (see `harness.ts`). */

export interface MailedMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the server to mail `to` a message whose subject contains `subject`, through real SMTP. */
export async function waitForMail(to: string, subject = ''): Promise<MailedMessage> {
  const query = new URLSearchParams({ to, subject });
  const res = await fetch(`${inject('harnessUrl')}/mail?${query}`);
  const body = (await res.json()) as MailedMessage & { error?: string };
  if (!res.ok) throw new Error(body.error);
  return body;
}

/** The first link in a message that starts with `prefix` (e.g. the server's origin). */
export function linkIn(mail: MailedMessage, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link to ${prefix} in "${mail.subject}":\n${mail.text}`);
  return link;
}

/** Grants a national role to the account with this address, directly in the server's database. */
export async function grantRole(email: string, role: string): Promise<void> {
  const res = await fetch(`${inject('harnessUrl')}/role-grants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, role }),
  });
  if (res.status !== 201) throw new Error(`could not grant ${role} to ${email}: HTTP ${res.status}`);
}
