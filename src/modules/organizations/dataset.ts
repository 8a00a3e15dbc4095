import type { Queryable, Row } from '../../platform/db/database.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { listOrganizations, type OrganizationFilters } from './service.ts';

const bi = (mn: string, en: string) => ({ mn, en });

/** One flat row per organisation, the shape of the CSV download. */
export async function* organizationRows(
  db: Queryable,
  filters: OrganizationFilters = {},
): AsyncGenerator<Row> {
  const { items } = await listOrganizations(db, filters, {
    sort: 'name',
    page: 1,
    pageSize: 100000,
    locale: 'mn',
  });
  for (const o of items) {
    yield {
      slug: o.slug,
      name_mn: o.nameMn,
      name_en: o.nameEn,
      abbreviation: o.abbreviation,
      kind: o.kind,
      parent_slug: o.parentSlug,
      admin_unit_code: o.adminUnitCode,
      website: o.website,
      email: o.email,
      phone: o.phone,
      address: o.address,
      updated_at: o.updatedAt,
    };
  }
}

export const organizationsDataset: DatasetDeclaration = {
  id: 'organizations',
  title: bi('Төрийн байгууллагууд', 'Public bodies'),
  description: bi(
    'Төрийн байгууллагуудын лавлах: төрөл, харьяалал, байршил, холбоо барих мэдээлэл.',
    'Directory of public bodies: kind, hierarchy, location and contact details.',
  ),
  fields: [
    { name: 'slug', type: 'string', title: bi('Таних нэр', 'Identifier'), required: true },
    { name: 'name_mn', type: 'string', title: bi('Нэр (монгол)', 'Name (Mongolian)'), required: true },
    { name: 'name_en', type: 'string', title: bi('Нэр (англи)', 'Name (English)'), required: true },
    { name: 'abbreviation', type: 'string', title: bi('Товчлол', 'Abbreviation') },
    { name: 'kind', type: 'string', title: bi('Төрөл', 'Kind'), required: true },
    { name: 'parent_slug', type: 'string', title: bi('Дээд байгууллага', 'Parent body') },
    { name: 'admin_unit_code', type: 'string', title: bi('Засаг захиргааны нэгж', 'Administrative unit') },
    { name: 'website', type: 'string', title: bi('Цахим хуудас', 'Website') },
    { name: 'email', type: 'string', title: bi('И-мэйл', 'Email') },
    { name: 'phone', type: 'string', title: bi('Утас', 'Phone') },
    { name: 'address', type: 'string', title: bi('Хаяг', 'Address') },
    { name: 'updated_at', type: 'datetime', title: bi('Шинэчилсэн', 'Updated'), required: true },
  ],
  rows: (db) => organizationRows(db),
};
