import { type Actor, organizationRoles, type Role } from '../../platform/auth/actor.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isChecked } from '../../platform/patterns.ts';
import { auditAdministration, endGrant, insertGrant, refuseLastAdministrator } from './grants.ts';
import {
  type AdminOrganization,
  ancestorIds,
  found,
  NOT_SYSTEM_ACCOUNT,
  organizationToManage,
  reachesAll,
  subtreeIds,
} from './organizations.ts';
import { checkRole } from './validation.ts';

const MANAGE = 'organization.manage-members';

export interface MemberGrant {
  grantId: number;
  userId: number;
  displayName: string;
  email: string;
  role: Role;
  includeSubOrganizations: boolean;
  grantedAt: Date;
  grantedByName: string | null;
}

/** The people holding organisation roles for this organisation (system accounts are shown with their tokens). */
export async function listMemberGrants(q: Queryable, organizationId: number): Promise<MemberGrant[]> {
  return q.query<MemberGrant>(sql`
    select g.id as "grantId", u.id as "userId", u.display_name as "displayName", u.email, g.role,
      g.include_sub_organizations as "includeSubOrganizations", g.granted_at as "grantedAt",
      b.display_name as "grantedByName"
    from role_grants g join users u on u.id = g.user_id left join users b on b.id = g.granted_by
    where g.organization_id = ${organizationId} and g.revoked_at is null and ${NOT_SYSTEM_ACCOUNT}
    order by u.display_name, u.id, g.role`);
}

/**
 * How many administrators would still reach the organisation without grant `exceptGrantId`:
 * its own, and those of organisations above it granted with sub-organisations. Disabled accounts
 * and system accounts do not count.
 */
export async function administratorsReaching(
  q: Queryable,
  organization: AdminOrganization,
  exceptGrantId: number,
): Promise<number> {
  const above = (await ancestorIds(q, organization.id)).filter((id) => id !== organization.id);
  const [row] = await q.query<{ count: number }>(sql`
    select count(*)::int as count from role_grants g join users u on u.id = g.user_id
    where g.role = 'organization-administrator' and g.revoked_at is null and g.id <> ${exceptGrantId}
      and u.disabled_at is null and ${NOT_SYSTEM_ACCOUNT}
      and (g.organization_id = ${organization.id}
        or (g.include_sub_organizations and g.organization_id = any(${above}::bigint[])))`);
  return row?.count ?? 0;
}

/** A role reaching sub-organisations is granted only by someone who reaches all of them. */
export async function checkSubOrganizationReach(
  q: Queryable,
  actor: Actor,
  organization: AdminOrganization,
  includeSubOrganizations: boolean,
  problems: FieldProblem[],
): Promise<void> {
  if (!includeSubOrganizations) return;
  if (!reachesAll(actor, MANAGE, await subtreeIds(q, organization.id)))
    problems.push(problem('includeSubOrganizations', 'administration.error.beyondReach'));
}

export interface GrantInput {
  userId?: string;
  role?: string;
  includeSubOrganizations?: string;
}

/** Gives a current member of the organisation another organisation role. */
export async function grantMemberRole(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: GrantInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ grantId: number }>> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const problems: FieldProblem[] = [];
  const members = await listMemberGrants(ctx.db, org.id);
  const userId = Number(input.userId);
  const member = members.find((m) => m.userId === userId);
  if (!member) problems.push(problem('userId', 'administration.error.notMember'));
  const role = checkRole(problems, 'role', input.role, organizationRoles);
  const includeSub = isChecked(input.includeSubOrganizations);
  await checkSubOrganizationReach(ctx.db, actor, org, includeSub, problems);
  if (member && members.some((m) => m.userId === userId && m.role === role))
    problems.push(problem('role', 'administration.error.alreadyHolds'));
  if (problems.length > 0) return { ok: false, problems };

  return ctx.db.transaction(async (tx) => {
    const grantId = await insertGrant(tx, {
      userId,
      role,
      organizationId: org.id,
      includeSub,
      grantedBy: actor.userId,
    });
    if (!grantId) return refuse('role', 'administration.error.alreadyHolds');
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.grant-role',
      subject: { type: 'role-grant', id: grantId },
      details: { organization: org.slug, userId, role, includeSubOrganizations: includeSub },
    });
    return ok({ grantId });
  });
}

/** The active grant `grantId` of this organisation, or 404. */
export async function findMemberGrant(
  q: Queryable,
  organizationId: number,
  grantId: number,
): Promise<MemberGrant> {
  const grants = await listMemberGrants(q, organizationId);
  return found(
    grants.find((g) => g.grantId === grantId),
    'no such role of this organisation',
  );
}

/**
 * Revokes an organisation role. The organisation's last administrator grant cannot be revoked,
 * by anyone: someone else is made administrator first, so the body is never left without one.
 */
export async function revokeMemberRole(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  grantId: number,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<MemberGrant>> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const grant = await findMemberGrant(ctx.db, org.id, grantId);
  return ctx.db.transaction(async (tx) => {
    if (grant.role === 'organization-administrator') {
      const last = await refuseLastAdministrator(tx, actor, grant, {
        others: () => administratorsReaching(tx, org, grant.grantId),
        key: 'administration.error.lastAdministrator',
        selfKey: 'administration.error.lastAdministratorSelf',
      });
      if (last) return last;
    }
    await endGrant(tx, grant.grantId);
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.revoke-role',
      subject: { type: 'role-grant', id: grant.grantId },
      details: {
        organization: org.slug,
        userId: grant.userId,
        role: grant.role,
        includeSubOrganizations: grant.includeSubOrganizations,
      },
    });
    return ok(grant);
  });
}
