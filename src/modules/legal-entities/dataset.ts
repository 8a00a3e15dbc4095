import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { ENTITY_KINDS, ENTITY_STATUSES } from '../../platform/legal-entities/index.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { entitiesList } from './lists.ts';
import { entityRows } from './queries.ts';

/**
 * The register of legal entities as open data: one row per root entity (an entity merged into
 * another is found through it), with its identifier, names, kind, status, place and public body.
 * Public facts of legal persons only. Its downloads take the list page's filters, declared once in
 * lists.ts.
 */
export const entitiesDataset: DatasetDeclaration = {
  id: 'legal-entities',
  title: { mn: 'Хуулийн этгээдүүд', en: 'Legal entities' },
  description: {
    mn: 'Компани, төрийн өмчит үйлдвэрийн газар, ТББ, гадаадын компани зэрэг хуулийн этгээдүүд: бүртгэлийн дугаар, хоёр хэл дээрх нэр, төрөл, төлөв, хаяг (аймаг, сум), бүртгэсэн огноо, холбогдох төрийн байгууллага.',
    en: 'Companies, state-owned enterprises, NGOs, foreign companies and other legal persons: identifier, names in both languages, kind, status, address (aimag, soum), registration date and the public body an entity is.',
  },
  publisher: 'general-authority-for-state-registration',
  themes: ['ECON', 'GOVE'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    scheme: { mn: 'Бүртгэлийн схем', en: 'Identifier scheme', required: true },
    identifier: { mn: 'Бүртгэлийн дугаар', en: 'Identifier', required: true },
    name_mn: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
    name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
    common_name_mn: { mn: 'Түгээмэл нэр (монгол)', en: 'Common name (Mongolian)' },
    common_name_en: { mn: 'Түгээмэл нэр (англи)', en: 'Common name (English)' },
    kind: { mn: 'Төрөл', en: 'Kind', required: true, values: ENTITY_KINDS },
    status: { mn: 'Төлөв', en: 'Status', required: true, values: ENTITY_STATUSES },
    admin_unit_code: { mn: 'Засаг захиргааны нэгж', en: 'Administrative unit' },
    aimag: { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
    registered_on: { mn: 'Бүртгэсэн огноо', en: 'Registered on', type: 'date' },
    organization: { mn: 'Төрийн байгууллага', en: 'Public body' },
  }),
  source: entityRows,
  filters: datasetFilters(entitiesList),
  // When the rows last changed, or when the register was installed: the catalogue always has a date.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from legal_entities`,
    dataset: 'legal-entities',
    installed: 'platform',
  }),
};
