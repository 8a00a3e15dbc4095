import type { Actor, RoleGrant } from '../auth/actor.ts';
import { actionRule } from '../auth/permissions.ts';

/**
 * The role an actor acted as, for the audit trail: the one place it is chosen. Among the actor's
 * grants (only those the action allows, when an action is named), the first that is on the
 * record's organisation itself, else one whose reach includes it (sub-organisations), else a
 * national grant; failing all, the first grant the actor holds; null for an actor without any.
 */
export function auditRole(
  actor: Pick<Actor, 'roles' | 'reach'>,
  organizationId?: number | null,
  action?: string,
): string | null {
  const allow = action === undefined ? undefined : actionRule(action).allow;
  const grants: readonly RoleGrant[] = Array.isArray(allow)
    ? actor.roles.filter((g) => (allow as readonly string[]).includes(g.role))
    : actor.roles;
  const on = organizationId ?? undefined;
  const chosen =
    (on !== undefined ? grants.find((g) => g.organizationId === on) : undefined) ??
    (on !== undefined ? grants.find((g) => (actor.reach[g.role] ?? []).includes(on)) : undefined) ??
    grants.find((g) => g.organizationId === null) ??
    grants[0] ??
    actor.roles[0];
  return chosen?.role ?? null;
}
