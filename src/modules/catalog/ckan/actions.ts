import {
  type DataTheme,
  dataThemeCodes,
  dataThemes,
  licences,
} from '../../../platform/datasets/vocabularies.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { type CatalogEntry, publishersBySlug } from '../catalog.ts';
import {
  type CkanContext,
  groupDict,
  groupName,
  organizationDict,
  organizationId,
  packageDict,
  packageId,
  searchDoc,
} from './package.ts';
import {
  boolean,
  ckanInvalid,
  ckanNotFound,
  ckanSearchError,
  integer,
  list,
  type Params,
  required,
  type SortKey,
  sortKeys,
  text,
} from './params.ts';
import { countTerms, MAX_DEPTH, parseQuery, type Query, QueryError, QueryTooDeep } from './query.ts';
import { matchesQuery, type SearchDoc, score } from './search.ts';

export interface ActionContext {
  ckan: CkanContext;
  db: Queryable;
  /** The catalogue as it is now. */
  entries(): Promise<CatalogEntry[]>;
  site: { title: string; description: string };
}

type Action = (ctx: ActionContext, params: Params) => Promise<unknown>;

const FACET_FIELDS = ['organization', 'tags', 'res_format', 'groups', 'license_id'] as const;
const SORT_FIELDS = ['score', 'metadata_modified', 'metadata_created', 'name', 'title_string', 'id'];

/** Terms and ranges one q or fq may hold. */
const MAX_TERMS = 100;
/** Filters `fq_list` may hold. */
const MAX_FILTERS = 20;

/** A q or fq parsed, within the bounds of what one search may ask (a 409 naming the parameter). */
function parse(textValue: string, name: string): Query {
  let query: Query;
  try {
    query = parseQuery(textValue);
  } catch (error) {
    if (error instanceof QueryTooDeep) throw ckanInvalid(name, `Must nest at most ${MAX_DEPTH} levels deep`);
    if (error instanceof QueryError) throw ckanSearchError(`${name}: ${error.message}`);
    throw error;
  }
  if (countTerms(query) > MAX_TERMS) throw ckanInvalid(name, `Must have at most ${MAX_TERMS} terms`);
  return query;
}

function compare(
  a: { doc: SearchDoc; score: number },
  b: { doc: SearchDoc; score: number },
  keys: SortKey[],
) {
  for (const { field, descending } of keys) {
    const value = (x: typeof a): number | string =>
      field === 'score'
        ? x.score
        : field === 'metadata_modified'
          ? (x.doc.metadata_modified?.getTime() ?? 0)
          : field === 'metadata_created'
            ? (x.doc.metadata_created?.getTime() ?? 0)
            : field === 'title_string'
              ? x.doc.title.toLocaleLowerCase()
              : x.doc[field as 'name' | 'id'];
    const [va, vb] = [value(a), value(b)];
    if (va !== vb) return (va < vb ? -1 : 1) * (descending ? -1 : 1);
  }
  return a.doc.name < b.doc.name ? -1 : 1;
}

function facetDisplay(ctx: ActionContext, entries: CatalogEntry[], field: string, value: string): string {
  if (field === 'organization')
    return entries.find((e) => e.publisher?.slug === value)?.publisher?.name[ctx.ckan.locale] ?? value;
  if (field === 'groups') {
    const theme = dataThemeCodes.find((t) => groupName(t) === value);
    return theme ? dataThemes[theme][ctx.ckan.locale] : value;
  }
  if (field === 'license_id') return Object.values(licences).find((l) => l.ckan === value)?.title ?? value;
  return value;
}

const packageSearch: Action = async (ctx, params) => {
  const q = parse(text(params, 'q') ?? '', 'q');
  const fqList = list(params, 'fq_list') ?? [];
  if (fqList.length > MAX_FILTERS) throw ckanInvalid('fq_list', `Must have at most ${MAX_FILTERS} filters`);
  const fq = text(params, 'fq');
  const filters = [
    ...(fq ? [parse(fq, 'fq')] : []),
    ...fqList.filter(Boolean).map((x) => parse(x, 'fq_list')),
  ];
  const rows = integer(params, 'rows', 10, 0, 1000);
  const start = integer(params, 'start', 0, 0, Number.MAX_SAFE_INTEGER);
  const sortText = text(params, 'sort') ?? 'score desc, metadata_modified desc';
  const keys = sortKeys(sortText, SORT_FIELDS);
  const facetFields = list(params, 'facet.field') ?? [];
  for (const f of facetFields)
    if (!(FACET_FIELDS as readonly string[]).includes(f))
      throw ckanInvalid('facet.field', `cannot facet by "${f}"; facet by ${FACET_FIELDS.join(', ')}`);
  const facetLimit = integer(params, 'facet.limit', 50, -1, 1000);
  const facetMin = integer(params, 'facet.mincount', 1, 0, 1_000_000);
  const entries = await ctx.entries();
  const now = new Date();
  let found: { entry: CatalogEntry; doc: SearchDoc; score: number }[];
  try {
    found = entries
      .map((entry) => ({ entry, doc: searchDoc(ctx.ckan, entry) }))
      .filter(({ doc }) => matchesQuery(doc, q, now) && filters.every((f) => matchesQuery(doc, f, now)))
      .map((x) => ({ ...x, score: score(x.doc, q) }));
  } catch (error) {
    if (error instanceof QueryError) throw ckanSearchError(error.message);
    throw error;
  }
  found.sort((a, b) => compare(a, b, keys));
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {};
  for (const field of facetFields) {
    const counts = new Map<string, number>();
    for (const { doc } of found) {
      const values =
        field === 'organization'
          ? [doc.organization]
          : field === 'license_id'
            ? [doc.license_id]
            : doc[field as 'tags'];
      for (const v of new Set(values)) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const items = [...counts]
      .filter(([, n]) => n >= facetMin)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, facetLimit < 0 ? undefined : facetLimit);
    facets[field] = Object.fromEntries(items);
    searchFacets[field] = {
      title: field,
      items: items.map(([name, count]) => ({
        name,
        display_name: facetDisplay(ctx, entries, field, name),
        count,
      })),
    };
  }
  return {
    count: found.length,
    sort: sortText,
    facets,
    search_facets: searchFacets,
    results: found.slice(start, start + rows).map((x) => packageDict(ctx.ckan, x.entry)),
  };
};

