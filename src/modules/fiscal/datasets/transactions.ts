import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { datasetFilters } from '../../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { linkPayees } from '../payees.ts';
import { setTransactionRates } from '../rates.ts';
import { transactionsList } from '../transactions/list.ts';
import {
  bodyColumn,
  bodyField,
  codeColumn,
  installedCountry,
  refColumn,
  reportingBodyRule,
  setting,
  yearField,
} from './shared.ts';

/** A person's name as Mongolians write it: an initial (or two), a dot, a given name — `Б.Батболд`. */
const PERSON_NAME = '^[А-ЯӨҮЁ]{1,2}\\.\\s*[А-ЯӨҮЁ][а-яөүё]+$';
/** A citizen's register number: two Cyrillic letters and eight digits — `УБ99112233`. */
const PERSON_NUMBER = '^[А-ЯӨҮЁ]{2}[0-9]{8}$';

const personal = {
  mn: 'Хувь хүний нэр эсвэл регистрийн дугаар бололтой: иргэнд хийсэн төлбөрийг «individual» гэж бичээд нэр, дугаарыг хоосон үлдээнэ',
  en: 'This looks like a person’s name or register number: a payment to a person is written as payee kind "individual" with no name or number',
};

/** What a file gives, and what the platform adds (the rate of the date and the amount in MNT). */
const fields = datasetFields({
  ref: { mn: 'Гүйлгээний дугаар', en: 'Reference', required: true },
  body: bodyField,
  fiscal_year: yearField,
  paid_on: { mn: 'Төлсөн огноо', en: 'Paid on', type: 'date', required: true },
  published_on: { mn: 'Нийтэлсэн огноо', en: 'Published on', type: 'date' },
  kind: { mn: 'Төрөл', en: 'Kind', required: true, values: ['payment', 'refund'] },
  payee_kind: {
    mn: 'Хүлээн авагчийн төрөл',
    en: 'Payee kind',
    required: true,
    values: ['entity', 'individual'],
  },
  payee_scheme: { mn: 'Бүртгэлийн схем', en: 'Payee register scheme' },
  payee_identifier: { mn: 'Хүлээн авагчийн регистр', en: 'Payee register number' },
  payee_name: { mn: 'Хүлээн авагч', en: 'Payee' },
  payee_entity_id: {
    mn: 'Хуулийн этгээдийн бүртгэлд',
    en: 'Payee in the register (legal entity id)',
    type: 'integer',
  },
  amount: { mn: 'Дүн', en: 'Amount', type: 'number', required: true },
  currency: { mn: 'Валют', en: 'Currency', required: true },
  rate: { mn: 'Ханш', en: 'Rate', type: 'number' },
  amount_mnt: { mn: 'Дүн (төгрөгөөр)', en: 'Amount (MNT)', type: 'number' },
  purpose: { mn: 'Зориулалт', en: 'Purpose', required: true },
  budget_line_ref: { mn: 'Төсвийн мөр', en: 'Budget line' },
  functional_code: { mn: 'Чиг үүргийн ангилал', en: 'Functional code' },
  economic_code: { mn: 'Эдийн засгийн ангилал', en: 'Economic code', required: true },
  programme_code: { mn: 'Хөтөлбөр', en: 'Programme code' },
  funding_code: { mn: 'Санхүүжилтийн эх үүсвэр', en: 'Funding source', required: true },
  fund_code: { mn: 'Тусгай сан', en: 'Special fund' },
  admin_unit_code: { mn: 'Засаг захиргааны нэгж', en: 'Administrative unit' },
  aimag_code: { mn: 'Аймаг', en: 'Aimag' },
  ocid: { mn: 'Худалдан авалтын OCID', en: 'Procurement OCID' },
  project_ref: { mn: 'Төсөл', en: 'Project' },
});

/**
 * Every transaction the platform holds, as open data and as an import (`shilen import
 * fiscal-transactions FILE`). Public fields only: an individual payee has no name nor number (the
 * table's check, and the import's rules refuse a person's name or register number anywhere in the
 * payee). Transactions not yet published by their body (`published_on` empty, known from the
 * execution reports) are listed too: that they are missing is what the compliance view shows.
 * Each code is checked against the classification of the row's fiscal year; a currency must have
 * an official rate on the payment date, which the merge then sets (`rate`, `amount_mnt`).
 */
