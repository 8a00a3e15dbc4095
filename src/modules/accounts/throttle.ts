import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { problem, tooManyAttempts } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** At most `limit` attempts in each fixed window of `seconds`. */
export interface Window {
  limit: number;
  seconds: number;
}

/**
 * How many guesses at one account's secret (its password, its second factor) are allowed. A
 * budget per account and address keeps one address from guessing fast; the addresses the account
 * never proved itself from share one more budget, so a thousand addresses guess no more than one.
 * The owner at an address they proved themselves from spends only that address's budget, so no
 * one elsewhere can lock them out.
 */
export interface GuessBudget {
  /** The buckets' prefix in `rate_limits`. */
  name: string;
  perAddress: readonly Window[];
  fromNewAddresses: readonly Window[];
  /** The account's own audit actions that make their address a known one. */
  provedBy: readonly string[];
}

export type Spent =
  | { allowed: true; known: boolean }
  | { allowed: false; known: boolean; retryAfterSeconds: number };

/**
 * Whether the account proved itself from this address before (its audit trail says so). Asked for
 * an unknown account too (as `user:0`, which never acts), so the time taken tells nothing.
 */
async function knownAddress(q: Queryable, userId: number | null, ip: string, actions: readonly string[]) {
  const rows = await q.query(sql`select 1 from audit_log
    where actor = ${`user:${userId ?? 0}`} and action = any(${[...actions]}::text[]) and ip = ${ip} limit 1`);
  return rows.length > 0;
}

/**
 * Counts one guess at `account` (an address typed at sign-in, or a user id) from `ip`, before it
 * is checked, so parallel guesses are counted too. A guess this address may not make does not
 * touch the shared budget, so one address cannot spend it for the others.
 */
export async function spendGuess(
  q: Queryable,
  budget: GuessBudget,
  account: string,
  userId: number | null,
  ip: string,
): Promise<Spent> {
  const known = await knownAddress(q, userId, ip, budget.provedBy);
  const windows = [
    ...budget.perAddress.map((w) => ({ ...w, bucket: `${budget.name}:${account}:ip:${ip}:${w.seconds}` })),
    ...(known
      ? []
      : budget.fromNewAddresses.map((w) => ({ ...w, bucket: `${budget.name}:${account}:new:${w.seconds}` }))),
  ];
  for (const w of windows) {
    const hit = await hitRateLimit(q, w.bucket, w.limit, w.seconds);
    if (!hit.allowed) return { allowed: false, known, retryAfterSeconds: hit.retryAfterSeconds };
  }
  return { allowed: true, known };
}

/** Forgets an account's spent guesses (a new password chosen through the mailbox). */
export async function forgetGuesses(q: Queryable, budget: GuessBudget, account: string): Promise<void> {
  await q.query(
    sql`delete from rate_limits where bucket like ${`${budget.name}:${account.replace(/[\\%_]/g, '\\$&')}:%`}`,
  );
}

/**
 * A command refused for too many attempts, said on `field`: the page answers 429 with
 * `Retry-After` (seconds).
 */
export const rateLimited = (field: string, seconds: number) =>
  tooManyAttempts(seconds, [problem(field, 'accounts.rateLimited', { seconds })]);
