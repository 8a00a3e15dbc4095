import { type DataTheme, dataThemeCodes } from '../../platform/datasets/vocabularies.ts';
import { type CatalogEntry, coversAimag, formatsOf, matchesText } from './catalog.ts';

/** The catalogue list's filters, as read (leniently) from the query. */
export interface ListFilters {
  q?: string;
  organization?: string;
  theme?: DataTheme;
  format?: string;
  aimag?: string;
}

export const facetNames = ['organization', 'theme', 'format', 'aimag'] as const;
export type FacetName = (typeof facetNames)[number];

/** Reads list filters; values that cannot be right are dropped, as list pages do, never an error. */
export function readListFilters(query: Readonly<Record<string, string | undefined>>): ListFilters {
  const filters: ListFilters = {};
  const q = query.q?.trim();
  if (q) filters.q = q.slice(0, 200);
  if (query.organization && /^[a-z0-9-]{1,100}$/.test(query.organization))
    filters.organization = query.organization;
  if (dataThemeCodes.includes(query.theme as DataTheme)) filters.theme = query.theme as DataTheme;
  if (query.format && /^[\w .-]{1,40}$/.test(query.format)) filters.format = query.format;
  if (query.aimag && /^[0-9A-Za-z-]{1,12}$/.test(query.aimag)) filters.aimag = query.aimag;
  return filters;
}

function passes(entry: CatalogEntry, filters: ListFilters, skip?: FacetName): boolean {
  const d = entry.dataset;
  if (filters.q && !matchesText(d, filters.q)) return false;
  if (skip !== 'organization' && filters.organization && d.publisher !== filters.organization) return false;
  if (skip !== 'theme' && filters.theme && !d.themes.includes(filters.theme)) return false;
  if (skip !== 'format' && filters.format && !formatsOf(d).includes(filters.format)) return false;
  if (skip !== 'aimag' && filters.aimag && !coversAimag(d, filters.aimag)) return false;
  return true;
}

/** The entries that pass every filter. */
export function applyFilters(entries: readonly CatalogEntry[], filters: ListFilters): CatalogEntry[] {
  return entries.filter((e) => passes(e, filters));
}

/**
 * Counts per value of each facet, each over the entries that pass the *other* filters, so a
 * facet shows what choosing another of its values would give.
 */
export function facetCounts(
  entries: readonly CatalogEntry[],
  filters: ListFilters,
  aimags: readonly string[],
): Record<FacetName, Map<string, number>> {
  const counts = {
    organization: new Map<string, number>(),
    theme: new Map<string, number>(),
    format: new Map<string, number>(),
    aimag: new Map<string, number>(),
  };
  const add = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  for (const entry of entries) {
    const d = entry.dataset;
    if (passes(entry, filters, 'organization')) add(counts.organization, d.publisher);
    if (passes(entry, filters, 'theme')) for (const theme of d.themes) add(counts.theme, theme);
    if (passes(entry, filters, 'format'))
      for (const format of new Set(formatsOf(d))) add(counts.format, format);
    if (passes(entry, filters, 'aimag'))
      for (const code of aimags) if (coversAimag(d, code)) add(counts.aimag, code);
  }
  return counts;
}
