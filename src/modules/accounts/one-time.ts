import { randomToken, tokenHash } from '../../platform/auth/tokens.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

export type OneTimePurpose = 'confirm-email' | 'reset-password' | 'invitation';

/** Issues a single-use link token; earlier unused tokens of the same purpose for the user lapse. */
export async function issueOneTimeToken(
  q: Queryable,
  input: {
    purpose: OneTimePurpose;
    userId: number | null;
    email?: string;
    data?: Record<string, unknown>;
    validHours: number;
  },
): Promise<string> {
  if (input.userId !== null) {
    await q.query(sql`update one_time_tokens set used_at = now()
      where user_id = ${input.userId} and purpose = ${input.purpose} and used_at is null`);
  }
  const token = randomToken();
  await q.query(sql`insert into one_time_tokens (token_hash, purpose, user_id, email, data, expires_at)
    values (${tokenHash(token)}, ${input.purpose}, ${input.userId}, ${input.email ?? null}, ${JSON.stringify(input.data ?? {})},
      ${new Date(Date.now() + input.validHours * 3600_000)})`);
  return token;
}

export interface OneTimeToken {
  userId: number | null;
  email: string | null;
  data: Record<string, unknown>;
}

/** Takes a token once: valid, unused, not expired, of this purpose; marks it used in the same statement. */
export async function consumeOneTimeToken(
  q: Queryable,
  purpose: OneTimePurpose,
  token: string,
): Promise<OneTimeToken | undefined> {
  const [row] = await q.query<OneTimeToken>(sql`update one_time_tokens set used_at = now()
    where token_hash = ${tokenHash(token)} and purpose = ${purpose} and used_at is null and expires_at > now()
    returning user_id as "userId", email, data`);
  return row;
}

/** Whether a token is still good, without using it (to show the form it unlocks). */
export async function peekOneTimeToken(
  q: Queryable,
  purpose: OneTimePurpose,
  token: string,
): Promise<boolean> {
  const rows = await q.query(sql`select 1 from one_time_tokens
    where token_hash = ${tokenHash(token)} and purpose = ${purpose} and used_at is null and expires_at > now()`);
  return rows.length > 0;
}
