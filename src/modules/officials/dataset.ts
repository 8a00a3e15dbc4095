import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { officialsList } from './lists.ts';
import { officialsRows } from './queries.ts';

/**
 * Public officials as open data: one row per term in a post (Popolo's membership), with the
 * person, the post, its organisation and its duties. Public facts only. Its downloads take the list
 * page's filters, declared once in lists.ts.
 */
export const officialsDataset: DatasetDeclaration = {
  id: 'officials',
  title: { mn: 'Төрийн албан тушаалтнууд', en: 'Public officials' },
  description: {
    mn: 'Төрийн байгууллагын албан тушаал хашиж буй болон хашиж байсан хүмүүс, хугацааных нь хамт: хөрөнгө орлогоо мэдүүлэх, улс төрд нөлөө бүхий албан тушаал эсэх.',
    en: 'People who hold or held posts in public bodies, with their terms: whether the post declares assets and income, and whether it is politically exposed.',
  },
  publisher: 'cabinet-secretariat',
  themes: ['GOVE'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    official: { mn: 'Албан тушаалтан', en: 'Official', required: true },
    name_mn: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)', required: true },
    name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
    post_mn: { mn: 'Албан тушаал (монгол)', en: 'Post (Mongolian)', required: true },
    post_en: { mn: 'Албан тушаал (англи)', en: 'Post (English)' },
    role: { mn: 'Үүрэг', en: 'Role' },
    organization: { mn: 'Байгууллага', en: 'Organisation', required: true },
    starts_on: { mn: 'Эхэлсэн', en: 'Started', type: 'date', required: true },
    ends_on: { mn: 'Дууссан', en: 'Ended', type: 'date' },
    declares_assets: { mn: 'Хөрөнгө мэдүүлнэ', en: 'Declares assets', type: 'boolean', required: true },
    politically_exposed: {
      mn: 'Улс төрд нөлөө бүхий',
      en: 'Politically exposed',
      type: 'boolean',
      required: true,
    },
    source: { mn: 'Эх сурвалж', en: 'Source' },
  }),
  source: officialsRows,
  filters: datasetFilters(officialsList),
  // When the rows last changed, or when the register was installed: the catalogue always has a date.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from official_memberships`,
    dataset: 'officials',
    installed: 'platform',
  }),
};
