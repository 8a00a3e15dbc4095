import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { Actor, Role, RoleGrant } from './actor.ts';

export interface User {
  id: number;
  email: string;
  emailVerifiedAt: Date | null;
  displayName: string;
  passwordHash: string | null;
  locale: 'mn' | 'en';
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  failedSignIns: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
}

const USER_COLUMNS = sql`id, email, email_verified_at as "emailVerifiedAt", display_name as "displayName",
  password_hash as "passwordHash", locale, totp_secret as "totpSecret", totp_enabled_at as "totpEnabledAt",
  totp_last_step as "totpLastStep", failed_sign_ins as "failedSignIns", locked_until as "lockedUntil",
  disabled_at as "disabledAt", created_at as "createdAt"`;
const USER = sql`select ${USER_COLUMNS} from users`;

/** Emails compare in one form: trimmed, lower case (NFC). */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

export const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/u;

export async function findUserByEmail(q: Queryable, email: string): Promise<User | undefined> {
  const [user] = await q.query<User>(sql`${USER} where email = ${normaliseEmail(email)}`);
  return user;
}

export async function findUserById(q: Queryable, id: number): Promise<User | undefined> {
  const [user] = await q.query<User>(sql`${USER} where id = ${id}`);
  return user;
}

export async function createUser(
  q: Queryable,
  input: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    locale: 'mn' | 'en';
    emailVerified: boolean;
  },
): Promise<User> {
  const [user] = await q.query<User>(sql`
    insert into users (email, display_name, password_hash, locale, email_verified_at)
    values (${normaliseEmail(input.email)}, ${input.displayName.trim()}, ${input.passwordHash}, ${input.locale},
      ${input.emailVerified ? new Date() : null})
    returning ${USER_COLUMNS}`);
  await q.query(sql`insert into role_grants (user_id, role) values (${user!.id}, 'citizen')`);
  return user!;
}

interface GrantRow {
  role: Role;
  organizationId: number | null;
  includeSubOrganizations: boolean;
}

export async function activeGrants(q: Queryable, userId: number): Promise<RoleGrant[]> {
  return q.query<GrantRow>(sql`select role, organization_id as "organizationId",
      include_sub_organizations as "includeSubOrganizations"
    from role_grants where user_id = ${userId} and revoked_at is null order by id`);
}

/**
 * The organisations each organisation role reaches: the granted one and, where the grant says
 * so, all beneath it. Computed once per request, so permission checks are lookups.
 */
export async function organizationReach(
  q: Queryable,
  grants: readonly RoleGrant[],
): Promise<Partial<Record<Role, number[]>>> {
  const reach: Partial<Record<Role, number[]>> = {};
  for (const grant of grants) {
    if (grant.organizationId === null) continue;
    const ids = grant.includeSubOrganizations
      ? (
          await q.query<{ id: number }>(sql`
            with recursive tree as (
              select id from organizations where id = ${grant.organizationId}
              union select o.id from organizations o join tree t on o.parent_id = t.id
            ) select id from tree`)
        ).map((r) => r.id)
      : [grant.organizationId];
    reach[grant.role] = [...new Set([...(reach[grant.role] ?? []), ...ids])];
  }
  return reach;
}

export async function actorForUser(
  q: Queryable,
  userId: number,
  options: { tokenId?: number; scopes?: readonly string[] | null; secondFactor?: boolean } = {},
): Promise<Actor> {
  const grants = await activeGrants(q, userId);
  return {
    kind: options.tokenId ? 'token' : 'user',
    userId,
    tokenId: options.tokenId ?? null,
    label: options.tokenId ? `token:${options.tokenId}` : `user:${userId}`,
    roles: grants,
    reach: await organizationReach(q, grants),
    scopes: options.scopes ?? null,
    secondFactor: options.secondFactor ?? false,
  };
}
