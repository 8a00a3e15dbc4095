import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';

/**
 * Feasibility studies as open data (commitment 3.3.1.3.4: summaries of ongoing feasibility
 * studies): one row per study, ongoing ones with no completion date.
 */
export const feasibilityStudiesDataset: DatasetDeclaration = {
  id: 'project-feasibility-studies',
  title: { mn: 'Төслийн техник, эдийн засгийн үндэслэл', en: 'Project feasibility studies' },
  description: {
    mn: 'Төсөл бүрийн ТЭЗҮ: хураангуй, зохиогч, огноо, тооцсон өртөг, хугацаа, хүлээгдэж буй үр ашиг, EIRR, өгөөж-зардлын харьцаа. Дуусаагүй судалгаа дуусах огноогүй.',
    en: 'Each project’s feasibility studies: summary, author, dates, cost estimate, duration, expected benefits, EIRR and benefit–cost ratio. Ongoing studies have no completion date.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Id', type: 'integer', required: true },
    project: { mn: 'Төсөл', en: 'Project', required: true },
    title_mn: { mn: 'Нэр (монгол)', en: 'Title (Mongolian)', required: true },
    title_en: { mn: 'Нэр (англи)', en: 'Title (English)', required: true },
    summary_mn: { mn: 'Хураангуй (монгол)', en: 'Summary (Mongolian)', required: true },
    summary_en: { mn: 'Хураангуй (англи)', en: 'Summary (English)', required: true },
    author: { mn: 'Зохиогч', en: 'Author', required: true },
    started_on: { mn: 'Эхэлсэн', en: 'Started on', type: 'date' },
    completed_on: { mn: 'Дууссан', en: 'Completed on', type: 'date' },
    ongoing: { mn: 'Үргэлжилж буй', en: 'Ongoing', type: 'boolean', required: true },
    cost_estimate: { mn: 'Тооцсон өртөг', en: 'Cost estimate', type: 'number', required: true },
    cost_currency: { mn: 'Валют', en: 'Currency', required: true },
    duration_months: { mn: 'Хугацаа (сар)', en: 'Duration (months)', type: 'integer' },
    expected_benefits_mn: { mn: 'Үр ашиг (монгол)', en: 'Expected benefits (Mongolian)', required: true },
    expected_benefits_en: { mn: 'Үр ашиг (англи)', en: 'Expected benefits (English)', required: true },
    economic_irr: { mn: 'Эдийн засгийн дотоод өгөөж (%)', en: 'Economic IRR (%)', type: 'number' },
    benefit_cost_ratio: { mn: 'Өгөөж-зардлын харьцаа', en: 'Benefit–cost ratio', type: 'number' },
    updated_at: { mn: 'Шинэчилсэн', en: 'Updated', type: 'datetime', required: true },
  }),
  source: sql`select s.id, p.slug as project, s.title_mn, s.title_en, s.summary_mn, s.summary_en, s.author,
      s.started_on, s.completed_on, s.completed_on is null as ongoing, s.cost_estimate, s.cost_currency,
      s.duration_months, s.expected_benefits_mn, s.expected_benefits_en, s.economic_irr, s.benefit_cost_ratio,
      s.updated_at
    from project_feasibility_studies s join projects p on p.id = s.project_id`,
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from project_feasibility_studies`,
    dataset: 'project-feasibility-studies',
    installed: 'projects',
  }),
};
