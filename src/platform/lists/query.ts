import { type TObject, type TSchema, Type } from 'typebox';
import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { Locale } from '../i18n/index.ts';
import type { FilterOption } from '../module.ts';
import type { ListDeclaration, ListFilter } from './define.ts';
import { sortValues } from './define.ts';
import { maxPageSizeOf, type OrderTerm, PAGE_CAP, readPageNumber } from './paging.ts';

/** Filter values by parameter name, each one checked against its declaration. */
export type ListFilterValues = Readonly<Record<string, string>>;

const DEFAULT_MAX_LENGTH = 100;

/** Control characters but tab, line feed and carriage return, which the input guard lets through. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

export function maxLengthOf(filter: ListFilter): number {
  return filter.maxLength ?? DEFAULT_MAX_LENGTH;
}

/** The JSON Schema of one filter's value in the API. */
function filterSchema(filter: ListFilter): TSchema {
  const described = filter.description ? { description: filter.description } : {};
  if (filter.control === 'checkbox') return Type.Enum(['1'], described);
  if (Array.isArray(filter.options)) return Type.Enum([...filter.options], described);
  // A bounded pattern bounds the length too; saying both would give two messages for one bad value.
  if (filter.pattern) return Type.String({ pattern: filter.pattern.source, ...described });
  return Type.String({ maxLength: maxLengthOf(filter), ...described });
}

export interface ApiQueryOptions {
  /** `offset`: `page` and `pageSize`; `keyset`: `after` (a cursor) and `limit`. */
  paging: 'offset' | 'keyset';
  /** Further parameters the route reads, after the list's own (e.g. `lang`). */
  extra?: Readonly<Record<string, TSchema>>;
}

/**
 * The API's query schema of a list: its filters, `sort`, the paging parameters under the one
 * cap, and nothing else (`additionalProperties: false`, so a misspelt parameter is a 422).
 */
export function listQuerySchema(list: ListDeclaration, options: ApiQueryOptions): TObject {
  const properties: Record<string, TSchema> = {};
  for (const filter of list.filters) properties[filter.name] = Type.Optional(filterSchema(filter));
  properties.sort = Type.Optional(Type.Enum(sortValues(list), { default: list.sort.default }));
  const size = list.apiPageSize ?? list.pageSize;
  if (options.paging === 'offset') {
    properties.page = Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_CAP, default: 1 }));
    properties.pageSize = Type.Optional(
      Type.Integer({ minimum: 1, maximum: maxPageSizeOf(list), default: size }),
    );
  } else {
    properties.after = Type.Optional(
      Type.String({ maxLength: 2000, description: 'Cursor from `links.next`' }),
    );
    properties.limit = Type.Optional(
      Type.Integer({ minimum: 1, maximum: maxPageSizeOf(list), default: size }),
    );
  }
  Object.assign(properties, options.extra ?? {});
  return Type.Object(properties, { additionalProperties: false });
}

/** An API query already checked against `listQuerySchema`, taken apart. */
export function readApiQuery(
  list: ListDeclaration,
  query: Readonly<Record<string, unknown>>,
): {
  filters: ListFilterValues;
  sort: string;
  page: number;
  pageSize: number;
  after?: string;
  limit: number;
} {
  const filters: Record<string, string> = {};
  for (const filter of list.filters) {
    const value = query[filter.name];
    if (typeof value === 'string' && value !== '') filters[filter.name] = value;
  }
  const size = list.apiPageSize ?? list.pageSize;
  const number = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    filters,
    sort: typeof query.sort === 'string' ? query.sort : list.sort.default,
    page: number(query.page, 1),
    pageSize: number(query.pageSize, size),
    limit: number(query.limit, size),
    ...(typeof query.after === 'string' ? { after: query.after } : {}),
  };
}

/** The choices of a select filter, for a reader of `locale`; undefined for other controls. */
export async function loadOptions(
  db: Queryable,
  filter: ListFilter,
  locale: Locale,
): Promise<readonly FilterOption[] | undefined> {
  if (filter.control === 'checkbox') return [{ value: '1', label: { mn: '1', en: '1' } }];
  if (!filter.options) return undefined;
  if (typeof filter.options === 'function') return filter.options(db, locale);
  return filter.options.map((value) => ({ value, label: { mn: value, en: value } }));
}

export interface PageQuery {
  filters: ListFilterValues;
  sort: string;
  page: number;
  /** Parameters whose value was not allowed and so left out (the page shows the list without them). */
  ignored: string[];
  /** The loaded choices of each select filter, for the filter form. */
  options: ReadonlyMap<string, readonly FilterOption[]>;
}

