import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { FUNDING_SOURCES, PROJECT_TYPES, STAGES, STATUSES } from './codes.ts';
import { projectsList } from './lists.ts';
import { projectsRows } from './queries.ts';

/**
 * The projects as open data: one flat row a project, its budget and schedule as they stand (the
 * latest revision), its funding sources, in slug order. Its downloads take the list page's filters
 * (lists.ts). Every command records the project's version, so its page shows its changes.
 */
export const projectsDataset: DatasetDeclaration = {
  id: 'projects',
  title: { mn: 'Төсөл, гадаад зээлийн төслүүд', en: 'Public investment and foreign-loan projects' },
  description: {
    mn: 'Улсын хөрөнгө оруулалт, гадаад зээл, тусламжийн төсөл бүр: салбар, үе шат, хэрэгжүүлэгч, төсөв, хугацаа, санхүүжилт.',
    en: 'Each public investment, foreign-loan and grant project: sector, stage, implementing body, budget, schedule and funding.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['slug'],
  fields: datasetFields({
    slug: { mn: 'Таних нэр', en: 'Identifier', required: true },
    title_mn: { mn: 'Нэр (монгол)', en: 'Title (Mongolian)', required: true },
    title_en: { mn: 'Нэр (англи)', en: 'Title (English)', required: true },
    description_mn: { mn: 'Тайлбар (монгол)', en: 'Description (Mongolian)', required: true },
    description_en: { mn: 'Тайлбар (англи)', en: 'Description (English)', required: true },
    sector: { mn: 'Салбар (OC4IDS)', en: 'Sector (OC4IDS)', required: true },
    project_type: { mn: 'Төрөл (OC4IDS)', en: 'Type (OC4IDS)', values: PROJECT_TYPES },
    stage: { mn: 'Үе шат', en: 'Stage', required: true, values: STAGES },
    status: { mn: 'Төлөв', en: 'Status', required: true, values: STATUSES },
    budget_amount: { mn: 'Төсөв', en: 'Budget', type: 'number' },
    budget_currency: { mn: 'Төсвийн валют', en: 'Budget currency' },
    budget_approved_on: { mn: 'Төсөв баталсан', en: 'Budget approved on', type: 'date' },
    planned_start: { mn: 'Эхлэх (төлөвлөсөн)', en: 'Planned start', type: 'date' },
    planned_end: { mn: 'Дуусах (төлөвлөсөн)', en: 'Planned end', type: 'date' },
    actual_start: { mn: 'Эхэлсэн', en: 'Actual start', type: 'date' },
    actual_end: { mn: 'Дууссан', en: 'Actual end', type: 'date' },
    admin_unit_code: { mn: 'Засаг захиргааны нэгж', en: 'Admin unit' },
    organization: {
      mn: 'Хэрэгжүүлэгч байгууллага',
      en: 'Implementing body',
      required: true,
      description: { mn: 'Байгууллагын таних нэр.', en: 'Identifier of the public body.' },
    },
    supervising_organization: { mn: 'Хяналт тавих байгууллага', en: 'Supervising body' },
    funding_sources: {
      mn: 'Санхүүжилтийн эх үүсвэр',
      en: 'Funding sources',
      description: {
        mn: `Таслалаар: ${FUNDING_SOURCES.join(', ')}.`,
        en: `Separated by commas: ${FUNDING_SOURCES.join(', ')}.`,
      },
    },
    created_at: { mn: 'Бүртгэсэн', en: 'Created', type: 'datetime', required: true },
    updated_at: { mn: 'Шинэчилсэн', en: 'Updated', type: 'datetime', required: true },
  }),
  source: projectsRows,
  // The list's filters (lists.ts): the same parameters, choices and conditions as the page and the API.
  filters: datasetFilters(projectsList),
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from projects`,
    dataset: 'projects',
    installed: 'projects',
  }),
  recordPath: (slug) => `/projects/${slug}`,
};
