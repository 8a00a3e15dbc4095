import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { disbursementRows, loanRows, scheduleRows } from './queries.ts';

/** Loans and grants as open data: one row each, its terms as the agreement states them, grace as itself. */
export const loansDataset: DatasetDeclaration = {
  id: 'project-loans',
  title: { mn: 'Гадаад зээл, тусламжийн нөхцөл', en: 'Foreign loans and grants: terms' },
  description: {
    mn: 'Зээл, буцалтгүй тусламж бүр: зээлдүүлэгч, дүн, валют, хүү, хугацаа, хөнгөлөлтийн хугацаа, эргэн төлөх арга, олгосон, төлсөн дүн.',
    en: 'Every loan and grant: lender, amount and currency, interest, maturity, grace period, repayment method, drawn and repaid.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['slug'],
  fields: datasetFields({
    slug: { mn: 'Таних нэр', en: 'Identifier', required: true },
    kind: { mn: 'Төрөл', en: 'Kind', required: true, values: ['loan', 'grant'] },
    title_mn: { mn: 'Нэр (монгол)', en: 'Title (Mongolian)', required: true },
    title_en: { mn: 'Нэр (англи)', en: 'Title (English)', required: true },
    organization: { mn: 'Зээлдэгч байгууллага', en: 'Borrowing body', required: true },
    lender_entity_id: {
      mn: 'Зээлдүүлэгч (хуулийн этгээд)',
      en: 'Lender (legal entity)',
      type: 'integer',
      required: true,
    },
    lender_name_en: { mn: 'Зээлдүүлэгч', en: 'Lender', required: true },
    lender_identifier: { mn: 'Зээлдүүлэгчийн IATI танигч', en: 'Lender’s IATI identifier' },
    project: { mn: 'Төсөл', en: 'Project' },
    agreement_number: { mn: 'Гэрээний дугаар', en: 'Agreement number' },
    agreement_on: { mn: 'Гэрээ байгуулсан', en: 'Agreement signed', type: 'date', required: true },
    effective_on: { mn: 'Хүчин төгөлдөр болсон', en: 'Effective', type: 'date' },
    closing_on: { mn: 'Ашиглах эцсийн өдөр', en: 'Closing date', type: 'date' },
    amount: { mn: 'Дүн', en: 'Amount', type: 'number', required: true },
    currency: { mn: 'Валют', en: 'Currency', required: true },
    concessional: { mn: 'Хөнгөлөлттэй', en: 'Concessional', type: 'boolean', required: true },
    tied_status: { mn: 'Уяалдаа', en: 'Tied status' },
    rate_kind: { mn: 'Хүүгийн төрөл', en: 'Rate kind', values: ['fixed', 'variable'] },
    fixed_rate: { mn: 'Тогтмол хүү, %', en: 'Fixed rate, %', type: 'number' },
    base_rate_name: { mn: 'Суурь хүү', en: 'Base rate' },
    margin: { mn: 'Нэмэгдэл, %', en: 'Margin, %', type: 'number' },
    maturity_months: { mn: 'Хугацаа, сар', en: 'Maturity, months', type: 'integer' },
    grace_months: { mn: 'Хөнгөлөлтийн хугацаа, сар', en: 'Grace period, months', type: 'integer' },
    repayment_method: { mn: 'Эргэн төлөх арга', en: 'Repayment method' },
    payments_per_year: { mn: 'Жилд төлөх удаа', en: 'Payments a year', type: 'integer' },
    first_repayment_on: { mn: 'Анхны төлөлт', en: 'First repayment', type: 'date' },
    final_repayment_on: { mn: 'Эцсийн төлөлт', en: 'Final repayment', type: 'date' },
    disbursed: { mn: 'Олгосон', en: 'Disbursed', type: 'number', required: true },
    disbursed_mnt: { mn: 'Олгосон, төгрөгөөр', en: 'Disbursed, in MNT', type: 'number', required: true },
    repaid: { mn: 'Төлсөн үндсэн төлбөр', en: 'Principal repaid', type: 'number', required: true },
    updated_at: { mn: 'Шинэчилсэн', en: 'Updated', type: 'datetime', required: true },
  }),
  source: loanRows,
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from project_loans`,
    dataset: 'project-loans',
    installed: 'projects',
  }),
  recordPath: (slug) => `/projects/loans/${slug}`,
};

/** Every loan's repayment schedule in its currency, one row an instalment. */
export const schedulesDataset: DatasetDeclaration = {
  id: 'project-loan-schedules',
  title: { mn: 'Гадаад зээлийн эргэн төлөлтийн хуваарь', en: 'Foreign loans: repayment schedules' },
  description: {
    mn: 'Зээл бүрийн эргэн төлөлтийн хуваарь зээлийн валютаар: үндсэн төлбөр, хүү, үлдэгдэл.',
    en: 'Each loan’s repayment schedule in its currency: principal, interest and what is still owed.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['instalment'],
  fields: datasetFields({
    instalment: { mn: 'Төлөлт (зээл:дугаар)', en: 'Instalment (loan:number)', required: true },
    loan: { mn: 'Зээл', en: 'Loan', required: true },
    seq: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    due_on: { mn: 'Төлөх өдөр', en: 'Due on', type: 'date', required: true },
    principal: { mn: 'Үндсэн төлбөр', en: 'Principal', type: 'number', required: true },
    interest: { mn: 'Хүү', en: 'Interest', type: 'number', required: true },
    outstanding: { mn: 'Үлдэгдэл', en: 'Outstanding', type: 'number', required: true },
    currency: { mn: 'Валют', en: 'Currency', required: true },
    basis: { mn: 'Үндэслэл', en: 'Basis', required: true, values: ['computed', 'stated'] },
    organization: { mn: 'Зээлдэгч байгууллага', en: 'Borrowing body', required: true },
    project: { mn: 'Төсөл', en: 'Project' },
  }),
  source: scheduleRows,
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from project_loans`,
    dataset: 'project-loan-schedules',
    installed: 'projects',
  }),
  recordPath: (key) => `/projects/loans/${key.split(':')[0]}`,
};

