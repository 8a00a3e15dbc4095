import type { Translator } from '../i18n/index.ts';
import type { ShilenModule } from '../module.ts';
import type { Facets, FacetValue, SearchItem, SearchRequest } from './query.ts';
import { FILTER_PATTERNS } from './schemas.ts';

export const facetNames = ['module', 'organization', 'aimag', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

/** Names of modules, kinds and facet values in the reader's language. */
export interface Labels {
  kind(item: Pick<SearchItem, 'module' | 'kind'>): string;
  facet(facet: FacetName, value: FacetValue): string;
}

export function labels(modules: readonly ShilenModule[], t: Translator): Labels {
  const sources = new Map(modules.flatMap((m) => (m.searchDocuments ? [[m.name, m.searchDocuments]] : [])));
  return {
    kind: ({ module, kind }) => {
      const key = sources.get(module)?.kinds[kind];
      return key ? t(key) : kind;
    },
    facet: (facet, value) => {
      if (facet === 'module') {
        const key = sources.get(value.value)?.label;
        return key ? t(key) : value.value;
      }
      return value.name ? t.pick(value.name) : value.value;
    },
  };
}

/** Facet values with their labels, as the API gives them. */
export function labelledFacets(facets: Facets, label: Labels) {
  const list = (facet: FacetName) =>
    facets[facet].map((v) => ({ value: v.value, label: label.facet(facet, v), count: v.count }));
  return {
    module: list('module'),
    organization: list('organization'),
    aimag: list('aimag'),
    year: list('year'),
  };
}

/**
 * The search parameters of a page's query string, read leniently: a value that is not valid is
 * ignored (the page still answers), a repeated one counts once.
 */
export function readPageQuery(query: Record<string, unknown>): SearchRequest {
  const first = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : Array.isArray(value) ? first(value[0]) : undefined;
  const matching = (name: keyof typeof FILTER_PATTERNS) => {
    const value = first(query[name]);
    return value !== undefined && new RegExp(FILTER_PATTERNS[name]).test(value) ? value : undefined;
  };
  const integer = (value: unknown, max: number) => {
    const text = first(value);
    const n = text !== undefined && /^[0-9]{1,4}$/.test(text) ? Number(text) : undefined;
    return n !== undefined && n >= 1 && n <= max ? n : undefined;
  };
  return {
    q: query.q,
    module: matching('module'),
    organization: matching('organization'),
    aimag: matching('aimag'),
    year: integer(query.year, 9999),
    page: integer(query.page, 1000),
  };
}
