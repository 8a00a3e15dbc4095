import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { isLocale, translator } from '../../platform/i18n/index.ts';
import { layoutMailText } from '../../platform/mail/layout.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { FeedbackCase } from './cases.ts';

/**
 * Tells the submitter that something happened to their case, by mail, if they left an address
 * (or have an account). The follow link's secret is not stored, so the mail points to the
 * account page for account holders and otherwise names the case to look up with the first mail's link.
 */
export async function notifySubmitter(
  ctx: ModuleContext,
  tx: Queryable,
  found: FeedbackCase,
  what: 'answered' | 'information' | 'extended' | 'transferred',
  now: Date,
): Promise<void> {
  const [row] = await tx.query<{ email: string | null; name: string | null; locale: string | null }>(sql`
    select coalesce(k.email, u.email) as email, coalesce(k.name, u.display_name) as name, u.locale
    from feedback_cases c left join feedback_contacts k on k.case_id = c.id left join users u on u.id = c.submitter_user_id
    where c.id = ${found.id}`);
  if (!row?.email) return;
  const locale = isLocale(row.locale) ? row.locale : 'mn';
  const t = translator(locale);
  const where = found.submitterUserId
    ? `${ctx.config.publicUrl}/feedback/mine/${found.number}`
    : t('feedback.mail.followHint');
  await queueMail(
    tx,
    {
      to: row.email,
      subject: t(`feedback.mail.${what}.subject`, { number: found.number }),
      text: layoutMailText(locale, {
        body: t(`feedback.mail.${what}.body`, { number: found.number, where }),
        recipientName: row.name ?? undefined,
        siteUrl: ctx.config.publicUrl,
      }),
      locale,
    },
    () => now,
  );
}
