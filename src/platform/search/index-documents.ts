import type { Database, Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { matchKey } from './transliterate.ts';
import type { SearchDocument } from './types.ts';

/** Characters of a body kept in the index; enough for any snippet, bounded for any record. */
const MAX_BODY_CHARS = 20_000;
/** Documents written per statement during a rebuild. */
export const BATCH_SIZE = 500;

const clip = (text: string | undefined) => (text ?? '').slice(0, MAX_BODY_CHARS);

/** SQL expressions of a document's columns, for `documentVector`. */
export interface VectorColumns {
  module: SqlQuery;
  organizationId: SqlQuery;
  aimag: SqlQuery;
  year: SqlQuery;
  titleKey: SqlQuery;
  bodyKey: SqlQuery;
}

/**
 * A document's tsvector: the title key (weight A) and the body key (weight B), and one lexeme per
 * facet value (`@m<module>`, `@o<organisation id>`, `@a<aimag>`, `@y<year>`) that no query word
 * can spell, since query words are `[a-z0-9]`. A filter is then one more term of the tsquery, which
 * the GIN index intersects with the words' postings instead of the heap being read and filtered.
 */
export function documentVector(c: VectorColumns): SqlQuery {
  return sql`setweight(to_tsvector('simple', ${c.titleKey}), 'A')
    || setweight(to_tsvector('simple', ${c.bodyKey}), 'B')
    || array_to_tsvector(array_remove(array['@m' || ${c.module}, '@o' || ${c.organizationId},
      '@a' || ${c.aimag}, '@y' || ${c.year}], null))`;
}

/**
 * The words of match keys that typo tolerance and completion may suggest (`search_words`): letters
 * only, at least 3 of them, each once, in C order.
 */
export function suggestionWords(keys: Iterable<string>, skip?: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  for (const key of keys)
    for (const word of key.split(' '))
      if (word.length >= 3 && !skip?.has(word) && /^[a-z]+$/.test(word)) words.add(word);
  // Sorted, so that concurrent writers take the words' locks in the same order.
  return [...words].sort();
}

/** The texts a document is indexed with (its body clipped) and the match keys made of them. */
export function documentKeys(d: Pick<SearchDocument, 'title' | 'body'>) {
  const body = { mn: clip(d.body?.mn), en: clip(d.body?.en) };
  return {
    body,
    titleKey: matchKey(`${d.title.mn} ${d.title.en}`),
    bodyKey: matchKey(`${body.mn} ${body.en}`),
  };
}

/**
 * Adds or replaces documents of `module` in the search index. Call it inside the transaction that
 * changes the records, so the index changes with them or not at all.
 */
export async function indexDocuments(
  q: Queryable,
  module: string,
  documents: readonly SearchDocument[],
): Promise<void> {
  if (documents.length === 0) return;
  // One row per (kind, key): the last one given wins, as it would in a loop of single writes.
  const unique = [...new Map(documents.map((d) => [`${d.kind}\u0000${d.key}`, d])).values()];
  const rows = unique.map((d) => ({ ...d, ...documentKeys(d) }));
  const column = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await indexDocumentsFrom(
    q,
    module,
    sql`select * from unnest(${column((r) => r.kind)}::text[], ${column((r) => r.key)}::text[],
        ${column((r) => r.organizationId ?? null)}::bigint[], ${column((r) => r.aimag ?? null)}::text[],
        ${column((r) => r.year ?? null)}::int[], ${column((r) => r.restrictedAction ?? null)}::text[],
        ${column((r) => (r.updatedAt ?? new Date()).toISOString())}::timestamptz[],
        ${column((r) => r.titleKey)}::text[], ${column((r) => r.bodyKey)}::text[],
        ${column((r) => r.title.mn)}::text[], ${column((r) => r.title.en)}::text[],
        ${column((r) => r.body.mn)}::text[], ${column((r) => r.body.en)}::text[], ${column((r) => r.url)}::text[])
      as u(kind, key, organization_id, aimag, year, restricted_action, updated_at, title_key, body_key,
        title_mn, title_en, body_mn, body_en, url)`,
    suggestionWords(rows.flatMap((r) => [r.titleKey, r.bodyKey])),
  );
}

/**
 * Adds or replaces documents of `module` in one statement from `source`, a query of the columns
 * `kind, key, organization_id, aimag, year, restricted_action, updated_at, title_key, body_key,
 * title_mn, title_en, body_mn, body_en, url` with one row per (kind, key), the keys made by
 * `documentKeys` and the bodies clipped as it clips them: for a bulk write from a staging table
 * filled by COPY (a large import), instead of every text sent as an array parameter. `words` are
 * the keys' `suggestionWords` (a large import leaves out those it has written already).
 */
export async function indexDocumentsFrom(
  q: Queryable,
  module: string,
  source: SqlQuery,
  words: readonly string[],
): Promise<void> {
  // One statement: the documents, then their texts, joined back by (kind, key), and the words.
  await q.query(sql`
    with source as materialized (${source}),
    documents as (
      insert into search_documents (module, kind, key, organization_id, admin_unit_code, year,
        restricted_action, updated_at, title_key, tsv)
      select ${module}::text, u.kind, u.key, u.organization_id, u.aimag, u.year, u.restricted_action,
        u.updated_at, u.title_key,
        ${documentVector({ module: sql`${module}::text`, organizationId: sql`u.organization_id`, aimag: sql`u.aimag`, year: sql`u.year`, titleKey: sql`u.title_key`, bodyKey: sql`u.body_key` })}
      from source u
      on conflict (module, kind, key) do update set
        organization_id = excluded.organization_id, admin_unit_code = excluded.admin_unit_code,
        year = excluded.year, restricted_action = excluded.restricted_action,
        updated_at = excluded.updated_at, title_key = excluded.title_key, tsv = excluded.tsv
      returning id, kind, key
    ),
    texts as (
      insert into search_document_texts (document_id, title_mn, title_en, body_mn, body_en, url)
      select d.id, t.title_mn, t.title_en, t.body_mn, t.body_en, t.url
      from documents d join source t on t.kind = d.kind and t.key = d.key
      on conflict (document_id) do update set
        title_mn = excluded.title_mn, title_en = excluded.title_en, body_mn = excluded.body_mn,
        body_en = excluded.body_en, url = excluded.url
    )
    insert into search_words (word) select w from unnest(${[...words]}::text[]) w
    on conflict do nothing`);
}

/** Removes documents of `module` from the index (records deleted, or no longer searchable). */
export async function removeDocuments(
  q: Queryable,
  module: string,
  kind: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await q.query(
    sql`delete from search_documents where module = ${module} and kind = ${kind} and key = any(${[...keys]}::text[])`,
  );
}

export interface ReindexOptions {
  /** Only this module; its old documents go, the other modules' stay. */
  module?: string;
  /** Documents written so far in the module being rebuilt. */
  onProgress?: (module: string, done: number) => void;
}

/**
 * Rebuilds the index from every module's `searchDocuments` (or one module's), in batches, in one
 * transaction: searches meanwhile see the old index, and a failed rebuild leaves it as it was.
 * A full rebuild also drops documents of modules that no longer exist and rebuilds the vocabulary.
 * Returns the documents written per module.
 */
export async function reindexSearch(
  db: Database,
  modules: readonly ShilenModule[],
  options: ReindexOptions = {},
): Promise<Record<string, number>> {
  const sources = modules.filter((m) => m.searchDocuments && (!options.module || m.name === options.module));
  if (options.module && sources.length === 0)
    throw new Error(`module ${options.module} has no search documents`);
  return db.transaction(async (tx) => {
    if (!options.module) {
      await tx.query(sql`delete from search_documents`);
      await tx.query(sql`delete from search_words`);
    }
    const written: Record<string, number> = {};
    for (const module of sources) {
      await tx.query(sql`delete from search_documents where module = ${module.name}`);
      let batch: SearchDocument[] = [];
      let done = 0;
      const flush = async () => {
        await indexDocuments(tx, module.name, batch);
        done += batch.length;
        batch = [];
        options.onProgress?.(module.name, done);
      };
      for await (const document of module.searchDocuments!.documents(tx)) {
        batch.push(document);
        if (batch.length >= BATCH_SIZE) await flush();
      }
      await flush();
      written[module.name] = done;
    }
    return written;
  });
}

/**
 * At start: rebuilds the documents of each module that has none in the index yet (a new
 * installation, a module added, the upgrade that brought search). Cheap when there is nothing to do.
 */
export async function ensureSearchIndex(
  db: Database,
  modules: readonly ShilenModule[],
): Promise<Record<string, number>> {
  const built: Record<string, number> = {};
  for (const module of modules) {
    if (!module.searchDocuments) continue;
    const [row] = await db.query<{ present: boolean }>(
      sql`select exists (select 1 from search_documents where module = ${module.name}) as present`,
    );
    if (row?.present) continue;
    Object.assign(built, await reindexSearch(db, modules, { module: module.name }));
  }
  return built;
}
