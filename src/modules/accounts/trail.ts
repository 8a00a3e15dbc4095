import { recordAudit } from '../../platform/audit/audit.ts';
import type { JsonValue } from '../../platform/audit/chain.ts';
import { anonymous } from '../../platform/auth/actor.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';

/** Who made an entry about an account: its owner, or someone not signed in. */
export type AccountActor = 'owner' | 'anonymous';

/**
 * An audit entry about one account (its subject), written in the change's transaction: by its
 * owner (sign-in, sign-up, a new password) or, for what a visitor does with it, by `anonymous`.
 */
export function auditAccount(
  tx: Queryable,
  userId: number,
  action: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  options: { by?: AccountActor; details?: Record<string, JsonValue | undefined> } = {},
) {
  return recordAudit(tx, {
    actor: options.by === 'anonymous' ? anonymous : { label: `user:${userId}`, userId },
    action,
    subject: { type: 'user', id: userId },
    ip: meta.ip,
    requestId: meta.requestId,
    ...(options.details ? { details: options.details } : {}),
  });
}

/**
 * A new session of an account, with the site's idle and absolute expiry, that has not proved a
 * second factor yet (the code upgrades it).
 */
export function startSession(
  ctx: ModuleContext,
  tx: Queryable,
  userId: number,
  meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
): Promise<string> {
  return createSession(tx, userId, sessionExpiry(ctx), {
    ip: meta.ip,
    userAgent: meta.userAgent,
    secondFactor: false,
  });
}

/** The site's session lifetimes. */
export const sessionExpiry = (ctx: ModuleContext) => ({
  idleMinutes: ctx.config.sessionIdleMinutes,
  absoluteHours: ctx.config.sessionAbsoluteHours,
});
