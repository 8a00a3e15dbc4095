import { topLevelUnitOptions } from '../../platform/admin-units.ts';
import { datasetFields, type FieldSpec, lastChanged, slugFilter } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { FIGURES, monthIn } from './reports.ts';

/**
 * The manifest's datasets are declared before any module context exists, so the month column
 * takes the country's time zone from the database (`country_time_zone()`, written at every start
 * from the pack the configuration chose).
 */
const MONTH = monthIn(sql`country_time_zone()`);

const figures: Record<string, FieldSpec> = {
  received: { mn: 'Ирсэн', en: 'Received', type: 'integer', required: true },
  answered: { mn: 'Хариу өгсөн', en: 'Answered', type: 'integer', required: true },
  answered_on_time: {
    mn: 'Хугацаандаа хариу өгсөн',
    en: 'Answered on time',
    type: 'integer',
    required: true,
  },
  median_days_to_answer: {
    mn: 'Хариу өгөх хугацааны медиан (хоног)',
    en: 'Median days to answer',
    type: 'number',
    description: {
      mn: 'Хүлээн авснаас хариу өгөх хүртэлх хоногийн медиан.',
      en: 'Median of the days from receipt to answer.',
    },
  },
  overdue_now: {
    mn: 'Одоо хугацаа хэтэрсэн',
    en: 'Overdue now',
    type: 'integer',
    description: {
      mn: 'Хариу өгөх хугацаа өнгөрсөн, хариугүй хандлага.',
      en: 'Cases past their deadline and still unanswered.',
    },
    required: true,
  },
  satisfaction: {
    mn: 'Сэтгэл ханамж (1–5)',
    en: 'Satisfaction (1–5)',
    type: 'number',
    description: {
      mn: 'Иргэдийн хариуд өгсөн үнэлгээний дундаж.',
      en: 'Mean of the submitters’ ratings of the answers.',
    },
  },
  ratings: { mn: 'Үнэлгээний тоо', en: 'Ratings', type: 'integer', required: true },
};

/**
 * The public scorecard as open data: one row per month, organisation, category and aimag, with
 * counts only — no case, no text, no person. Aimag `00` is cases with no aimag (national).
 */
export const performanceDataset: DatasetDeclaration = {
  id: 'feedback-performance',
  title: { mn: 'Иргэдийн санал, гомдлын шийдвэрлэлт', en: 'Citizen feedback: how organisations answer' },
  description: {
    mn: 'Байгууллага, ангилал, аймаг, сар бүрээр ирсэн, хариу өгсөн, хугацаандаа хариу өгсөн хандлага, хариу өгөх хугацааны медиан, одоо хугацаа хэтэрсэн хандлага, иргэдийн сэтгэл ханамж.',
    en: 'Per organisation, category, aimag and month: cases received, answered, answered on time, median days to answer, overdue now, and citizens’ satisfaction with the answers.',
  },
  publisher: 'government-11-11-centre',
  themes: ['GOVE', 'SOCI'],
  keywords: {
    mn: ['өргөдөл', 'гомдол', '11-11', 'хариуцлага'],
    en: ['petitions', 'complaints', '11-11', 'accountability'],
  },
  frequency: 'daily',
  key: ['month', 'organization', 'category', 'aimag'],
  fields: datasetFields({
    month: {
      mn: 'Сар',
      en: 'Month',
      description: { mn: 'YYYY-MM, тухайн улсын цагийн бүсээр.', en: 'YYYY-MM, in the country’s time zone.' },
      required: true,
    },
    organization: { mn: 'Байгууллага', en: 'Organisation', required: true },
    category: { mn: 'Ангилал', en: 'Category', required: true },
    aimag: {
      mn: 'Аймаг',
      en: 'Aimag',
      description: { mn: '00 бол улсын хэмжээний.', en: '00 for national cases.' },
      required: true,
    },
    ...figures,
  }),
  source: sql`select ${MONTH} as month, o.slug as organization, c.category_code as category,
      coalesce(c.aimag_code, '00') as aimag, ${FIGURES}
    from feedback_cases c join organizations o on o.id = c.organization_id group by 1, 2, 3, 4`,
  filters: [
    slugFilter('organization', { mn: 'Байгууллага', en: 'Organisation' }),
    slugFilter('category', { mn: 'Ангилал', en: 'Category' }),
    {
      name: 'aimag',
      title: { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
      aimag: true,
      values: (db) => topLevelUnitOptions(db, 'mn'),
    },
    {
      name: 'year',
      title: { mn: 'Он', en: 'Year' },
      pattern: /^\d{4}$/,
      where: (y) => sql`d.month like ${`${y}-%`}`,
    },
  ],
  // With no case yet, the figures date from when the module was installed.
  lastModified: lastChanged({ rows: sql`select max(updated_at) from feedback_cases`, installed: 'feedback' }),
  chart: { field: 'category' },
};
