import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
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
  fields: datasetFields({
    slug: {
      mn: 'Таних нэр',
      en: 'Identifier',
      description: {
        mn: 'Байгууллагын хаягт хэрэглэгдэх тогтвортой нэр.',
        en: 'Stable name used in the body’s web address.',
      },
      required: true,
    },
    name_mn: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)', required: true },
    name_en: { mn: 'Нэр (англи)', en: 'Name (English)', required: true },
    abbreviation: { mn: 'Товчлол', en: 'Abbreviation' },
    kind: {
      mn: 'Төрөл',
      en: 'Kind',
      description: {
        mn: 'Байгууллагын төрөл: яам, агентлаг, шүүх гэх мэт.',
        en: 'Kind of body: ministry, agency, court and so on.',
      },
      required: true,
      values: organizationKinds,
    },
    parent_slug: {
      mn: 'Дээд байгууллага',
      en: 'Parent body',
      description: {
        mn: 'Харьяалагдах дээд байгууллагын таних нэр.',
        en: 'Identifier of the body it reports to.',
      },
    },
    admin_unit_code: {
      mn: 'Засаг захиргааны нэгж',
      en: 'Administrative unit',
      description: {
        mn: 'Байрлах аймаг, нийслэл, сум, дүүргийн код; хоосон бол улсын хэмжээний байгууллага.',
        en: 'Code of the aimag, capital, soum or district it sits in; empty for national bodies.',
      },
    },
    website: { mn: 'Цахим хуудас', en: 'Website' },
    email: { mn: 'И-мэйл', en: 'Email' },
    phone: { mn: 'Утас', en: 'Phone' },
    address: { mn: 'Хаяг', en: 'Address' },
    updated_at: {
      mn: 'Шинэчилсэн',
      en: 'Updated',
      type: 'datetime',
      description: {
        mn: 'Бүртгэлийг хамгийн сүүлд өөрчилсөн хугацаа (UTC).',
        en: 'When the entry last changed (UTC).',
      },
      required: true,
    },
  }),
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
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from organizations`,
    dataset: 'organizations',
  }),
  recordPath: (slug) => `/organizations/${slug}`,
  chart: { field: 'kind', label: (kind, t) => t(`organizations.kind.${kind}`) },
  import: organizationsImport,
};
