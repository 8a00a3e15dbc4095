import { isOfficialRole } from '../../platform/auth/actor.ts';
import {
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/auth/passwords.ts';
import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { activeGrants, findUserByEmail, normaliseEmail, type User } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type GuessBudget, rateLimited, spendGuess } from './throttle.ts';
import { auditAccount, startSession } from './trail.ts';
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

/** Whether the user holds a role that needs a second factor. */
export async function needsSecondFactor(ctx: ModuleContext, userId: number): Promise<boolean> {
  return (await activeGrants(ctx.db, userId)).some((g) => isOfficialRole(g.role));
}

/** Where a person who just signed in goes: done, or on to their second factor (or to set one up). */
export async function signedIn(ctx: ModuleContext, user: User, sessionToken: string): Promise<SignedIn> {
  const official = await needsSecondFactor(ctx, user.id);
  return {
    sessionToken,
    next: !official ? 'done' : user.totpEnabledAt ? 'second-factor' : 'set-up-second-factor',
  };
}

/**
 * Password sign-in. Unknown address, wrong password and locked account all give the same
 * answer after the same work, so neither messages nor timing tell which addresses have accounts;
 * so does a guess over the budget, with the seconds to wait (`tooManyAttempts`).
 */
export async function signIn(
  ctx: ModuleContext,
  input: { email?: string; password?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<Result<SignedIn>> {
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  const password = input.password ?? '';
  if (!password) problems.push(problem('password', 'accounts.error.passwordMissing'));
  if (problems.length > 0) return { ok: false, problems };
  const limit = await hitRateLimit(ctx.db, `sign-in:ip:${meta.ip}`, SIGN_INS_PER_IP_PER_MINUTE, 60);
  if (!limit.allowed) return rateLimited('email', limit.retryAfterSeconds);

  const user = await findUserByEmail(ctx.db, email);
  const spent = await spendGuess(
    ctx.db,
    PASSWORD_GUESSES,
    passwordAccountKey(email),
    user?.id ?? null,
    meta.ip,
  );
  if (!spent.allowed) return rateLimited('email', spent.retryAfterSeconds);
  const refused = refuse('email', 'accounts.signIn.refused');
  if (!user?.passwordHash || user.disabledAt) {
    await verifyAgainstDummy(password, ctx.config.passwordCost);
    return refused;
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await ctx.db.transaction((tx) =>
      auditAccount(tx, user.id, 'accounts.sign-in-failed', meta, {
        by: 'anonymous',
        details: { knownAddress: spent.known },
      }),
    );
    return refused;
  }
  if (!user.emailVerifiedAt) return refuse('email', 'accounts.signIn.unconfirmed');

  const rehash = needsRehash(user.passwordHash, ctx.config.passwordCost)
    ? await hashPassword(password, ctx.config.passwordCost)
    : null;
  const sessionToken = await ctx.db.transaction(async (tx) => {
    if (rehash) await tx.query(sql`update users set password_hash = ${rehash} where id = ${user.id}`);
    await auditAccount(tx, user.id, 'accounts.sign-in', meta, { details: { method: 'password' } });
    return startSession(ctx, tx, user.id, meta);
  });
  return ok(await signedIn(ctx, user, sessionToken));
}
