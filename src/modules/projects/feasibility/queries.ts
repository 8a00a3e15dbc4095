import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** A feasibility study as the pages and the API show it. */
export interface FeasibilityStudy {
  id: number;
  projectId: number;
  projectSlug: string;
  titleMn: string;
  titleEn: string;
  summaryMn: string;
  summaryEn: string;
  author: string;
  startedOn: string | null;
  completedOn: string | null;
  costEstimate: string;
  costCurrency: string;
  durationMonths: number | null;
  expectedBenefitsMn: string;
  expectedBenefitsEn: string;
  economicIrr: string | null;
  benefitCostRatio: string | null;
  updatedAt: Date;
}

const COLUMNS = sql`s.id, s.project_id as "projectId", p.slug as "projectSlug", s.title_mn as "titleMn",
  s.title_en as "titleEn", s.summary_mn as "summaryMn", s.summary_en as "summaryEn", s.author,
  s.started_on::text as "startedOn", s.completed_on::text as "completedOn", s.cost_estimate::text as "costEstimate",
  s.cost_currency as "costCurrency", s.duration_months as "durationMonths",
  s.expected_benefits_mn as "expectedBenefitsMn", s.expected_benefits_en as "expectedBenefitsEn",
  s.economic_irr::text as "economicIrr", s.benefit_cost_ratio::text as "benefitCostRatio", s.updated_at as "updatedAt"`;

export async function findStudy(db: Queryable, id: number): Promise<FeasibilityStudy | undefined> {
  const [row] = await db.query<FeasibilityStudy>(
    sql`select ${COLUMNS} from project_feasibility_studies s join projects p on p.id = s.project_id where s.id = ${id}`,
  );
  return row;
}

/** A project's studies: ongoing ones (no completion date) first, then the latest completed first. */
export function projectStudies(db: Queryable, projectId: number): Promise<FeasibilityStudy[]> {
  return db.query<FeasibilityStudy>(
    sql`select ${COLUMNS} from project_feasibility_studies s join projects p on p.id = s.project_id
      where s.project_id = ${projectId}
      order by s.completed_on desc nulls first, s.id desc`,
  );
}

export interface StudyDocument {
  id: number;
  kind: string;
  titleMn: string;
  titleEn: string;
  fileId: string | null;
  url: string | null;
  publishedOn: string;
}

/** The documents of a project's studies, by study. */
export async function studyDocuments(
  db: Queryable,
  projectId: number,
): Promise<Map<number, StudyDocument[]>> {
  const rows = await db.query<StudyDocument & { studyId: number }>(
    sql`select id, study_id as "studyId", kind, title_mn as "titleMn", title_en as "titleEn", file_id::text as "fileId",
        url, published_on::text as "publishedOn"
      from project_documents where project_id = ${projectId} and study_id is not null order by id`,
  );
  const byStudy = new Map<number, StudyDocument[]>();
  for (const { studyId, ...doc } of rows) byStudy.set(studyId, [...(byStudy.get(studyId) ?? []), doc]);
  return byStudy;
}
