import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { revokeAllSessions, revokeSession } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/database.ts';
import type { RequestMeta } from '../../platform/http/types.ts';

/** Ends one session (signing out, or ending a session listed on the account page), audited. */
export async function endSession(
  db: Database,
  actor: Actor,
  idHash: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
  reason: 'sign-out' | 'ended',
): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSession(tx, idHash);
    if (actor.userId === null) return;
    await recordAudit(tx, {
      actor,
      action: reason === 'sign-out' ? 'accounts.sign-out' : 'accounts.end-session',
      subject: { type: 'user', id: actor.userId },
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}

/** Signs a user out on every other device, audited; returns how many sessions ended. */
export async function endOtherSessions(
  db: Database,
  actor: Actor & { userId: number },
  keepIdHash: string | undefined,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, actor.userId, keepIdHash);
    await recordAudit(tx, {
      actor,
      action: 'accounts.end-other-sessions',
      subject: { type: 'user', id: actor.userId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { ended },
    });
    return ended;
  });
}
