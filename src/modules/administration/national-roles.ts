import type { Actor, Role } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { auditAdministration, endGrant, insertGrant, refuseLastAdministrator } from './grants.ts';
import { found, NOT_SYSTEM_ACCOUNT } from './organizations.ts';
import { checkAccount, checkEmail, checkRole, nationalRoles } from './validation.ts';

/** National roles (committee, evaluators, oversight bodies, moderators, platform administrators). */

const ADMINISTER = 'platform.administer';

export interface NationalGrant {
  grantId: number;
  userId: number;
  displayName: string;
  email: string;
  role: Role;
  grantedAt: Date;
  grantedByName: string | null;
}

export async function listNationalGrants(q: Queryable): Promise<NationalGrant[]> {
  return q.query<NationalGrant>(sql`
    select g.id as "grantId", u.id as "userId", u.display_name as "displayName", u.email, g.role,
      g.granted_at as "grantedAt", b.display_name as "grantedByName"
    from role_grants g join users u on u.id = g.user_id left join users b on b.id = g.granted_by
    where g.role = any(${[...nationalRoles]}::text[]) and g.revoked_at is null
    order by g.role, u.display_name, u.id`);
}

/** Grants a national role to an existing account with a confirmed address, found by email. */
export async function grantNationalRole(
  ctx: ModuleContext,
  actor: Actor,
  input: { email?: string; role?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ grantId: number }>> {
  authorize(actor, ADMINISTER);
  const problems: FieldProblem[] = [];
  const email = checkEmail(problems, 'email', input.email);
  const role = checkRole(problems, 'role', input.role, nationalRoles);
  const user = await checkAccount(ctx.db, problems, 'email', email);
  if (user?.disabledAt) problems.push(problem('email', 'administration.error.disabled'));
  else if (user && !user.emailVerifiedAt) problems.push(problem('email', 'administration.error.unverified'));
  if (problems.length > 0 || !user) return { ok: false, problems };

  return ctx.db.transaction(async (tx) => {
    const grantId = await insertGrant(tx, {
      userId: user.id,
      role,
      organizationId: null,
      includeSub: false,
      grantedBy: actor.userId,
    });
    if (!grantId) return refuse('role', 'administration.error.alreadyHolds');
    await auditAdministration(tx, actor, meta, {
      permission: ADMINISTER,
      organizationId: null,
      action: 'national-role.grant',
      subject: { type: 'role-grant', id: grantId },
      details: { userId: user.id, email: user.email, role },
    });
    return ok({ grantId });
  });
}

export async function findNationalGrant(q: Queryable, grantId: number): Promise<NationalGrant> {
  return found(
    (await listNationalGrants(q)).find((g) => g.grantId === grantId),
    'no such national role',
  );
}

/** Revokes a national role; the last platform administrator's cannot be, so someone can always administer. */
export async function revokeNationalRole(
  ctx: ModuleContext,
  actor: Actor,
  grantId: number,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<NationalGrant>> {
  authorize(actor, ADMINISTER);
  const grant = await findNationalGrant(ctx.db, grantId);
  return ctx.db.transaction(async (tx) => {
    if (grant.role === 'platform-administrator') {
      const last = await refuseLastAdministrator(tx, actor, grant, {
        others: async () => {
          const [others] = await tx.query<{ count: number }>(sql`
            select count(*)::int as count from role_grants g join users u on u.id = g.user_id
            where g.role = 'platform-administrator' and g.revoked_at is null and g.id <> ${grant.grantId}
              and u.disabled_at is null and ${NOT_SYSTEM_ACCOUNT}`);
          return others?.count ?? 0;
        },
        key: 'administration.error.lastPlatformAdministrator',
        selfKey: 'administration.error.lastPlatformAdministratorSelf',
      });
      if (last) return last;
    }
    await endGrant(tx, grant.grantId);
    await auditAdministration(tx, actor, meta, {
      permission: ADMINISTER,
      organizationId: null,
      action: 'national-role.revoke',
      subject: { type: 'role-grant', id: grant.grantId },
      details: { userId: grant.userId, email: grant.email, role: grant.role },
    });
    return ok(grant);
  });
}
