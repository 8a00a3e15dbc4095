import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../../platform/admin-units.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList, type ListFilter } from '../../../platform/lists/define.ts';
import { isIsoDate } from '../../../platform/patterns.ts';

/** A day written YYYY-MM-DD (the lenient page reader also checks that the day exists). */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An amount of tögrög, without signs, exponents or separators. */
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** `%text%` for LIKE, the pattern characters in the text taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The glass-account threshold as the seed wrote it from the country pack (`writeFiscalSettings`):
 * one value read once per query, which the amount index compares with.
 */
export const THRESHOLD = sql`(select (value->>'threshold')::numeric from platform_settings where key = 'fiscal')`;

/** The fiscal years that have transactions, newest first, by a loose scan of the year index. */
async function yearOptions(db: Queryable) {
  const rows = await db.query<{ y: number }>(sql`
    with recursive y as (
      select max(fiscal_year) as y from fiscal_transactions
      union all select (select max(fiscal_year) from fiscal_transactions where fiscal_year < y.y) from y where y.y is not null)
    select y from y where y is not null`);
  return rows.map((r) => ({ value: String(r.y), label: { mn: String(r.y), en: String(r.y) } }));
}

/** The reporting bodies, in the reader's order. */
async function payerOptions(db: Queryable, locale: Locale) {
  const rows = await db.query<{ slug: string; nameMn: string; nameEn: string }>(sql`
    select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn"
    from fiscal_reporting_bodies r join organizations o on o.id = r.organization_id
    order by ${locale === 'mn' ? sql`mn_sort_key(o.name_mn) collate "C"` : sql`lower(o.name_en) collate "C"`}`);
  return rows.map((b) => ({ value: b.slug, label: { mn: b.nameMn, en: b.nameEn } }));
}

/** A classification's filter: its codes of any year, each with its latest label. */
function codeFilter(scheme: 'functional' | 'economic' | 'funding', column: string): ListFilter {
  return {
    name: scheme,
    control: 'select',
    label: `fiscal.transactions.filter.${scheme}`,
    description: `Code of the ${scheme} classification (the transaction’s own)`,
    options: async (db) =>
      (
        await db.query<{ code: string; mn: string; en: string }>(sql`
          select distinct on (code) code, label_mn as mn, label_en as en from fiscal_codes
          where scheme = ${scheme} order by code, year desc`)
      ).map((c) => ({ value: c.code, label: { mn: `${c.code} ${c.mn}`, en: `${c.code} ${c.en}` } })),
    pattern: CODE,
    where: (code) => sql`d.${sql.id(column)} = ${code}`,
  };
}

/**
 * Transaction search: the filters of the page, of the API and of the downloads, and their SQL. The
 * rows `d` are `TRANSACTION_ROWS` (search.ts) and the dataset's source alike. Each filter is an
 * indexed condition on `fiscal_transactions` (migrations 001 and 003).
 */
export const transactionsList = defineList({
  id: 'fiscal-transactions',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'fiscal.transactions.filter.q',
      description: 'Text in the purpose, either case',
      maxLength: 200,
      where: (q) => sql`mn_lower(d.purpose) like mn_lower(${containing(q)})`,
    },
    {
      name: 'year',
      control: 'select',
      label: 'fiscal.transactions.filter.year',
      description: 'Fiscal year',
      options: yearOptions,
      pattern: /^\d{4}$/,
      where: (y) => sql`d.fiscal_year = ${Number(y)}`,
    },
    {
      name: 'payer',
      control: 'select',
      label: 'fiscal.transactions.filter.payer',
      description: 'Slug of the reporting body that paid',
      options: payerOptions,
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.organization_id = (select id from organizations where slug = ${slug})`,
    },
    {
      name: 'payee',
      control: 'text',
      label: 'fiscal.transactions.filter.payee',
      description:
        'Id of the payee’s legal entity (the entities merged into it included), or `individual` for payments to persons',
      pattern: /^(\d{1,12}|individual)$/,
      form: false,
      where: (payee) =>
        payee === 'individual'
          ? sql`d.payee_kind = 'individual'`
          : sql`d.payee_root_id = (select coalesce(e.merged_into, e.id) from legal_entities e where e.id = ${Number(payee)})`,
    },
    {
      name: 'line',
      control: 'text',
      label: 'fiscal.transactions.filter.line',
      description: 'Reference of the budget line the transactions were paid from',
      pattern: /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/,
      form: false,
      where: (ref) => sql`d.budget_line_ref = ${ref}`,
    },
    {
      name: 'min',
      control: 'text',
      label: 'fiscal.transactions.filter.min',
      description: 'Smallest amount in tögrög (MNT equivalent), inclusive',
      pattern: AMOUNT,
      input: { inputmode: 'numeric' },
      where: (v) => sql`d.amount_mnt >= ${v}::numeric`,
    },
    {
      name: 'max',
      control: 'text',
      label: 'fiscal.transactions.filter.max',
      description: 'Largest amount in tögrög (MNT equivalent), inclusive',
      pattern: AMOUNT,
      input: { inputmode: 'numeric' },
      where: (v) => sql`d.amount_mnt <= ${v}::numeric`,
    },
    {
      name: 'from',
      control: 'text',
      label: 'fiscal.transactions.filter.from',
      description: 'Paid on or after this day',
      pattern: DAY,
      check: isIsoDate,
      input: { type: 'date' },
      where: (day) => sql`d.paid_on >= ${day}::date`,
    },
    {
      name: 'to',
      control: 'text',
      label: 'fiscal.transactions.filter.to',
      description: 'Paid on or before this day',
      pattern: DAY,
      check: isIsoDate,
      input: { type: 'date' },
      where: (day) => sql`d.paid_on <= ${day}::date`,
    },
    codeFilter('functional', 'functional_code'),
    codeFilter('economic', 'economic_code'),
    codeFilter('funding', 'funding_code'),
    {
      name: 'aimag',
      control: 'select',
      label: 'fiscal.transactions.filter.aimag',
      description: 'Aimag or capital code of the place of the transaction',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (code) => sql`d.aimag_code = ${code}`,
    },
    {
      name: 'threshold',
      control: 'select',
      label: 'fiscal.transactions.filter.threshold',
      description: 'Above the glass-account threshold (each must be published on its own) or at and below it',
      options: ['above', 'below'],
      optionLabel: (v, t) => t(`fiscal.transactions.threshold.${v}`),
      where: (v) => (v === 'above' ? sql`d.amount_mnt > ${THRESHOLD}` : sql`d.amount_mnt <= ${THRESHOLD}`),
    },
    {
      name: 'ocid',
      control: 'checkbox',
      label: 'fiscal.transactions.filter.ocid',
      description: '`1`: only transactions linked to a procurement contract (an OCID)',
      where: () => sql`d.ocid is not null`,
    },
  ],
  sort: {
    default: '-date',
    tieBreaker: sql`d.id`,
    tieBreakerDirection: 'sort',
    keys: {
      date: () => ({ by: sql`d.paid_on` }),
      amount: () => ({ by: sql`d.amount_mnt` }),
    },
  },
});

/** `sql` of the list's condition, `true` without filters. */
export function transactionsWhere(conditions: readonly SqlQuery[]): SqlQuery {
  return conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
}