/** Every disbursement of a loan or grant, with the platform's rate on its date and the tögrög amount. */
export const disbursementsDataset: DatasetDeclaration = {
  id: 'project-disbursements',
  title: { mn: 'Гадаад зээлийн олголт', en: 'Foreign loans: disbursements' },
  description: {
    mn: 'Зээл, тусламжийн олголт бүр: дүн зээлийн валютаар, тухайн өдрийн ханш, төгрөгөөр.',
    en: 'Every disbursement of a loan or grant: the amount in its currency, the rate on the day and the tögrög amount.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    loan: { mn: 'Зээл', en: 'Loan', required: true },
    disbursed_on: { mn: 'Олгосон өдөр', en: 'Disbursed on', type: 'date', required: true },
    amount: { mn: 'Дүн', en: 'Amount', type: 'number', required: true },
    currency: { mn: 'Валют', en: 'Currency', required: true },
    rate: { mn: 'Ханш (нэгжид ногдох төгрөг)', en: 'Rate (tögrög a unit)', type: 'number', required: true },
    rate_set_on: { mn: 'Ханш тогтоосон өдөр', en: 'Rate set on', type: 'date', required: true },
    amount_mnt: { mn: 'Дүн, төгрөгөөр', en: 'Amount in MNT', type: 'number', required: true },
    description_mn: { mn: 'Тайлбар (монгол)', en: 'Description (Mongolian)' },
    description_en: { mn: 'Тайлбар (англи)', en: 'Description (English)' },
    organization: { mn: 'Зээлдэгч байгууллага', en: 'Borrowing body', required: true },
    project: { mn: 'Төсөл', en: 'Project' },
  }),
  source: disbursementRows,
  lastModified: lastChanged({
    rows: sql`select max(created_at) from project_loan_disbursements`,
    dataset: 'project-disbursements',
    installed: 'projects',
  }),
  recordPath: () => '/projects/loans',
};

export const loanDatasets = [loansDataset, schedulesDataset, disbursementsDataset];
