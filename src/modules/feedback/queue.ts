import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

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
