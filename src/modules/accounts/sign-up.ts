import { hashPassword } from '../../platform/auth/passwords.ts';
import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { createUser, findUserByEmail } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, type Result } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { layoutMailText, queueMail } from '../../platform/mail/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time.ts';
import { rateLimited } from './throttle.ts';
import { auditAccount } from './trail.ts';
import { checkEmail, checkName, checkNewPassword } from './validation.ts';

const SIGN_UPS_PER_HOUR = 10;

/**
 * Registers a citizen and mails a confirmation link. The answer is the same whether or not the
 * address already has an account (its owner gets a mail saying so), so sign-up reveals nothing.
 */
export async function signUp(
  ctx: ModuleContext,
  input: { displayName?: string; email?: string; password?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  locale: Locale,
): Promise<Result<{ email: string }>> {
  const problems: FieldProblem[] = [];
  const displayName = checkName(problems, 'displayName', input.displayName);
  const email = checkEmail(problems, 'email', input.email);
  const password = checkNewPassword(problems, 'password', input.password, email);
  if (problems.length > 0) return { ok: false, problems };
  const limit = await hitRateLimit(ctx.db, `sign-up:ip:${meta.ip}`, SIGN_UPS_PER_HOUR, 3600);
  if (!limit.allowed) return rateLimited('email', limit.retryAfterSeconds);

  const passwordHash = await hashPassword(password, ctx.config.passwordCost);
  const t = translator(locale);
  await ctx.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      await queueMail(tx, {
        to: existing.email,
        locale: existing.locale,
        subject: translator(existing.locale)('accounts.mail.exists.subject'),
        text: layoutMailText(existing.locale, {
          recipientName: existing.displayName,
          siteUrl: ctx.config.publicUrl,
          body: translator(existing.locale)('accounts.mail.exists.body', {
            link: `${ctx.config.publicUrl}/reset-password`,
          }),
        }),
      });
      return;
    }
    const user = await createUser(tx, {
      email,
      displayName,
      passwordHash,
      locale: locale,
      emailVerified: false,
    });
    const token = await issueOneTimeToken(tx, { purpose: 'confirm-email', userId: user.id, validHours: 48 });
    await queueMail(tx, {
      to: user.email,
      locale: locale,
      subject: t('accounts.mail.confirm.subject'),
      text: layoutMailText(locale, {
        recipientName: displayName,
        siteUrl: ctx.config.publicUrl,
        body: t('accounts.mail.confirm.body', { link: `${ctx.config.publicUrl}/confirm-email/${token}` }),
      }),
    });
    await auditAccount(tx, user.id, 'accounts.sign-up', meta);
  });
  return ok({ email });
}

/** Confirms the address behind a link; the link works once. */
export async function confirmEmail(
  ctx: ModuleContext,
  token: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const found = await consumeOneTimeToken(tx, 'confirm-email', token);
    if (!found?.userId) return false;
    await tx.query(sql`update users set email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
      where id = ${found.userId}`);
    await auditAccount(tx, found.userId, 'accounts.confirm-email', meta, { by: 'anonymous' });
    return true;
  });
}
