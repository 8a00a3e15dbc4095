import { createHash } from 'node:crypto';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** What is counted per day: see migration 003 and the limits in the country pack's `feedback`. */
export type AllowanceKind = 'unconfirmed-mail' | 'anonymous-upload-bytes';

/**
 * Takes `amount` of a daily allowance for `address` (a mail address or a network address) inside
 * the caller's transaction: true when it fits under `limit` for the day of `now` in the country's
 * time zone, and is then counted; false, with nothing counted, when it does not. The upsert's row
 * lock makes concurrent takes for one address add up, never pass the limit together.
 */
export async function takeAllowance(
  tx: Queryable,
  kind: AllowanceKind,
  address: string,
  amount: number,
  limit: number,
  now: Date,
  timeZone: string,
): Promise<boolean> {
  if (amount > limit) return false;
  const subject = createHash('sha256').update(address).digest('hex');
  const day = sql`(${now}::timestamptz at time zone ${timeZone})::date`;
  // Yesterday's and older rows go a few at a time; rows another transaction holds are left for later.
  await tx.query(sql`delete from feedback_allowances where (kind, subject, day) in (
    select kind, subject, day from feedback_allowances where day < ${day} - 1 limit 100 for update skip locked)`);
  const taken = await tx.query(sql`
    insert into feedback_allowances (kind, subject, day, used) values (${kind}, ${subject}, ${day}, ${amount})
    on conflict (kind, subject, day) do update set used = feedback_allowances.used + excluded.used
      where feedback_allowances.used + excluded.used <= ${limit}
    returning used`);
  return taken.length > 0;
}

/**
 * The network a quota counts by: an IPv4 address as it is, an IPv6 address by its /64 (one
 * household or phone gets a whole /64 and may change the rest at will).
 */
export function networkOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
