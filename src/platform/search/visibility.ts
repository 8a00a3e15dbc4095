import type { Actor } from '../auth/actor.ts';
import { can, declaredActions } from '../auth/permissions.ts';
import { type SqlQuery, sql } from '../db/sql.ts';

/** Which restricted documents an actor may see, worked out once per search from `can`. */
export interface Visibility {
  /** Actions the actor may perform on any organisation's records (national roles, `anyone`, `signed-in`). */
  actions: string[];
  /** `action@organizationId` pairs the actor may perform only for those organisations (organisation roles). */
  scoped: string[];
}

/**
 * Every declared action the actor may perform, as `can` answers it: first for a record of no
 * particular organisation, then, for the rest, for each organisation the actor's roles reach.
 */
export function visibilityOf(actor: Actor): Visibility {
  const actions: string[] = [];
  const scoped: string[] = [];
  const reached = [...new Set(Object.values(actor.reach).flatMap((ids) => ids ?? []))];
  for (const action of declaredActions().keys()) {
    if (can(actor, action, { organizationId: null })) {
      actions.push(action);
      continue;
    }
    for (const organizationId of reached)
      if (can(actor, action, { organizationId })) scoped.push(`${action}@${organizationId}`);
  }
  return { actions, scoped };
}

/** The SQL condition on `search_documents d`: public documents, and restricted ones the actor may see. */
export function visibleCondition(visibility: Visibility): SqlQuery {
  const parts = [sql`d.restricted_action is null`];
  if (visibility.actions.length > 0)
    parts.push(sql`d.restricted_action = any(${visibility.actions}::text[])`);
  if (visibility.scoped.length > 0)
    parts.push(sql`(d.restricted_action || '@' || d.organization_id) = any(${visibility.scoped}::text[])`);
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, ' or ')})`;
}
