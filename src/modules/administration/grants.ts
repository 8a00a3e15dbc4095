import { recordAudit } from '../../platform/audit/audit.ts';
import type { JsonValue } from '../../platform/audit/chain.ts';
import type { Actor, Role } from '../../platform/auth/actor.ts';
import { auditRole, type Refused, refuse } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { RequestMeta } from '../../platform/http/types.ts';

/** What the administration's commands write alike: role grants made and ended, and their audit entries. */

/** Held for the rest of a transaction that could remove an administrator, so two such removals never both pass the check. */
export const ADMINISTRATOR_REMOVAL_LOCK = 7_243_101;

/**
 * Refuses to remove the last administrator (of an organisation, or of the platform): `others`
 * counts who would remain, under one advisory lock, so two administrators removing each other at
 * the same moment cannot both succeed. The refusal says so on `grant`, in its own words when the
 * actor removes themselves.
 */
export async function refuseLastAdministrator(
  tx: Queryable,
  actor: Actor,
  grant: { userId: number },
  check: { others: () => Promise<number>; key: string; selfKey: string },
): Promise<Refused | undefined> {
  await tx.query(sql`select pg_advisory_xact_lock(${ADMINISTRATOR_REMOVAL_LOCK})`);
  if ((await check.others()) > 0) return undefined;
  return refuse('grant', grant.userId === actor.userId ? check.selfKey : check.key);
}

/** A role granted by `grantedBy`; undefined when the account holds that role there already. */
export async function insertGrant(
  tx: Queryable,
  grant: {
    userId: number;
    role: Role;
    organizationId: number | null;
    includeSub: boolean;
    grantedBy: number | null;
  },
): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number }>(sql`
    insert into role_grants (user_id, role, organization_id, include_sub_organizations, granted_by)
    values (${grant.userId}, ${grant.role}, ${grant.organizationId}, ${grant.includeSub}, ${grant.grantedBy})
    on conflict (user_id, role, coalesce(organization_id, 0)) where revoked_at is null do nothing
    returning id`);
  return row?.id;
}

/** Ends a grant now; one ended already is a 404. */
export async function endGrant(tx: Queryable, grantId: number): Promise<void> {
  const rows = await tx.query(sql`update role_grants set revoked_at = now()
    where id = ${grantId} and revoked_at is null returning id`);
  if (rows.length === 0) throw notFound('the role was revoked already');
}

/**
 * The audit entry of an administrator's act, in its transaction: the role recorded is the one
 * `permission` allows on `organizationId` (null: a national one).
 */
export function auditAdministration(
  tx: Queryable,
  actor: Actor,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  entry: {
    permission: string;
    organizationId: number | null;
    action: string;
    subject: { type: string; id: string | number };
    details: Record<string, JsonValue | undefined>;
  },
) {
  return recordAudit(tx, {
    actor,
    role: auditRole(actor, entry.organizationId, entry.permission),
    action: entry.action,
    subject: entry.subject,
    ip: meta.ip,
    requestId: meta.requestId,
    details: entry.details,
  });
}
