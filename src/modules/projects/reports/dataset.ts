import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';

/**
 * Progress reports as open data: one row per report, in id order, with its project, period,
 * physical and financial percentages and what each is measured against, the money spent, the
 * issues and the reporting officer (an official of the public register: a public role, not
 * personal data). Each report written by the command records its version.
 */
export const progressReportsDataset: DatasetDeclaration = {
  id: 'project-progress-reports',
  title: { mn: 'Төслийн гүйцэтгэлийн тайлан', en: 'Project progress reports' },
  description: {
    mn: 'Төсөл бүрийн үе тутмын биет болон санхүүгийн гүйцэтгэл (хувь, юутай харьцуулсан), зарцуулсан хөрөнгө, илэрсэн асуудал, тайлагнасан албан тушаалтан.',
    en: 'Each project’s periodic physical and financial progress (percentages and what they are measured against), money spent, issues found and the reporting officer.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Id', type: 'integer', required: true },
    project: { mn: 'Төсөл', en: 'Project', required: true },
    period_start: { mn: 'Үеийн эхлэл', en: 'Period start', type: 'date', required: true },
    period_end: { mn: 'Үеийн төгсгөл', en: 'Period end', type: 'date', required: true },
    reported_on: { mn: 'Тайлагнасан огноо', en: 'Reported on', type: 'date', required: true },
    physical_percent: {
      mn: 'Биет гүйцэтгэл (%)',
      en: 'Physical progress (%)',
      type: 'number',
      required: true,
    },
    physical_basis_mn: {
      mn: 'Биет гүйцэтгэлийн суурь (монгол)',
      en: 'Physical basis (Mongolian)',
      required: true,
    },
    physical_basis_en: {
      mn: 'Биет гүйцэтгэлийн суурь (англи)',
      en: 'Physical basis (English)',
      required: true,
    },
    financial_percent: {
      mn: 'Санхүүгийн гүйцэтгэл (%)',
      en: 'Financial progress (%)',
      type: 'number',
      required: true,
    },
    financial_basis_mn: {
      mn: 'Санхүүгийн суурь (монгол)',
      en: 'Financial basis (Mongolian)',
      required: true,
    },
    financial_basis_en: { mn: 'Санхүүгийн суурь (англи)', en: 'Financial basis (English)', required: true },
    spent_amount: { mn: 'Зарцуулсан дүн', en: 'Spent', type: 'number' },
    spent_currency: { mn: 'Валют', en: 'Currency' },
    issues_mn: { mn: 'Асуудал (монгол)', en: 'Issues (Mongolian)' },
    issues_en: { mn: 'Асуудал (англи)', en: 'Issues (English)' },
    decrease_reason_mn: { mn: 'Буурсан шалтгаан (монгол)', en: 'Reason for the decrease (Mongolian)' },
    decrease_reason_en: { mn: 'Буурсан шалтгаан (англи)', en: 'Reason for the decrease (English)' },
    officer: { mn: 'Тайлагнасан албан тушаалтан', en: 'Reporting officer' },
    created_at: { mn: 'Бүртгэсэн', en: 'Recorded', type: 'datetime', required: true },
  }),
  source: sql`select r.id, p.slug as project, r.period_start, r.period_end, r.reported_on, r.physical_percent,
      r.physical_basis_mn, r.physical_basis_en, r.financial_percent, r.financial_basis_mn, r.financial_basis_en,
      r.spent_amount, r.spent_currency, r.issues_mn, r.issues_en, r.decrease_reason_mn, r.decrease_reason_en,
      o.slug as officer, r.created_at
    from project_progress_reports r join projects p on p.id = r.project_id
    left join officials o on o.id = r.officer_id`,
  lastModified: lastChanged({
    rows: sql`select max(created_at) from project_progress_reports`,
    dataset: 'project-progress-reports',
    installed: 'projects',
  }),
};
