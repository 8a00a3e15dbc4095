import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** A progress report as the pages and the API show it, with its project and reporting officer. */
export interface ProgressReport {
  id: number;
  projectId: number;
  projectSlug: string;
  projectTitleMn: string;
  projectTitleEn: string;
  organizationId: number;
  periodStart: string;
  periodEnd: string;
  reportedOn: string;
  physicalPercent: number;
  physicalBasisMn: string;
  physicalBasisEn: string;
  financialPercent: number;
  financialBasisMn: string;
  financialBasisEn: string;
  spentAmount: string | null;
  spentCurrency: string | null;
  issuesMn: string | null;
  issuesEn: string | null;
  decreaseReasonMn: string | null;
  decreaseReasonEn: string | null;
  officerSlug: string | null;
  officerNameMn: string | null;
  officerNameEn: string | null;
  createdAt: Date;
}

/** Every report with its project and officer: the rows `r` of the pages, the API and the dataset. */
export const reportRows = sql`
  select r.id, r.project_id, p.slug as project_slug, p.title_mn as project_title_mn, p.title_en as project_title_en,
    p.organization_id, r.period_start, r.period_end, r.reported_on, r.physical_percent, r.physical_basis_mn,
    r.physical_basis_en, r.financial_percent, r.financial_basis_mn, r.financial_basis_en, r.spent_amount,
    r.spent_currency, r.issues_mn, r.issues_en, r.decrease_reason_mn, r.decrease_reason_en,
    o.slug as officer_slug, o.name_mn as officer_name_mn, o.name_en as officer_name_en, r.created_at
  from project_progress_reports r
  join projects p on p.id = r.project_id
  left join officials o on o.id = r.officer_id`;

const COLUMNS = sql`d.id, d.project_id as "projectId", d.project_slug as "projectSlug",
  d.project_title_mn as "projectTitleMn", d.project_title_en as "projectTitleEn", d.organization_id as "organizationId",
  d.period_start::text as "periodStart", d.period_end::text as "periodEnd", d.reported_on::text as "reportedOn",
  d.physical_percent::float8 as "physicalPercent", d.physical_basis_mn as "physicalBasisMn",
  d.physical_basis_en as "physicalBasisEn", d.financial_percent::float8 as "financialPercent",
  d.financial_basis_mn as "financialBasisMn", d.financial_basis_en as "financialBasisEn",
  d.spent_amount::text as "spentAmount", d.spent_currency as "spentCurrency", d.issues_mn as "issuesMn",
  d.issues_en as "issuesEn", d.decrease_reason_mn as "decreaseReasonMn", d.decrease_reason_en as "decreaseReasonEn",
  d.officer_slug as "officerSlug", d.officer_name_mn as "officerNameMn", d.officer_name_en as "officerNameEn",
  d.created_at as "createdAt"`;

/** One report of a project (by the project's slug, so that an address names one report only). */
export async function findReport(
  db: Queryable,
  projectSlug: string,
  id: number,
): Promise<ProgressReport | undefined> {
  const [row] = await db.query<ProgressReport>(
    sql`select ${COLUMNS} from (${reportRows}) d where d.project_slug = ${projectSlug} and d.id = ${id}`,
  );
  return row;
}

/** A project's reports, oldest period first. */
export function projectReports(db: Queryable, projectId: number): Promise<ProgressReport[]> {
  return db.query<ProgressReport>(
    sql`select ${COLUMNS} from (${reportRows}) d where d.project_id = ${projectId} order by d.period_end, d.id`,
  );
}

export interface MilestoneRow {
  id: number;
  titleMn: string;
  titleEn: string;
  dueOn: string;
  completedOn: string | null;
  reportId: number | null;
}

/** A project's milestones by due date, with the report that recorded each done. */
export function projectMilestones(db: Queryable, projectId: number): Promise<MilestoneRow[]> {
  return db.query<MilestoneRow>(
    sql`select id, title_mn as "titleMn", title_en as "titleEn", due_on::text as "dueOn",
        completed_on::text as "completedOn", report_id as "reportId"
      from project_milestones where project_id = ${projectId} order by due_on, id`,
  );
}

/** The documents (files or links) of a report. */
export interface ReportDocument {
  id: number;
  kind: string;
  titleMn: string;
  titleEn: string;
  fileId: string | null;
  fileName: string | null;
  url: string | null;
  publishedOn: string;
}

export function reportDocuments(db: Queryable, reportId: number): Promise<ReportDocument[]> {
  return db.query<ReportDocument>(
    sql`select d.id, d.kind, d.title_mn as "titleMn", d.title_en as "titleEn", d.file_id::text as "fileId",
        f.filename as "fileName", d.url, d.published_on::text as "publishedOn"
      from project_documents d left join files f on f.id = d.file_id
      where d.report_id = ${reportId} order by d.id`,
  );
}
