import { type Actor, organizationRoles, type Role } from '../../platform/auth/actor.ts';
import { hitRateLimit } from '../../platform/auth/rate-limit.ts';
import { randomToken, tokenHash } from '../../platform/auth/tokens.ts';
import { findUserByEmail, findUserById } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { layoutMailText, queueMail } from '../../platform/mail/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isChecked } from '../../platform/patterns.ts';
import { auditAdministration } from './grants.ts';
import { checkSubOrganizationReach } from './members.ts';
import { found, organizationToManage } from './organizations.ts';
import { checkEmail, checkRole } from './validation.ts';

/**
 * Invitations: a one-time token (purpose `invitation`) mailed to an address, carrying the
 * organisation, the role and its reach. Only the token's hash is stored; the first 16 hex digits
 * of that hash name the invitation in the administrator's pages.
 */

export const INVITATION_VALID_DAYS = 7;
/** Each invitation sends a mail to an address the sender chose; this bounds what one account can send. */
const INVITATIONS_PER_HOUR = 50;
const MANAGE = 'organization.manage-members';

interface InvitationData {
  organizationId: number;
  role: Role;
  includeSubOrganizations: boolean;
  invitedBy: number;
  withdrawnAt?: string;
  withdrawnBy?: number | null;
}

export type InvitationStatus = 'pending' | 'used' | 'withdrawn' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  organizationId: number;
  organizationSlug: string;
  organizationName: { mn: string; en: string };
  role: Role;
  includeSubOrganizations: boolean;
  invitedBy: number;
  inviterName: string | null;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
}

const INVITATION = sql`select substr(t.token_hash, 1, 16) as id, t.email, t.data, t.created_at as "createdAt",
    t.expires_at as "expiresAt", t.used_at as "usedAt", o.id as "organizationId", o.slug as "organizationSlug",
    o.name_mn as "nameMn", o.name_en as "nameEn", u.display_name as "inviterName", (t.expires_at <= now()) as expired
  from one_time_tokens t
  join organizations o on o.id = (t.data ->> 'organizationId')::bigint
  left join users u on u.id = (t.data ->> 'invitedBy')::bigint`;

interface InvitationRow {
  id: string;
  email: string;
  data: InvitationData;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  organizationId: number;
  organizationSlug: string;
  nameMn: string;
  nameEn: string;
  inviterName: string | null;
  expired: boolean;
}

function present(row: InvitationRow): Invitation {
  const status: InvitationStatus = row.data.withdrawnAt
    ? 'withdrawn'
    : row.usedAt
      ? 'used'
      : row.expired
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    organizationId: row.organizationId,
    organizationSlug: row.organizationSlug,
    organizationName: { mn: row.nameMn, en: row.nameEn },
    role: row.data.role,
    includeSubOrganizations: row.data.includeSubOrganizations === true,
    invitedBy: row.data.invitedBy,
    inviterName: row.inviterName,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    status,
  };
}

/** The invitation behind a link, whatever its state, so the page can say why it no longer works. */
export async function findInvitation(q: Queryable, token: string): Promise<Invitation | undefined> {
  const [row] = await q.query<InvitationRow>(
    sql`${INVITATION} where t.token_hash = ${tokenHash(token)} and t.purpose = 'invitation'`,
  );
  return row ? present(row) : undefined;
}

/** Invitations of the organisation not yet used, withdrawn or expired. */
export async function listPendingInvitations(q: Queryable, organizationId: number): Promise<Invitation[]> {
  const rows = await q.query<InvitationRow>(sql`${INVITATION}
    where t.purpose = 'invitation' and o.id = ${organizationId} and t.used_at is null and t.expires_at > now()
    order by t.created_at desc`);
  return rows.map(present);
}

export interface InviteInput {
  email?: string;
  role?: string;
  includeSubOrganizations?: string;
}

/**
 * Invites an official by mail. A new invitation to the same address for the same organisation
 * replaces any still pending (so a lost mail is fixed by inviting again).
 */
