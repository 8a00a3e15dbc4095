import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { revokeAllSessions } from '../../platform/auth/sessions.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/index.ts';
import { layoutMailText, queueMail } from '../../platform/mail/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { auditAdministration } from './grants.ts';
import { checkAccount, checkEmail } from './validation.ts';

const ADMINISTER = 'platform.administer';
const REASON_MAX = 500;

/**
 * A platform administrator removes an account's second factor (a lost phone): the one way a
 * factor is replaced, since a session that proved only the password may not set one where one
 * is on. The reason is required and recorded with the administrator in the audit trail; every
 * session of the account ends, and its owner is told by mail, so a reset they did not ask for
 * does not go unseen. Whoever knows the password sets up a new factor at the next sign-in: check
 * who asked before resetting.
 */
export async function resetSecondFactor(
  ctx: ModuleContext,
  actor: Actor,
  input: { email?: string; reason?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ userId: number }>> {
  authorize(actor, ADMINISTER);
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  const reason = (input.reason ?? '').trim();
  if (!reason) problems.push(problem('reason', 'administration.error.reasonMissing'));
  else if (reason.length > REASON_MAX)
    problems.push(problem('reason', 'administration.error.reasonLong', { max: REASON_MAX }));
  const user = await checkAccount(ctx.db, problems, 'email', email);
  if (user && !user.totpEnabledAt) problems.push(problem('email', 'administration.error.noSecondFactor'));
  if (problems.length > 0 || !user) return { ok: false, problems };

  return ctx.db.transaction(async (tx) => {
    const cleared = await tx.query(sql`update users set totp_secret = null, totp_enabled_at = null,
      totp_last_step = null, updated_at = now() where id = ${user.id} and totp_enabled_at is not null returning id`);
    if (cleared.length === 0) return refuse('email', 'administration.error.noSecondFactor');
    const ended = await revokeAllSessions(tx, user.id);
    await auditAdministration(tx, actor, meta, {
      permission: ADMINISTER,
      organizationId: null,
      action: 'accounts.reset-second-factor',
      subject: { type: 'user', id: user.id },
      details: { email: user.email, reason, sessionsEnded: ended },
    });
    const t = translator(user.locale);
    await queueMail(tx, {
      to: user.email,
      locale: user.locale,
      subject: t('administration.mail.secondFactorReset.subject'),
      text: layoutMailText(user.locale, {
        recipientName: user.displayName,
        siteUrl: ctx.config.publicUrl,
        body: t('administration.mail.secondFactorReset.body', { site: ctx.config.publicUrl }),
      }),
    });
    return ok({ userId: user.id });
  });
}
