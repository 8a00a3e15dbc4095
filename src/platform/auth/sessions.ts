import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { randomToken, tokenHash } from './tokens.ts';

export interface SessionRecord {
  idHash: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  secondFactorAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

const SESSION = sql`select id_hash as "idHash", user_id as "userId", created_at as "createdAt",
  last_seen_at as "lastSeenAt", expires_at as "expiresAt", second_factor_at as "secondFactorAt", ip,
  user_agent as "userAgent" from sessions`;

/** A new session with a fresh random id; returns the cookie token (only its hash is stored). */
export async function createSession(
  q: Queryable,
  userId: number,
  policy: SessionPolicy,
  meta: { ip?: string; userAgent?: string; secondFactor?: boolean },
): Promise<string> {
  const token = randomToken();
  const expires = new Date(Date.now() + policy.absoluteHours * 3600_000);
  await q.query(sql`insert into sessions (id_hash, user_id, expires_at, second_factor_at, ip, user_agent)
    values (${tokenHash(token)}, ${userId}, ${expires}, ${meta.secondFactor ? new Date() : null},
      ${meta.ip ?? null}, ${meta.userAgent?.slice(0, 300) ?? null})`);
  return token;
}

/**
 * The live session behind a cookie token, or undefined when it is unknown, revoked, past its
 * absolute expiry or idle for too long. Refreshes `last_seen_at` at most once a minute.
 */
export async function resolveSession(
  q: Queryable,
  token: string,
  policy: SessionPolicy,
): Promise<SessionRecord | undefined> {
  const idleSince = new Date(Date.now() - policy.idleMinutes * 60_000);
  const [session] = await q.query<SessionRecord>(sql`${SESSION}
    where id_hash = ${tokenHash(token)} and revoked_at is null and expires_at > now() and last_seen_at > ${idleSince}`);
  if (session && Date.now() - new Date(session.lastSeenAt).getTime() > 60_000) {
    await q.query(sql`update sessions set last_seen_at = now() where id_hash = ${session.idHash}`);
  }
  return session;
}

/**
 * Replaces a session by a new one (new id) keeping its user, on privilege change such as a
 * proved second factor, so an id known before the change is worth nothing after it.
 */
export async function rotateSession(
  q: Queryable,
  old: SessionRecord,
  policy: SessionPolicy,
  meta: { ip?: string; userAgent?: string; secondFactor: boolean },
): Promise<string> {
  await revokeSession(q, old.idHash);
  return createSession(q, old.userId, policy, meta);
}

export async function revokeSession(q: Queryable, idHash: string): Promise<void> {
  await q.query(sql`update sessions set revoked_at = now() where id_hash = ${idHash} and revoked_at is null`);
}

/** Signs a user out everywhere (optionally keeping the current session); returns how many ended. */
export async function revokeAllSessions(q: Queryable, userId: number, keepIdHash?: string): Promise<number> {
  const rows = await q.query(sql`update sessions set revoked_at = now()
    where user_id = ${userId} and revoked_at is null and id_hash <> ${keepIdHash ?? ''} returning id_hash`);
  return rows.length;
}

export async function listSessions(q: Queryable, userId: number): Promise<SessionRecord[]> {
  return q.query<SessionRecord>(sql`${SESSION}
    where user_id = ${userId} and revoked_at is null and expires_at > now() order by last_seen_at desc`);
}
