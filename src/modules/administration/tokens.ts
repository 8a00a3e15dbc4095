import { type Actor, organizationRoles, type Role } from '../../platform/auth/actor.ts';
import { type ApiTokenRecord, createApiToken, revokeApiToken } from '../../platform/auth/api-tokens.ts';
import { declaredActions } from '../../platform/auth/permissions.ts';
import { createUser, findUserByEmail } from '../../platform/auth/users.ts';
import { type FieldProblem, ok, problem, type Result } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { addDays, today } from './dates.ts';
import { auditAdministration } from './grants.ts';
import { type AdminOrganization, found, organizationToManage, systemAccountEmail } from './organizations.ts';

/**
 * API tokens for an organisation's systems. Each organisation has one system account
 * (`system+<slug>@shilen.invalid`, no password, cannot sign in) that owns its tokens and holds
 * exactly the organisation roles its live tokens' scopes need, for that organisation only.
 * See README.md for why.
 */

const MANAGE = 'organization.manage-tokens';
export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;

/** Never a token's scope: who holds roles and who holds tokens stays with people who proved a second factor. */
const NEVER_SCOPES = new Set(['organization.manage-members', 'organization.manage-tokens']);

export interface ScopeChoice {
  action: string;
  description: string;
  /** The least powerful organisation role the action allows, held by the system account. */
  role: Role;
}

/** The declared actions organisation roles may perform, as a token may be scoped to them. */
export function tokenScopes(): ScopeChoice[] {
  const choices: ScopeChoice[] = [];
  for (const [action, rule] of declaredActions()) {
    if (NEVER_SCOPES.has(action) || !Array.isArray(rule.allow)) continue;
    const role = organizationRoles.find((r) => (rule.allow as readonly Role[]).includes(r));
    if (role) choices.push({ action, description: rule.description, role });
  }
  return choices.sort((a, b) => a.action.localeCompare(b.action));
}

export interface IssueInput {
  name?: string;
  scopes?: string | string[];
  expiresOn?: string;
}

/** Checks a token's fields; `timeZone` (the country's) says which day is today. */
export function checkIssue(
  input: IssueInput,
  timeZone: string,
): {
  name: string;
  scopes: string[];
  expiresOn: string;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const name = (input.name ?? '').trim();
  if (!name) problems.push(problem('name', 'administration.error.tokenNameMissing'));
  else if (name.length > 100) problems.push(problem('name', 'administration.error.tokenNameLong'));
  const scopes = [...new Set([input.scopes ?? []].flat())];
  const known = new Set(tokenScopes().map((s) => s.action));
  if (scopes.length === 0) problems.push(problem('scopes', 'administration.error.scopesMissing'));
  else if (scopes.some((s) => !known.has(s)))
    problems.push(problem('scopes', 'administration.error.scopeUnknown'));
  const expiresOn = (input.expiresOn ?? '').trim();
  const now = today(timeZone);
  if (!expiresOn) problems.push(problem('expiresOn', 'administration.error.expiryMissing'));
  else if (!isIsoDate(expiresOn)) problems.push(problem('expiresOn', 'administration.error.expiryInvalid'));
  else if (expiresOn <= now) problems.push(problem('expiresOn', 'administration.error.expiryPast'));
  else if (expiresOn > addDays(now, MAX_TOKEN_DAYS))
    problems.push(problem('expiresOn', 'administration.error.expiryTooFar'));
  return { name, scopes, expiresOn, problems };
}

/** The organisation's system account, made on first use; an address taken by a person is refused. */
async function systemAccount(
  tx: Queryable,
  org: AdminOrganization,
): Promise<{ id: number; created: boolean }> {
  const email = systemAccountEmail(org.slug);
  const existing = await findUserByEmail(tx, email);
  if (existing) {
    const [identity] = await tx.query(sql`select 1 from user_identities where user_id = ${existing.id}`);
    if (existing.passwordHash !== null || identity)
      throw new AppError('conflict', `${email} is an account someone can sign in to; it cannot own tokens`);
    return { id: existing.id, created: false };
  }
  const user = await createUser(tx, {
    email,
    displayName: `${org.nameMn} · system`.slice(0, 200),
    passwordHash: null,
    locale: 'mn',
    emailVerified: false,
  });
  return { id: user.id, created: true };
}

