import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../../platform/module.ts';
import { completions, ogpValues } from './service.ts';

/**
 * The published plans as open data: commitments, milestones and the independent ratings, one flat
 * row each. Drafts are never in them. Multi-valued fields are `;`-separated slugs.
 */

const common: readonly DatasetField[] = [
  {
    name: 'plan',
    type: 'string',
    title: { mn: 'Төлөвлөгөө', en: 'Plan' },
    description: { mn: 'Төлөвлөгөөний таних нэр.', en: 'Identifier of the plan.' },
    required: true,
  },
  {
    name: 'number',
    type: 'string',
    title: { mn: 'Дугаар', en: 'Number' },
    description: { mn: 'Баримт бичиг дэх дугаар.', en: 'Number as in the document.' },
  },
  { name: 'title_mn', type: 'string', title: { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' } },
  { name: 'title_en', type: 'string', title: { mn: 'Нэр (англи)', en: 'Title (English)' } },
  { name: 'start_date', type: 'date', title: { mn: 'Эхлэх', en: 'Start' } },
  { name: 'due_date', type: 'date', title: { mn: 'Дуусах хугацаа', en: 'Due' } },
];

const publisher = 'cabinet-secretariat';

/**
 * When a dataset last changed: its rows' own times (demo data and seeds write without versions),
 * its change history, and — while it has neither — when the tracker was installed, so the
 * catalogue always has a date to give (DCAT and data.json require one).
 */
function lastModified(dataset: string, rows: SqlQuery): SqlQuery {
  return sql`select coalesce(greatest((${rows}), (select max(changed_at) from record_versions where dataset = ${dataset})),
    (select min(applied_at) from schema_migrations where id like 'plans/%')) as modified`;
}
const keywords = {
  mn: ['нээлттэй засгийн түншлэл', 'үйл ажиллагааны төлөвлөгөө'],
  en: ['open government partnership', 'action plan'],
};

export const commitmentsDataset: DatasetDeclaration = {
  id: 'plan-commitments',
  title: { mn: 'Нээлттэй засгийн түншлэлийн амлалтууд', en: 'Open Government Partnership commitments' },
  description: {
    mn: 'Үйл ажиллагааны төлөвлөгөөний амлалт бүр: тэргүүлэх чиглэл, хариуцах байгууллага, хугацаа, сүүлийн тайлангийн биелэлт.',
    en: 'Every commitment of the action plans: priority area, responsible organisations, dates, completion as last reported.',
  },
  publisher,
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: { mn: 'Дугаар (систем)', en: 'Id' }, required: true },
    ...common,
    {
      name: 'priority',
      type: 'string',
      title: { mn: 'Тэргүүлэх чиглэл', en: 'Priority area' },
      required: true,
    },
    {
      name: 'lead_organization',
      type: 'string',
      title: { mn: 'Хариуцах байгууллага', en: 'Lead organisation' },
      description: { mn: 'Бүртгэлийн таних нэр.', en: 'Slug in the organisations registry.' },
    },
    {
      name: 'organizations',
      type: 'string',
      title: { mn: 'Бүх байгууллага', en: 'All organisations' },
      description: { mn: 'Таних нэрс, ";"-ээр тусгаарласан.', en: 'Slugs, separated by ";".' },
    },
    {
      name: 'ogp_values',
      type: 'string',
      title: { mn: 'НЗТ-ийн үнэт зүйлс', en: 'OGP values' },
      description: { mn: ogpValues.join('; '), en: ogpValues.join('; ') },
    },
    { name: 'completion', type: 'string', title: { mn: 'Биелэлт', en: 'Completion' }, values: completions },
    { name: 'reports', type: 'integer', title: { mn: 'Тайлан', en: 'Reports' }, required: true },
    { name: 'evidence', type: 'integer', title: { mn: 'Нотолгоо', en: 'Evidence items' }, required: true },
    { name: 'url', type: 'string', title: { mn: 'Хуудас', en: 'Page' }, required: true },
  ],
  source: sql`select c.id, p.slug as plan, c.number, c.title_mn, c.title_en,
      coalesce(c.start_date, (select min(m.start_date) from plan_milestones m where m.commitment_id = c.id)) as start_date,
      coalesce(c.end_date, (select max(m.end_date) from plan_milestones m where m.commitment_id = c.id)) as due_date,
      pr.number as priority,
      (select o.slug from plan_item_organizations l join organizations o on o.id = l.organization_id
        where l.commitment_id = c.id order by (l.role = 'lead') desc, l.milestone_id nulls first, l.position limit 1) as lead_organization,
      (select string_agg(slug, ';' order by slug) from (select distinct o.slug from plan_item_organizations l
        join organizations o on o.id = l.organization_id where l.commitment_id = c.id) s) as organizations,
      array_to_string(c.ogp_values, ';') as ogp_values, c.completion,
      c.report_count as reports, c.evidence_count as evidence,
      '/plans/' || p.slug || '/commitments/' || c.id as url
    from plan_commitments c join plans p on p.id = c.plan_id join plan_priorities pr on pr.id = c.priority_id
    where p.status = 'published'`,
  filters: [{ name: 'plan', title: { mn: 'Төлөвлөгөө', en: 'Plan' }, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified('plan-commitments', sql`select max(updated_at) from plan_commitments`),
  recordPath: (id) => `/plans/commitments/${id}`,
  chart: { field: 'completion', label: (v, t) => t(`plans.completion.${v}`) },
};

export const milestonesDataset: DatasetDeclaration = {
  id: 'plan-milestones',
  title: { mn: 'Амлалтын арга хэмжээ, үе шатууд', en: 'Milestones and actions of the commitments' },
  description: {
    mn: 'Амлалт бүрийн арга хэмжээ, үе шат, хугацаатайгаа.',
    en: 'The actions and milestones of every commitment, with their dates.',
  },
  publisher,
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: { mn: 'Дугаар (систем)', en: 'Id' }, required: true },
    { name: 'commitment_id', type: 'integer', title: { mn: 'Амлалт', en: 'Commitment' }, required: true },
    ...common,
    {
      name: 'organizations',
      type: 'string',
      title: { mn: 'Байгууллагууд', en: 'Organisations' },
      description: { mn: 'Таних нэрс, ";"-ээр тусгаарласан.', en: 'Slugs, separated by ";".' },
    },
  ],
  source: sql`select m.id, m.commitment_id, p.slug as plan, m.number, m.title_mn, m.title_en, m.start_date,
      m.end_date as due_date,
      (select string_agg(o.slug, ';' order by l.position) from plan_item_organizations l
        join organizations o on o.id = l.organization_id where l.milestone_id = m.id) as organizations
    from plan_milestones m join plans p on p.id = m.plan_id where p.status = 'published'`,
  filters: [{ name: 'plan', title: { mn: 'Төлөвлөгөө', en: 'Plan' }, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified('plan-milestones', sql`select max(updated_at) from plan_commitments`),
};

export const ratingsDataset: DatasetDeclaration = {
  id: 'plan-ratings',
  title: { mn: 'Амлалтын хараат бус үнэлгээ', en: 'Independent ratings of the commitments' },
  description: {
    mn: 'Хараат бус үнэлгээний зөвлөлийн нийтэлсэн үнэлгээ: шалгагдах байдал, НЗТ-ийн үнэт зүйлд хамаарал, боломжит нөлөө, биелэлт, үр дүн, одтой эсэх.',
    en: 'Published ratings on the independent review scales: verifiable, relevance to OGP values, potential impact, completion, early results, starred.',
  },
  publisher: 'ogp-independent-evaluation-council',
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: { mn: 'Дугаар (систем)', en: 'Id' }, required: true },
    { name: 'commitment_id', type: 'integer', title: { mn: 'Амлалт', en: 'Commitment' }, required: true },
    { name: 'plan', type: 'string', title: { mn: 'Төлөвлөгөө', en: 'Plan' }, required: true },
    { name: 'number', type: 'string', title: { mn: 'Амлалтын дугаар', en: 'Commitment number' } },
    { name: 'verifiable', type: 'boolean', title: { mn: 'Шалгагдахуйц', en: 'Verifiable' }, required: true },
    { name: 'relevance', type: 'string', title: { mn: 'Хамаарах үнэт зүйлс', en: 'Relevant OGP values' } },
    {
      name: 'potential_impact',
      type: 'string',
      title: { mn: 'Боломжит нөлөө', en: 'Potential impact' },
      values: ['none', 'minor', 'moderate', 'transformative'],
      required: true,
    },
    {
      name: 'completion',
      type: 'string',
      title: { mn: 'Биелэлт', en: 'Completion' },
      values: ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'],
      required: true,
    },
    {
      name: 'early_results',
      type: 'string',
      title: { mn: 'Засгийн газрыг нээлттэй болгосон уу', en: 'Did it open government?' },
      values: ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'],
    },
    { name: 'starred', type: 'boolean', title: { mn: 'Одтой', en: 'Starred' }, required: true },
    { name: 'justification', type: 'string', title: { mn: 'Үндэслэл', en: 'Justification' }, required: true },
    { name: 'published_at', type: 'datetime', title: { mn: 'Нийтэлсэн', en: 'Published' }, required: true },
  ],
  source: sql`select e.id, e.commitment_id, p.slug as plan, c.number, e.verifiable, array_to_string(e.relevance, ';') as relevance,
      e.potential_impact, e.completion, e.early_results, e.starred, e.justification, e.published_at
    from plan_evaluations e join plan_commitments c on c.id = e.commitment_id join plans p on p.id = c.plan_id
    where e.status = 'published' and p.status = 'published'`,
  filters: [{ name: 'plan', title: { mn: 'Төлөвлөгөө', en: 'Plan' }, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified(
    'plan-ratings',
    sql`select max(updated_at) from plan_evaluations where status = 'published'`,
  ),
  chart: { field: 'potential_impact' },
};

export const planDatasets = [commitmentsDataset, milestonesDataset, ratingsDataset] as const;
