import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Bilingual } from '../../platform/i18n/index.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration, StandardDistribution } from '../../platform/module.ts';
import { processesList, stages } from './lists.ts';
import { methods } from './ocds/codelists.ts';
import { PROCESS_ROWS } from './service.ts';

/** A file or endpoint in OCDS 1.1. */
function ocds(title: Bilingual, path: string, mediaType = 'application/json'): StandardDistribution {
  return { title, path, format: 'OCDS', mediaType, conformsTo: 'https://standard.open-contracting.org/1.1/' };
}

/**
 * Contracting processes as open data: one flat row per process (its compiled state), with the
 * OCDS release files of each year as the `standards` distributions.
 */
export const procurementDataset: DatasetDeclaration = {
  id: 'procurement',
  title: { mn: 'Төрийн худалдан авалт', en: 'Public procurement' },
  description: {
    mn: 'Төсвийн хөрөнгөөр хийгдсэн худалдан авалтын үйл явц бүр: тендер, үнийн санал, шалгаруулалт, гэрээ, өөрчлөлт, төлбөр, эрсдэлийн дохио. OCDS 1.1 стандартаар.',
    en: 'Every publicly funded contracting process: tender, bids, award, contract, amendments, payments and red flags. In OCDS 1.1.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  keywords: {
    mn: ['худалдан авалт', 'тендер', 'гэрээ', 'OCDS', 'шилэн'],
    en: ['procurement', 'tenders', 'contracts', 'OCDS', 'open contracting'],
  },
  frequency: 'daily',
  key: ['ocid'],
  fields: datasetFields({
    ocid: {
      mn: 'OCID',
      en: 'OCID',
      description: {
        mn: 'Худалдан авалтын үйл явцын олон улсын давтагдашгүй дугаар.',
        en: 'Open Contracting ID of the process.',
      },
      required: true,
    },
    title: { mn: 'Нэр', en: 'Title' },
    buyer_slug: { mn: 'Захиалагч (таних нэр)', en: 'Buyer (identifier)' },
    buyer_name: { mn: 'Захиалагч', en: 'Buyer' },
    supplier_name: { mn: 'Гүйцэтгэгч', en: 'Supplier' },
    method: { mn: 'Арга', en: 'Method', values: methods },
    category: { mn: 'Ангилал', en: 'Category' },
    stage: { mn: 'Үе шат', en: 'Stage', values: stages, required: true },
    status: { mn: 'Төлөв', en: 'Status' },
    currency: { mn: 'Валют', en: 'Currency' },
    tender_value: { mn: 'Төсөвт өртөг', en: 'Tender value', type: 'number' },
    contract_value: { mn: 'Гэрээний дүн', en: 'Contract value', type: 'number' },
    date: { mn: 'Огноо', en: 'Date', type: 'datetime', required: true },
    date_signed: { mn: 'Гэрээ байгуулсан', en: 'Signed', type: 'datetime' },
    flags: {
      mn: 'Эрсдэлийн дохио',
      en: 'Red flags',
      description: { mn: 'Таслалаар тусгаарласан кодууд.', en: 'Codes separated by commas.' },
    },
  }),
  // The list's rows (service.ts), so that the list's conditions (lists.ts) serve the downloads.
  source: sql`
    select d.ocid, d.title, d.buyer_slug, d.buyer_name, d.supplier_name, d.method, d.category, d.stage,
      d.status, d.currency, d.tender_value, d.contract_value, d.date, d.date_signed,
      array_to_string(d.flags, ',') as flags, d.flag_list, d.aimag, d.buyer_id, d.supplier_id
    from (${PROCESS_ROWS}) d`,
  // The list's filters but `valueMin` and `valueMax`: a download filter's name is snake_case.
  filters: datasetFilters(processesList).filter((f) => /^[a-z][a-z0-9_]*$/.test(f.name)),
  // An empty register still has a date: when its table was made.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from procurement_processes`,
    installed: 'procurement',
  }),
  recordPath: (ocid) => `/procurement/processes/${encodeURIComponent(ocid)}`,
  chart: { field: 'method' },
  standards: [
    ocds(
      { mn: 'OCDS хувилбарын багц (API)', en: 'OCDS release packages (API)' },
      '/api/v1/procurement/releases',
    ),
    ocds(
      { mn: 'OCDS бүртгэлийн багц (API)', en: 'OCDS record packages (API)' },
      '/api/v1/procurement/records',
    ),
    ocds({ mn: 'OCDS жил бүрийн файлууд', en: 'OCDS files by year' }, '/procurement/ocds', 'text/html'),
  ],
};
