import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { Locale } from '../i18n/index.ts';
import type { ListDeclaration } from './define.ts';
import { decodeCursor, encodeCursor, keysetCondition, orderClause, PAGE_CAP, pageOffset } from './paging.ts';
import { type ListFilterValues, listConditions, listOrder } from './query.ts';

export interface ListSource {
  /** A `select … from …` whose rows are `d` in the filters' and sorts' expressions. */
  rows: SqlQuery;
  /** The columns of an item, over `d`; default `d.*`. */
  select?: SqlQuery;
}

export interface ListRequest extends ListSource {
  filters: ListFilterValues;
  sort: string;
  locale: Locale;
}

export interface OffsetPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page by OFFSET, with the total of matching rows: the paging of pages and of offset APIs. */
export async function fetchPage<T>(
  db: Queryable,
  list: ListDeclaration,
  request: ListRequest & { page: number; pageSize: number },
): Promise<OffsetPage<T>> {
  const conditions = listConditions(list, request.filters);
  const where = conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
  const page = Math.min(Math.max(1, request.page), PAGE_CAP);
  const order = orderClause(listOrder(list, request.sort, request.locale));
  const [items, [count]] = await Promise.all([
    db.query<T>(
      sql`select ${request.select ?? sql`d.*`} from (${request.rows}) d ${where} ${order}
        limit ${request.pageSize} offset ${pageOffset(page, request.pageSize)}`,
    ),
    db.query<{ total: number }>(sql`select count(*)::int as total from (${request.rows}) d ${where}`),
  ]);
  return { items, total: count?.total ?? 0, page, pageSize: request.pageSize };
}

export interface KeysetPage<T> {
  items: T[];
  /** The cursor of the next page; absent on the last. */
  next?: string;
  /**
   * The values behind `next` (the last row's order values, one per order expression), for a list
   * whose page carries them in its own parameter (the audit trail's `?before=<seq>`) instead of
   * the opaque cursor.
   */
  nextKey?: unknown[];
}

/**
 * Rows after a cursor, in the sort's order (its expressions and the tie-breaker, which must not
 * be null): the paging of keyset APIs. It asks one row more than `limit` to know whether a next
 * page exists, so the last page gives no cursor to an empty one. `afterKey` instead of `after`
 * gives the values themselves (as `nextKey` returns them), already checked by the caller.
 */
export async function fetchAfter<T extends object>(
  db: Queryable,
  list: ListDeclaration,
  request: ListRequest & { after?: string; afterKey?: readonly unknown[]; limit: number },
): Promise<KeysetPage<T>> {
  const terms = listOrder(list, request.sort, request.locale);
  const conditions = listConditions(list, request.filters);
  const key = request.afterKey ?? (request.after ? decodeCursor(request.after, terms.length) : undefined);
  if (key) {
    if (key.length !== terms.length) throw new Error(`list ${list.id}: a key of ${terms.length} values`);
    conditions.push(keysetCondition(terms, key));
  }
  const where = conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
  const keys = sql.join(terms.map((t, i) => sql`${t.expr} as ${sql.id(`keyset_${i}`)}`));
  const rows = await db.query<Record<string, unknown>>(
    sql`select ${request.select ?? sql`d.*`}, ${keys} from (${request.rows}) d ${where} ${orderClause(terms)}
      limit ${request.limit + 1}`,
  );
  const page = rows.slice(0, request.limit);
  const items = page.map((row) => {
    const item = { ...row };
    for (let i = 0; i < terms.length; i++) delete item[`keyset_${i}`];
    return item as T;
  });
  const last = page.at(-1);
  if (rows.length <= request.limit || !last) return { items };
  const values = terms.map((_, i) => {
    const v = last[`keyset_${i}`];
    return v instanceof Date ? v.toISOString() : v;
  });
  return { items, next: encodeCursor(values), nextKey: values };
}
