import type { Queryable } from '../db/database.ts';
import type { SqlQuery } from '../db/sql.ts';
import type { Locale, Translator } from '../i18n/index.ts';
import type { FilterOption } from '../module.ts';
import { MAX_PAGE_SIZE, PAGE_SIZE_CEILING } from './paging.ts';

/** How a filter shows on the list page's filter form. */
export type FilterControl = 'text' | 'select' | 'checkbox';

/** Choices read from the database (e.g. the aimags), labelled in both languages, in the reader's order. */
export type OptionLoader = (db: Queryable, locale: Locale) => Promise<readonly FilterOption[]>;

/**
 * One filter of a list: a query parameter that the API, the page, the downloads and the SQL all
 * read from this declaration.
 */
export interface ListFilter {
  /** The query parameter, e.g. `kind`. */
  name: string;
  control: FilterControl;
  /** Message key of its label on the filter form; also the title of the dataset's download filter. */
  label: string;
  /** Shown in the API reference. */
  description?: string;
  /**
   * A `select`'s choices: fixed codes (labelled on the page by `optionLabel`, the API schema an
   * enum) or loaded from the database (the API then checks `pattern`, the page and the downloads
   * the loaded choices).
   */
  options?: readonly string[] | OptionLoader;
  /** The page's label of a fixed code, e.g. `(v, t) => t(\`organizations.kind.${v}\`)`; default the code. */
  optionLabel?: (value: string, t: Translator) => string;
  /**
   * The shape of a value: anchored (`^…$`) and bounded (`{1,12}`, no `*` or `+`), so that it bounds
   * the length as well and an API client gets one message for a bad value. Required for loaded
   * choices; for text without it, any text up to `maxLength` without control characters.
   */
  pattern?: RegExp;
  /**
   * A further check of a value its pattern lets through (a real calendar day: `isIsoDate`), made
   * by the page's lenient reader, which ignores a value that fails it. The API's schema and the
   * downloads check only the pattern: a list with a `check` whose API or dataset takes that filter
   * checks it there too.
   */
  check?: (value: string) => boolean;
  /** Longest value of a text filter (the API schema's maxLength); default 100. */
  maxLength?: number;
  /** The condition on the list's rows, which are `d`: `(v) => sql\`d.kind = ${v}\``. Values are parameters. */
  where: (value: string) => SqlQuery;
  /**
   * `false` keeps it off the page's filter form (e.g. `parent`, reached by links); default shown.
   * A value it holds is carried by the form as a hidden field, so applying other filters keeps it.
   */
  form?: boolean;
  /** A text filter's input: `type` (`date`, `number`) and `inputmode` (`numeric`), as `textField` takes them. */
  input?: { type?: 'text' | 'date' | 'number'; inputmode?: 'numeric' | 'decimal' };
  /** Marks the filter that narrows rows to one aimag (the catalogue's aimag facet links to it). */
  aimag?: boolean;
  /**
   * A select's value when the page is asked without one (or with one not allowed): a staff queue
   * that opens on its open cases. The form then shows it chosen and offers no "any".
   */
  default?: string;
}

/** What one sort key orders by: its main expression (the one a `-` reverses), then the rest ascending. */
export interface SortOrder {
  by: SqlQuery;
  nulls?: 'first' | 'last';
  thenBy?: readonly SqlQuery[];
}

export interface ListSort {
  /** Sort keys and their ORDER BY expressions on the rows `d`, per reader's language. */
  keys: Readonly<Record<string, (locale: Locale) => SortOrder>>;
  /** The sort of a list without `?sort=`: a key, or `-key` for descending. */
  default: string;
  /** A unique column that ends every order, so that equal rows keep one order across pages. */
  tieBreaker: SqlQuery;
  /**
   * The tie-breaker's direction: ascending whatever the sort (default), or `'sort'`, the direction
   * of the sort's main key (a `-key` sort ends with the tie-breaker descending). With `'sort'`, a
   * key that orders by the tie-breaker itself (the audit trail's `seq`, newest first) orders and
   * pages by that one column in either direction, without repeating it.
   */
  tieBreakerDirection?: 'ascending' | 'sort';
}

