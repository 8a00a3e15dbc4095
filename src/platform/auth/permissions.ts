import { AppError } from '../http/errors.ts';
import { type Actor, isOfficialRole, organizationRoles, type Role } from './actor.ts';

/** Who may perform an action; modules declare theirs in their manifest (`permissions`). */
export interface ActionRule {
  description: string;
  /** `anyone` includes visitors who are not signed in; `signed-in` is any account; else roles. */
  allow: 'anyone' | 'signed-in' | readonly Role[];
  /** The owner of the subject (the citizen who filed a case, say) may too. */
  owner?: boolean;
  /**
   * Restricted data: every use needs a stated purpose, recorded in the audit trail. A route whose
   * `config.access` names such an action refuses a request without one (400 naming `purpose`) and
   * records the read with its purpose before the handler runs (`http/auth.ts`); the handler finds
   * it in `request.purpose`.
   */
  purposeRequired?: boolean;
}

export type Permissions = Readonly<Record<string, ActionRule>>;

/** What a check is about: the organisation it belongs to and who owns it, where that matters. */
export interface Subject {
  organizationId?: number | null;
  ownerUserId?: number | null;
}

const rules = new Map<string, ActionRule>();

export function registerPermissions(permissions: Permissions): void {
  for (const [action, rule] of Object.entries(permissions)) {
    if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(action))
      throw new Error(`action names look like module.verb: ${action}`);
    const existing = rules.get(action);
    if (existing && existing !== rule) throw new Error(`action ${action} declared twice`);
    rules.set(action, rule);
  }
}

export function actionRule(action: string): ActionRule {
  const rule = rules.get(action);
  if (!rule) throw new Error(`unknown action ${action}: declare it in a manifest's permissions`);
  return rule;
}

export function declaredActions(): ReadonlyMap<string, ActionRule> {
  return rules;
}

/**
 * The one permission check, used by pages, API and CLI alike. Without a subject it answers
 * whether the actor could do this to some record (the gate in front of a route); with one, whether
 * to this record: organisation roles reach only their organisations.
 */
export function can(actor: Actor, action: string, subject?: Subject): boolean {
  const rule = actionRule(action);
  if (actor.scopes && !actor.scopes.includes(action)) return false;
  if (rule.allow === 'anyone') return true;
  if (actor.kind === 'anonymous') return false;
  if (rule.allow === 'signed-in') return true;
  if (rule.owner && subject?.ownerUserId != null && subject.ownerUserId === actor.userId) return true;
  return actor.roles.some((grant) => {
    if (!(rule.allow as readonly Role[]).includes(grant.role)) return false;
    // An official role without a proved second factor grants nothing (tokens are issued to officials who had one).
    if (
      isOfficialRole(grant.role) &&
      !actor.secondFactor &&
      actor.kind !== 'token' &&
      actor.kind !== 'system'
    )
      return false;
    if (!organizationRoles.includes(grant.role)) return true;
    if (subject === undefined || subject.organizationId === undefined) return true;
    return (
      subject.organizationId !== null && (actor.reach[grant.role] ?? []).includes(subject.organizationId)
    );
  });
}

/** `can`, or the right error: 401 for visitors who could sign in, 403 for everyone else. */
export function authorize(actor: Actor, action: string, subject?: Subject): void {
  if (can(actor, action, subject)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'sign in to do this');
  throw new AppError('forbidden', `not allowed: ${action}`);
}
