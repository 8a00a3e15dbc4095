import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import {
  bodyColumn,
  bodyField,
  codeColumn,
  refColumn,
  reportingBodyRule,
  yearAndBodyFilters,
  yearField,
} from './shared.ts';

const positive = (field: string) => ({
  field,
  holds: sql`${sql.raw(field)} > 0`,
  message: { mn: 'Дүн эерэг байна', en: 'The amount is positive' },
});

/** A counterparty or donor named by its register number: the column receives its legal entity's id. */
const entityColumn = (column: string) => ({
  column,
  references: { table: 'legal_entities', column: 'identifier', lookup: 'id' },
});

/**
 * The special funds' collections and spending, as open data and as an import (`shilen import
 * fiscal-fund-flows FILE`): each fund must be in force in the row's year (the pack's list).
 */
export const fundFlowsDataset: DatasetDeclaration = {
  id: 'fiscal-fund-flows',
  title: { mn: 'Тусгай сангийн орлого, зарлага', en: 'Special funds’ flows' },
  description: {
    mn: 'Засгийн газрын тусгай сан бүрийн хуримтлал, зарцуулалт: огноо, дүн, зориулалт, харилцагч байгууллага, аймаг.',
    en: 'Collections into and spending from each government special fund: date, amount, purpose, counterparty and aimag.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  frequency: 'monthly',
  key: ['ref'],
  fields: datasetFields({
    ref: { mn: 'Дугаар', en: 'Reference', required: true },
    fund_code: { mn: 'Сан', en: 'Fund', required: true },
    body: bodyField,
    fiscal_year: yearField,
    flowed_on: { mn: 'Огноо', en: 'Date', type: 'date', required: true },
    direction: { mn: 'Орлого/зарлага', en: 'Direction', required: true, values: ['collection', 'spending'] },
    amount_mnt: { mn: 'Дүн (төгрөг)', en: 'Amount (MNT)', type: 'number', required: true },
    purpose: { mn: 'Зориулалт', en: 'Purpose', required: true },
    counterparty_identifier: { mn: 'Харилцагчийн регистр', en: 'Counterparty register number' },
    aimag_code: { mn: 'Аймаг', en: 'Aimag' },
  }),
  source: sql`
    select f.ref, f.fund_code, o.slug as body, f.fiscal_year, f.flowed_on, f.direction, f.amount_mnt, f.purpose,
      e.identifier as counterparty_identifier, f.aimag_code
    from fiscal_fund_flows f join organizations o on o.id = f.organization_id
    left join legal_entities e on e.id = f.counterparty_entity_id`,
  filters: [...yearAndBodyFilters, { name: 'fund_code', title: { mn: 'Сан', en: 'Fund' } }],
  lastModified: lastChanged({
    rows: sql`select max(flowed_on)::timestamptz from fiscal_fund_flows`,
    dataset: 'fiscal-fund-flows',
    installed: 'fiscal',
  }),
  chart: { field: 'direction' },
  import: {
    table: 'fiscal_fund_flows',
    action: 'fiscal.publish',
    columns: {
      ref: refColumn,
      body: bodyColumn,
      fund_code: codeColumn('fund'),
      purpose: { maxLength: 500 },
      counterparty_identifier: entityColumn('counterparty_entity_id'),
      aimag_code: { references: { table: 'admin_units', column: 'code' } },
    },
    rules: [reportingBodyRule, positive('amount_mnt')],
  },
};

/**
 * Donations, charity and assistance received by the bodies (non-budgetary income), as open data
 * and as an import (`shilen import fiscal-donations FILE`): the donor is a type of donor and, for an
 * organisation, its register number — never a person's name.
 */
export const donationsDataset: DatasetDeclaration = {
  id: 'fiscal-donations',
  title: { mn: 'Хандив, тусламж', en: 'Donations and assistance' },
  description: {
    mn: 'Төрийн байгууллагын төсвийн бус орлого: хандив, буяны болон бусад тусламж, хандивлагчийн төрөл, зориулалт.',
    en: 'Non-budgetary income of public bodies: donations, charity and assistance, by donor type and purpose.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'SOCI'],
  frequency: 'monthly',
  key: ['ref'],
  fields: datasetFields({
    ref: { mn: 'Дугаар', en: 'Reference', required: true },
    body: bodyField,
    fiscal_year: yearField,
    received_on: { mn: 'Хүлээн авсан', en: 'Received on', type: 'date', required: true },
    kind: { mn: 'Төрөл', en: 'Kind', required: true, values: ['donation', 'charity', 'assistance'] },
    donor_type: { mn: 'Хандивлагчийн төрөл', en: 'Donor type', required: true },
    donor_identifier: { mn: 'Хандивлагчийн регистр', en: 'Donor register number' },
    in_kind: { mn: 'Биет хэлбэрээр', en: 'In kind', type: 'boolean', required: true },
    amount_mnt: { mn: 'Дүн (төгрөг)', en: 'Amount (MNT)', type: 'number', required: true },
    purpose: { mn: 'Зориулалт', en: 'Purpose', required: true },
  }),
  source: sql`
    select d.ref, o.slug as body, d.fiscal_year, d.received_on, d.kind, d.donor_type, e.identifier as donor_identifier,
      d.in_kind, d.amount_mnt, d.purpose
    from fiscal_donations d join organizations o on o.id = d.organization_id
    left join legal_entities e on e.id = d.donor_entity_id`,
  filters: yearAndBodyFilters,
  lastModified: lastChanged({
    rows: sql`select max(received_on)::timestamptz from fiscal_donations`,
    dataset: 'fiscal-donations',
    installed: 'fiscal',
  }),
  chart: { field: 'kind' },
  import: {
    table: 'fiscal_donations',
    action: 'fiscal.publish',
    columns: {
      ref: refColumn,
      body: bodyColumn,
      purpose: { maxLength: 500 },
      donor_identifier: entityColumn('donor_entity_id'),
    },
    rules: [
      reportingBodyRule,
      positive('amount_mnt'),
      {
        field: 'donor_type',
        holds: sql`donor_type in (select jsonb_array_elements_text(value->'donorTypes') from platform_settings where key = 'fiscal')`,
        message: { mn: 'Хандивлагчийн төрөл жагсаалтад алга', en: 'Not a donor type of the country’s list' },
      },
    ],
  },
};
