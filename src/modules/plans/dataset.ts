import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../../platform/module.ts';
import { completions, ogpValues } from './service.ts';

/**
 * The published plans as open data: commitments, milestones and the independent ratings, one flat
 * row each. Drafts are never in them. Multi-valued fields are `;`-separated slugs.
 */
const bi = (mn: string, en: string) => ({ mn, en });

const common: readonly DatasetField[] = [
  {
    name: 'plan',
    type: 'string',
    title: bi('Төлөвлөгөө', 'Plan'),
    description: bi('Төлөвлөгөөний таних нэр.', 'Identifier of the plan.'),
    required: true,
  },
  {
    name: 'number',
    type: 'string',
    title: bi('Дугаар', 'Number'),
    description: bi('Баримт бичиг дэх дугаар.', 'Number as in the document.'),
  },
  { name: 'title_mn', type: 'string', title: bi('Нэр (монгол)', 'Title (Mongolian)') },
  { name: 'title_en', type: 'string', title: bi('Нэр (англи)', 'Title (English)') },
  { name: 'start_date', type: 'date', title: bi('Эхлэх', 'Start') },
  { name: 'due_date', type: 'date', title: bi('Дуусах хугацаа', 'Due') },
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
  title: bi('Нээлттэй засгийн түншлэлийн амлалтууд', 'Open Government Partnership commitments'),
  description: bi(
    'Үйл ажиллагааны төлөвлөгөөний амлалт бүр: тэргүүлэх чиглэл, хариуцах байгууллага, хугацаа, сүүлийн тайлангийн биелэлт.',
    'Every commitment of the action plans: priority area, responsible organisations, dates, completion as last reported.',
  ),
  publisher,
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: bi('Дугаар (систем)', 'Id'), required: true },
    ...common,
    { name: 'priority', type: 'string', title: bi('Тэргүүлэх чиглэл', 'Priority area'), required: true },
    {
      name: 'lead_organization',
      type: 'string',
      title: bi('Хариуцах байгууллага', 'Lead organisation'),
      description: bi('Бүртгэлийн таних нэр.', 'Slug in the organisations registry.'),
    },
    {
      name: 'organizations',
      type: 'string',
      title: bi('Бүх байгууллага', 'All organisations'),
      description: bi('Таних нэрс, ";"-ээр тусгаарласан.', 'Slugs, separated by ";".'),
    },
    {
      name: 'ogp_values',
      type: 'string',
      title: bi('НЗТ-ийн үнэт зүйлс', 'OGP values'),
      description: bi(ogpValues.join('; '), ogpValues.join('; ')),
    },
    { name: 'completion', type: 'string', title: bi('Биелэлт', 'Completion'), values: completions },
    { name: 'reports', type: 'integer', title: bi('Тайлан', 'Reports'), required: true },
    { name: 'evidence', type: 'integer', title: bi('Нотолгоо', 'Evidence items'), required: true },
    { name: 'url', type: 'string', title: bi('Хуудас', 'Page'), required: true },
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
  filters: [{ name: 'plan', title: bi('Төлөвлөгөө', 'Plan'), pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified('plan-commitments', sql`select max(updated_at) from plan_commitments`),
  recordPath: (id) => `/plans/commitments/${id}`,
  chart: { field: 'completion', label: (v, t) => t(`plans.completion.${v}`) },
};

export const milestonesDataset: DatasetDeclaration = {
  id: 'plan-milestones',
  title: bi('Амлалтын арга хэмжээ, үе шатууд', 'Milestones and actions of the commitments'),
  description: bi(
    'Амлалт бүрийн арга хэмжээ, үе шат, хугацаатайгаа.',
    'The actions and milestones of every commitment, with their dates.',
  ),
  publisher,
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: bi('Дугаар (систем)', 'Id'), required: true },
    { name: 'commitment_id', type: 'integer', title: bi('Амлалт', 'Commitment'), required: true },
    ...common,
    {
      name: 'organizations',
      type: 'string',
      title: bi('Байгууллагууд', 'Organisations'),
      description: bi('Таних нэрс, ";"-ээр тусгаарласан.', 'Slugs, separated by ";".'),
    },
  ],
  source: sql`select m.id, m.commitment_id, p.slug as plan, m.number, m.title_mn, m.title_en, m.start_date,
      m.end_date as due_date,
      (select string_agg(o.slug, ';' order by l.position) from plan_item_organizations l
        join organizations o on o.id = l.organization_id where l.milestone_id = m.id) as organizations
    from plan_milestones m join plans p on p.id = m.plan_id where p.status = 'published'`,
  filters: [{ name: 'plan', title: bi('Төлөвлөгөө', 'Plan'), pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified('plan-milestones', sql`select max(updated_at) from plan_commitments`),
};

export const ratingsDataset: DatasetDeclaration = {
  id: 'plan-ratings',
  title: bi('Амлалтын хараат бус үнэлгээ', 'Independent ratings of the commitments'),
  description: bi(
    'Хараат бус үнэлгээний зөвлөлийн нийтэлсэн үнэлгээ: шалгагдах байдал, НЗТ-ийн үнэт зүйлд хамаарал, боломжит нөлөө, биелэлт, үр дүн, одтой эсэх.',
    'Published ratings on the independent review scales: verifiable, relevance to OGP values, potential impact, completion, early results, starred.',
  ),
  publisher: 'ogp-independent-evaluation-council',
  themes: ['GOVE'],
  keywords,
  key: ['id'],
  fields: [
    { name: 'id', type: 'integer', title: bi('Дугаар (систем)', 'Id'), required: true },
    { name: 'commitment_id', type: 'integer', title: bi('Амлалт', 'Commitment'), required: true },
    { name: 'plan', type: 'string', title: bi('Төлөвлөгөө', 'Plan'), required: true },
    { name: 'number', type: 'string', title: bi('Амлалтын дугаар', 'Commitment number') },
    { name: 'verifiable', type: 'boolean', title: bi('Шалгагдахуйц', 'Verifiable'), required: true },
    { name: 'relevance', type: 'string', title: bi('Хамаарах үнэт зүйлс', 'Relevant OGP values') },
    {
      name: 'potential_impact',
      type: 'string',
      title: bi('Боломжит нөлөө', 'Potential impact'),
      values: ['none', 'minor', 'moderate', 'transformative'],
      required: true,
    },
    {
      name: 'completion',
      type: 'string',
      title: bi('Биелэлт', 'Completion'),
      values: ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'],
      required: true,
    },
    {
      name: 'early_results',
      type: 'string',
      title: bi('Засгийн газрыг нээлттэй болгосон уу', 'Did it open government?'),
      values: ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'],
    },
    { name: 'starred', type: 'boolean', title: bi('Одтой', 'Starred'), required: true },
    { name: 'justification', type: 'string', title: bi('Үндэслэл', 'Justification'), required: true },
    { name: 'published_at', type: 'datetime', title: bi('Нийтэлсэн', 'Published'), required: true },
  ],
  source: sql`select e.id, e.commitment_id, p.slug as plan, c.number, e.verifiable, array_to_string(e.relevance, ';') as relevance,
      e.potential_impact, e.completion, e.early_results, e.starred, e.justification, e.published_at
    from plan_evaluations e join plan_commitments c on c.id = e.commitment_id join plans p on p.id = c.plan_id
    where e.status = 'published' and p.status = 'published'`,
  filters: [{ name: 'plan', title: bi('Төлөвлөгөө', 'Plan'), pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }],
  lastModified: lastModified(
    'plan-ratings',
    sql`select max(updated_at) from plan_evaluations where status = 'published'`,
  ),
  chart: { field: 'potential_impact' },
};

export const planDatasets = [commitmentsDataset, milestonesDataset, ratingsDataset] as const;
