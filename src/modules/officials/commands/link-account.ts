import { Type } from 'typebox';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize, can } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  ok,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { linkOfficialAccount } from '../../../platform/officials.ts';

/** What the form sends: the account's e-mail address, or nothing to unlink. */
export const LinkAccountBody = Type.Object({ account: Type.Optional(Type.String({ maxLength: 320 })) });

/**
 * The organisation of one of the official's posts that the actor administers, or — when none —
 * one of their posts (or none at all) for `authorize` to refuse or a platform administrator to pass.
 */
export async function managedOrganization(
  db: Queryable,
  actor: Actor,
  officialId: number,
): Promise<number | null> {
  const rows = await db.query<{ id: number }>(sql`select distinct p.organization_id as id
    from official_memberships m join official_posts p on p.id = m.post_id where m.official_id = ${officialId}
    order by 1`);
  const managed = rows.find((o) => can(actor, 'officials.manage', { organizationId: o.id }));
  return managed?.id ?? rows[0]?.id ?? null;
}

/** An official by slug, with whether their account is linked (for those who manage them only). */
export async function officialForLink(db: Queryable, slug: string) {
  const [row] = await db.query<{ id: number; linked: boolean }>(
    sql`select id, user_id is not null as linked from officials where slug = ${slug}`,
  );
  if (!row) throw notFound(`no official ${slug}`);
  return row;
}

/**
 * Links an official to the user account with that e-mail address (for filing their own declaration
 * later), or unlinks them when it is empty: an administrator of an organisation the official holds
 * a post in, or a platform administrator (`officials.manage`); audited. The link is never
 * published. Refused on `account` when no account has the address or it is another official's.
 */
export async function linkAccount(
  db: Database,
  actor: Actor,
  slug: string,
  input: { account?: string | undefined },
  meta: RequestMeta,
): Promise<Result<{ slug: string; linked: boolean }>> {
  const official = await officialForLink(db, slug);
  const organizationId = await managedOrganization(db, actor, official.id);
  authorize(actor, 'officials.manage', { organizationId });
  const email = (input.account ?? '').trim().toLowerCase();
  let userId: number | null = null;
  if (email !== '') {
    const [user] = await db.query<{ id: number }>(sql`select id from users where email = ${email}`);
    if (!user) return refuse('account', 'officials.error.noAccount');
    userId = user.id;
  }
  return refusableTransaction(db, async (tx) => {
    const linked = await linkOfficialAccount(tx, official.id, userId, meta.now);
    if (!linked.ok) return linked;
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organizationId, 'officials.manage'),
      action: userId === null ? 'officials.unlink-account' : 'officials.link-account',
      subject: { type: 'official', id: official.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { slug, userId, previousUserId: linked.value.previous },
    });
    return ok({ slug, linked: userId !== null });
  });
}
