import { topLevelUnits } from '../../platform/admin-units.ts';
import type { Dataset } from '../../platform/datasets/dataset.ts';
import { dataThemeCodes, dataThemes } from '../../platform/datasets/vocabularies.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { defineList, type ListDeclaration } from '../../platform/lists/define.ts';
import { fetchPage } from '../../platform/lists/fetch.ts';
import { type ListFilterValues, listWhere } from '../../platform/lists/query.ts';
import type { FilterOption } from '../../platform/module.ts';
import { type CatalogEntry, coversAimag, formatsOf, publishersBySlug } from './catalog.ts';

/** The facets of the list: filters whose column in the rows `d` is an array of the values a dataset has. */
export const facetNames = ['organization', 'theme', 'format', 'aimag'] as const;
export type FacetName = (typeof facetNames)[number];

const column: Record<FacetName, string> = {
  organization: 'publishers',
  theme: 'themes',
  format: 'formats',
  aimag: 'aimags',
};

/** A dataset has the facet's value: `${value} = any(d.themes)`. */
const has = (facet: FacetName) => (value: string) => sql`${value} = any(${sql.raw(`d.${column[facet]}`)})`;

/** Choices of a facet that are the same in both languages (formats, codes). */
const plain = (values: readonly string[]): FilterOption[] =>
  values.map((value) => ({ value, label: { mn: value, en: value } }));

/**
 * `defineList`'s checks, but for the name `format`: the platform reserves it because a list's
 * dataset downloads read `?format=` as the file's format; this list has no downloads, and its page
 * has taken `?format=` as the file-format facet since it was written, so its URLs keep working.
 * The declaration is checked with that filter under another name, and returned as written.
 */
function defineCatalogList<const L extends ListDeclaration>(list: L): L {
  defineList({
    ...list,
    filters: list.filters.map((f) => (f.name === 'format' ? { ...f, name: 'fileFormat' } : f)),
  });
  return list;
}

/**
 * The catalogue's list of datasets (`/datasets`): its filters — text and the four facets —, sort
 * keys and page size, declared once; the page's query schema, its lenient reader and filter form,
 * and the SQL that filters, counts and pages all come from here. The datasets are the app's
 * declarations, so the rows `d` are made from them (`catalogRows`); the choices are those the
 * datasets have.
 */
export function catalogList(datasets: readonly Dataset[]) {
  const publishers = [...new Set(datasets.map((d) => d.publisher))];
  const formats = [...new Set(datasets.flatMap(formatsOf))];
  return defineCatalogList({
    id: 'catalog',
    pageSize: 20,
    filters: [
      {
        name: 'q',
        control: 'text',
        label: 'catalog.filter.q',
        maxLength: 200,
        // Every word must be in the id, titles, descriptions or keywords, in either language.
        where: (q) => {
          const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
          return words.length === 0
            ? sql`true`
            : sql`(${sql.join(
                words.map((w) => sql`strpos(d.search, ${w}) > 0`),
                ' and ',
              )})`;
        },
      },
      {
        name: 'organization',
        control: 'select',
        label: 'catalog.filter.organization',
        pattern: /^[a-z0-9-]{1,100}$/,
        options: async (db) => {
          const found = await publishersBySlug(db, publishers);
          return publishers.map((slug) => ({
            value: slug,
            label: found.get(slug)?.name ?? { mn: slug, en: slug },
          }));
        },
        where: has('organization'),
      },
      {
        name: 'theme',
        control: 'select',
        label: 'catalog.filter.theme',
        pattern: /^[A-Z_]{3,10}$/,
        options: async () => dataThemeCodes.map((code) => ({ value: code, label: dataThemes[code] })),
        where: has('theme'),
      },
      {
        name: 'format',
        control: 'select',
        label: 'catalog.filter.format',
        pattern: /^[\w .-]{1,40}$/,
        options: async () => plain(formats),
        where: has('format'),
      },
      {
        name: 'aimag',
        control: 'select',
        label: 'catalog.filter.aimag',
        aimag: true,
        pattern: /^[0-9A-Za-z-]{1,12}$/,
        options: async (db, locale) =>
          (await topLevelUnits(db, locale)).map((u) => ({
            value: u.code,
            label: { mn: u.nameMn, en: u.nameEn },
          })),
        where: has('aimag'),
      },
    ],
    sort: {
      default: 'title',
      tieBreaker: sql`d.position`,
      keys: {
        // Ranks made with the reader's collation (Intl.Collator), in the database's order whatever its locale.
        title: (locale: Locale) => ({ by: locale === 'mn' ? sql`d.title_rank_mn` : sql`d.title_rank_en` }),
        // Newest change first; never changed last.
        modified: () => ({ by: sql`d.recency` }),
      },
    },
  });
}

