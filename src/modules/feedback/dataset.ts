import { countryPackFor, defaultCountry } from '../../country/index.ts';
import { topLevelUnits } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../../platform/module.ts';
import { FIGURES, monthIn } from './reports.ts';

/**
 * The manifest's datasets are declared before any module context exists (the platform has no
 * `datasets(ctx)`), so the month column takes its time zone from the pack the configuration names
 * (`SHILEN_COUNTRY`, as `ctx.country` is chosen), never from a country's folder.
 */
const MONTH = monthIn(countryPackFor(process.env.SHILEN_COUNTRY?.trim() || defaultCountry).timeZone);

const bi = (mn: string, en: string) => ({ mn, en });

const figures: DatasetField[] = [
  { name: 'received', type: 'integer', title: bi('Ирсэн', 'Received'), required: true },
  { name: 'answered', type: 'integer', title: bi('Хариу өгсөн', 'Answered'), required: true },
  {
    name: 'answered_on_time',
    type: 'integer',
    title: bi('Хугацаандаа хариу өгсөн', 'Answered on time'),
    required: true,
  },
  {
    name: 'median_days_to_answer',
    type: 'number',
    title: bi('Хариу өгөх хугацааны медиан (хоног)', 'Median days to answer'),
    description: bi(
      'Хүлээн авснаас хариу өгөх хүртэлх хоногийн медиан.',
      'Median of the days from receipt to answer.',
    ),
  },
  {
    name: 'overdue_now',
    type: 'integer',
    title: bi('Одоо хугацаа хэтэрсэн', 'Overdue now'),
    description: bi(
      'Хариу өгөх хугацаа өнгөрсөн, хариугүй хандлага.',
      'Cases past their deadline and still unanswered.',
    ),
    required: true,
  },
  {
    name: 'satisfaction',
    type: 'number',
    title: bi('Сэтгэл ханамж (1–5)', 'Satisfaction (1–5)'),
    description: bi(
      'Иргэдийн хариуд өгсөн үнэлгээний дундаж.',
      'Mean of the submitters’ ratings of the answers.',
    ),
  },
  { name: 'ratings', type: 'integer', title: bi('Үнэлгээний тоо', 'Ratings'), required: true },
];

/**
 * The public scorecard as open data: one row per month, organisation, category and aimag, with
 * counts only — no case, no text, no person. Aimag `00` is cases with no aimag (national).
 */
export const performanceDataset: DatasetDeclaration = {
  id: 'feedback-performance',
  title: bi('Иргэдийн санал, гомдлын шийдвэрлэлт', 'Citizen feedback: how organisations answer'),
  description: bi(
    'Байгууллага, ангилал, аймаг, сар бүрээр ирсэн, хариу өгсөн, хугацаандаа хариу өгсөн хандлага, хариу өгөх хугацааны медиан, одоо хугацаа хэтэрсэн хандлага, иргэдийн сэтгэл ханамж.',
    'Per organisation, category, aimag and month: cases received, answered, answered on time, median days to answer, overdue now, and citizens’ satisfaction with the answers.',
  ),
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
      title: bi('Сар', 'Month'),
      description: bi('YYYY-MM, Улаанбаатарын цагаар.', 'YYYY-MM, Ulaanbaatar time.'),
      required: true,
    },
    { name: 'organization', type: 'string', title: bi('Байгууллага', 'Organisation'), required: true },
    { name: 'category', type: 'string', title: bi('Ангилал', 'Category'), required: true },
    {
      name: 'aimag',
      type: 'string',
      title: bi('Аймаг', 'Aimag'),
      description: bi('00 бол улсын хэмжээний.', '00 for national cases.'),
      required: true,
    },
    ...figures,
  ],
  source: sql`select ${MONTH} as month, o.slug as organization, c.category_code as category,
      coalesce(c.aimag_code, '00') as aimag, ${FIGURES}
    from feedback_cases c join organizations o on o.id = c.organization_id group by 1, 2, 3, 4`,
  filters: [
    { name: 'organization', title: bi('Байгууллага', 'Organisation'), pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ },
    { name: 'category', title: bi('Ангилал', 'Category'), pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ },
    {
      name: 'aimag',
      title: bi('Аймаг, нийслэл', 'Aimag or capital'),
      aimag: true,
      values: async (db) =>
        (await topLevelUnits(db, 'mn')).map((u) => ({ value: u.code, label: bi(u.nameMn, u.nameEn) })),
    },
    {
      name: 'year',
      title: bi('Он', 'Year'),
      pattern: /^\d{4}$/,
      where: (y) => sql`d.month like ${`${y}-%`}`,
    },
  ],
  // With no case yet, the figures date from when the module was installed.
  lastModified: sql`select coalesce((select max(updated_at) from feedback_cases),
    (select min(applied_at) from schema_migrations where id like 'feedback/%')) as modified`,
  chart: { field: 'category' },
};
