import type { ChainEntry } from '../../platform/audit/chain.ts';
import { type FieldProblem, problem } from '../../platform/commands/index.ts';
import type { Queryable, Row } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchAfter } from '../../platform/lists/fetch.ts';
import { type ListFilterValues, readPageQuery } from '../../platform/lists/query.ts';
import type { DatasetField } from '../../platform/module.ts';
import { AUDIT_ROWS, auditList } from './lists.ts';

/** The filters of the audit search by name (`auditList`), each value one it accepts. */
export type AuditFilters = ListFilterValues;

/** What the page says of a filter it left out. */
const IGNORED: Readonly<Record<string, string>> = {
  action: 'administration.audit.badAction',
  from: 'administration.audit.badDate',
  to: 'administration.audit.badDate',
};

/**
 * Filters read leniently (`readPageQuery`): a value that cannot be used is left out and named in
 * `problems`, so the page says which filter it ignored instead of failing; so is a `to` before `from`.
 */
export async function readAuditFilters(
  db: Queryable,
  query: Readonly<Record<string, unknown>>,
  locale: Locale,
): Promise<{ filters: AuditFilters; problems: FieldProblem[] }> {
  const read = await readPageQuery(db, auditList, query, locale);
  const filters: Record<string, string> = { ...read.filters };
  const problems = read.ignored.flatMap((name) => (IGNORED[name] ? [problem(name, IGNORED[name])] : []));
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push(problem('to', 'administration.audit.dateOrder'));
    delete filters.to;
  }
  return { filters, problems };
}

/** An entry as the search shows it: as stored, with its actor's name and email. */
export interface AuditRow extends Omit<ChainEntry, 'at'> {
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
}

const COLUMNS = sql`d.seq, d.at, d.actor, d.actor_user_id as "actorUserId", d.actor_name as "actorName",
  d.actor_email as "actorEmail", d.role, d.action, d.subject_type as "subjectType",
  d.subject_id as "subjectId", d.purpose, d.ip, d.request_id as "requestId", d.details`;

/** One page, newest first, after the entry `before` (a seq), and the seq to continue from. */
export async function searchAudit(
  q: Queryable,
  filters: AuditFilters,
  options: { before?: number; pageSize: number },
): Promise<{ rows: AuditRow[]; next?: number }> {
  const page = await fetchAfter<AuditRow>(q, auditList, {
    rows: AUDIT_ROWS,
    select: COLUMNS,
    filters,
    sort: auditList.sort.default,
    locale: 'en',
    limit: options.pageSize,
    ...(options.before !== undefined ? { afterKey: [options.before] } : {}),
  });
  return { rows: page.items, ...(page.nextKey ? { next: Number(page.nextKey[0]) } : {}) };
}

/** Every matching entry, newest first, read in batches so memory stays flat. */
export async function* auditRows(q: Queryable, filters: AuditFilters, batch = 1000): AsyncGenerator<Row> {
  let before: number | undefined;
  do {
    const { rows, next } = await searchAudit(q, filters, { before, pageSize: batch });
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
    before = next;
  } while (before !== undefined);
}

/** The CSV's columns: name, type, and their titles in Mongolian and English. */
const CSV_COLUMNS: readonly (readonly [string, DatasetField['type'], string, string])[] = [
  ['seq', 'integer', 'Дугаар', 'Number'],
  ['at', 'datetime', 'Хэзээ', 'When'],
  ['actor', 'string', 'Хэн', 'Who'],
  ['actor_email', 'string', 'И-мэйл', 'Email'],
  ['role', 'string', 'Эрх', 'Role'],
  ['action', 'string', 'Үйлдэл', 'Action'],
  ['subject_type', 'string', 'Бичлэгийн төрөл', 'Record type'],
  ['subject_id', 'string', 'Бичлэг', 'Record'],
  ['purpose', 'string', 'Зорилго', 'Purpose'],
  ['ip', 'string', 'IP хаяг', 'IP address'],
  ['request_id', 'string', 'Хүсэлтийн дугаар', 'Request id'],
  ['details', 'string', 'Дэлгэрэнгүй', 'Details'],
];

export const auditCsvFields: readonly DatasetField[] = CSV_COLUMNS.map(([name, type, mn, en]) => ({
  name,
  type,
  title: { mn, en },
}));