export type CatalogList = ReturnType<typeof catalogList>;

/** Positions (from 0) of the entries in an order; equal entries keep the declaration's order. */
function ranks(
  entries: readonly CatalogEntry[],
  compare: (a: CatalogEntry, b: CatalogEntry) => number,
): number[] {
  const order = entries.map((_, i) => i).sort((a, b) => compare(entries[a]!, entries[b]!));
  const rank: number[] = [];
  order.forEach((entry, position) => {
    rank[entry] = position;
  });
  return rank;
}

/**
 * The catalogue entries as the rows `d` the list's conditions and sorts read: one row a dataset
 * with its publisher, themes, formats and the aimags it covers as arrays, the text its `q` is
 * looked for in, and its ranks by title (in each language) and by last change.
 */
export function catalogRows(entries: readonly CatalogEntry[], aimagCodes: readonly string[]): SqlQuery {
  const title = (locale: Locale) => {
    const collator = new Intl.Collator(locale);
    return ranks(entries, (a, b) => collator.compare(a.dataset.title[locale], b.dataset.title[locale]));
  };
  const [mn, en] = [title('mn'), title('en')];
  const recency = ranks(entries, (a, b) => (b.modified?.getTime() ?? 0) - (a.modified?.getTime() ?? 0));
  const rows = entries.map(({ dataset: d }, i) => ({
    id: d.id,
    position: i,
    search: [
      d.id,
      d.title.mn,
      d.title.en,
      d.description.mn,
      d.description.en,
      ...d.keywords.mn,
      ...d.keywords.en,
    ]
      .join(' ')
      .toLocaleLowerCase(),
    publishers: [d.publisher],
    themes: d.themes,
    formats: [...new Set(formatsOf(d))],
    aimags: aimagCodes.filter((code) => coversAimag(d, code)),
    title_rank_mn: mn[i],
    title_rank_en: en[i],
    recency: recency[i],
  }));
  return sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as d(
    id text, position int, search text, publishers text[], themes text[], formats text[], aimags text[],
    title_rank_mn int, title_rank_en int, recency int)`;
}

/** A page of dataset ids in the list's order, with the total that pass the filters. */
export function catalogPage(
  db: Queryable,
  list: ListDeclaration,
  rows: SqlQuery,
  request: { filters: ListFilterValues; sort: string; page: number; locale: Locale },
) {
  return fetchPage<{ id: string }>(db, list, {
    ...request,
    rows,
    select: sql`d.id`,
    pageSize: list.pageSize,
  });
}

/**
 * How many datasets have each value of each facet, each facet counted over the datasets that pass
 * the *other* filters, so a facet shows what choosing another of its values would give.
 */
export async function facetCounts(
  db: Queryable,
  list: ListDeclaration,
  rows: SqlQuery,
  filters: ListFilterValues,
): Promise<Record<FacetName, Map<string, number>>> {
  const counted = await Promise.all(
    facetNames.map(async (facet) => {
      const others = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== facet));
      const found = await db.query<{ value: string; n: number }>(
        sql`select v as value, count(*)::int as n from (${rows}) d
          cross join lateral unnest(${sql.raw(`d.${column[facet]}`)}) v
          ${listWhere(list, others)} group by v`,
      );
      return [facet, new Map(found.map((r) => [r.value, r.n]))] as const;
    }),
  );
  return Object.fromEntries(counted) as Record<FacetName, Map<string, number>>;
}
