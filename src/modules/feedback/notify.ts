import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { isLocale, type Locale, type Translator, translator } from '../../platform/i18n/index.ts';
import { layoutMailText } from '../../platform/mail/layout.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { takeAllowance } from './allowance.ts';
import type { FeedbackCase } from './cases.ts';

/**
 * Whether `email` is the confirmed address of the account acting: then the case's mail goes to
 * its owner. Any other address is one somebody typed, perhaps a stranger's.
 */
export async function isConfirmedAddress(q: Queryable, actor: Actor, email: string): Promise<boolean> {
  if (actor.kind !== 'user' || actor.userId === null) return false;
  const [row] = await q.query(sql`select 1 from users
    where id = ${actor.userId} and email = ${email} and email_verified_at is not null`);
  return row !== undefined;
}

/**
 * One mail about a case, in the centre's words: the subject and body of `feedback.mail.<what>`,
 * filled in the recipient's language by `params`, in the caller's transaction.
 */
export async function queueCaseMail(
  ctx: ModuleContext,
  tx: Queryable,
  to: { email: string; name?: string | null; locale: Locale },
  what: string,
  params: (t: Translator) => Record<string, string | number>,
  now: Date,
): Promise<void> {
  const t = translator(to.locale);
  const values = params(t);
  await queueMail(
    tx,
    {
      to: to.email,
      subject: t(`feedback.mail.${what}.subject`, values),
      text: layoutMailText(to.locale, {
        body: t(`feedback.mail.${what}.body`, values),
        recipientName: to.name ?? undefined,
        siteUrl: ctx.config.publicUrl,
      }),
      locale: to.locale,
    },
    () => now,
  );
}

/**
 * Queues the acknowledgement of a new case: its number, its follow link and its deadline, in
 * words of the centre's own. Nothing the submitter wrote goes in it, not even the name they gave
 * (it would be a stranger's text in the centre's mail); an address that is not the submitter's
 * own confirmed one gets `ctx.country.feedback.unconfirmedMailsPerDay` at most a day. The case is
 * filed either way, and its page shows the number and the link. True when the mail was queued.
 */
export async function acknowledge(
  ctx: ModuleContext,
  tx: Queryable,
  to: { email: string; confirmed: boolean; locale: Locale },
  filed: { number: string; followToken: string; deadlineAt: Date },
  now: Date,
): Promise<boolean> {
  if (
    !to.confirmed &&
    !(await takeAllowance(
      tx,
      'unconfirmed-mail',
      to.email,
      1,
      ctx.country.feedback.unconfirmedMailsPerDay,
      now,
      ctx.country.timeZone,
    ))
  )
    return false;
  await queueCaseMail(
    ctx,
    tx,
    to,
    'received',
    (t) => ({
      number: filed.number,
      link: `${ctx.config.publicUrl}/feedback/follow/${filed.followToken}`,
      deadline: t.date(new Date(filed.deadlineAt.getTime() - 1)),
    }),
    now,
  );
  return true;
}

/**
 * Tells the submitter that something happened to their case, by mail, if they left an address
 * (or have an account). The follow link's secret is not stored, so the mail points to the
 * account page for account holders and otherwise names the case to look up with the first mail's
 * link. Staff steps are not a stranger's doing, so these are not counted against the address; the
 * greeting names the account holder only at their own confirmed address, never a typed name.
 */
export async function notifySubmitter(
  ctx: ModuleContext,
  tx: Queryable,
  found: FeedbackCase,
  what: 'answered' | 'information' | 'extended' | 'transferred',
  now: Date,
): Promise<void> {
  const [row] = await tx.query<{ email: string | null; name: string | null; locale: string | null }>(sql`
    select coalesce(k.email, u.email) as email, u.locale,
      case when u.email_verified_at is not null and u.email = coalesce(k.email, u.email) then u.display_name end as name
    from feedback_cases c left join feedback_contacts k on k.case_id = c.id left join users u on u.id = c.submitter_user_id
    where c.id = ${found.id}`);
  if (!row?.email) return;
  const locale = isLocale(row.locale) ? row.locale : 'mn';
  const where = (t: Translator) =>
    found.submitterUserId
      ? `${ctx.config.publicUrl}/feedback/mine/${found.number}`
      : t('feedback.mail.followHint');
  await queueCaseMail(
    ctx,
    tx,
    { email: row.email, name: row.name, locale },
    what,
    (t) => ({ number: found.number, where: where(t) }),
    now,
  );
}
