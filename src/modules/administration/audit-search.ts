import type { JsonValue } from '../../platform/audit/chain.ts';
import { normaliseEmail } from '../../platform/auth/users.ts';
import { type FieldProblem, problem } from '../../platform/commands/index.ts';
import type { Queryable, Row } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { DatasetField } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { addDays } from './dates.ts';

/**
 * Searching the audit trail for oversight: filters on who, what, which record, when and the text
 * of the details; newest first, in keyset pages (`before` = the last seq shown).
 */

export interface AuditFilters {
  /** An account's email, or an actor label (`user:12`, `token:3`, `system:cli`, `anonymous`). */
  actor?: string;
  /** An action (`organization.grant-role`) or an area (`organization`). */
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** Dates `YYYY-MM-DD` in the country's time zone, both included. */
  from?: string;
  to?: string;
  /** Text anywhere in the details, case-insensitive (Cyrillic too). */
  text?: string;
}

export const AUDIT_FILTER_KEYS = [
  'actor',
  'action',
  'subjectType',
  'subjectId',
  'from',
  'to',
  'text',
] as const;

/**
 * Filters read leniently: a value that cannot be used is left out and named in `problems`, so the
 * page says which filter it ignored instead of failing.
 */
export function readAuditFilters(query: Readonly<Record<string, string | undefined>>): {
  filters: AuditFilters;
  problems: FieldProblem[];
} {
  const filters: AuditFilters = {};
  const problems: FieldProblem[] = [];
  for (const key of AUDIT_FILTER_KEYS) {
    const value = query[key]?.trim().slice(0, 200);
    if (value) filters[key] = value;
  }
  if (filters.action && !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(filters.action)) {
    problems.push(problem('action', 'administration.audit.badAction'));
    delete filters.action;
  }
  for (const key of ['from', 'to'] as const) {
    if (filters[key] && !isIsoDate(filters[key])) {
      problems.push(problem(key, 'administration.audit.badDate'));
      delete filters[key];
    }
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push(problem('to', 'administration.audit.dateOrder'));
    delete filters.to;
  }
  return { filters, problems };
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const dayStart = (date: string, timeZone: string) => sql`(${date}::date::timestamp at time zone ${timeZone})`;

/** The conditions of the filters; dates are days in `timeZone` (the country's). */
function conditions(filters: AuditFilters, timeZone: string): SqlQuery {
  const parts: SqlQuery[] = [sql`true`];
  if (filters.actor) {
    parts.push(
      filters.actor.includes('@')
        ? sql`a.actor_user_id = (select id from users where email = ${normaliseEmail(filters.actor)})`
        : sql`a.actor = ${filters.actor}`,
    );
  }
  if (filters.action)
    parts.push(sql`(a.action = ${filters.action} or a.action like ${`${filters.action}.%`})`);
  if (filters.subjectType) parts.push(sql`a.subject_type = ${filters.subjectType}`);
  if (filters.subjectId) parts.push(sql`a.subject_id = ${filters.subjectId}`);
  if (filters.from) parts.push(sql`a.at >= ${dayStart(filters.from, timeZone)}`);
  if (filters.to) parts.push(sql`a.at < ${dayStart(addDays(filters.to, 1), timeZone)}`);
  if (filters.text)
    parts.push(
      sql`mn_lower(a.details::text) like ('%' || mn_lower(${likeEscape(filters.text)}) || '%') escape '\\'`,
    );
  return sql.join(parts, ' and ');
}

export interface AuditRow {
  seq: number;
  at: Date;
  actor: string;
  actorUserId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  role: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  purpose: string | null;
  ip: string | null;
  requestId: string | null;
  details: JsonValue;
}

function select(
  filters: AuditFilters,
  timeZone: string,
  before: number | undefined,
  limit: number,
): SqlQuery {
  return sql`select a.seq, a.at, a.actor, a.actor_user_id as "actorUserId", u.display_name as "actorName",
      u.email as "actorEmail", a.role, a.action, a.subject_type as "subjectType", a.subject_id as "subjectId",
      a.purpose, a.ip, a.request_id as "requestId", a.details
    from audit_log a left join users u on u.id = a.actor_user_id
    where ${conditions(filters, timeZone)} ${before !== undefined ? sql`and a.seq < ${before}` : sql.empty}
    order by a.seq desc limit ${limit}`;
}

/** One page, newest first, and whether there are older entries after it. */
export async function searchAudit(
  q: Queryable,
  filters: AuditFilters,
  options: { timeZone: string; before?: number; pageSize: number },
): Promise<{ rows: AuditRow[]; more: boolean }> {
  const rows = await q.query<AuditRow>(
    select(filters, options.timeZone, options.before, options.pageSize + 1),
  );
  return { rows: rows.slice(0, options.pageSize), more: rows.length > options.pageSize };
}

/** Every matching entry, newest first, read in batches so memory stays flat. */
export async function* auditRows(
  q: Queryable,
  filters: AuditFilters,
  timeZone: string,
  batch = 1000,
): AsyncGenerator<Row> {
  let before: number | undefined;
  for (;;) {
    const rows = await q.query<AuditRow>(select(filters, timeZone, before, batch));
    for (const row of rows)
      yield {
        seq: row.seq,
        at: new Date(row.at),
        actor: row.actor,
        actor_email: row.actorEmail,
        role: row.role,
        action: row.action,
        subject_type: row.subjectType,
        subject_id: row.subjectId,
        purpose: row.purpose,
        ip: row.ip,
        request_id: row.requestId,
        details: row.details,
      };
    if (rows.length < batch) return;
    before = rows[rows.length - 1]!.seq;
  }
}

const field = (name: string, type: DatasetField['type'], mn: string, en: string): DatasetField => ({
  name,
  type,
  title: { mn, en },
});

export const auditCsvFields: readonly DatasetField[] = [
  field('seq', 'integer', 'Дугаар', 'Number'),
  field('at', 'datetime', 'Хэзээ', 'When'),
  field('actor', 'string', 'Хэн', 'Who'),
  field('actor_email', 'string', 'И-мэйл', 'Email'),
  field('role', 'string', 'Эрх', 'Role'),
  field('action', 'string', 'Үйлдэл', 'Action'),
  field('subject_type', 'string', 'Бичлэгийн төрөл', 'Record type'),
  field('subject_id', 'string', 'Бичлэг', 'Record'),
  field('purpose', 'string', 'Зорилго', 'Purpose'),
  field('ip', 'string', 'IP хаяг', 'IP address'),
  field('request_id', 'string', 'Хүсэлтийн дугаар', 'Request id'),
  field('details', 'string', 'Дэлгэрэнгүй', 'Details'),
];
