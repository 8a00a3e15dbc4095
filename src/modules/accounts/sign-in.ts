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
import { activeGrants, findUserByEmail, type User } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { RequestMeta } from './sign-up.ts';
import { checkEmail, type Problems } from './validation.ts';

/** Failures before the account locks, and how long the first lock lasts (it doubles after). */
const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;
const SIGN_INS_PER_IP_PER_MINUTE = 20;

export type SignInResult =
  | { ok: true; sessionToken: string; next: 'done' | 'second-factor' | 'set-up-second-factor' }
  | { ok: false; problems: Problems }
  | { ok: false; refused: 'credentials' | 'unconfirmed' }
  | { ok: false; rateLimited: number };

/** Seconds the account stays locked after `failures` failed attempts in a row. */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Whether the user holds a role that needs a second factor. */
export async function needsSecondFactor(ctx: ModuleContext, userId: number): Promise<boolean> {
  return (await activeGrants(ctx.db, userId)).some((g) => isOfficialRole(g.role));
}

async function recordFailure(ctx: ModuleContext, user: User, meta: RequestMeta): Promise<void> {
  const failures = user.failedSignIns + 1;
  const seconds = lockSeconds(failures);
  await ctx.db.transaction(async (tx) => {
    await tx.query(sql`update users set failed_sign_ins = ${failures},
      locked_until = ${seconds > 0 ? new Date(Date.now() + seconds * 1000) : null} where id = ${user.id}`);
    await recordAudit(tx, {
      actor: { label: 'anonymous', userId: null },
      action: 'accounts.sign-in-failed',
      subject: { type: 'user', id: user.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { failures, lockedSeconds: seconds },
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
  meta: RequestMeta & { userAgent?: string },
): Promise<SignInResult> {
  const problems: Problems = [];
  const email = checkEmail(problems, 'email', input.email);
  const password = input.password ?? '';
  if (!password) problems.push({ field: 'password', message: 'accounts.error.passwordMissing' });
  if (problems.length > 0) return { ok: false, problems };
  const limit = await hitRateLimit(ctx.db, `sign-in:ip:${meta.ip}`, SIGN_INS_PER_IP_PER_MINUTE, 60);
  if (!limit.allowed) return { ok: false, rateLimited: limit.retryAfterSeconds };

  const user = await findUserByEmail(ctx.db, email);
  if (!user?.passwordHash || user.disabledAt) {
    await verifyAgainstDummy(password, ctx.config.passwordCost);
    return { ok: false, refused: 'credentials' };
  }
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
  const valid = await verifyPassword(password, user.passwordHash);
  if (locked || !valid) {
    if (!locked) await recordFailure(ctx, user, meta);
    return { ok: false, refused: 'credentials' };
  }
  if (!user.emailVerifiedAt) return { ok: false, refused: 'unconfirmed' };

  const official = await needsSecondFactor(ctx, user.id);
  const rehash = needsRehash(user.passwordHash, ctx.config.passwordCost)
    ? await hashPassword(password, ctx.config.passwordCost)
    : null;
  const sessionToken = await ctx.db.transaction(async (tx) => {
    await tx.query(sql`update users set failed_sign_ins = 0, locked_until = null,
      password_hash = coalesce(${rehash}, password_hash) where id = ${user.id}`);
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
  return { ok: true, sessionToken, next };
}
