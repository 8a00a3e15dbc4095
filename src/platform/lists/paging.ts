import { type SqlQuery, sql } from '../db/sql.ts';
import { validationFailed } from '../http/errors.ts';
import { withQuery } from '../views/context.ts';

/**
 * The one cap on page numbers, for pages and APIs alike: the widest of the caps the modules had
 * (the organisations API's documented maximum), so that no API's contract narrows. A page past
 * the last one is empty, never an error.
 */
export const PAGE_CAP = 100_000;

/** The cap on rows per page or per API call (`pageSize`, `limit`), unless a list declares its own. */
export const MAX_PAGE_SIZE = 500;

/**
 * The most a list may declare as its `maxPageSize`: what the widest existing API (the catalogue's
 * rows and changes, procurement's packages) already takes as `limit`, so that its contract holds.
 */
export const PAGE_SIZE_CEILING = 1_000;

/** The largest `pageSize` or `limit` one list's API takes. */
export function maxPageSizeOf(list: { maxPageSize?: number }): number {
  return list.maxPageSize ?? MAX_PAGE_SIZE;
}

/**
 * A page number from a page's query string, leniently: missing, not a number or below 1 is page 1,
 * above the cap is the cap. Pages never answer a bad page number with an error.
 */
export function readPageNumber(raw: unknown): number {
  const parsed = typeof raw === 'string' ? Number.parseInt(raw.slice(0, 20), 10) : Number.NaN;
  return Math.min(Math.max(1, parsed || 1), PAGE_CAP);
}

/** OFFSET of a page. */
export function pageOffset(page: number, pageSize: number): number {
  return (Math.min(Math.max(1, page), PAGE_CAP) - 1) * pageSize;
}

export interface OffsetLinks {
  self: string;
  next?: string;
  prev?: string;
}

/** `links` of an offset-paged API answer: itself, and the next and previous pages where they exist. */
export function offsetLinks(
  publicUrl: string,
  url: string,
  { page, pageSize, total }: { page: number; pageSize: number; total: number },
): OffsetLinks {
  const last = Math.max(1, Math.ceil(total / pageSize));
  return {
    self: `${publicUrl}${url}`,
    ...(page < last ? { next: `${publicUrl}${withQuery(url, { page: page + 1 })}` } : {}),
    ...(page > 1 ? { prev: `${publicUrl}${withQuery(url, { page: page - 1 })}` } : {}),
  };
}

/** Values of the last row's order expressions as an opaque cursor (`links.next` of a keyset API). */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * A cursor back to its values; a cursor this API did not give (not base64url JSON of `size`
 * scalars) is a 422 naming `field`.
 */
export function decodeCursor(cursor: string, size: number, field = 'query.after'): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === size &&
      values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    )
      return values;
  } catch {
    // Not JSON: the same answer as any other cursor this API did not give.
  }
  throw validationFailed([{ field, message: 'is not a cursor this API gave' }]);
}

/** One expression of an order, with its direction. */
export interface OrderTerm {
  expr: SqlQuery;
  desc: boolean;
  nulls?: 'first' | 'last';
}

/** `order by a desc nulls last, b, c` */
export function orderClause(terms: readonly OrderTerm[]): SqlQuery {
  return sql`order by ${sql.join(
    terms.map(
      (t) =>
        sql`${t.expr} ${sql.raw(t.desc ? 'desc' : 'asc')}${t.nulls ? sql.raw(` nulls ${t.nulls}`) : sql.empty}`,
    ),
  )}`;
}

/**
 * The rows after a cursor in an order of any directions:
 * `(a > $1) or (a = $1 and b < $2) or (a = $1 and b = $2 and c > $3)`.
 * The order's expressions must not be null (wrap a nullable one in `coalesce`).
 */
export function keysetCondition(terms: readonly OrderTerm[], values: readonly unknown[]): SqlQuery {
  const alternatives = terms.map((term, i) => {
    const equal = terms.slice(0, i).map((t, j) => sql`${t.expr} = ${values[j]}`);
    const beyond = sql`${term.expr} ${sql.raw(term.desc ? '<' : '>')} ${values[i]}`;
    return sql`(${sql.join([...equal, beyond], ' and ')})`;
  });
  return sql`(${sql.join(alternatives, ' or ')})`;
}