/**
 * A page's query read leniently: a value that is not allowed is ignored (and named in `ignored`),
 * never an error page; an unknown sort is the default; the page number is clamped to the cap.
 * Text is trimmed; text longer than allowed is cut to its `maxLength`; text with a control character
 * (but tab and line breaks, as the input guard) is ignored.
 */
export async function readPageQuery(
  db: Queryable,
  list: ListDeclaration,
  query: Readonly<Record<string, unknown>>,
  locale: Locale,
): Promise<PageQuery> {
  const filters: Record<string, string> = {};
  const ignored: string[] = [];
  const options = new Map<string, readonly FilterOption[]>();
  for (const filter of list.filters) {
    const choices = await loadOptions(db, filter, locale);
    if (choices && filter.control === 'select') options.set(filter.name, choices);
    const raw = query[filter.name];
    if (raw === undefined) continue;
    if (typeof raw !== 'string') {
      ignored.push(filter.name);
      continue;
    }
    const value = raw.trim();
    if (value === '') continue;
    const accepted =
      (choices
        ? choices.some((o) => o.value === value)
        : filter.pattern
          ? filter.pattern.test(value)
          : !CONTROL.test(value)) &&
      (filter.check?.(value) ?? true);
    if (!accepted) {
      ignored.push(filter.name);
      continue;
    }
    filters[filter.name] = choices || filter.pattern ? value : value.slice(0, maxLengthOf(filter));
  }
  for (const filter of list.filters)
    if (filter.default !== undefined && filters[filter.name] === undefined)
      filters[filter.name] = filter.default;
  const sort = typeof query.sort === 'string' && sortValues(list).includes(query.sort) ? query.sort : null;
  if (query.sort !== undefined && sort === null) ignored.push('sort');
  return { filters, sort: sort ?? list.sort.default, page: readPageNumber(query.page), ignored, options };
}

/** The SQL conditions (on the rows `d`) of checked filter values, in declaration order. */
export function listConditions(list: ListDeclaration, filters: ListFilterValues): SqlQuery[] {
  return list.filters.flatMap((f) => (filters[f.name] === undefined ? [] : [f.where(filters[f.name]!)]));
}

/** `where a and b`, or nothing. */
export function listWhere(list: ListDeclaration, filters: ListFilterValues): SqlQuery {
  const conditions = listConditions(list, filters);
  return conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
}

/**
 * The order of a sort value (`name`, `-name`): the key's main expression in that direction, its
 * further expressions ascending, then the tie-breaker (ascending, or with `tieBreakerDirection:
 * 'sort'` in the key's direction, and not repeated when the key is the tie-breaker itself). An
 * unknown value is the default.
 */
export function listOrder(list: ListDeclaration, sort: string, locale: Locale): OrderTerm[] {
  const chosen = sortValues(list).includes(sort) ? sort : list.sort.default;
  const desc = chosen.startsWith('-');
  const order = list.sort.keys[chosen.replace(/^-/, '')]!(locale);
  const followsSort = list.sort.tieBreakerDirection === 'sort';
  const tie = list.sort.tieBreaker;
  const byIsTie = followsSort && !order.thenBy?.length && !order.nulls && sameSql(order.by, tie);
  return [
    { expr: order.by, desc, ...(order.nulls ? { nulls: order.nulls } : {}) },
    ...(order.thenBy ?? []).map((expr) => ({ expr, desc: false })),
    ...(byIsTie ? [] : [{ expr: tie, desc: followsSort && desc }]),
  ];
}

/** Whether two fragments are the same SQL with the same parameters. */
function sameSql(a: SqlQuery, b: SqlQuery): boolean {
  const same = (x: readonly unknown[], y: readonly unknown[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.strings, b.strings) && same(a.values, b.values);
}

/**
 * The query schema of a list's page: every parameter a string of bounded length and nothing
 * more, so that the page reads it leniently (`readPageQuery`) instead of refusing it; only text
 * past these bounds is refused, as every request's is.
 */
export function pageQuerySchema(
  list: ListDeclaration,
  extra: Readonly<Record<string, TSchema>> = {},
): TObject {
  const properties: Record<string, TSchema> = {};
  for (const filter of list.filters)
    properties[filter.name] = Type.Optional(Type.String({ maxLength: Math.max(maxLengthOf(filter), 100) }));
  properties.sort = Type.Optional(Type.String({ maxLength: 100 }));
  properties.page = Type.Optional(Type.String({ maxLength: 40 }));
  properties.lang = Type.Optional(Type.String({ maxLength: 10 }));
  return Type.Object({ ...properties, ...extra });
}
