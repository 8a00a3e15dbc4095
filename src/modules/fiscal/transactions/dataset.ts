import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { datasetFilters } from '../../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { transactionsList } from './list.ts';

/**
 * The glass account's transactions as open data, one row per transaction: the downloads of the
 * transaction search (`/fiscal/transactions.csv`, `.json`) with the same filters. A payee who is a
 * person is `individual`, never named.
 */
export const transactionsDataset: DatasetDeclaration = {
  id: 'fiscal-transactions',
  title: { mn: 'Шилэн дансны гүйлгээ', en: 'Glass-account transactions' },
  description: {
    mn: 'Шилэн дансны хуулийн дагуу төрийн байгууллагуудын нийтэлсэн гүйлгээ: төлөгч, хүлээн авагч, дүн, валют, төгрөгөөр, огноо, зориулалт, ангилал, худалдан авалтын гэрээ.',
    en: 'Transactions public bodies published under the glass-account law: payer, payee, amount, currency and tögrög equivalent, dates, purpose, classification and procurement contract.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  keywords: {
    mn: ['шилэн данс', 'гүйлгээ', 'төсөв', 'төлбөр'],
    en: ['glass account', 'transactions', 'budget', 'payments'],
  },
  frequency: 'daily',
  key: ['ref'],
  fields: datasetFields({
    ref: { mn: 'Дугаар', en: 'Reference', required: true },
    fiscal_year: { mn: 'Санхүүгийн жил', en: 'Fiscal year', type: 'integer', required: true },
    paid_on: { mn: 'Төлсөн', en: 'Paid on', type: 'date', required: true },
    published_on: { mn: 'Нийтэлсэн', en: 'Published on', type: 'date' },
    kind: { mn: 'Төрөл', en: 'Kind', values: ['payment', 'refund'], required: true },
    payer: { mn: 'Төлөгч (таних нэр)', en: 'Payer (identifier)', required: true },
    payer_name: { mn: 'Төлөгч', en: 'Payer' },
    payee_kind: {
      mn: 'Хүлээн авагчийн төрөл',
      en: 'Payee kind',
      values: ['entity', 'individual'],
      required: true,
    },
    payee_entity_id: {
      mn: 'Хүлээн авагч (хуулийн этгээдийн дугаар)',
      en: 'Payee (legal entity id)',
      type: 'integer',
    },
    payee_name: { mn: 'Хүлээн авагч', en: 'Payee' },
    amount: { mn: 'Дүн', en: 'Amount', type: 'number', required: true },
    currency: { mn: 'Валют', en: 'Currency', required: true },
    rate: { mn: 'Ханш', en: 'Rate', type: 'number', required: true },
    amount_mnt: { mn: 'Дүн (₮)', en: 'Amount (MNT)', type: 'number', required: true },
    purpose: { mn: 'Зориулалт', en: 'Purpose', required: true },
    functional_code: { mn: 'Чиг үүрэг', en: 'Functional code' },
    economic_code: { mn: 'Эдийн засгийн ангилал', en: 'Economic code', required: true },
    programme_code: { mn: 'Хөтөлбөр', en: 'Programme code' },
    funding_code: { mn: 'Эх үүсвэр', en: 'Funding code', required: true },
    fund_code: { mn: 'Тусгай сан', en: 'Special fund' },
    budget_line_ref: { mn: 'Төсвийн мөр', en: 'Budget line' },
    aimag_code: { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
    admin_unit_code: { mn: 'Сум, дүүрэг', en: 'Soum or district' },
    ocid: { mn: 'OCID', en: 'OCID' },
    project_ref: { mn: 'Төсөл', en: 'Project' },
  }),
  // The list's rows (the table, as `d`), so that the list's conditions serve the downloads.
  source: sql`
    select d.*, o.slug as payer, o.name_mn as payer_name,
      case when d.payee_kind = 'entity' then coalesce(e.name_mn, e.name_en) end as payee_name
    from (select t.ref, t.fiscal_year, t.paid_on, t.published_on, t.kind, t.payee_kind, t.payee_entity_id,
      t.payee_root_id, t.amount, t.currency, t.rate, t.amount_mnt, t.purpose, t.functional_code, t.economic_code,
      t.programme_code, t.funding_code, t.fund_code, t.budget_line_ref, t.aimag_code, t.admin_unit_code, t.ocid,
      t.project_ref, t.organization_id from fiscal_transactions t) d
    join organizations o on o.id = d.organization_id
    left join legal_entities e on e.id = d.payee_entity_id`,
  filters: datasetFilters(transactionsList),
  // The newest day paid (read off the date index) and the imports' record versions: a transaction
  // added for an earlier day without a version leaves the date, and the downloads' ETag, as they were.
  lastModified: lastChanged({
    rows: sql`select paid_on::timestamptz from fiscal_transactions order by paid_on desc limit 1`,
    dataset: 'fiscal-transactions',
    installed: 'fiscal',
  }),
  recordPath: (ref) => `/fiscal/transactions/${encodeURIComponent(ref)}`,
  chart: { field: 'kind' },
};