export interface ListDeclaration {
  /** For messages: `organizations`. */
  id: string;
  filters: readonly ListFilter[];
  sort: ListSort;
  /** Rows on a page of the site. */
  pageSize: number;
  /** Rows of an API page when the client asks for no size; default `pageSize`. Never above MAX_PAGE_SIZE. */
  apiPageSize?: number;
  /**
   * The largest `pageSize`/`limit` its API takes, for an API whose published contract already
   * took more than MAX_PAGE_SIZE; at most PAGE_SIZE_CEILING.
   */
  maxPageSize?: number;
}

/** Parameters every list reads itself, and the ones the site and the downloads reserve. */
export const RESERVED_PARAMETERS = ['sort', 'page', 'pageSize', 'after', 'limit', 'lang', 'bom', 'format'];

const NAME = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** An anchored pattern without an unbounded repetition (`*`, `+`, `{n,}`) bounds the length. */
export function boundedPattern(pattern: RegExp): boolean {
  const source = pattern.source;
  if (!source.startsWith('^') || !source.endsWith('$')) return false;
  return !/[*+]|\{\d+,\}/.test(source.replace(/\\./g, ''));
}

/** The values `?sort=` takes: each key and its `-key`, in declaration order. */
export function sortValues(list: ListDeclaration): string[] {
  return Object.keys(list.sort.keys).flatMap((k) => [k, `-${k}`]);
}

/**
 * Checks a list declaration once, at import, and returns it: a mistake (a reserved or repeated
 * name, a select without choices, an unbounded pattern, a default sort that is not a key, a page
 * size over the cap) stops the app naming it.
 */
export function defineList<const L extends ListDeclaration>(list: L): L {
  const fail = (what: string) => {
    throw new Error(`list ${list.id}: ${what}`);
  };
  const seen = new Set<string>();
  for (const f of list.filters) {
    if (!NAME.test(f.name)) fail(`filter name "${f.name}" is not a camelCase parameter name`);
    if (RESERVED_PARAMETERS.includes(f.name)) fail(`filter name "${f.name}" is reserved`);
    if (seen.has(f.name)) fail(`filter "${f.name}" is declared twice`);
    seen.add(f.name);
    if (f.control === 'select' && !f.options) fail(`select filter "${f.name}" has no options`);
    if (f.control !== 'select' && f.options) fail(`filter "${f.name}" has options but is not a select`);
    if (f.default !== undefined && f.control !== 'select')
      fail(`filter "${f.name}" has a default but is not a select`);
    if (typeof f.options === 'function' && !f.pattern)
      fail(`filter "${f.name}" loads its options, so it needs a pattern for the API`);
    if (f.pattern && !boundedPattern(f.pattern))
      fail(`filter "${f.name}": pattern ${f.pattern} must be anchored and bounded, e.g. ^[a-z]{1,12}$`);
    if (f.maxLength !== undefined && !(Number.isInteger(f.maxLength) && f.maxLength > 0))
      fail(`filter "${f.name}": maxLength must be a positive integer`);
  }
  const keys = Object.keys(list.sort.keys);
  if (keys.length === 0) fail('no sort keys');
  for (const key of keys) if (!NAME.test(key)) fail(`sort key "${key}" is not a plain name`);
  if (!sortValues(list).includes(list.sort.default)) fail(`default sort "${list.sort.default}" is not a key`);
  const max = list.maxPageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(max) || max < 1 || max > PAGE_SIZE_CEILING)
    fail(`maxPageSize ${max} is not between 1 and ${PAGE_SIZE_CEILING}`);
  for (const size of [list.pageSize, list.apiPageSize ?? list.pageSize])
    if (!Number.isInteger(size) || size < 1 || size > max)
      fail(`page size ${size} is not between 1 and ${max}`);
  return list;
}
