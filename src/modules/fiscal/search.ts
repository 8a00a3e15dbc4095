import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';

/**
 * The glass account in the site search: every budget line (its name, body, year and codes), so a
 * citizen finds "hospital equipment" or a ministry's line by searching. Transactions are searched
 * on their own page (/fiscal/transactions), tens of millions being no site-search material.
 */

interface Row {
  id: number;
  ref: string;
  nameMn: string;
  nameEn: string | null;
  bodyMn: string;
  bodyEn: string;
  organizationId: number;
  year: number;
  direction: string;
  codes: string;
  aimag: string | null;
  updatedAt: Date;
}

const SELECT = sql`
  select l.id, l.ref, l.name_mn as "nameMn", l.name_en as "nameEn", o.name_mn as "bodyMn", o.name_en as "bodyEn",
    l.organization_id as "organizationId", l.fiscal_year as year, l.direction,
    concat_ws(' ', l.functional_code, l.economic_code, l.programme_code, l.funding_code) as codes,
    coalesce(u.parent_code, u.code) as aimag, l.updated_at as "updatedAt"
  from fiscal_budget_lines l join organizations o on o.id = l.organization_id
  left join admin_units u on u.code = l.admin_unit_code`;

export function budgetLineDocument(l: Row): SearchDocument {
  return {
    kind: 'budget-line',
    key: l.ref,
    title: { mn: `${l.nameMn} (${l.year})`, en: `${l.nameEn ?? l.nameMn} (${l.year})` },
    body: { mn: `${l.bodyMn}. ${l.codes}. ${l.ref}`, en: `${l.bodyEn}. ${l.codes}. ${l.ref}` },
    url: `/fiscal/budget/lines/${encodeURIComponent(l.ref)}`,
    organizationId: l.organizationId,
    aimag: l.aimag,
    year: l.year,
    updatedAt: l.updatedAt,
  };
}

const lines = moduleDocuments<Row>('fiscal', { select: SELECT, id: sql`l.id`, document: budgetLineDocument });

export const fiscalSearch = lines.source('fiscal.search.label', { 'budget-line': 'fiscal.search.kind' });

/** Rewrites the search documents of these budget lines, in the transaction that wrote them. */
export async function indexBudgetLines(tx: Queryable, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  await lines.index(tx, sql`l.ref = any(${[...refs]}::text[])`);
}

export const searchMessages = defineMessages({
  'fiscal.search.label': { mn: 'Төсөв', en: 'Budget' },
  'fiscal.search.kind': { mn: 'Төсвийн мөр', en: 'Budget line' },
});