export const transactionsDataset: DatasetDeclaration = {
  id: 'fiscal-transactions',
  title: { mn: 'Шилэн дансны гүйлгээ', en: 'Glass-account transactions' },
  description: {
    mn: 'Төрийн байгууллагуудын төлбөр бүр: хэн, хэнд, хэдийд, хэдэн төгрөг, юунд төлсөн, төсвийн ангилал, төсвийн мөр, худалдан авалтын гэрээ (OCID). Иргэнд хийсэн төлбөрт нэр, дугаар нийтлэхгүй.',
    en: 'Every payment by a public body: who paid whom, when, how much and for what, its budget classification, budget line and procurement contract (OCID). Payments to individuals carry no name nor number.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  keywords: { mn: ['шилэн данс', 'гүйлгээ', 'төсөв'], en: ['glass account', 'transactions', 'budget'] },
  frequency: 'daily',
  temporal: { start: '2015-01-01' },
  key: ['ref'],
  fields,
  // The columns the transaction search's conditions read (`d.id`, `d.organization_id`,
  // `d.payee_root_id`) ride along, so its filters serve the downloads too.
  source: sql`
    select t.ref, o.slug as body, t.fiscal_year, t.paid_on, t.published_on, t.kind, t.payee_kind, t.payee_scheme,
      t.payee_identifier, t.payee_name, t.payee_entity_id, t.amount, t.currency, t.rate, t.amount_mnt, t.purpose,
      t.budget_line_ref, t.functional_code, t.economic_code, t.programme_code, t.funding_code, t.fund_code,
      t.admin_unit_code, t.aimag_code, t.ocid, t.project_ref, t.id, t.organization_id, t.payee_root_id
    from fiscal_transactions t join organizations o on o.id = t.organization_id`,
  filters: datasetFilters(transactionsList),
  lastModified: lastChanged({
    rows: sql`select max(published_on)::timestamptz from fiscal_transactions`,
    dataset: 'fiscal-transactions',
    installed: 'fiscal',
  }),
  recordPath: (ref) => `/fiscal/transactions/${encodeURIComponent(ref)}`,
  chart: { field: 'payee_kind' },
  import: {
    table: 'fiscal_transactions',
    action: 'fiscal.publish',
    fields: fields
      .map((f) => f.name)
      .filter((name) => !['rate', 'amount_mnt', 'payee_entity_id'].includes(name)),
    columns: {
      ref: refColumn,
      body: bodyColumn,
      currency: {
        pattern: {
          regex: /^[A-Z]{3}$/,
          sql: '^[A-Z]{3}$',
          message: {
            mn: 'Валютын ISO 4217 код (3 том латин үсэг)',
            en: 'An ISO 4217 currency code (three capital letters)',
          },
        },
      },
      payee_name: { maxLength: 300 },
      payee_identifier: { maxLength: 200 },
      purpose: { maxLength: 500 },
      functional_code: codeColumn('functional'),
      economic_code: codeColumn('economic'),
      programme_code: codeColumn('programme'),
      funding_code: codeColumn('funding'),
      fund_code: codeColumn('fund'),
      admin_unit_code: { references: { table: 'admin_units', column: 'code' } },
      aimag_code: { references: { table: 'admin_units', column: 'code' } },
    },
    rules: [
      reportingBodyRule,
      {
        field: 'paid_on',
        holds: sql`fiscal_year = extract(year from paid_on - make_interval(months => ${setting('yearStartMonth')} - 1))`,
        message: {
          mn: 'Төлсөн огноо төсвийн жилдээ хамаарахгүй байна',
          en: 'The payment date is not in the fiscal year',
        },
      },
      {
        field: 'published_on',
        holds: sql`published_on >= paid_on`,
        message: { mn: 'Төлөхөөс өмнө нийтлэгдсэн байна', en: 'Published before it was paid' },
      },
      {
        field: 'amount',
        holds: sql`amount >= 0 or kind = 'refund'`,
        message: {
          mn: 'Сөрөг дүн зөвхөн буцаалт (refund) байж болно',
          en: 'A negative amount that is not a refund: only a refund (kind "refund") is negative',
        },
      },
      {
        field: 'amount',
        holds: sql`amount < 0 or kind <> 'refund'`,
        message: { mn: 'Буцаалтыг сөрөг дүнгээр бичнэ', en: 'A refund is written as a negative amount' },
      },
      {
        field: 'currency',
        holds: sql`currency = ${setting('currency')} or exists (select 1 from exchange_rates e
          where e.currency = s.currency and e.rate_date <= s.paid_on and e.rate_date > s.paid_on - ${setting('rateGapDays')})`,
        message: {
          mn: 'Төлсөн өдрийн энэ валютын албан ханш бүртгэлд алга (Валютын ханш хэсэгт эхлээд оруулна)',
          en: 'The platform has no official rate of this currency on the payment date (import the rates first)',
        },
      },
      {
        field: 'payee_name',
        holds: sql`payee_kind <> 'individual' or (payee_name is null and payee_identifier is null and payee_scheme is null)`,
        message: {
          mn: 'Иргэнд хийсэн төлбөрт нэр, дугаар бичихгүй',
          en: 'A payment to an individual carries no name nor number',
        },
      },
      {
        field: 'payee_name',
        holds: sql`payee_kind <> 'entity' or payee_name is not null`,
        message: { mn: 'Хуулийн этгээдийн нэрийг бичнэ', en: 'A legal entity payee needs its name' },
      },
      {
        field: 'payee_name',
        holds: sql`payee_name !~ ${PERSON_NAME} and payee_name !~ ${PERSON_NUMBER}`,
        message: personal,
      },
      { field: 'payee_identifier', holds: sql`payee_identifier !~ ${PERSON_NUMBER}`, message: personal },
      {
        field: 'budget_line_ref',
        holds: sql`budget_line_ref is null or exists (select 1 from fiscal_budget_lines l join organizations o
          on o.id = l.organization_id where l.ref = s.budget_line_ref and o.slug = s.body and l.fiscal_year = s.fiscal_year
          and l.direction = 'expenditure')`,
        message: {
          mn: 'Энэ байгууллагын тухайн жилийн зарлагын төсвийн мөр биш',
          en: 'Not an expenditure budget line of this body in this fiscal year',
        },
      },
    ],
    // A row added or changed is linked and converted again: its entity and rate follow its payee and currency.
    touch: { payee_entity_id: sql`null`, rate: sql`1` },
    // The rate of each payment in another currency, then its payee linked to the register.
    afterMerge: async (tx, keys) => {
      const country = await installedCountry(tx);
      await setTransactionRates(tx, country, keys);
      await linkPayees(tx, country.legalEntities, 'import', keys);
    },
  },
};
