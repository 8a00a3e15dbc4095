import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { projectsList } from './lists.ts';
import { projectsRows } from './queries.ts';

/**
 * Projects and foreign loans as open data: one flat row per record, in slug order. Its downloads take the list
 * page's filters (`q`, `organization`), declared once in lists.ts.
 */
export const projectsDataset: DatasetDeclaration = {
  id: 'projects',
  title: { mn: 'Төсөл, гадаад зээл', en: 'Projects and foreign loans' },
  description: {
    mn: 'Төсөл, гадаад зээл: байгууллага бүрийн нийтэлсэн бүртгэл, хоёр хэлээр.',
    en: 'Projects and foreign loans: the records each public body published, in both languages.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE'],
  key: ['slug'],
  fields: [
    { name: 'slug', type: 'string', title: { mn: 'Таних нэр', en: 'Identifier' }, required: true },
    {
      name: 'title_mn',
      type: 'string',
      title: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
      required: true,
    },
    { name: 'title_en', type: 'string', title: { mn: 'Нэр (англи)', en: 'Name (English)' }, required: true },
    {
      name: 'organization',
      type: 'string',
      title: { mn: 'Байгууллага', en: 'Organisation' },
      description: { mn: 'Байгууллагын таних нэр.', en: 'Identifier of the public body.' },
      required: true,
    },
    { name: 'created_at', type: 'datetime', title: { mn: 'Бүртгэсэн', en: 'Created' }, required: true },
    { name: 'updated_at', type: 'datetime', title: { mn: 'Шинэчилсэн', en: 'Updated' }, required: true },
  ],
  source: projectsRows,
  // The list's filters (lists.ts): the same parameters, choices and conditions as the page and the API.
  filters: datasetFilters(projectsList),
  lastModified: sql`select max(updated_at) as modified from projects`,
  recordPath: (slug) => `/projects/${slug}`,
};
