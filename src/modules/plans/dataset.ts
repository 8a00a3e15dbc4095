import { datasetFields, type FieldSpec, lastChanged, slugFilter } from '../../platform/datasets/declare.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { completions, ogpValues } from './service.ts';

/**
 * The published plans as open data: commitments, milestones and the independent ratings, one flat
 * row each. Drafts are never in them. Multi-valued fields are `;`-separated slugs.
 */

const ID = { mn: 'Дугаар (систем)', en: 'Id', type: 'integer', required: true } as const;
const COMMITMENT = { mn: 'Амлалт', en: 'Commitment', type: 'integer', required: true } as const;
const SLUGS = { mn: 'Таних нэрс, ";"-ээр тусгаарласан.', en: 'Slugs, separated by ";".' };

const common: Record<string, FieldSpec> = {
  plan: {
    mn: 'Төлөвлөгөө',
    en: 'Plan',
    description: { mn: 'Төлөвлөгөөний таних нэр.', en: 'Identifier of the plan.' },
    required: true,
  },
  number: {
    mn: 'Дугаар',
    en: 'Number',
    description: { mn: 'Баримт бичиг дэх дугаар.', en: 'Number as in the document.' },
  },
  title_mn: { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' },
  title_en: { mn: 'Нэр (англи)', en: 'Title (English)' },
  start_date: { mn: 'Эхлэх', en: 'Start', type: 'date' },
  due_date: { mn: 'Дуусах хугацаа', en: 'Due', type: 'date' },
};

/** What the plans' datasets share: theme, keywords, key, and downloads filtered by plan. */
const shared = {
  themes: ['GOVE'],
  keywords: {
    mn: ['нээлттэй засгийн түншлэл', 'үйл ажиллагааны төлөвлөгөө'],
    en: ['open government partnership', 'action plan'],
  },
  key: ['id'],
  filters: [slugFilter('plan', { mn: 'Төлөвлөгөө', en: 'Plan' })],
} as const;

/** When a dataset last changed; while it has no rows nor history, when the tracker was installed. */
const lastModified = (dataset: string, rows: SqlQuery) => lastChanged({ rows, dataset, installed: 'plans' });

export const commitmentsDataset: DatasetDeclaration = {
  id: 'plan-commitments',
  title: { mn: 'Нээлттэй засгийн түншлэлийн амлалтууд', en: 'Open Government Partnership commitments' },
  description: {
    mn: 'Үйл ажиллагааны төлөвлөгөөний амлалт бүр: тэргүүлэх чиглэл, хариуцах байгууллага, хугацаа, сүүлийн тайлангийн биелэлт.',
    en: 'Every commitment of the action plans: priority area, responsible organisations, dates, completion as last reported.',
  },
  publisher: 'cabinet-secretariat',
  ...shared,
  fields: datasetFields({
    id: ID,
    ...common,
    priority: { mn: 'Тэргүүлэх чиглэл', en: 'Priority area', required: true },
    lead_organization: {
      mn: 'Хариуцах байгууллага',
      en: 'Lead organisation',
      description: { mn: 'Бүртгэлийн таних нэр.', en: 'Slug in the organisations registry.' },
    },
    organizations: { mn: 'Бүх байгууллага', en: 'All organisations', description: SLUGS },
    ogp_values: {
      mn: 'НЗТ-ийн үнэт зүйлс',
      en: 'OGP values',
      description: { mn: ogpValues.join('; '), en: ogpValues.join('; ') },
    },
    completion: { mn: 'Биелэлт', en: 'Completion', values: completions },
    reports: { mn: 'Тайлан', en: 'Reports', type: 'integer', required: true },
    evidence: { mn: 'Нотолгоо', en: 'Evidence items', type: 'integer', required: true },
    url: { mn: 'Хуудас', en: 'Page', required: true },
  }),
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
  publisher: 'cabinet-secretariat',
  ...shared,
  fields: datasetFields({
    id: ID,
    commitment_id: COMMITMENT,
    ...common,
    organizations: { mn: 'Байгууллагууд', en: 'Organisations', description: SLUGS },
  }),
  source: sql`select m.id, m.commitment_id, p.slug as plan, m.number, m.title_mn, m.title_en, m.start_date,
      m.end_date as due_date,
      (select string_agg(o.slug, ';' order by l.position) from plan_item_organizations l
        join organizations o on o.id = l.organization_id where l.milestone_id = m.id) as organizations
    from plan_milestones m join plans p on p.id = m.plan_id where p.status = 'published'`,
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
  ...shared,
  fields: datasetFields({
    id: ID,
    commitment_id: COMMITMENT,
    plan: { mn: 'Төлөвлөгөө', en: 'Plan', required: true },
    number: { mn: 'Амлалтын дугаар', en: 'Commitment number' },
    verifiable: { mn: 'Шалгагдахуйц', en: 'Verifiable', type: 'boolean', required: true },
    relevance: { mn: 'Хамаарах үнэт зүйлс', en: 'Relevant OGP values' },
    potential_impact: {
      mn: 'Боломжит нөлөө',
      en: 'Potential impact',
      values: ['none', 'minor', 'moderate', 'transformative'],
      required: true,
    },
    completion: {
      mn: 'Биелэлт',
      en: 'Completion',
      values: ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'],
      required: true,
    },
    early_results: {
      mn: 'Засгийн газрыг нээлттэй болгосон уу',
      en: 'Did it open government?',
      values: ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'],
    },
    starred: { mn: 'Одтой', en: 'Starred', type: 'boolean', required: true },
    justification: { mn: 'Үндэслэл', en: 'Justification', required: true },
    published_at: { mn: 'Нийтэлсэн', en: 'Published', type: 'datetime', required: true },
  }),
  source: sql`select e.id, e.commitment_id, p.slug as plan, c.number, e.verifiable, array_to_string(e.relevance, ';') as relevance,
      e.potential_impact, e.completion, e.early_results, e.starred, e.justification, e.published_at
    from plan_evaluations e join plan_commitments c on c.id = e.commitment_id join plans p on p.id = c.plan_id
    where e.status = 'published' and p.status = 'published'`,
  lastModified: lastModified(
    'plan-ratings',
    sql`select max(updated_at) from plan_evaluations where status = 'published'`,
  ),
  chart: { field: 'potential_impact' },
};

export const planDatasets = [commitmentsDataset, milestonesDataset, ratingsDataset] as const;
