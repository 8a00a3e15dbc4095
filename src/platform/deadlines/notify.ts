import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { type Translator, translator } from '../i18n/index.ts';
import { layoutMailText } from '../mail/layout.ts';
import { queueMail } from '../mail/outbox.ts';
import { distinctRecipients, type Recipient } from '../mail/recipients.ts';
import type { ModuleContext } from '../module.ts';
import './messages.ts';

/**
 * Who answers for an organisation's requests: `responsible`, its responders (its administrators
 * when it has none); `administrators`, its administrators and its official address. Only
 * confirmed, enabled accounts of people (not the system accounts that hold API tokens).
 */
async function recipients(
  q: Queryable,
  organizationId: number,
  who: 'responsible' | 'administrators',
): Promise<Recipient[]> {
  const role = who === 'responsible' ? 'organization-responder' : 'organization-administrator';
  const people = sql`select u.email, u.display_name as name, u.locale, g.role from role_grants g
    join users u on u.id = g.user_id
    where g.revoked_at is null and g.organization_id = ${organizationId} and u.disabled_at is null
      and u.email_verified_at is not null and u.email not like 'system+%'
      and g.role in ('organization-responder', 'organization-administrator')`;
  const rows = await q.query<{ email: string | null; name: string | null; locale: string; role: string }>(
    who === 'responsible'
      ? people
      : sql`${people} union all select o.email, null, 'mn', 'organization-administrator' from organizations o
          where o.id = ${organizationId} and o.email is not null`,
  );
  return distinctRecipients(rows.some((r) => r.role === role) ? rows.filter((r) => r.role === role) : rows);
}

/**
 * Mails an organisation's people about a request, in the caller's transaction: the subject and
 * body of the message keys given, in each recipient's language, with the
 * organisation's name as `{organization}` beside `values`. Words of the platform's own: never the
 * citizen's text, which may hold what redaction has not yet taken out.
 */
export async function mailOrganization(
  ctx: ModuleContext,
  tx: Queryable,
  mail: {
    organizationId: number;
    who: 'responsible' | 'administrators';
    /** The message keys of the subject and the body. */
    message: { subject: string; body: string };
    values: (t: Translator) => Record<string, string | number>;
    now: Date;
  },
): Promise<number> {
  const [org] = await tx.query<{ nameMn: string; nameEn: string | null }>(
    sql`select name_mn as "nameMn", name_en as "nameEn" from organizations where id = ${mail.organizationId}`,
  );
  const to = await recipients(tx, mail.organizationId, mail.who);
  for (const r of to) {
    const t = translator(r.locale);
    const values = {
      organization: t.pick({ mn: org?.nameMn ?? '', en: org?.nameEn ?? null }),
      ...mail.values(t),
    };
    await queueMail(
      tx,
      {
        to: r.email,
        subject: t(mail.message.subject, values),
        text: layoutMailText(r.locale, {
          body: t(mail.message.body, values),
          recipientName: r.name ?? undefined,
          siteUrl: ctx.config.publicUrl,
        }),
        locale: r.locale,
      },
      () => mail.now,
    );
  }
  return to.length;
}
