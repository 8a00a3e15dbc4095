import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { randomToken, tokenHash } from './tokens.ts';

export interface ApiTokenRecord {
  id: number;
  prefix: string;
  name: string;
  userId: number;
  organizationId: number | null;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_COLUMNS = sql`id, prefix, name, user_id as "userId", organization_id as "organizationId", scopes,
  created_at as "createdAt", expires_at as "expiresAt", last_used_at as "lastUsedAt", revoked_at as "revokedAt"`;
const TOKEN = sql`select ${TOKEN_COLUMNS} from api_tokens`;

/** Issues a token for a system account; the secret is shown once and only its hash is kept. */
export async function createApiToken(
  q: Queryable,
  input: {
    userId: number;
    organizationId: number | null;
    name: string;
    scopes: readonly string[];
    expiresAt: Date;
    createdBy: number | null;
  },
): Promise<{ token: string; record: ApiTokenRecord }> {
  const prefix = randomToken(6).replace(/[-_]/g, 'x').slice(0, 8);
  const token = `shl_${prefix}_${randomToken()}`;
  const [record] = await q.query<ApiTokenRecord>(sql`
    insert into api_tokens (token_hash, prefix, name, user_id, organization_id, scopes, created_by, expires_at)
    values (${tokenHash(token)}, ${prefix}, ${input.name}, ${input.userId}, ${input.organizationId}, ${[...input.scopes]},
      ${input.createdBy}, ${input.expiresAt})
    returning ${TOKEN_COLUMNS}`);
  return { token, record: record! };
}

export type TokenCheck =
  | { ok: true; record: ApiTokenRecord }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'disabled' };

/**
 * Looks a presented token up; says why it is refused, so a client knows to renew it. A token
 * speaks for its account: while the account is disabled, so are its tokens.
 */
export async function checkApiToken(q: Queryable, token: string): Promise<TokenCheck> {
  if (!/^shl_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'unknown' };
  const [record] = await q.query<ApiTokenRecord & { disabled: boolean }>(sql`select ${TOKEN_COLUMNS},
      exists (select 1 from users u where u.id = api_tokens.user_id and u.disabled_at is not null) as disabled
    from api_tokens where token_hash = ${tokenHash(token)}`);
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.revokedAt) return { ok: false, reason: 'revoked' };
  if (record.disabled) return { ok: false, reason: 'disabled' };
  if (new Date(record.expiresAt).getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  if (!record.lastUsedAt || Date.now() - new Date(record.lastUsedAt).getTime() > 60_000) {
    await q.query(sql`update api_tokens set last_used_at = now() where id = ${record.id}`);
  }
  const { disabled: _, ...live } = record;
  return { ok: true, record: live };
}

export async function revokeApiToken(q: Queryable, id: number): Promise<boolean> {
  const rows = await q.query(
    sql`update api_tokens set revoked_at = now() where id = ${id} and revoked_at is null returning id`,
  );
  return rows.length > 0;
}

export async function listApiTokens(
  q: Queryable,
  filter: { organizationId?: number; userId?: number },
): Promise<ApiTokenRecord[]> {
  if (filter.organizationId !== undefined)
    return q.query(sql`${TOKEN} where organization_id = ${filter.organizationId} order by id desc`);
  return q.query(sql`${TOKEN} where user_id = ${filter.userId ?? 0} order by id desc`);
}
