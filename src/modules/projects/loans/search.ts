import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { defineMessages } from '../../../platform/i18n/index.ts';
import { moduleDocuments } from '../../../platform/search/documents.ts';
import type { SearchDocument } from '../../../platform/search/types.ts';

/** Loans and grants in the site search: title, lender, agreement number, amount and currency. */

interface Row {
  id: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  lenderMn: string;
  lenderEn: string;
  agreementNumber: string | null;
  amount: string;
  currency: string;
  organizationId: number;
  year: number;
  updatedAt: Date;
}

const SELECT = sql`
  select l.id, l.slug, l.title_mn as "titleMn", l.title_en as "titleEn",
    coalesce(e.name_mn, e.name_en) as "lenderMn", coalesce(e.name_en, e.name_mn) as "lenderEn",
    l.agreement_number as "agreementNumber", l.amount::text as amount, l.currency,
    l.organization_id as "organizationId", extract(year from l.agreement_on)::int as year, l.updated_at as "updatedAt"
  from project_loans l join legal_entities e on e.id = l.lender_entity_id`;

function loanDocument(l: Row): SearchDocument {
  const terms = `${l.amount} ${l.currency}${l.agreementNumber ? `, ${l.agreementNumber}` : ''}`;
  return {
    kind: 'loan',
    key: l.slug,
    title: { mn: l.titleMn, en: l.titleEn },
    body: { mn: `${l.lenderMn}. ${terms}`, en: `${l.lenderEn}. ${terms}` },
    url: `/projects/loans/${l.slug}`,
    organizationId: l.organizationId,
    aimag: null,
    year: l.year,
    updatedAt: l.updatedAt,
  };
}

const loans = moduleDocuments<Row>('projects', { select: SELECT, id: sql`l.id`, document: loanDocument });

/** The loans' search source (module.ts joins it with the projects'). */
export const loansSearch = loans.source('projects.loans.search.label', {
  loan: 'projects.loans.search.kind',
});

/** Rewrites the search documents of these loans, in the transaction that wrote them. */
export async function indexLoans(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await loans.index(tx, sql`l.id = any(${[...ids]}::bigint[])`);
}

export const searchMessages = defineMessages({
  'projects.loans.search.label': { mn: 'Гадаад зээл, тусламж', en: 'Foreign loans and grants' },
  'projects.loans.search.kind': { mn: 'Зээл', en: 'Loan' },
});
