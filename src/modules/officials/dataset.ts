import { lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { officialsList } from './lists.ts';
import { officialsRows } from './queries.ts';

const text = (name: string, mn: string, en: string, required = false) =>
  ({ name, type: 'string', title: { mn, en }, ...(required ? { required } : {}) }) as const;

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
  fields: [
    { name: 'id', type: 'integer', title: { mn: 'Дугаар', en: 'Number' }, required: true },
    text('official', 'Албан тушаалтан', 'Official', true),
    text('name_mn', 'Нэр (монгол)', 'Name (Mongolian)', true),
    text('name_en', 'Нэр (англи)', 'Name (English)'),
    text('post_mn', 'Албан тушаал (монгол)', 'Post (Mongolian)', true),
    text('post_en', 'Албан тушаал (англи)', 'Post (English)'),
    text('role', 'Үүрэг', 'Role'),
    text('organization', 'Байгууллага', 'Organisation', true),
    { name: 'starts_on', type: 'date', title: { mn: 'Эхэлсэн', en: 'Started' }, required: true },
    { name: 'ends_on', type: 'date', title: { mn: 'Дууссан', en: 'Ended' } },
    {
      name: 'declares_assets',
      type: 'boolean',
      title: { mn: 'Хөрөнгө мэдүүлнэ', en: 'Declares assets' },
      required: true,
    },
    {
      name: 'politically_exposed',
      type: 'boolean',
      title: { mn: 'Улс төрд нөлөө бүхий', en: 'Politically exposed' },
      required: true,
    },
    text('source', 'Эх сурвалж', 'Source'),
  ],
  source: officialsRows,
  filters: datasetFilters(officialsList),
  // When the rows last changed, or when the register was installed: the catalogue always has a date.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from official_memberships`,
    dataset: 'officials',
    installed: 'platform',
  }),
};
