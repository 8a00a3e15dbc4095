import type { Actor } from '../auth/actor.ts';
import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { Bilingual } from '../i18n/index.ts';
import { cleanQuery, prepareQuery } from './terms.ts';
import { visibilityOf, visibleCondition } from './visibility.ts';

/**
 * Matches ranked, counted and faceted per search. A query matching more is answered from the
 * first this many found (the result says `capped`): that keeps every search a bounded amount of work.
 */
export const CANDIDATE_LIMIT = 1000;
/**
 * The documents of the sample (one in sixteen, by a hash of the id) that has a GIN index of its
 * own (migration 011_search_sample.sql; the text must match the index's predicate). A search whose
 * sample alone holds more than CANDIDATE_LIMIT matches has more than sixteen times as many: it is
 * capped whatever it reads, so it reads the sample's short posting lists instead of the whole
 * index's (a word in 45,000 of a million documents: 11 ms of posting lists, 0.6 ms in the sample).
 */
const SAMPLE_CONDITION = sql.raw('hashint8(d.id) & 15 = 0');
export const MAX_PAGE_SIZE = 100;
/** Values listed per facet, the most frequent first. */
const FACET_VALUES = 20;

export interface SearchFilters {
  module?: string;
  /** Organisation slug. */
  organization?: string;
  /** Code of an aimag or the capital. */
  aimag?: string;
  year?: number;
}

export interface SearchRequest extends SearchFilters {
  /** Whatever was typed; any text is accepted. */
  q?: unknown;
  page?: number;
  pageSize?: number;
}

export interface SearchItem {
  module: string;
  kind: string;
  key: string;
  title: Bilingual;
  body: Bilingual;
  url: string;
  organization: { slug: string; name: Bilingual } | null;
  aimag: { code: string; name: Bilingual } | null;
  year: number | null;
  score: number;
}

export interface FacetValue {
  value: string;
  /** Names of the value where it has them (organisations, aimags). */
  name?: Bilingual;
  count: number;
}

export interface Facets {
  module: FacetValue[];
  organization: FacetValue[];
  aimag: FacetValue[];
  year: FacetValue[];
}

export interface SearchResult {
  /** The query as read (capped, control characters removed), to show back. */
  q: string;
  items: SearchItem[];
  /** Matches the actor may see; at most CANDIDATE_LIMIT (then `capped`). */
  total: number;
  /** More than CANDIDATE_LIMIT matched: total and facets count the first CANDIDATE_LIMIT found. */
  capped: boolean;
  page: number;
  pageSize: number;
  facets: Facets;
  /** What matched, for highlighting. */
  terms: string[];
}

const noFacets = (): Facets => ({ module: [], organization: [], aimag: [], year: [] });

function filterConditions(filters: SearchFilters): SqlQuery {
  const parts: SqlQuery[] = [];
  if (filters.module) parts.push(sql`d.module = ${filters.module}`);
  if (filters.organization)
    parts.push(sql`d.organization_id = (select id from organizations where slug = ${filters.organization})`);
  if (filters.aimag) parts.push(sql`d.admin_unit_code = ${filters.aimag}`);
  if (filters.year !== undefined) parts.push(sql`d.year = ${filters.year}`);
  return parts.length > 0 ? sql`and ${sql.join(parts, ' and ')}` : sql.empty;
}

/** The filters as tsquery terms: the facet lexemes `documentVector` puts in every document. */
function filterTerms(filters: SearchFilters): SqlQuery {
  const term = (value: SqlQuery) => sql` && quote_literal(${value})::tsquery`;
  const parts: SqlQuery[] = [];
  if (filters.module) parts.push(term(sql`'@m' || ${filters.module}::text`));
  if (filters.organization)
    parts.push(
      term(
        sql`'@o' || coalesce((select id from organizations where slug = ${filters.organization})::text, '')`,
      ),
    );
  if (filters.aimag) parts.push(term(sql`'@a' || ${filters.aimag}::text`));
  if (filters.year !== undefined) parts.push(term(sql`'@y' || ${filters.year}::int`));
  return sql.join(parts, '');
}

const whole = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;

interface Row {
  total: number;
  items: (Omit<SearchItem, 'title' | 'body' | 'organization' | 'aimag'> & Record<string, unknown>)[];
  facets: { facet: keyof Facets; value: string; mn: string | null; en: string | null; count: number }[];
}

/**
 * Searches every module's documents the actor may see. Never throws for anything typed: input is
 * capped, cleaned and reduced to `[a-z0-9]` words before it reaches SQL, and only as parameters.
 * Restricted documents are filtered before anything is counted, so facets do not reveal them.
 */
