import { hashPassword } from '../../platform/auth/passwords.ts';
import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { revokeAllSessions } from '../../platform/auth/sessions.ts';
import { findUserByEmail, findUserById } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, type Result, refusedAs } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/index.ts';
import { layoutMailText, queueMail } from '../../platform/mail/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { consumeOneTimeToken, issueOneTimeToken, peekOneTimeToken } from './one-time.ts';
import { PASSWORD_GUESSES, passwordAccountKey } from './sign-in.ts';
import { forgetGuesses, rateLimited } from './throttle.ts';
import { auditAccount } from './trail.ts';
import { checkEmail, checkNewPassword } from './validation.ts';

const RESETS_PER_HOUR = 5;

/** Mails a reset link if the address has an account; answers the same either way. */
export async function requestPasswordReset(
  ctx: ModuleContext,
  input: { email?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<Result<{ email: string }>> {
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  if (problems.length > 0) return { ok: false, problems };
  const perIp = await hitRateLimit(ctx.db, `reset:ip:${meta.ip}`, RESETS_PER_HOUR * 4, 3600);
  const perAddress = await hitRateLimit(ctx.db, `reset:email:${email.toLowerCase()}`, RESETS_PER_HOUR, 3600);
  if (!perIp.allowed) return rateLimited('email', perIp.retryAfterSeconds);
  // Over the per-address limit the answer stays "sent" but nothing is sent: no mail bombing.
  if (!perAddress.allowed) return ok({ email });
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || user.disabledAt) return;
    const token = await issueOneTimeToken(tx, { purpose: 'reset-password', userId: user.id, validHours: 2 });
    const t = translator(user.locale);
    await queueMail(tx, {
      to: user.email,
      locale: user.locale,
      subject: t('accounts.mail.reset.subject'),
      text: layoutMailText(user.locale, {
        recipientName: user.displayName,
        siteUrl: ctx.config.publicUrl,
        body: t('accounts.mail.reset.body', { link: `${ctx.config.publicUrl}/reset-password/${token}` }),
      }),
    });
    await auditAccount(tx, user.id, 'accounts.request-reset', meta, { by: 'anonymous' });
  });
  return ok({ email });
}

/**
 * Sets a new password through a reset link (used once), confirms the address the link reached,
 * lifts any lock, and signs the account out everywhere.
 */
export async function resetPassword(
  ctx: ModuleContext,
  token: string,
  input: { password?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
): Promise<Result<undefined, 'invalid-link'>> {
  const problems: FieldProblem[] = [];
  const password = checkNewPassword(problems, 'password', input.password);
  if (problems.length > 0) return { ok: false, problems };
  // The link first: a made-up one must not buy a free Argon2 hash (it is taken for good below).
  if (!(await peekOneTimeToken(ctx.db, 'reset-password', token))) return refusedAs('invalid-link');
  const hash = await hashPassword(password, ctx.config.passwordCost);
  return ctx.db.transaction(async (tx) => {
    const found = await consumeOneTimeToken(tx, 'reset-password', token);
    const user = found?.userId ? await findUserById(tx, found.userId) : undefined;
    if (!user) return refusedAs('invalid-link');
    await tx.query(sql`update users set password_hash = ${hash}, failed_sign_ins = 0, locked_until = null,
      email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = ${user.id}`);
    // Whoever reads the mailbox may sign in again from anywhere: the guesses spent so far are forgotten.
    await forgetGuesses(tx, PASSWORD_GUESSES, passwordAccountKey(user.email));
    const ended = await revokeAllSessions(tx, user.id);
    await auditAccount(tx, user.id, 'accounts.reset-password', meta, { details: { sessionsEnded: ended } });
    return ok(undefined);
  });
}