export async function inviteOfficial(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: InviteInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'> & { locale: Locale },
): Promise<Result<{ email: string }>> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  // `.invalid` addresses receive no mail; system accounts use them.
  if (email.endsWith('.invalid')) problems.push(problem('email', 'administration.error.emailInvalid'));
  const role = checkRole(problems, 'role', input.role, organizationRoles);
  const includeSub = isChecked(input.includeSubOrganizations);
  await checkSubOrganizationReach(ctx.db, actor, org, includeSub, problems);
  const existing = problems.length === 0 ? await findUserByEmail(ctx.db, email) : undefined;
  if (existing) {
    const [held] = await ctx.db.query<{
      includeSub: boolean;
    }>(sql`select include_sub_organizations as "includeSub"
      from role_grants where user_id = ${existing.id} and role = ${role} and organization_id = ${org.id}
        and revoked_at is null`);
    if (held && (held.includeSub || !includeSub))
      problems.push(problem('email', 'administration.error.alreadyHolds'));
  }
  if (problems.length > 0) return { ok: false, problems };
  const limit = await hitRateLimit(ctx.db, `invite:${actor.label}`, INVITATIONS_PER_HOUR, 3600);
  if (!limit.allowed)
    return refuse('email', 'administration.error.tooManyInvitations', {
      minutes: Math.ceil(limit.retryAfterSeconds / 60),
    });

  const inviter = actor.userId ? await findUserById(ctx.db, actor.userId) : undefined;
  const locale = existing?.locale ?? meta.locale;
  const t = translator(locale);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 3600_000);
  const data: InvitationData = {
    organizationId: org.id,
    role,
    includeSubOrganizations: includeSub,
    invitedBy: actor.userId ?? 0,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.query(sql`update one_time_tokens
      set used_at = now(), data = data || ${JSON.stringify({ withdrawnAt: new Date().toISOString(), withdrawnBy: actor.userId })}::jsonb
      where purpose = 'invitation' and email = ${email} and used_at is null
        and (data ->> 'organizationId')::bigint = ${org.id}`);
    await tx.query(sql`insert into one_time_tokens (token_hash, purpose, user_id, email, data, expires_at)
      values (${tokenHash(token)}, 'invitation', null, ${email}, ${JSON.stringify(data)}, ${expiresAt})`);
    const organization = t.pick({ mn: org.nameMn, en: org.nameEn });
    await queueMail(tx, {
      to: email,
      locale,
      subject: t('administration.mail.invitation.subject', { organization }),
      text: layoutMailText(locale, {
        recipientName: existing?.displayName,
        siteUrl: ctx.config.publicUrl,
        body: t('administration.mail.invitation.body', {
          inviter: inviter?.displayName ?? t('administration.someone'),
          role: t(`administration.role.${role}`),
          organization,
          scope: includeSub ? t('administration.mail.invitation.withSub') : '',
          link: `${ctx.config.publicUrl}/invitations/${token}`,
          expires: t.dateTime(expiresAt),
        }),
      }),
    });
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.invite-member',
      subject: { type: 'organization', id: org.slug },
      details: { email, role, includeSubOrganizations: includeSub, expiresAt: expiresAt.toISOString() },
    });
  });
  return ok({ email });
}

/** Withdraws a pending invitation of this organisation; its link then says so. */
export async function withdrawInvitation(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  id: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Invitation> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const pending = await listPendingInvitations(ctx.db, org.id);
  const invitation = found(
    pending.find((i) => i.id === id),
    'no pending invitation with this id',
  );
  await ctx.db.transaction(async (tx) => {
    const rows = await tx.query(sql`update one_time_tokens
      set used_at = now(), data = data || ${JSON.stringify({ withdrawnAt: new Date().toISOString(), withdrawnBy: actor.userId })}::jsonb
      where purpose = 'invitation' and substr(token_hash, 1, 16) = ${id} and used_at is null
        and (data ->> 'organizationId')::bigint = ${org.id}
      returning token_hash`);
    if (rows.length === 0) throw notFound('the invitation was used or withdrawn meanwhile');
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.withdraw-invitation',
      subject: { type: 'organization', id: org.slug },
      details: { email: invitation.email, role: invitation.role, invitation: id },
    });
  });
  return invitation;
}
