import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { moduleDocuments } from '../../../platform/search/documents.ts';
import type { SearchDocument } from '../../../platform/search/types.ts';

interface Row {
  id: number;
  organizationId: number;
  entityNameMn: string | null;
  entityNameEn: string | null;
  findingMn: string;
  findingEn: string;
  aimag: string | null;
  year: number;
  updatedAt: Date;
}

const SELECT = sql`
  select c.id, c.organization_id as "organizationId", e.name_mn as "entityNameMn", e.name_en as "entityNameEn",
    c.finding_mn as "findingMn", c.finding_en as "findingEn",
    case when u.kind in ('aimag', 'capital') then u.code else u.parent_code end as aimag,
    extract(year from c.noticed_on)::int as year, c.updated_at as "updatedAt"
  from extractive_environment_cases c
  join legal_entities e on e.id = c.legal_entity_id
  left join admin_units u on u.code = c.admin_unit_code`;

/** A case in the site search: the company's name and the finding, under the case's page. */
export function caseDocument(c: Row): SearchDocument {
  const mn = c.entityNameMn ?? c.entityNameEn ?? '';
  const en = c.entityNameEn ?? c.entityNameMn ?? '';
  return {
    kind: 'environmental-case',
    key: String(c.id),
    title: { mn, en },
    body: { mn: c.findingMn, en: c.findingEn },
    url: `/extractives/environment/${c.id}`,
    organizationId: c.organizationId,
    aimag: c.aimag,
    year: c.year,
    updatedAt: c.updatedAt,
  };
}

// Searchable from the notice on, as the list is (README: a company is not named before it is told).
const cases = moduleDocuments<Row>('extractives', {
  select: SELECT,
  id: sql`c.id`,
  searchable: sql`c.stage <> 'inspected'`,
  document: caseDocument,
});

/** The manifest's search source for the environmental list. */
export const environmentSearch = cases.source('extractives.environment.search.label', {
  'environmental-case': 'extractives.environment.search.kind',
});

/** Writes a case's search document (once it is public); call it in the transaction that changed it. */
export async function indexCase(tx: Queryable, id: number): Promise<void> {
  await cases.index(tx, sql`c.id = ${id}`);
}
