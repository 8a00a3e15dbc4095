import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { indexDocuments, indexDocumentsFrom } from '../../platform/search/index-documents.ts';
import type { SearchDocument, SearchSource } from '../../platform/search/types.ts';

interface Row {
  id: number;
  ocid: string;
  title: string;
  buyerName: string;
  supplierName: string | null;
  buyerId: number | null;
  aimag: string | null;
  year: number | null;
  updatedAt: Date;
}

const SELECT = sql`
  select p.id, p.ocid, p.title, p.buyer_name as "buyerName", p.supplier_name as "supplierName",
    p.buyer_id as "buyerId", p.aimag, extract(year from coalesce(p.date_signed, p.first_release))::int as year,
    p.updated_at as "updatedAt"
  from procurement_processes p`;

/** A contracting process in the site search: its title, the buyer, the supplier and its OCID. */
export function processDocument(p: Omit<Row, 'id'>): SearchDocument {
  const body = [p.buyerName, p.supplierName, p.ocid].filter(Boolean).join('. ');
  return {
    kind: 'process',
    key: p.ocid,
    title: { mn: p.title || p.ocid, en: p.title || p.ocid },
    body: { mn: body, en: body },
    url: `/procurement/${encodeURIComponent(p.ocid)}`,
    organizationId: p.buyerId,
    aimag: p.aimag,
    year: p.year,
    updatedAt: p.updatedAt,
  };
}

async function* documents(db: Queryable, where: SqlQuery = sql`true`): AsyncGenerator<SearchDocument> {
  for (let after = 0; ; ) {
    const rows = await db.query<Row>(
      sql`${SELECT} where ${where} and p.id > ${after} order by p.id limit 1000`,
    );
    for (const row of rows) yield processDocument(row);
    if (rows.length < 1000) return;
    after = rows.at(-1)!.id;
  }
}

export const procurementSearch: SearchSource = {
  label: 'procurement.search.label',
  kinds: { process: 'procurement.search.kind' },
  documents: (db) => documents(db),
};

/** Writes the search documents of these processes; call it in the transaction that changed them. */
export async function indexProcesses(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.query<Row>(sql`${SELECT} where p.id = any(${[...ids]}::bigint[])`);
  await indexDocuments(tx, 'procurement', rows.map(processDocument));
}

/**
 * Writes the search documents of the processes an import staged (`storeReleases` with
 * `stageSearch`: the documents `processDocument` makes, by COPY) and their new suggestion words
 * (`StoreResult.searchWords`) in one statement, then empties the staging. Emptied by truncation,
 * not `delete`: a transaction's deleted rows stay in the table until it ends, and every later
 * batch would scan them again.
 */
export async function indexStagedProcesses(tx: Queryable, words: readonly string[]): Promise<void> {
  await indexDocumentsFrom(
    tx,
    'procurement',
    sql`select 'process'::text as kind, s.ocid as key, s.organization_id, s.aimag, s.year,
        null::text as restricted_action, now() as updated_at, s.title_key, s.body_key, s.title as title_mn,
        s.title as title_en, s.body as body_mn, s.body as body_en, s.url
      from procurement_stage_search s`,
    words,
  );
  await tx.query(sql`truncate procurement_stage_search`);
}