export async function search(db: Queryable, actor: Actor, request: SearchRequest): Promise<SearchResult> {
  const q = cleanQuery(request.q);
  const pageSize = whole(request.pageSize, 1, MAX_PAGE_SIZE, 20);
  const page = whole(request.page, 1, Math.ceil(CANDIDATE_LIMIT / pageSize), 1);
  const empty: SearchResult = {
    q,
    items: [],
    total: 0,
    capped: false,
    page,
    pageSize,
    facets: noFacets(),
    terms: [],
  };
  const prepared = await prepareQuery(db, q);
  if (!prepared) return empty;
  const tsquery = sql`(to_tsquery('simple', ${prepared.tsquery})${filterTerms(request)})`;
  const visible = visibleCondition(visibilityOf(actor));
  // The query's words as a phrase in the title: a bonus above any rank of the words alone, larger
  // the more of the title they are (the body named "Зүүнхараа" before a contract that mentions it).
  const phrase = ` ${prepared.words.join(' ')} `;
  const candidates = (where: SqlQuery) => sql`
      select d.id, d.module, d.organization_id, d.admin_unit_code, d.year,
        ts_rank(d.tsv, ${tsquery}, 1)
          + case when strpos(' ' || d.title_key || ' ', ${phrase}) > 0
              then 1 + 0.5 * ${phrase.length - 2} / (length(d.title_key) + 1) else 0 end
          as score
      from search_documents d
      where d.tsv @@ ${tsquery} and ${visible} ${filterConditions(request)} ${where}
      limit ${CANDIDATE_LIMIT + 1}`;
  // The sample first; the whole index only when the sample does not fill the cap (a one-time
  // filter: the second scan is not started at all otherwise).
  const [row] = await db.query<Row>(sql`
    with sampled as materialized (${candidates(sql`and ${SAMPLE_CONDITION}`)}),
    hits as materialized (
      select * from sampled where (select count(*) from sampled) > ${CANDIDATE_LIMIT}
      union all
      (${candidates(sql`and (select count(*) from sampled) <= ${CANDIDATE_LIMIT}`)})
    ),
    counted as (select * from hits limit ${CANDIDATE_LIMIT}),
    page as (
      select id, score from counted order by score desc, id limit ${pageSize} offset ${(page - 1) * pageSize}
    )
    select
      (select count(*)::int from hits) as total,
      coalesce((select json_agg(json_build_object(
          'module', d.module, 'kind', d.kind, 'key', d.key, 'url', x.url, 'year', d.year, 'score', p.score,
          'titleMn', x.title_mn, 'titleEn', x.title_en, 'bodyMn', x.body_mn, 'bodyEn', x.body_en,
          'organizationSlug', o.slug, 'organizationMn', o.name_mn, 'organizationEn', o.name_en,
          'aimagCode', u.code, 'aimagMn', u.name_mn, 'aimagEn', u.name_en) order by p.score desc, p.id)
        from page p join search_documents d on d.id = p.id
        join search_document_texts x on x.document_id = d.id
        left join organizations o on o.id = d.organization_id
        left join admin_units u on u.code = d.admin_unit_code), '[]') as items,
      coalesce((select json_agg(f) from (
        (select 'module' as facet, module as value, null as mn, null as en, count(*)::int as count
          from counted group by module order by 5 desc, 2 limit ${FACET_VALUES})
        union all
        (select 'organization', o.slug, o.name_mn, o.name_en, count(*)::int from counted h
          join organizations o on o.id = h.organization_id group by o.slug, o.name_mn, o.name_en
          order by 5 desc, 2 limit ${FACET_VALUES})
        union all
        (select 'aimag', u.code, u.name_mn, u.name_en, count(*)::int from counted h
          join admin_units u on u.code = h.admin_unit_code group by u.code, u.name_mn, u.name_en
          order by 5 desc, 2 limit ${FACET_VALUES})
        union all
        (select 'year', year::text, null, null, count(*)::int from counted where year is not null
          group by year order by year desc limit ${FACET_VALUES})
      ) f), '[]') as facets`);
  if (!row) return empty;
  const facets = noFacets();
  for (const f of row.facets)
    facets[f.facet].push({
      value: f.value,
      count: f.count,
      ...(f.mn !== null && f.en !== null ? { name: { mn: f.mn, en: f.en } } : {}),
    });
  return {
    q,
    items: row.items.map(toItem),
    total: Math.min(row.total, CANDIDATE_LIMIT),
    capped: row.total > CANDIDATE_LIMIT,
    page,
    pageSize,
    facets,
    terms: prepared.terms,
  };
}

function toItem(r: Row['items'][number]): SearchItem {
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
  return {
    module: r.module,
    kind: r.kind,
    key: r.key,
    url: r.url,
    year: r.year ?? null,
    score: Number(r.score),
    title: { mn: text('titleMn'), en: text('titleEn') },
    body: { mn: text('bodyMn'), en: text('bodyEn') },
    organization: r.organizationSlug
      ? { slug: text('organizationSlug'), name: { mn: text('organizationMn'), en: text('organizationEn') } }
      : null,
    aimag: r.aimagCode
      ? { code: text('aimagCode'), name: { mn: text('aimagMn'), en: text('aimagEn') } }
      : null,
  };
}
