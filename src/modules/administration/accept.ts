import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { can } from '../../platform/auth/permissions.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { tokenHash } from '../../platform/auth/tokens.ts';
import { actorForUser, createUser, findUserByEmail, findUserById } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, type Result, refuse, refusedAs } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { findInvitation, type Invitation } from './invitations.ts';
import { reachesAll, subtreeIds } from './organizations.ts';
import { checkName, checkNewPassword } from './validation.ts';

/** Why an invitation cannot be taken: its state, or who is asking. */
export type AcceptRefusal =
  | 'unknown'
  | 'used'
  | 'withdrawn'
  | 'expired'
  /** Signed in with another address than the one invited. */
  | 'other-account'
  /** The invited address has an account: its owner signs in first. */
  | 'sign-in'
  /** The person who invited can no longer grant this role. */
  | 'lapsed';

/** An invitation taken. */
export interface Accepted {
  userId: number;
  organizationSlug: string;
  /** A session for an account made just now (the caller sets the cookie). */
  sessionToken?: string;
  /** Whether the account has a second factor yet; official roles need one. */
  totpEnabled: boolean;
}

export type AcceptResult = Result<Accepted, AcceptRefusal>;

/** Whether the inviter could still make this grant: an invitation carries its sender's authority. */
async function inviterStillMay(q: Queryable, invitation: Invitation): Promise<boolean> {
  const inviter = await findUserById(q, invitation.invitedBy);
  if (!inviter || inviter.disabledAt) return false;
  const actor = await actorForUser(q, inviter.id, { secondFactor: true });
  const action = 'organization.manage-members';
  if (!can(actor, action, { organizationId: invitation.organizationId })) return false;
  return (
    !invitation.includeSubOrganizations ||
    reachesAll(actor, action, await subtreeIds(q, invitation.organizationId))
  );
}

/**
 * Accepts an invitation. Signed in with the invited address: the role is granted to that account.
 * Not signed in and no account yet: `displayName` and `password` make one, its address verified
 * by the invitation itself, signed in at once. An existing grant of the same role is widened to
 * sub-organisations if the invitation says so, never narrowed.
 */
export async function acceptInvitation(
  ctx: ModuleContext,
  actor: Actor,
  token: string,
  input: { displayName?: string; password?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'> & { locale: Locale },
): Promise<AcceptResult> {
  const invitation = await findInvitation(ctx.db, token);
  if (!invitation) return refusedAs('unknown');
  if (invitation.status !== 'pending') return refusedAs(invitation.status);

  let userId: number | null = null;
  let passwordHash: string | null = null;
  let displayName = '';
  if (actor.kind === 'user' && actor.userId !== null) {
    const user = await findUserById(ctx.db, actor.userId);
    if (user?.email !== invitation.email) return refusedAs('other-account');
    userId = user.id;
  } else {
    if (await findUserByEmail(ctx.db, invitation.email)) return refusedAs('sign-in');
    const problems: FieldProblem[] = [];
    displayName = checkName(problems, 'displayName', input.displayName);
    const password = checkNewPassword(problems, 'password', input.password, invitation.email);
    if (problems.length > 0) return refuse(problems);
    passwordHash = await hashPassword(password, ctx.config.passwordCost);
  }

  return ctx.db.transaction(async (tx): Promise<AcceptResult> => {
    if (!(await inviterStillMay(tx, invitation))) return refusedAs('lapsed');
    const taken = await tx.query(sql`update one_time_tokens set used_at = now()
      where token_hash = ${tokenHash(token)} and purpose = 'invitation' and used_at is null and expires_at > now()
      returning token_hash`);
    if (taken.length === 0) return refusedAs('used');
    const newAccount = userId === null;
    if (userId === null) {
      const user = await createUser(tx, {
        email: invitation.email,
        displayName,
        passwordHash,
        locale: meta.locale,
        emailVerified: true,
      });
      userId = user.id;
    }
    const grantId = await applyGrant(tx, userId, invitation);
    await recordAudit(tx, {
      actor: { label: `user:${userId}`, userId },
      action: 'organization.accept-invitation',
      subject: { type: 'role-grant', id: grantId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: {
        organization: invitation.organizationSlug,
        role: invitation.role,
        includeSubOrganizations: invitation.includeSubOrganizations,
        invitedBy: invitation.invitedBy,
        invitation: invitation.id,
        newAccount,
      },
    });
    const sessionToken = newAccount
      ? await createSession(
          tx,
          userId,
          { idleMinutes: ctx.config.sessionIdleMinutes, absoluteHours: ctx.config.sessionAbsoluteHours },
          { ip: meta.ip, userAgent: meta.userAgent, secondFactor: false },
        )
      : undefined;
    const user = await findUserById(tx, userId);
    return ok({
      userId,
      organizationSlug: invitation.organizationSlug,
      sessionToken,
      totpEnabled: user?.totpEnabledAt != null,
    });
  });
}

/** Grants the invited role, or widens the same role already held; returns the grant's id. */
async function applyGrant(tx: Queryable, userId: number, invitation: Invitation): Promise<number> {
  const [held] = await tx.query<{ id: number }>(sql`select id from role_grants
    where user_id = ${userId} and role = ${invitation.role} and organization_id = ${invitation.organizationId}
      and revoked_at is null`);
  if (held) {
    if (invitation.includeSubOrganizations)
      await tx.query(sql`update role_grants set include_sub_organizations = true where id = ${held.id}`);
    return held.id;
  }
  const [grant] = await tx.query<{ id: number }>(sql`
    insert into role_grants (user_id, role, organization_id, include_sub_organizations, granted_by)
    values (${userId}, ${invitation.role}, ${invitation.organizationId}, ${invitation.includeSubOrganizations},
      ${invitation.invitedBy})
    returning id`);
  return grant!.id;
}
