import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import { indexDocuments } from './index-documents.ts';
import type { SearchDocument, SearchSource } from './types.ts';

/** How a module's records become search documents: which rows, read how, made into what. */
export interface DocumentRows<Row extends { id: number }> {
  /** `select … from …` of the rows, without a `where`: each row has the record's numeric `id`. */
  select: SqlQuery;
  /** The id column as the select reads it, e.g. `o.id`: the key of the keyset pages. */
  id: SqlQuery;
  /** Which rows are searchable at all (only published ones, say); default every row. */
  searchable?: SqlQuery;
  /** Rows read per page; default 1000. */
  pageSize?: number;
  document(row: Row): SearchDocument;
}

/** A module's documents, read in keyset pages, and the way to rewrite some of them in the index. */
export interface ModuleDocuments {
  /** The documents of the searchable rows that meet `where` (default all), in id order. */
  documents(db: Queryable, where?: SqlQuery): AsyncGenerator<SearchDocument>;
  /** Writes the documents of the rows that meet `where`, in the caller's transaction. */
  index(tx: Queryable, where: SqlQuery): Promise<void>;
  /** The manifest's `searchDocuments`: its label and kinds (message keys), and every document. */
  source(label: string, kinds: SearchSource['kinds']): SearchSource;
}

/**
 * The documents of a module's table, streamed by keyset pages (`id > last order by id limit n`),
 * each page a short query, so a register of any size is read without a cursor held open while
 * the index is written (`SearchSource.documents` may be given the rebuild's transaction).
 */
export function moduleDocuments<Row extends { id: number }>(
  module: string,
  rows: DocumentRows<Row>,
): ModuleDocuments {
  const pageSize = rows.pageSize ?? 1000;
  const searchable = rows.searchable ?? sql`true`;
  async function* documents(db: Queryable, where: SqlQuery = sql`true`): AsyncGenerator<SearchDocument> {
    for (let after = 0; ; ) {
      const page = await db.query<Row>(
        sql`${rows.select} where ${searchable} and ${where} and ${rows.id} > ${after}
          order by ${rows.id} limit ${pageSize}`,
      );
      for (const row of page) yield rows.document(row);
      if (page.length < pageSize) return;
      after = page.at(-1)!.id;
    }
  }
  return {
    documents,
    async index(tx, where) {
      const changed: SearchDocument[] = [];
      for await (const document of documents(tx, where)) changed.push(document);
      await indexDocuments(tx, module, changed);
    },
    source: (label, kinds) => ({ label, kinds, documents: (db) => documents(db) }),
  };
}

/**
 * One module's `searchDocuments` from the sources of the registers it keeps (a module has one
 * facet in the search, named by `label`; each register keeps its own kinds and documents).
 */
export function joinedSource(label: string, sources: readonly SearchSource[]): SearchSource {
  return {
    label,
    kinds: Object.assign({}, ...sources.map((s) => s.kinds)),
    async *documents(db) {
      for (const source of sources) yield* source.documents(db);
    },
  };
}
