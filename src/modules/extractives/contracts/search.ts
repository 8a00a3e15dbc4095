import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import { moduleDocuments } from '../../../platform/search/documents.ts';
import { matcher, snippet } from '../../../platform/search/highlight.ts';
import { matchKey, matchWords } from '../../../platform/search/transliterate.ts';
import type { SearchDocument } from '../../../platform/search/types.ts';
import type { Html } from '../../../platform/views/html.ts';

/**
 * Full-text search over contracts: their metadata (titles, parties), the text of every page of
 * their documents, and their annotations. Each is indexed as the site search indexes its documents
 * (`src/platform/search`): `to_tsvector('simple', …)` of the match key, the text folded to Latin
 * words in Node, so Cyrillic and Latin spellings meet and PGlite and PostgreSQL hold the same
 * lexemes (no dictionary of either engine is involved).
 */

/** The lexemes a text is indexed with, as SQL: `to_tsvector('simple', match key)`. */
export const textVector = (text: string): SqlQuery => sql`to_tsvector('simple', ${matchKey(text)})`;

const MAX_TERMS = 8;

/** The query's words as the index holds them (unique, at most 8); empty when it has none. */
export function queryTerms(q: string): string[] {
  return [...new Set(matchWords(q.slice(0, 200)))].slice(0, MAX_TERMS);
}

/** `to_tsquery('simple', 'a & b')`: every word must be there. Terms are `[a-z0-9]+` (matchWords). */
export const tsQuery = (terms: readonly string[]): SqlQuery =>
  sql`to_tsquery('simple', ${terms.join(' & ')})`;

/** Where a contract matched: a page of a document, an annotation, or its metadata. */
export type MatchSource = 'text' | 'annotation' | 'metadata';

/**
 * Every match of the terms, ranked: pages, annotations (weighted above a page) and metadata
 * (above both). Rows `(contract_id, document_id, page_number, source, ref, rank)`; `ref` is the
 * annotation's id for an annotation.
 */
function hits(terms: readonly string[]): SqlQuery {
  return sql`
    with q as (select ${tsQuery(terms)} as q)
    select p.contract_id, p.document_id, p.page_number, 'text' as source, null::bigint as ref, ts_rank(p.tsv, q.q) as rank
      from extractive_contract_pages p, q where p.tsv @@ q.q
    union all
    select a.contract_id, a.document_id, a.page_number, 'annotation', a.id, 2 * ts_rank(a.tsv, q.q)
      from extractive_contract_annotations a, q where a.tsv @@ q.q
    union all
    select c.id, null, null, 'metadata', null, 3 * ts_rank(c.tsv, q.q)
      from extractive_contracts c, q where c.tsv @@ q.q`;
}

/** The list's `q` condition on its rows `d`: the contract matched somewhere. */
export function matchesText(q: string): SqlQuery {
  const terms = queryTerms(q);
  if (terms.length === 0) return sql`true`;
  return sql`d.id in (select h.contract_id from (${hits(terms)}) h)`;
}

export interface ContractMatch {
  contractId: number;
  slug: string;
  source: MatchSource;
  /** The document and page of a match in the text or an annotation on a page. */
  documentId: number | null;
  page: number | null;
  /** A window of the matched text, the query's words in `<mark>`. */
  snippet: Html;
}

interface BestHit {
  contractId: number;
  slug: string;
  source: MatchSource;
  documentId: number | null;
  page: number | null;
  text: string;
}

/**
 * The best match of each contract (or of the contracts given), best ranked first, with its page
 * and a snippet: the search the list page and the API run. The text of only the matches kept is
 * read, after they are chosen.
 */
