import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { organizationsImport } from './import.ts';
import { organizationKinds } from './kinds.ts';
import { organizationsList } from './list.ts';

/**
 * The directory of public bodies as open data: one flat row per organisation, in slug order.
 * Its downloads take the list page's filters (`q`, `kind`, `aimag`, `parent`).
 */
export const organizationsDataset: DatasetDeclaration = {
  id: 'organizations',
  title: { mn: 'Төрийн байгууллагууд', en: 'Public bodies' },
  description: {
    mn: 'Төрийн байгууллагуудын лавлах: төрөл, харьяалал, байршил, холбоо барих мэдээлэл.',
    en: 'Directory of public bodies: kind, hierarchy, location and contact details.',
  },
  publisher: 'cabinet-secretariat',
  themes: ['GOVE', 'REGI'],
  keywords: {
    mn: ['төрийн байгууллага', 'яам', 'агентлаг', 'орон нутгийн захиргаа'],
    en: ['public bodies', 'ministries', 'agencies', 'local government'],
  },
  frequency: 'irregular',
  key: ['slug'],
  fields: [
    {
      name: 'slug',
      type: 'string',
      title: { mn: 'Таних нэр', en: 'Identifier' },
      description: {
        mn: 'Байгууллагын хаягт хэрэглэгдэх тогтвортой нэр.',
        en: 'Stable name used in the body’s web address.',
      },
      required: true,
    },
    {
      name: 'name_mn',
      type: 'string',
      title: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
      required: true,
    },
    { name: 'name_en', type: 'string', title: { mn: 'Нэр (англи)', en: 'Name (English)' }, required: true },
    { name: 'abbreviation', type: 'string', title: { mn: 'Товчлол', en: 'Abbreviation' } },
    {
      name: 'kind',
      type: 'string',
      title: { mn: 'Төрөл', en: 'Kind' },
      description: {
        mn: 'Байгууллагын төрөл: яам, агентлаг, шүүх гэх мэт.',
        en: 'Kind of body: ministry, agency, court and so on.',
      },
      required: true,
      values: organizationKinds,
    },
    {
      name: 'parent_slug',
      type: 'string',
      title: { mn: 'Дээд байгууллага', en: 'Parent body' },
      description: {
        mn: 'Харьяалагдах дээд байгууллагын таних нэр.',
        en: 'Identifier of the body it reports to.',
      },
    },
    {
      name: 'admin_unit_code',
      type: 'string',
      title: { mn: 'Засаг захиргааны нэгж', en: 'Administrative unit' },
      description: {
        mn: 'Байрлах аймаг, нийслэл, сум, дүүргийн код; хоосон бол улсын хэмжээний байгууллага.',
        en: 'Code of the aimag, capital, soum or district it sits in; empty for national bodies.',
      },
    },
    { name: 'website', type: 'string', title: { mn: 'Цахим хуудас', en: 'Website' } },
    { name: 'email', type: 'string', title: { mn: 'И-мэйл', en: 'Email' } },
    { name: 'phone', type: 'string', title: { mn: 'Утас', en: 'Phone' } },
    { name: 'address', type: 'string', title: { mn: 'Хаяг', en: 'Address' } },
    {
      name: 'updated_at',
      type: 'datetime',
      title: { mn: 'Шинэчилсэн', en: 'Updated' },
      description: {
        mn: 'Бүртгэлийг хамгийн сүүлд өөрчилсөн хугацаа (UTC).',
        en: 'When the entry last changed (UTC).',
      },
      required: true,
    },
  ],
  source: sql`
    select o.slug, o.name_mn, o.name_en, o.abbreviation, o.kind, p.slug as parent_slug, o.admin_unit_code,
      o.website, o.email, o.phone, o.address, o.updated_at,
      u.parent_code as admin_unit_parent, o.aliases
    from organizations o
    left join organizations p on p.id = o.parent_id
    left join admin_units u on u.code = o.admin_unit_code`,
  // The list's filters (list.ts): the same parameters, choices and conditions as the page and the API.
  filters: datasetFilters(organizationsList),
  // Demo data and direct SQL change rows without versions, so the table's own times count too.
  lastModified: sql`select greatest(
    (select max(updated_at) from organizations),
    (select max(changed_at) from record_versions where dataset = 'organizations')) as modified`,
  recordPath: (slug) => `/organizations/${slug}`,
  chart: { field: 'kind', label: (kind, t) => t(`organizations.kind.${kind}`) },
  import: organizationsImport,
};
