import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { processesList, stages } from './lists.ts';
import { methods } from './ocds/codelists.ts';
import { PROCESS_ROWS } from './service.ts';

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
  fields: [
    {
      name: 'ocid',
      type: 'string',
      title: { mn: 'OCID', en: 'OCID' },
      description: {
        mn: 'Худалдан авалтын үйл явцын олон улсын давтагдашгүй дугаар.',
        en: 'Open Contracting ID of the process.',
      },
      required: true,
    },
    { name: 'title', type: 'string', title: { mn: 'Нэр', en: 'Title' } },
    { name: 'buyer_slug', type: 'string', title: { mn: 'Захиалагч (таних нэр)', en: 'Buyer (identifier)' } },
    { name: 'buyer_name', type: 'string', title: { mn: 'Захиалагч', en: 'Buyer' } },
    { name: 'supplier_name', type: 'string', title: { mn: 'Гүйцэтгэгч', en: 'Supplier' } },
    { name: 'method', type: 'string', title: { mn: 'Арга', en: 'Method' }, values: methods },
    { name: 'category', type: 'string', title: { mn: 'Ангилал', en: 'Category' } },
    { name: 'stage', type: 'string', title: { mn: 'Үе шат', en: 'Stage' }, values: stages, required: true },
    { name: 'status', type: 'string', title: { mn: 'Төлөв', en: 'Status' } },
    { name: 'currency', type: 'string', title: { mn: 'Валют', en: 'Currency' } },
    { name: 'tender_value', type: 'number', title: { mn: 'Төсөвт өртөг', en: 'Tender value' } },
    { name: 'contract_value', type: 'number', title: { mn: 'Гэрээний дүн', en: 'Contract value' } },
    { name: 'date', type: 'datetime', title: { mn: 'Огноо', en: 'Date' }, required: true },
    { name: 'date_signed', type: 'datetime', title: { mn: 'Гэрээ байгуулсан', en: 'Signed' } },
    {
      name: 'flags',
      type: 'string',
      title: { mn: 'Эрсдэлийн дохио', en: 'Red flags' },
      description: { mn: 'Таслалаар тусгаарласан кодууд.', en: 'Codes separated by commas.' },
    },
  ],
  // The list's rows (service.ts), so that the list's conditions (lists.ts) serve the downloads.
  source: sql`
    select d.ocid, d.title, d.buyer_slug, d.buyer_name, d.supplier_name, d.method, d.category, d.stage,
      d.status, d.currency, d.tender_value, d.contract_value, d.date, d.date_signed,
      array_to_string(d.flags, ',') as flags, d.flag_list, d.aimag, d.buyer_id, d.supplier_id
    from (${PROCESS_ROWS}) d`,
  // The list's filters but `valueMin` and `valueMax`: a download filter's name is snake_case.
  filters: datasetFilters(processesList).filter((f) => /^[a-z][a-z0-9_]*$/.test(f.name)),
  // An empty register still has a date: when its table was made.
  lastModified: sql`select coalesce((select max(updated_at) from procurement_processes),
    (select applied_at from schema_migrations where id like 'procurement/%' order by id limit 1)) as modified`,
  recordPath: (ocid) => `/procurement/processes/${encodeURIComponent(ocid)}`,
  chart: { field: 'method' },
  standards: [
    {
      title: { mn: 'OCDS хувилбарын багц (API)', en: 'OCDS release packages (API)' },
      path: '/api/v1/procurement/releases',
      format: 'OCDS',
      mediaType: 'application/json',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
    {
      title: { mn: 'OCDS бүртгэлийн багц (API)', en: 'OCDS record packages (API)' },
      path: '/api/v1/procurement/records',
      format: 'OCDS',
      mediaType: 'application/json',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
    {
      title: { mn: 'OCDS жил бүрийн файлууд', en: 'OCDS files by year' },
      path: '/procurement/ocds',
      format: 'OCDS',
      mediaType: 'text/html',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
  ],
};
