import { lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { datasetFilters } from '../../../platform/lists/dataset.ts';
import type { DatasetDeclaration, DatasetField } from '../../../platform/module.ts';
import { licencesList } from './lists.ts';
import { LICENCE_STATUSES, licenceRows } from './queries.ts';

const field = (
  name: string,
  type: DatasetField['type'],
  mn: string,
  en: string,
  more: Partial<DatasetField> = {},
): DatasetField => ({ name, type, title: { mn, en }, ...more });

/**
 * The licence register as open data: one row a licence, its holders by name with their shares
 * (legal entities only: no person's data), its area's box and hectares (the polygon is on the
 * API and the licence's page), in slug order. Downloads take the list's filters.
 */
export const licencesDataset: DatasetDeclaration = {
  id: 'extractives-licences',
  title: { mn: 'Тусгай зөвшөөрлийн бүртгэл', en: 'Register of resource licences' },
  description: {
    mn: 'Ашигт малтмал, газрын тос, газар, усны тусгай зөвшөөрөл: эзэмшигч, хувь, талбай, төлөв, хугацаа.',
    en: 'Mineral, petroleum, land and water licences: holders and their shares, area, status and dates.',
  },
  publisher: 'mineral-resources-authority',
  themes: ['ECON', 'ENVI'],
  key: ['slug'],
  fields: [
    field('slug', 'string', 'Таних нэр', 'Identifier', { required: true }),
    field('licence_type', 'string', 'Төрөл', 'Kind', { required: true }),
    field('resource', 'string', 'Баялаг', 'Resource', {
      required: true,
      values: ['mineral', 'petroleum', 'land', 'water'],
    }),
    field('number', 'string', 'Дугаар', 'Number', { required: true }),
    field('name_mn', 'string', 'Нэр (монгол)', 'Name (Mongolian)', { required: true }),
    field('name_en', 'string', 'Нэр (англи)', 'Name (English)', { required: true }),
    field('status', 'string', 'Төлөв', 'Status', { required: true, values: LICENCE_STATUSES }),
    field('applied_on', 'date', 'Хүсэлт гаргасан', 'Applied on'),
    field('granted_on', 'date', 'Олгосон', 'Granted on'),
    field('expires_on', 'date', 'Дуусах', 'Expires on'),
    field('commodities', 'string', 'Ашигт малтмал', 'Commodities'),
    field('holders', 'string', 'Эзэмшигчид (хувь)', 'Holders (shares)'),
    field('area_ha', 'number', 'Талбай, га', 'Area, ha'),
    field('min_lon', 'number', 'Хамгийн баруун уртраг', 'Westmost longitude'),
    field('min_lat', 'number', 'Хамгийн өмнөд өргөрөг', 'Southmost latitude'),
    field('max_lon', 'number', 'Хамгийн зүүн уртраг', 'Eastmost longitude'),
    field('max_lat', 'number', 'Хамгийн хойд өргөрөг', 'Northmost latitude'),
    field('admin_unit_code', 'string', 'Засаг захиргааны нэгж', 'Admin unit'),
    field('organization', 'string', 'Олгосон байгууллага', 'Issued by', { required: true }),
    field('updated_at', 'datetime', 'Шинэчилсэн', 'Updated', { required: true }),
  ],
  source: licenceRows,
  filters: datasetFilters(licencesList),
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from extractive_licences`,
    dataset: 'extractives-licences',
    installed: 'extractives',
  }),
  recordPath: (slug) => `/extractives/licences/${slug}`,
};
