import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import { indexDocumentsFrom } from '../../platform/search/index-documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';

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

const processes = moduleDocuments<Row>('procurement', {
  select: SELECT,
  id: sql`p.id`,
  document: processDocument,
});

export const procurementSearch = processes.source('procurement.search.label', {
  process: 'procurement.search.kind',
});

/** Writes the search documents of these processes; call it in the transaction that changed them. */
export async function indexProcesses(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await processes.index(tx, sql`p.id = any(${[...ids]}::bigint[])`);
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
