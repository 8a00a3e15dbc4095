import { Secret, TOTP } from 'otpauth';
import { rotateSession, type SessionRecord } from '../../platform/auth/sessions.ts';
import { findUserById } from '../../platform/auth/users.ts';
import {
  ok,
  problem,
  type Result,
  refuse,
  refusedAs,
  tooManyAttempts,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type GuessBudget, spendGuess } from './throttle.ts';
import { auditAccount, sessionExpiry } from './trail.ts';

const ISSUER = 'Shilen';

/**
 * Guesses at a second factor, for someone who has the password. A code window accepts the
 * previous, current and next codes: 3 of 10^6, so each guess wins with p = 3·10⁻⁶. Per account
 * and address: 10 codes in 5 minutes and 30 a day. Addresses the owner never proved a code from
 * share 30 a day between them: over 31 days 930 guesses, 930 × 3·10⁻⁶ ≈ 0.28 % (the old 10 per
 * 5 minutes for ever was 89,280 guesses a month, ≈ 23 %). An attacker who also sits at one of the
 * owner's own addresses adds at most as much again (≈ 0.56 % in all). The owner at a known
 * address spends only that address's budget, so guesses from elsewhere never lock them out.
 */
export const CODE_GUESSES: GuessBudget = {
  name: 'totp',
  perAddress: [
    { limit: 10, seconds: 300 },
    { limit: 30, seconds: 86_400 },
  ],
  fromNewAddresses: [{ limit: 30, seconds: 86_400 }],
  provedBy: ['accounts.second-factor', 'accounts.enable-totp'],
};

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret to show the user (as text and `otpauth://` URI); stored only once a code proves it. */
export function newTotpSecret(email: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totp(secret, email).toString() };
}

/** The time step a code matches (±1 step for clock drift), or null. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret, 'x').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 30_000) + delta;
}

/**
 * Checks a code for a user's enabled secret and burns its time step, so a code seen over a
 * shoulder cannot be used twice.
 */
async function acceptCode(
  q: Queryable,
  userId: number,
  secret: string,
  lastStep: number | null,
  code: string,
): Promise<boolean> {
  const step = matchingStep(secret, code);
  if (step === null || (lastStep !== null && step <= lastStep)) return false;
  const rows = await q.query(sql`update users set totp_last_step = ${step}
    where id = ${userId} and (totp_last_step is null or totp_last_step < ${step}) returning id`);
  return rows.length === 1;
}

/**
 * A proved second factor: recorded in the audit trail, and the session replaced by one with a new
 * id that carries the factor (an id known before the upgrade is worth nothing after it).
 */
async function upgradeSession(
  ctx: ModuleContext,
  tx: Queryable,
  session: SessionRecord,
  action: 'accounts.second-factor' | 'accounts.enable-totp',
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<string> {
  await auditAccount(tx, session.userId, action, meta);
  return rotateSession(tx, session, sessionExpiry(ctx), {
    ip: meta.ip,
    userAgent: meta.userAgent,
    secondFactor: true,
  });
}

/** A wrong code, said on the code field. */
const wrongCode = () => refuse('code', 'accounts.secondFactor.wrong');

/**
 * Second step of signing in: a valid code upgrades the session under a new id. Each wrong code
 * is in the audit trail (never the code itself), with whether the address was a known one.
 */
export async function proveSecondFactor(
  ctx: ModuleContext,
  session: SessionRecord,
  code: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<Result<string>> {
  const user = await findUserById(ctx.db, session.userId);
  if (!user?.totpSecret || !user.totpEnabledAt) return wrongCode();
  const spent = await spendGuess(ctx.db, CODE_GUESSES, `user:${user.id}`, user.id, meta.ip);
  if (!spent.allowed)
    return tooManyAttempts(spent.retryAfterSeconds, [problem('code', 'accounts.rateLimitedShort')]);
  return ctx.db.transaction(async (tx): Promise<Result<string>> => {
    if (!(await acceptCode(tx, user.id, user.totpSecret!, user.totpLastStep, code))) {
      const details = { knownAddress: spent.known };
      await auditAccount(tx, user.id, 'accounts.second-factor-failed', meta, { details });
      return wrongCode();
    }
    return ok(await upgradeSession(ctx, tx, session, 'accounts.second-factor', meta));
  });
}

/**
 * Turns TOTP on with the secret the user scanned, once a first code proves it; the session is
 * renewed. Only where none is on: a session that proved the password alone must not swap the
 * owner's factor for its own (a factor is replaced after an administrator's audited reset).
 */
export async function enableTotp(
  ctx: ModuleContext,
  session: SessionRecord,
  secret: string,
  code: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<Result<string, 'enabled'>> {
  if (!/^[A-Z2-7]{32}$/.test(secret)) return wrongCode();
  const step = matchingStep(secret, code);
  if (step === null) return wrongCode();
  return ctx.db.transaction(async (tx): Promise<Result<string, 'enabled'>> => {
    const set = await tx.query(sql`update users set totp_secret = ${secret}, totp_enabled_at = now(),
      totp_last_step = ${step}, updated_at = now()
      where id = ${session.userId} and totp_enabled_at is null returning id`);
    if (set.length === 0) return refusedAs('enabled');
    return ok(await upgradeSession(ctx, tx, session, 'accounts.enable-totp', meta));
  });
}
