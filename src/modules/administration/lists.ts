import { normaliseEmail } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { defineList, type ListFilter } from '../../platform/lists/define.ts';
import { ISO_DATE, isIsoDate } from '../../platform/patterns.ts';
import { addDays } from './dates.ts';

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** The start of a day in the country's time zone (SQL's `country_time_zone()`, the chosen pack's). */
const dayStart = (date: string) => sql`(${date}::date::timestamp at time zone country_time_zone())`;

/** A text filter of the audit search: any text up to 200 characters, unless a pattern says more. */
const filter = (name: string, where: ListFilter['where'], more: Partial<ListFilter> = {}): ListFilter => ({
  name,
  control: 'text',
  label: `administration.audit.filter.${name}`,
  maxLength: 200,
  where,
  ...more,
});

/** A day `YYYY-MM-DD` that exists in the calendar. */
const day = { pattern: ISO_DATE, check: isIsoDate, input: { type: 'date' } } as const;

/**
 * Searching the audit trail for oversight: who (an account's email, or an actor label such as
 * `user:12`, `token:3`, `system:cli`, `anonymous`), what (an action, or an area: `organization`
 * matches `organization.*`), which record, when (days in the country's time zone, both included)
 * and text anywhere in the details (case-insensitive, Cyrillic too). Newest first by `seq`, in
 * keyset pages (`?before=<seq>` of the last entry shown). The rows `d` are `AUDIT_ROWS`.
 */
export const auditList = defineList({
  id: 'audit',
  pageSize: 50,
  filters: [
    filter('actor', (actor) =>
      actor.includes('@')
        ? sql`d.actor_user_id = (select id from users where email = ${normaliseEmail(actor)})`
        : sql`d.actor = ${actor}`,
    ),
    filter('action', (action) => sql`(d.action = ${action} or d.action like ${`${action}.%`})`, {
      pattern: /^[a-z][a-z0-9-]{0,199}(\.[a-z0-9-]{1,199}){0,199}$/,
    }),
    filter('subjectType', (type) => sql`d.subject_type = ${type}`),
    filter('subjectId', (id) => sql`d.subject_id = ${id}`),
    filter('from', (from) => sql`d.at >= ${dayStart(from)}`, day),
    filter('to', (to) => sql`d.at < ${dayStart(addDays(to, 1))}`, day),
    filter(
      'text',
      (text) => sql`mn_lower(d.details::text) like ('%' || mn_lower(${likeEscape(text)}) || '%') escape '\\'`,
    ),
  ],
  sort: {
    default: '-seq',
    tieBreaker: sql`d.seq`,
    tieBreakerDirection: 'sort',
    keys: { seq: () => ({ by: sql`d.seq` }) },
  },
});

/** The rows of the audit search: each entry with its actor's name and email. */
export const AUDIT_ROWS = sql`select a.*, u.display_name as actor_name, u.email as actor_email
  from audit_log a left join users u on u.id = a.actor_user_id`;
