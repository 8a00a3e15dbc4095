import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import { layoutMailText, queueMail } from '../../platform/mail/index.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * Following a commitment: a signed-in reader asks to be told when it changes; each progress
 * report and published rating queues a mail to every follower, in the same transaction.
 * Followers' addresses are personal data: never shown, never exported.
 */

export async function isFollowing(
  db: Queryable,
  commitmentId: number,
  userId: number | null,
): Promise<boolean> {
  if (userId === null) return false;
  const [row] = await db.query(
    sql`select 1 from plan_follows where commitment_id = ${commitmentId} and user_id = ${userId}`,
  );
  return row !== undefined;
}

/** Queues the update mail to every follower, in the caller's transaction. */
export async function notifyFollowers(
  tx: Queryable,
  ctx: ModuleContext,
  commitment: { id: number; number: string | null; titleMn: string | null; titleEn: string | null },
  what: 'report' | 'evaluation',
): Promise<number> {
  const followers = await tx.query<{ email: string; name: string; locale: 'mn' | 'en' }>(sql`select u.email,
      u.display_name as name, u.locale
    from plan_follows f join users u on u.id = f.user_id where f.commitment_id = ${commitment.id} order by u.id`);
  for (const f of followers) {
    const t = translator(f.locale);
    const title = t.pick({ mn: commitment.titleMn, en: commitment.titleEn });
    const label = commitment.number ? `${commitment.number} ${title}` : title;
    const url = `${ctx.config.publicUrl}/plans/commitments/${commitment.id}`;
    await queueMail(tx, {
      to: f.email,
      subject: t(`plans.mail.${what}.subject`, { number: commitment.number ?? '' })
        .replace(/\s+/g, ' ')
        .trim(),
      text: layoutMailText(f.locale, {
        recipientName: f.name,
        siteUrl: ctx.config.publicUrl,
        body: `${t(`plans.mail.${what}.body`, { commitment: label })}\n\n${url}\n\n${t('plans.mail.unfollow')}`,
      }),
      locale: f.locale,
    });
  }
  return followers.length;
}