function findPackage(ctx: ActionContext, entries: CatalogEntry[], id: string): CatalogEntry {
  const entry = entries.find((e) => e.dataset.id === id || packageId(ctx.ckan.country, e.dataset.id) === id);
  if (!entry) throw ckanNotFound();
  return entry;
}

/** Organisations that publish datasets, with how many each. */
function publishers(entries: CatalogEntry[]) {
  const counts = new Map<string, { publisher: NonNullable<CatalogEntry['publisher']>; count: number }>();
  for (const e of entries) {
    if (!e.publisher) continue;
    const known = counts.get(e.publisher.slug);
    counts.set(e.publisher.slug, { publisher: e.publisher, count: (known?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

function page<T>(items: T[], params: Params): T[] {
  const offset = integer(params, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = integer(params, 'limit', 1000, 0, 1000);
  return items.slice(offset, offset + limit);
}

/** The action functions by name: the subset of CKAN's API that harvesters and clients call. */
export const actions: Readonly<Record<string, Action>> = {
  status_show: async (ctx) => ({
    site_title: ctx.site.title,
    site_description: ctx.site.description,
    site_url: ctx.ckan.publicUrl,
    ckan_version: '2.10.0',
    error_emails_to: null,
    locale_default: 'mn',
    extensions: [],
  }),

  package_list: async (ctx, params) => page((await ctx.entries()).map((e) => e.dataset.id).sort(), params),

  package_show: async (ctx, params) => {
    const entries = await ctx.entries();
    return packageDict(ctx.ckan, findPackage(ctx, entries, required(params, 'id')));
  },

  package_search: packageSearch,

  organization_list: async (ctx, params) => {
    const all = publishers(await ctx.entries());
    const [key] = sortKeys(text(params, 'sort') ?? 'name asc', ['name', 'title', 'package_count']);
    const value = (x: (typeof all)[number]) =>
      key?.field === 'package_count'
        ? x.count
        : key?.field === 'title'
          ? x.publisher.name[ctx.ckan.locale]
          : x.publisher.slug;
    all.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (key?.descending ? -1 : 1));
    const shown = page(all, params);
    return boolean(params, 'all_fields', false)
      ? shown.map((x) => organizationDict(ctx.ckan, x.publisher, x.count))
      : shown.map((x) => x.publisher.slug);
  },

  organization_show: async (ctx, params) => {
    const id = required(params, 'id');
    const entries = await ctx.entries();
    const published = publishers(entries).find(
      (x) => x.publisher.slug === id || organizationId(ctx.ckan.country, x.publisher.slug) === id,
    );
    const publisher = published?.publisher ?? (await publishersBySlug(ctx.db, [id])).get(id);
    if (!publisher) throw ckanNotFound();
    const theirs = entries.filter((e) => e.dataset.publisher === publisher.slug);
    return {
      ...organizationDict(ctx.ckan, publisher, theirs.length),
      ...(boolean(params, 'include_datasets', false)
        ? { packages: theirs.map((e) => packageDict(ctx.ckan, e)) }
        : {}),
      users: [],
      extras: [],
      tags: [],
      groups: [],
    };
  },

  group_list: async (ctx, params) => {
    const entries = await ctx.entries();
    const themes = dataThemeCodes.filter((t) => entries.some((e) => e.dataset.themes.includes(t)));
    const shown = page(themes, params);
    return boolean(params, 'all_fields', false)
      ? shown.map((t) => groupDict(ctx.ckan, t, entries.filter((e) => e.dataset.themes.includes(t)).length))
      : shown.map(groupName);
  },

  group_show: async (ctx, params) => {
    const id = required(params, 'id').toLowerCase();
    const theme = dataThemeCodes.find((t) => groupName(t) === id || groupDict(ctx.ckan, t).id === id) as
      | DataTheme
      | undefined;
    if (!theme) throw ckanNotFound();
    const theirs = (await ctx.entries()).filter((e) => e.dataset.themes.includes(theme));
    return {
      ...groupDict(ctx.ckan, theme, theirs.length),
      ...(boolean(params, 'include_datasets', false)
        ? { packages: theirs.map((e) => packageDict(ctx.ckan, e)) }
        : {}),
    };
  },

  license_list: async () =>
    Object.entries(licences).map(([spdx, l]) => ({
      id: l.ckan,
      title: l.title,
      url: l.url,
      od_conformance: 'approved',
      osd_conformance: 'not reviewed',
      status: 'active',
      spdx,
    })),
};
