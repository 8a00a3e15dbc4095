import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { pageOffset } from '../../platform/lists/paging.ts';
import { CASE_SELECT, type FeedbackCase } from './cases.ts';
import { isStatus } from './kinds.ts';

export interface QueueFilters {
  status?: string;
  category?: string;
  overdue?: boolean;
  mine?: boolean;
  organization?: string;
}

/** Organisations whose cases the actor works on; null means all (platform administrators). */
export function responderReach(actor: Actor): number[] | null {
  if (actor.roles.some((g) => g.role === 'platform-administrator')) return null;
  return [
    ...new Set([
      ...(actor.reach['organization-responder'] ?? []),
      ...(actor.reach['organization-administrator'] ?? []),
    ]),
  ];
}

/** The responder's queue: open cases first by deadline, filtered; at most 200 a page. */
export async function responderQueue(
  q: Queryable,
  actor: Actor,
  filters: QueueFilters,
  now: Date,
  page: number,
): Promise<{ items: FeedbackCase[]; total: number }> {
  const reach = responderReach(actor);
  const where: SqlQuery[] = [];
  if (reach) where.push(sql`c.organization_id = any(${reach}::bigint[])`);
  if (filters.status === 'open' || !filters.status)
    where.push(sql`c.status in ('received', 'in-progress', 'awaiting-information')`);
  else if (isStatus(filters.status)) where.push(sql`c.status = ${filters.status}`);
  if (filters.category) where.push(sql`c.category_code = ${filters.category}`);
  if (filters.overdue)
    where.push(
      sql`c.deadline_at <= ${now} and c.status in ('received', 'in-progress', 'awaiting-information')`,
    );
  if (filters.mine) where.push(sql`c.assigned_user_id = ${actor.userId}`);
  if (filters.organization) where.push(sql`o.slug = ${filters.organization}`);
  const condition = where.length > 0 ? sql.join(where, ' and ') : sql`true`;
  const [items, [count]] = await Promise.all([
    q.query<FeedbackCase>(
      sql`${CASE_SELECT} where ${condition} order by c.deadline_at, c.id limit 50 offset ${pageOffset(page, 50)}`,
    ),
    q.query<{ total: number }>(sql`select count(*)::int as total from feedback_cases c
      join organizations o on o.id = c.organization_id where ${condition}`),
  ]);
  return { items, total: count?.total ?? 0 };
}

/** Staff of the case's organisation, who can be given it. */
export async function organizationStaff(
  q: Queryable,
  organizationId: number,
): Promise<{ id: number; name: string }[]> {
  return q.query(sql`select distinct u.id, u.display_name as name from role_grants g join users u on u.id = g.user_id
    where g.organization_id = ${organizationId} and g.revoked_at is null and u.disabled_at is null
      and g.role in ('organization-responder', 'organization-administrator') and u.email not like 'system+%'
    order by u.display_name`);
}
