import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, can } from '../../platform/auth/permissions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';

/**
 * The organisations an administrator works on, read from the platform's `organizations` table
 * (a platform part, not the organizations module's), and the reach checks every write goes
 * through.
 */

export interface AdminOrganization {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  parentId: number | null;
}

const ORGANIZATION = sql`select id, slug, name_mn as "nameMn", name_en as "nameEn", parent_id as "parentId"
  from organizations`;

export async function organizationBySlug(q: Queryable, slug: string): Promise<AdminOrganization> {
  const [org] = await q.query<AdminOrganization>(sql`${ORGANIZATION} where slug = ${slug}`);
  if (!org) throw notFound(`no organisation with slug "${slug}"`);
  return org;
}

/** A record that was looked for, or a 404 saying what was not found. */
export function found<T>(record: T | undefined, missing: string): T {
  if (record === undefined) throw notFound(missing);
  return record;
}

/** The organisation `slug`, once `actor` may do `action` on it (404, or 401/403 otherwise). */
export async function organizationToManage(
  q: Queryable,
  actor: Actor,
  slug: string,
  action: string,
): Promise<AdminOrganization> {
  const org = await organizationBySlug(q, slug);
  authorize(actor, action, { organizationId: org.id });
  return org;
}

export async function organizationsById(q: Queryable, ids: readonly number[]): Promise<AdminOrganization[]> {
  if (ids.length === 0) return [];
  return q.query<AdminOrganization>(sql`${ORGANIZATION} where id = any(${[...ids]}::bigint[]) order by slug`);
}

export async function allOrganizations(q: Queryable): Promise<AdminOrganization[]> {
  return q.query<AdminOrganization>(sql`${ORGANIZATION} order by mn_sort_key(name_mn) collate "C"`);
}

export async function childOrganizations(q: Queryable, id: number): Promise<AdminOrganization[]> {
  return q.query<AdminOrganization>(sql`${ORGANIZATION} where parent_id = ${id} order by slug`);
}

/** The organisation and every organisation beneath it. */
export async function subtreeIds(q: Queryable, id: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(sql`
    with recursive tree as (
      select id from organizations where id = ${id}
      union select o.id from organizations o join tree t on o.parent_id = t.id
    ) select id from tree`);
  return rows.map((r) => r.id);
}

/** The organisation and every organisation above it. */
export async function ancestorIds(q: Queryable, id: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(sql`
    with recursive up as (
      select id, parent_id from organizations where id = ${id}
      union select o.id, o.parent_id from organizations o join up u on o.id = u.parent_id
    ) select id from up`);
  return rows.map((r) => r.id);
}

/**
 * Whether `actor` may do `action` to every one of `organizationIds`: a grant "with
 * sub-organisations" needs the granting administrator to reach the whole subtree.
 */
export function reachesAll(actor: Actor, action: string, organizationIds: readonly number[]): boolean {
  return organizationIds.every((organizationId) => can(actor, action, { organizationId }));
}

/** The email domain of system accounts: `.invalid` is reserved (RFC 2606) and can receive no mail. */
export const SYSTEM_ACCOUNT_DOMAIN = 'shilen.invalid';

export function systemAccountEmail(slug: string): string {
  return `system+${slug}@${SYSTEM_ACCOUNT_DOMAIN}`;
}

/** SQL condition: the account in `users u` is not an organisation's system account. */
export const NOT_SYSTEM_ACCOUNT = sql`u.email not like ${`system+%@${SYSTEM_ACCOUNT_DOMAIN}`}`;
