import { topLevelUnits } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { flagCodes } from './flags.ts';
import { methods, stages } from './service.ts';

const bi = (mn: string, en: string) => ({ mn, en });

/**
 * Contracting processes as open data: one flat row per process (its compiled state), with the
 * OCDS release files of each year as the `standards` distributions.
 */
export const procurementDataset: DatasetDeclaration = {
  id: 'procurement',
  title: bi('Төрийн худалдан авалт', 'Public procurement'),
  description: bi(
    'Төсвийн хөрөнгөөр хийгдсэн худалдан авалтын үйл явц бүр: тендер, үнийн санал, шалгаруулалт, гэрээ, өөрчлөлт, төлбөр, эрсдэлийн дохио. OCDS 1.1 стандартаар.',
    'Every publicly funded contracting process: tender, bids, award, contract, amendments, payments and red flags. In OCDS 1.1.',
  ),
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
      title: bi('OCID', 'OCID'),
      description: bi(
        'Худалдан авалтын үйл явцын олон улсын давтагдашгүй дугаар.',
        'Open Contracting ID of the process.',
      ),
      required: true,
    },
    { name: 'title', type: 'string', title: bi('Нэр', 'Title') },
    { name: 'buyer_slug', type: 'string', title: bi('Захиалагч (таних нэр)', 'Buyer (identifier)') },
    { name: 'buyer_name', type: 'string', title: bi('Захиалагч', 'Buyer') },
    { name: 'supplier_name', type: 'string', title: bi('Гүйцэтгэгч', 'Supplier') },
    { name: 'method', type: 'string', title: bi('Арга', 'Method'), values: methods },
    { name: 'category', type: 'string', title: bi('Ангилал', 'Category') },
    { name: 'stage', type: 'string', title: bi('Үе шат', 'Stage'), values: stages, required: true },
    { name: 'status', type: 'string', title: bi('Төлөв', 'Status') },
    { name: 'currency', type: 'string', title: bi('Валют', 'Currency') },
    { name: 'tender_value', type: 'number', title: bi('Төсөвт өртөг', 'Tender value') },
    { name: 'contract_value', type: 'number', title: bi('Гэрээний дүн', 'Contract value') },
    { name: 'date', type: 'datetime', title: bi('Огноо', 'Date'), required: true },
    { name: 'date_signed', type: 'datetime', title: bi('Гэрээ байгуулсан', 'Signed') },
    {
      name: 'flags',
      type: 'string',
      title: bi('Эрсдэлийн дохио', 'Red flags'),
      description: bi('Таслалаар тусгаарласан кодууд.', 'Codes separated by commas.'),
    },
  ],
  source: sql`
    select p.ocid, p.title, o.slug as buyer_slug, p.buyer_name, p.supplier_name, p.method, p.category, p.stage,
      p.status, p.currency, p.tender_value, p.contract_value, p.date, p.date_signed,
      array_to_string(p.flags, ',') as flags, p.flags as flag_list, p.aimag
    from procurement_processes p left join organizations o on o.id = p.buyer_id`,
  filters: [
    {
      name: 'buyer',
      title: bi('Захиалагч', 'Buyer'),
      pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
      where: (v) => sql`d.buyer_slug = ${v}`,
    },
    { name: 'method', title: bi('Арга', 'Method'), values: methods },
    { name: 'stage', title: bi('Үе шат', 'Stage'), values: stages },
    {
      name: 'flag',
      title: bi('Эрсдэлийн дохио', 'Red flag'),
      values: flagCodes,
      where: (v) => sql`d.flag_list @> array[${v}]::text[]`,
    },
    {
      name: 'aimag',
      title: bi('Аймаг, нийслэл', 'Aimag or capital'),
      aimag: true,
      values: async (db) =>
        (await topLevelUnits(db, 'mn')).map((u) => ({ value: u.code, label: bi(u.nameMn, u.nameEn) })),
    },
  ],
  // An empty register still has a date: when its table was made.
  lastModified: sql`select coalesce((select max(updated_at) from procurement_processes),
    (select applied_at from schema_migrations where id like 'procurement/%' order by id limit 1)) as modified`,
  recordPath: (ocid) => `/procurement/processes/${encodeURIComponent(ocid)}`,
  chart: { field: 'method' },
  standards: [
    {
      title: bi('OCDS хувилбарын багц (API)', 'OCDS release packages (API)'),
      path: '/api/v1/procurement/releases',
      format: 'OCDS',
      mediaType: 'application/json',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
    {
      title: bi('OCDS бүртгэлийн багц (API)', 'OCDS record packages (API)'),
      path: '/api/v1/procurement/records',
      format: 'OCDS',
      mediaType: 'application/json',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
    {
      title: bi('OCDS жил бүрийн файлууд', 'OCDS files by year'),
      path: '/procurement/ocds',
      format: 'OCDS',
      mediaType: 'text/html',
      conformsTo: 'https://standard.open-contracting.org/1.1/',
    },
  ],
};