export async function searchContracts(
  db: Queryable,
  q: string,
  options: { limit?: number; contractIds?: readonly number[] } = {},
): Promise<ContractMatch[]> {
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  const only = options.contractIds
    ? sql`where h.contract_id = any(${[...options.contractIds]}::bigint[])`
    : sql.empty;
  const rows = await db.query<BestHit>(sql`
    with best as (
      select distinct on (h.contract_id) h.contract_id, h.document_id, h.page_number, h.source, h.ref, h.rank
      from (${hits(terms)}) h ${only}
      order by h.contract_id, h.rank desc, h.document_id nulls last, h.page_number nulls last
    ), top as (select * from best order by rank desc, contract_id limit ${options.limit ?? 20})
    select t.contract_id::int as "contractId", c.slug, t.source, t.document_id::int as "documentId",
      t.page_number as page,
      case t.source
        when 'text' then (select p.text from extractive_contract_pages p
          where p.document_id = t.document_id and p.page_number = t.page_number)
        when 'annotation' then (select a.summary_en || ' ' || a.summary_mn
          from extractive_contract_annotations a where a.id = t.ref)
        else c.title_en || ' ' || c.title_mn end as text
    from top t join extractive_contracts c on c.id = t.contract_id
    order by t.rank desc, t.contract_id`);
  const isMatch = matcher(terms);
  return rows.map(({ text, ...r }) => ({ ...r, snippet: snippet(text ?? '', isMatch) }));
}

interface DocumentRow {
  id: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  typeCode: string;
  partiesMn: string;
  partiesEn: string;
  notesMn: string;
  notesEn: string;
  text: string;
  organizationId: number;
  year: number | null;
  updatedAt: Date;
}

/** The site search's documents: a contract with its parties, annotations and the start of its text. */
const documents = moduleDocuments<DocumentRow>('extractives', {
  select: sql`
    select c.id::int as id, c.slug, c.title_mn as "titleMn", c.title_en as "titleEn", c.contract_type as "typeCode",
      coalesce((select string_agg(coalesce(e.name_mn, e.name_en, o.name_mn), '; ') from extractive_contract_parties p
        left join legal_entities e on e.id = p.legal_entity_id left join organizations o on o.id = p.organization_id
        where p.contract_id = c.id), '') as "partiesMn",
      coalesce((select string_agg(coalesce(e.name_en, e.name_mn, o.name_en), '; ') from extractive_contract_parties p
        left join legal_entities e on e.id = p.legal_entity_id left join organizations o on o.id = p.organization_id
        where p.contract_id = c.id), '') as "partiesEn",
      coalesce((select string_agg(a.summary_mn, ' ') from extractive_contract_annotations a where a.contract_id = c.id), '') as "notesMn",
      coalesce((select string_agg(a.summary_en, ' ') from extractive_contract_annotations a where a.contract_id = c.id), '') as "notesEn",
      coalesce((select left(string_agg(p.text, ' ' order by p.document_id, p.page_number), 12000)
        from extractive_contract_pages p where p.contract_id = c.id and p.page_number <= 5), '') as text,
      c.organization_id::int as "organizationId", extract(year from c.signed_on)::int as year, c.updated_at as "updatedAt"
    from extractive_contracts c`,
  id: sql`c.id`,
  document: (r): SearchDocument => ({
    kind: 'contract',
    key: r.slug,
    title: { mn: r.titleMn, en: r.titleEn },
    body: { mn: `${r.partiesMn}. ${r.notesMn}`, en: `${r.partiesEn}. ${r.notesEn}. ${r.text}` },
    url: `/extractives/contracts/${r.slug}`,
    organizationId: r.organizationId,
    year: r.year,
    updatedAt: r.updatedAt,
  }),
});

export const contractsSearch = documents.source('extractives.contracts.search.label', {
  contract: 'extractives.contracts.search.kind',
});

/**
 * After a write: the contract's own lexemes (titles and parties) and its site-search document,
 * in the writer's transaction.
 */
export async function reindexContract(tx: Queryable, contractId: number): Promise<void> {
  const [row] = await tx.query<{ text: string }>(sql`
    select concat_ws(' ', c.title_mn, c.title_en, c.slug,
      (select string_agg(concat_ws(' ', e.name_mn, e.name_en, o.name_mn, o.name_en), ' ') from extractive_contract_parties p
        left join legal_entities e on e.id = p.legal_entity_id left join organizations o on o.id = p.organization_id
        where p.contract_id = c.id)) as text
    from extractive_contracts c where c.id = ${contractId}`);
  await tx.query(
    sql`update extractive_contracts set tsv = ${textVector(row?.text ?? '')} where id = ${contractId}`,
  );
  await documents.index(tx, sql`c.id = ${contractId}`);
}
