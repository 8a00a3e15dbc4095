import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { AUDIT_LOCK_KEY } from './audit.ts';
import { GENESIS_HASH } from './chain.ts';

/**
 * Daily heads: the chain's head as at the end of each calendar day in the country's time zone,
 * recorded once and published at /audit. A copy kept by anyone outside pins the trail's history
 * up to that day: rewriting it afterwards changes a published hash.
 */

export interface PublishedHead {
  /** A calendar day in the country's time zone, `YYYY-MM-DD`. */
  day: string;
  /** The last entry recorded before that day ended (0 when the trail was still empty). */
  seq: number;
  hash: string;
  /** When it was recorded (and so published): what it proves dates from then. */
  recordedAt?: string;
}

interface HeadRow {
  day: string;
  seq: number;
  hash: string;
  recorded_at: Date;
}

const present = (row: HeadRow): PublishedHead => ({
  day: row.day,
  seq: row.seq,
  hash: row.hash,
  recordedAt: row.recorded_at.toISOString(),
});

/**
 * Records the head of every complete day not recorded yet, from the day of the first entry (or
 * the day after the last recorded head) to the day before `now`. Idempotent, and safe in several
 * processes at once: it takes the appenders' lock, so no entry is in flight while it reads, and a
 * day already recorded is left alone. Returns the heads it recorded, oldest first.
 */
export async function recordDailyHeads(
  db: Database,
  now: Date,
  /** The country's time zone, in which days begin and end. */
  zone: string,
): Promise<PublishedHead[]> {
  const rows = await db.transaction(async (tx) => {
    await tx.query(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    return tx.query<HeadRow>(sql`
      with bounds as (
        select coalesce(
            (select max(day) + 1 from audit_heads),
            (select (at at time zone ${zone})::date from audit_log order by seq limit 1)
          ) as first_day,
          (${now.toISOString()}::timestamptz at time zone ${zone})::date - 1 as last_day
      )
      insert into audit_heads (day, seq, hash)
      select d.day, coalesce(h.seq, 0), coalesce(h.hash, ${GENESIS_HASH})
      from bounds,
        lateral (select g::date as day from generate_series(bounds.first_day::timestamp,
          bounds.last_day::timestamp, interval '1 day') as g) as d
        left join lateral (
          select seq, hash from audit_log
          where at < ((d.day + 1)::timestamp at time zone ${zone})
          order by at desc, seq desc limit 1
        ) as h on true
      on conflict (day) do nothing
      returning day::text as day, seq, hash, recorded_at`);
  });
  return rows.map(present).sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Every published head, oldest first: what /audit/heads.json serves and verification checks. */
export async function allDailyHeads(db: Queryable): Promise<PublishedHead[]> {
  const rows = await db.query<HeadRow>(
    sql`select day::text as day, seq, hash, recorded_at from audit_heads order by day`,
  );
  return rows.map(present);
}

/** One page of published heads, newest first. */
export async function listDailyHeads(
  db: Queryable,
  page: { page: number; pageSize: number },
): Promise<{ total: number; items: PublishedHead[] }> {
  const [count] = await db.query<{ total: number }>(sql`select count(*)::int as total from audit_heads`);
  const rows = await db.query<HeadRow>(sql`select day::text as day, seq, hash, recorded_at from audit_heads
    order by day desc limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`);
  return { total: count?.total ?? 0, items: rows.map(present) };
}

/**
 * Reads heads as a saved copy of /audit/heads.json holds them (the whole document or its `heads`
 * array). Throws an error naming the first bad element.
 */
export function parsePublishedHeads(value: unknown): PublishedHead[] {
  const list = Array.isArray(value) ? value : (value as { heads?: unknown } | null)?.heads;
  if (!Array.isArray(list)) throw new Error('expected the heads.json document or an array of heads');
  return list.map((item, index) => {
    const head = item as Partial<PublishedHead> | null;
    const ok =
      typeof head?.day === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(head.day) &&
      Number.isSafeInteger(head.seq) &&
      (head.seq as number) >= 0 &&
      typeof head.hash === 'string' &&
      /^[0-9a-f]{64}$/.test(head.hash);
    if (!ok) throw new Error(`heads[${index}] is not {"day": "YYYY-MM-DD", "seq": n, "hash": 64 hex digits}`);
    return { day: head.day as string, seq: head.seq as number, hash: head.hash as string };
  });
}

export interface PublisherOptions {
  /** How often to look for days to record; hourly by default. */
  intervalMs?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

/**
 * Records the daily heads once shortly after start and then every `intervalMs`, in this process.
 * The timers do not keep the process alive. Returns a stop function that waits for a run in
 * progress, so the database can be closed right after it.
 */
export function startAuditHeadPublisher(
  db: Database,
  timeZone: string,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
  options: PublisherOptions = {},
): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = recordDailyHeads(db, options.now?.() ?? new Date(), timeZone)
      .then(
        (heads) => {
          const last = heads.at(-1);
          if (last)
            log.info(
              { days: heads.length, day: last.day, seq: last.seq, hash: last.hash },
              'audit heads published',
            );
        },
        (error: unknown) => log.error({ err: error }, 'recording the daily audit heads failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, 0);
  const every = setInterval(run, options.intervalMs ?? 3_600_000);
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}
