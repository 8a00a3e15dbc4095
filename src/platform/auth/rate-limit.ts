import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit in a fixed window held in the database, so the limit holds across every web
 * process. `bucket` names what is limited and for whom: `sign-in:ip:1.2.3.4`.
 */
export async function hitRateLimit(
  q: Queryable,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const now = Date.now();
  const start = new Date(Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await q.query<{ hits: number }>(sql`
    insert into rate_limits (bucket, window_start, hits) values (${bucket}, ${start}, 1)
    on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
    returning hits`);
  const hits = row?.hits ?? 1;
  return {
    allowed: hits <= limit,
    hits,
    retryAfterSeconds: Math.max(1, Math.ceil((start.getTime() + windowSeconds * 1000 - now) / 1000)),
  };
}

/** Drops windows older than a day; run now and then (a job). */
export async function pruneRateLimits(q: Queryable): Promise<number> {
  const rows = await q.query(
    sql`delete from rate_limits where window_start < now() - interval '1 day' returning 1`,
  );
  return rows.length;
}
