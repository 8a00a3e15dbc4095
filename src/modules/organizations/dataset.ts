import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { organizationsImport } from './import.ts';
import { organizationKinds } from './kinds.ts';
import { organizationsList } from './list.ts';

const bi = (mn: string, en: string) => ({ mn, en });

/**
 * The directory of public bodies as open data: one flat row per organisation, in slug order.
 * Its downloads take the list page's filters (`q`, `kind`, `aimag`, `parent`).
 */
export const organizationsDataset: DatasetDeclaration = {
  id: 'organizations',
  title: bi('Төрийн байгууллагууд', 'Public bodies'),
  description: bi(
    'Төрийн байгууллагуудын лавлах: төрөл, харьяалал, байршил, холбоо барих мэдээлэл.',
    'Directory of public bodies: kind, hierarchy, location and contact details.',
  ),
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
      title: bi('Таних нэр', 'Identifier'),
      description: bi(
        'Байгууллагын хаягт хэрэглэгдэх тогтвортой нэр.',
        'Stable name used in the body’s web address.',
      ),
      required: true,
    },
    { name: 'name_mn', type: 'string', title: bi('Нэр (монгол)', 'Name (Mongolian)'), required: true },
    { name: 'name_en', type: 'string', title: bi('Нэр (англи)', 'Name (English)'), required: true },
    { name: 'abbreviation', type: 'string', title: bi('Товчлол', 'Abbreviation') },
    {
      name: 'kind',
      type: 'string',
      title: bi('Төрөл', 'Kind'),
      description: bi(
        'Байгууллагын төрөл: яам, агентлаг, шүүх гэх мэт.',
        'Kind of body: ministry, agency, court and so on.',
      ),
      required: true,
      values: organizationKinds,
    },
    {
      name: 'parent_slug',
      type: 'string',
      title: bi('Дээд байгууллага', 'Parent body'),
      description: bi('Харьяалагдах дээд байгууллагын таних нэр.', 'Identifier of the body it reports to.'),
    },
    {
      name: 'admin_unit_code',
      type: 'string',
      title: bi('Засаг захиргааны нэгж', 'Administrative unit'),
      description: bi(
        'Байрлах аймаг, нийслэл, сум, дүүргийн код; хоосон бол улсын хэмжээний байгууллага.',
        'Code of the aimag, capital, soum or district it sits in; empty for national bodies.',
      ),
    },
    { name: 'website', type: 'string', title: bi('Цахим хуудас', 'Website') },
    { name: 'email', type: 'string', title: bi('И-мэйл', 'Email') },
    { name: 'phone', type: 'string', title: bi('Утас', 'Phone') },
    { name: 'address', type: 'string', title: bi('Хаяг', 'Address') },
    {
      name: 'updated_at',
      type: 'datetime',
      title: bi('Шинэчилсэн', 'Updated'),
      description: bi(
        'Бүртгэлийг хамгийн сүүлд өөрчилсөн хугацаа (UTC).',
        'When the entry last changed (UTC).',
      ),
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
