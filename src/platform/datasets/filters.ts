import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { FieldError } from '../http/errors.ts';
import type { DatasetDeclaration, DatasetFilter, FilterOption } from '../module.ts';

/** Filter values by parameter name, as checked against the declaration. */
export type FilterValues = Readonly<Record<string, string>>;

const DEFAULT_PATTERN = /^[\p{L}\p{N}_-]{1,100}$/u;

/** The choices of a filter with a value list (static or from the database); undefined for pattern filters. */
export async function filterOptions(
  db: Queryable,
  filter: DatasetFilter,
): Promise<readonly FilterOption[] | undefined> {
  if (filter.values === undefined) return undefined;
  if (typeof filter.values === 'function') return filter.values(db);
  return filter.values.map((value) => ({ value, label: { mn: value, en: value } }));
}

export type FilterCheck = { ok: true; filters: FilterValues } | { ok: false; errors: FieldError[] };

/**
 * Checks query parameters against a dataset's filters. Parameters in `allowed` (e.g. `bom`,
 * `lang`) pass through; any other unknown one, a repeated one or a value not allowed is an error
 * naming `query.<parameter>`. Empty values count as absent, as a GET form sends them.
 */
export async function checkFilters(
  db: Queryable,
  dataset: DatasetDeclaration,
  query: Readonly<Record<string, unknown>>,
  allowed: readonly string[] = [],
): Promise<FilterCheck> {
  const declared = new Map((dataset.filters ?? []).map((f) => [f.name, f]));
  const errors: FieldError[] = [];
  const filters: Record<string, string> = {};
  const accepted = [...declared.keys(), ...allowed].join(', ') || 'none';
  for (const [name, raw] of Object.entries(query)) {
    if (allowed.includes(name)) continue;
    const filter = declared.get(name);
    if (!filter) {
      errors.push({
        field: `query.${name}`,
        message: `is not a filter of ${dataset.id}; it accepts: ${accepted}`,
      });
      continue;
    }
    if (Array.isArray(raw)) {
      errors.push({ field: `query.${name}`, message: 'must be given once' });
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim() : String(raw ?? '');
    if (value === '') continue;
    const options = await filterOptions(db, filter);
    if (options) {
      if (!options.some((o) => o.value === value)) {
        const list = options.map((o) => o.value);
        const shown = list.length > 30 ? `${list.slice(0, 30).join(', ')}, …` : list.join(', ');
        errors.push({ field: `query.${name}`, message: `"${value.slice(0, 100)}" is not one of: ${shown}` });
        continue;
      }
    } else if (!(filter.pattern ?? DEFAULT_PATTERN).test(value)) {
      errors.push({ field: `query.${name}`, message: `"${value.slice(0, 100)}" is not a valid value` });
      continue;
    }
    filters[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, filters };
}

/** The SQL conditions (on the source's rows `d`) of checked filter values. */
export function filterConditions(dataset: DatasetDeclaration, filters: FilterValues): SqlQuery[] {
  const conditions: SqlQuery[] = [];
  for (const filter of dataset.filters ?? []) {
    const value = filters[filter.name];
    if (value === undefined) continue;
    conditions.push(filter.where ? filter.where(value) : sql`d.${sql.id(filter.name)} = ${value}`);
  }
  return conditions;
}

/** Filter values in a stable order, for cache keys and file names. */
export function canonicalFilters(filters: FilterValues): [string, string][] {
  return Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `?kind=ministry&aimag=65` for links to filtered downloads; empty without filters. */
export function filterQuery(filters: FilterValues, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams([...canonicalFilters(filters), ...Object.entries(extra)]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
