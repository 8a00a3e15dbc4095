import { topLevelUnits } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../../platform/module.ts';
import { SLUG } from '../../platform/patterns.ts';
import { FIGURES, monthIn } from './reports.ts';

/**
 * The manifest's datasets are declared before any module context exists, so the month column
 * takes the country's time zone from the database (`country_time_zone()`, written at every start
 * from the pack the configuration chose).
 */
const MONTH = monthIn(sql`country_time_zone()`);

const figures: DatasetField[] = [
  { name: 'received', type: 'integer', title: { mn: 'Ирсэн', en: 'Received' }, required: true },
  { name: 'answered', type: 'integer', title: { mn: 'Хариу өгсөн', en: 'Answered' }, required: true },
  {
    name: 'answered_on_time',
    type: 'integer',
    title: { mn: 'Хугацаандаа хариу өгсөн', en: 'Answered on time' },
    required: true,
  },
  {
    name: 'median_days_to_answer',
    type: 'number',
    title: { mn: 'Хариу өгөх хугацааны медиан (хоног)', en: 'Median days to answer' },
    description: {
      mn: 'Хүлээн авснаас хариу өгөх хүртэлх хоногийн медиан.',
      en: 'Median of the days from receipt to answer.',
    },
  },
  {
    name: 'overdue_now',
    type: 'integer',
    title: { mn: 'Одоо хугацаа хэтэрсэн', en: 'Overdue now' },
    description: {
      mn: 'Хариу өгөх хугацаа өнгөрсөн, хариугүй хандлага.',
      en: 'Cases past their deadline and still unanswered.',
    },
    required: true,
  },
  {
    name: 'satisfaction',
    type: 'number',
    title: { mn: 'Сэтгэл ханамж (1–5)', en: 'Satisfaction (1–5)' },
    description: {
      mn: 'Иргэдийн хариуд өгсөн үнэлгээний дундаж.',
      en: 'Mean of the submitters’ ratings of the answers.',
    },
  },
  { name: 'ratings', type: 'integer', title: { mn: 'Үнэлгээний тоо', en: 'Ratings' }, required: true },
];

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
  fields: [
    {
      name: 'month',
      type: 'string',
      title: { mn: 'Сар', en: 'Month' },
      description: { mn: 'YYYY-MM, тухайн улсын цагийн бүсээр.', en: 'YYYY-MM, in the country’s time zone.' },
      required: true,
    },
    {
      name: 'organization',
      type: 'string',
      title: { mn: 'Байгууллага', en: 'Organisation' },
      required: true,
    },
    { name: 'category', type: 'string', title: { mn: 'Ангилал', en: 'Category' }, required: true },
    {
      name: 'aimag',
      type: 'string',
      title: { mn: 'Аймаг', en: 'Aimag' },
      description: { mn: '00 бол улсын хэмжээний.', en: '00 for national cases.' },
      required: true,
    },
    ...figures,
  ],
  source: sql`select ${MONTH} as month, o.slug as organization, c.category_code as category,
      coalesce(c.aimag_code, '00') as aimag, ${FIGURES}
    from feedback_cases c join organizations o on o.id = c.organization_id group by 1, 2, 3, 4`,
  filters: [
    { name: 'organization', title: { mn: 'Байгууллага', en: 'Organisation' }, pattern: SLUG },
    { name: 'category', title: { mn: 'Ангилал', en: 'Category' }, pattern: SLUG },
    {
      name: 'aimag',
      title: { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
      aimag: true,
      values: async (db) =>
        (await topLevelUnits(db, 'mn')).map((u) => ({
          value: u.code,
          label: { mn: u.nameMn, en: u.nameEn },
        })),
    },
    {
      name: 'year',
      title: { mn: 'Он', en: 'Year' },
      pattern: /^\d{4}$/,
      where: (y) => sql`d.month like ${`${y}-%`}`,
    },
  ],
  // With no case yet, the figures date from when the module was installed.
  lastModified: sql`select coalesce((select max(updated_at) from feedback_cases),
    (select min(applied_at) from schema_migrations where id like 'feedback/%')) as modified`,
  chart: { field: 'category' },
};
