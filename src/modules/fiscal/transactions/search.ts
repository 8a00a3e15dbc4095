import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import type { KeysetPage } from '../../../platform/lists/fetch.ts';
import {
  decodeCursor,
  encodeCursor,
  keysetCondition,
  orderClause,
  pageOffset,
} from '../../../platform/lists/paging.ts';
import { type ListFilterValues, listConditions, listOrder } from '../../../platform/lists/query.ts';
import { transactionsList, transactionsWhere } from './list.ts';

/**
 * The rows of the search (`d` in the list's conditions): the table itself, so that the search is the
 * bare indexed query of its filters; the payer's and payee's names are joined to the page of rows
 * it gives (`named`), never to the rows it looks through.
 */
const TRANSACTIONS = sql`fiscal_transactions`;

/** The page's rows `d` with their payer's slug and names and their payee entity's names. */
const named = (page: SqlQuery) => sql`(${page}) d
  join organizations o on o.id = d.organization_id
  left join legal_entities e on e.id = d.payee_entity_id`;

/** A transaction as the search lists it. */
export interface TransactionItem {
  id: number;
  ref: string;
  fiscalYear: number;
  paidOn: string;
  publishedOn: string | null;
  kind: 'payment' | 'refund';
  payerSlug: string;
  payerNameMn: string;
  payerNameEn: string;
  payeeKind: 'entity' | 'individual';
  payeeEntityId: number | null;
  payeeNameMn: string | null;
  payeeNameEn: string | null;
  amount: string;
  currency: string;
  rate: string;
  amountMnt: string;
  purpose: string;
  functionalCode: string | null;
  economicCode: string;
  fundingCode: string;
  aimagCode: string | null;
  ocid: string | null;
}

const ITEM = sql`d.id, d.ref, d.fiscal_year as "fiscalYear", d.paid_on as "paidOn", d.published_on as "publishedOn",
  d.kind, o.slug as "payerSlug", o.name_mn as "payerNameMn", o.name_en as "payerNameEn",
  d.payee_kind as "payeeKind", d.payee_entity_id as "payeeEntityId", coalesce(e.name_mn, e.name_en) as "payeeNameMn",
  coalesce(e.name_en, e.name_mn) as "payeeNameEn", d.amount::text as amount, d.currency, d.rate::text as rate,
  d.amount_mnt::text as "amountMnt", d.purpose, d.functional_code as "functionalCode",
  d.economic_code as "economicCode", d.funding_code as "fundingCode", d.aimag_code as "aimagCode", d.ocid`;

export interface SearchRequest {
  filters: ListFilterValues;
  sort: string;
  limit: number;
  /** A cursor from a previous page's `next`. */
  after?: string;
}

/**
 * The transactions matching the filters after a cursor, in the sort's order: the API's keyset
 * pages (the paging of the platform's lists: `fetchAfter`'s cursor and order). The inner query is
 * the bare indexed query of the filters; the names are joined to the `limit + 1` rows it gives.
 */
export async function searchTransactions(
  db: Queryable,
  request: SearchRequest,
): Promise<KeysetPage<TransactionItem>> {
  const terms = listOrder(transactionsList, request.sort, 'en');
  const conditions = listConditions(transactionsList, request.filters);
  if (request.after) conditions.push(keysetCondition(terms, decodeCursor(request.after, terms.length)));
  const keys = sql.join(terms.map((t, i) => sql`${t.expr} as ${sql.id(`keyset_${i}`)}`));
  const order = orderClause(terms);
  const rows = await db.query<TransactionItem & Record<string, unknown>>(sql`
    select ${ITEM}, ${keys} from ${named(sql`select * from ${TRANSACTIONS} d ${transactionsWhere(conditions)} ${order} limit ${request.limit + 1}`)}
    ${order}`);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  const items = page.map((row) => {
    const item: Record<string, unknown> = { ...row };
    for (let i = 0; i < terms.length; i++) delete item[`keyset_${i}`];
    return item as unknown as TransactionItem;
  });
  if (rows.length <= request.limit || !last) return { items };
  return { items, next: encodeCursor(terms.map((_, i) => last[`keyset_${i}`])) };
}

/**
 * Past this many matches the page says "more than": counting ten million rows on each page is not
 * worth it. The pages go as far as the count.
 */
export const COUNT_CAP = 10_000;

/** One page of the site by offset, and the number of matches up to `COUNT_CAP + 1`. */
export async function pageOfTransactions(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number },
): Promise<{ items: TransactionItem[]; total: number; page: number }> {
  const where = transactionsWhere(listConditions(transactionsList, filters));
  const last = Math.max(1, Math.ceil(COUNT_CAP / options.pageSize));
  const page = Math.min(Math.max(1, options.page), last);
  const order = orderClause(listOrder(transactionsList, options.sort, 'en'));
  const [items, [count]] = await Promise.all([
    db.query<TransactionItem>(
      sql`select ${ITEM} from ${named(sql`select * from ${TRANSACTIONS} d ${where} ${order}
      limit ${options.pageSize} offset ${pageOffset(page, options.pageSize)}`)} ${order}`,
    ),
    db.query<{ n: number }>(sql`select count(*)::int as n from (
      select 1 from ${TRANSACTIONS} d ${where} limit ${COUNT_CAP + 1}) x`),
  ]);
  return { items, total: count?.n ?? 0, page };
}

/** One transaction by its reference, with everything its page shows; null when there is none. */
export async function findTransaction(db: Queryable, ref: string) {
  const [row] = await db.query<
    TransactionItem & {
      organizationId: number;
      programmeCode: string | null;
      fundCode: string | null;
      budgetLineRef: string | null;
      budgetLineExists: boolean;
      adminUnitCode: string | null;
      projectRef: string | null;
      unitMn: string | null;
      unitEn: string | null;
      aimagMn: string | null;
      aimagEn: string | null;
    }
  >(sql`
    select ${ITEM}, d.organization_id as "organizationId", d.programme_code as "programmeCode",
      d.fund_code as "fundCode", d.budget_line_ref as "budgetLineRef", d.admin_unit_code as "adminUnitCode",
      d.project_ref as "projectRef",
      exists (select 1 from fiscal_budget_lines l where l.ref = d.budget_line_ref) as "budgetLineExists",
      u.name_mn as "unitMn", u.name_en as "unitEn", a.name_mn as "aimagMn", a.name_en as "aimagEn"
    from ${named(sql`select * from ${TRANSACTIONS} d where d.ref = ${ref}`)}
    left join admin_units u on u.code = d.admin_unit_code
    left join admin_units a on a.code = d.aimag_code
`);
  return row ?? null;
}

/**
 * Whether the procurement module holds the process of an OCID (its table exists only when the
 * module is installed): the transaction's page links to it then, and shows the bare OCID otherwise.
 */
export async function processExists(db: Queryable, ocid: string): Promise<boolean> {
  const [table] = await db.query<{ found: boolean }>(
    sql`select to_regclass('procurement_processes') is not null as found`,
  );
  if (!table?.found) return false;
  const [row] = await db.query<{ found: boolean }>(
    sql`select exists (select 1 from procurement_processes where ocid = ${ocid}) as found`,
  );
  return row?.found === true;
}
