import { recordAudit } from '../../platform/audit/audit.ts';
import { isOfficialRole } from '../../platform/auth/actor.ts';
import {
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/auth/passwords.ts';
import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { activeGrants, findUserByEmail, normaliseEmail, type User } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, problem, type Result } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type GuessBudget, type RateLimited, spendGuess } from './throttle.ts';
import { checkEmail } from './validation.ts';

const SIGN_INS_PER_IP_PER_MINUTE = 20;

/**
 * Guesses at one account's password. Per account and address: 10 in 15 minutes. Addresses the
 * account never signed in from (nor chose a new password from) share 20 an hour and 100 a day, so
 * many addresses guess no faster than one; the owner at an address they signed in from before
 * spends only that address's budget, so knowing their email is no longer enough to lock them out.
 * Keyed by the address typed, so an unknown one is throttled alike and the limit tells nobody
 * which addresses have accounts.
 */
export const PASSWORD_GUESSES: GuessBudget = {
  name: 'sign-in',
  perAddress: [{ limit: 10, seconds: 900 }],
  fromNewAddresses: [
    { limit: 20, seconds: 3600 },
    { limit: 100, seconds: 86_400 },
  ],
  provedBy: ['accounts.sign-in', 'accounts.reset-password'],
};

/** The account part of the password's buckets: the address typed, in one form. */
export const passwordAccountKey = (email: string) => `account:${normaliseEmail(email)}`;

/** A session, and where the person goes next: done, or on to their second factor (or to set one up). */
export interface SignedIn {
  sessionToken: string;
  next: 'done' | 'second-factor' | 'set-up-second-factor';
}

/** Signed in, or field problems; or refused (the same answer for every wrong credential), or rate-limited. */
export type SignInResult =
  | Result<SignedIn>
  | { ok: false; refused: 'credentials' | 'unconfirmed' }
  | RateLimited;

/** Whether the user holds a role that needs a second factor. */
export async function needsSecondFactor(ctx: ModuleContext, userId: number): Promise<boolean> {
  return (await activeGrants(ctx.db, userId)).some((g) => isOfficialRole(g.role));
}

async function recordFailure(
  ctx: ModuleContext,
  user: User,
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
  knownAddress: boolean,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, {
      actor: { label: 'anonymous', userId: null },
      action: 'accounts.sign-in-failed',
      subject: { type: 'user', id: user.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { knownAddress },
    });
  });
}

/**
 * Password sign-in. Unknown address, wrong password and locked account all give the same
 * answer after the same work, so neither messages nor timing tell which addresses have accounts.
 */
export async function signIn(
  ctx: ModuleContext,
  input: { email?: string; password?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<SignInResult> {
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  const password = input.password ?? '';
  if (!password) problems.push(problem('password', 'accounts.error.passwordMissing'));
  if (problems.length > 0) return { ok: false, problems };
  const limit = await hitRateLimit(ctx.db, `sign-in:ip:${meta.ip}`, SIGN_INS_PER_IP_PER_MINUTE, 60);
  if (!limit.allowed) return { ok: false, rateLimited: limit.retryAfterSeconds };

  const user = await findUserByEmail(ctx.db, email);
  const spent = await spendGuess(
    ctx.db,
    PASSWORD_GUESSES,
    passwordAccountKey(email),
    user?.id ?? null,
    meta.ip,
  );
  if (!spent.allowed) return { ok: false, rateLimited: spent.retryAfterSeconds };
  if (!user?.passwordHash || user.disabledAt) {
    await verifyAgainstDummy(password, ctx.config.passwordCost);
    return { ok: false, refused: 'credentials' };
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordFailure(ctx, user, meta, spent.known);
    return { ok: false, refused: 'credentials' };
  }
  if (!user.emailVerifiedAt) return { ok: false, refused: 'unconfirmed' };

  const official = await needsSecondFactor(ctx, user.id);
  const rehash = needsRehash(user.passwordHash, ctx.config.passwordCost)
    ? await hashPassword(password, ctx.config.passwordCost)
    : null;
  const sessionToken = await ctx.db.transaction(async (tx) => {
    if (rehash) await tx.query(sql`update users set password_hash = ${rehash} where id = ${user.id}`);
    await recordAudit(tx, {
      actor: { label: `user:${user.id}`, userId: user.id },
      action: 'accounts.sign-in',
      subject: { type: 'user', id: user.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { method: 'password' },
    });
    return createSession(
      tx,
      user.id,
      { idleMinutes: ctx.config.sessionIdleMinutes, absoluteHours: ctx.config.sessionAbsoluteHours },
      { ip: meta.ip, userAgent: meta.userAgent, secondFactor: false },
    );
  });
  const next = !official ? 'done' : user.totpEnabledAt ? 'second-factor' : 'set-up-second-factor';
  return ok({ sessionToken, next });
}