/**
 * Brings the system account's roles for the organisation to what its live tokens need: the role
 * each scope requires is granted (without sub-organisations), a role no live token needs is revoked.
 */
async function syncSystemRoles(
  tx: Queryable,
  userId: number,
  organizationId: number,
  grantedBy: number | null,
): Promise<{ added: Role[]; removed: Role[] }> {
  const live = await tx.query<{ scopes: string[] }>(sql`select scopes from api_tokens
    where user_id = ${userId} and organization_id = ${organizationId} and revoked_at is null and expires_at > now()`);
  const roleOf = new Map(tokenScopes().map((s) => [s.action, s.role]));
  const needed = new Set(
    live.flatMap((t) => t.scopes.map((s) => roleOf.get(s)).filter((r) => r !== undefined)),
  );
  const held = await tx.query<{ id: number; role: Role }>(sql`select id, role from role_grants
    where user_id = ${userId} and organization_id = ${organizationId} and revoked_at is null`);
  const added = [...needed].filter((r) => !held.some((h) => h.role === r));
  const removed = held.filter((h) => !needed.has(h.role));
  for (const role of added)
    await tx.query(sql`insert into role_grants (user_id, role, organization_id, include_sub_organizations, granted_by)
      values (${userId}, ${role}, ${organizationId}, false, ${grantedBy})`);
  for (const grant of removed)
    await tx.query(sql`update role_grants set revoked_at = now() where id = ${grant.id}`);
  return { added, removed: removed.map((g) => g.role) };
}

/** Issues a token for the organisation's systems; the secret is returned once and never stored. */
export async function issueToken(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: IssueInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ token: string; record: ApiTokenRecord }>> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const { name, scopes, expiresOn, problems } = checkIssue(input, ctx.country.timeZone);
  if (problems.length > 0) return { ok: false, problems };
  return ctx.db.transaction(async (tx) => {
    const account = await systemAccount(tx, org);
    const [end] = await tx.query<{ at: Date }>(
      sql`select ((${expiresOn}::date + 1)::timestamp at time zone ${ctx.country.timeZone}) as at`,
    );
    const issued = await createApiToken(tx, {
      userId: account.id,
      organizationId: org.id,
      name,
      scopes,
      expiresAt: end!.at,
      createdBy: actor.userId,
    });
    const roles = await syncSystemRoles(tx, account.id, org.id, actor.userId);
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.issue-token',
      subject: { type: 'api-token', id: issued.record.id },
      details: {
        organization: org.slug,
        name,
        prefix: issued.record.prefix,
        scopes,
        expiresAt: new Date(issued.record.expiresAt).toISOString(),
        systemAccount: account.id,
        systemAccountCreated: account.created,
        rolesAdded: roles.added,
      },
    });
    return ok(issued);
  });
}

export async function findOrganizationToken(
  q: Queryable,
  organizationId: number,
  tokenId: number,
): Promise<ApiTokenRecord> {
  const [record] = await q.query<ApiTokenRecord>(sql`select id, prefix, name, user_id as "userId",
      organization_id as "organizationId", scopes, created_at as "createdAt", expires_at as "expiresAt",
      last_used_at as "lastUsedAt", revoked_at as "revokedAt"
    from api_tokens where id = ${tokenId} and organization_id = ${organizationId}`);
  return found(record, 'no token of this organisation with this id');
}

/** Revokes a token at once (its next request is refused with 401); revoking twice changes nothing. */
export async function revokeToken(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  tokenId: number,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<ApiTokenRecord> {
  const org = await organizationToManage(ctx.db, actor, slug, MANAGE);
  const record = await findOrganizationToken(ctx.db, org.id, tokenId);
  if (record.revokedAt) return record;
  await ctx.db.transaction(async (tx) => {
    if (!(await revokeApiToken(tx, record.id))) return;
    const roles = await syncSystemRoles(tx, record.userId, org.id, actor.userId);
    await auditAdministration(tx, actor, meta, {
      permission: MANAGE,
      organizationId: org.id,
      action: 'organization.revoke-token',
      subject: { type: 'api-token', id: record.id },
      details: {
        organization: org.slug,
        name: record.name,
        prefix: record.prefix,
        rolesRemoved: roles.removed,
      },
    });
  });
  return record;
}
