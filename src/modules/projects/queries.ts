import type { Geometry } from 'geojson';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import type { FundingSource, Stage, Status } from './codes.ts';
import { projectsList } from './lists.ts';

/** A project as the list, the API and the page read it: the row with its bodies' names and its unit. */
export interface Project {
  id: number;
  organizationId: number;
  supervisingOrganizationId: number | null;
  slug: string;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  sector: string;
  projectType: string | null;
  stage: Stage;
  status: Status;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  budgetApprovedOn: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  adminUnitCode: string | null;
  aimagCode: string | null;
  unitNameMn: string | null;
  unitNameEn: string | null;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  supervisingOrganization: string | null;
  supervisingNameMn: string | null;
  supervisingNameEn: string | null;
  fundingSources: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const day = (column: string) => sql.raw(`to_char(${column}, 'YYYY-MM-DD')`);

/**
 * Every project with what the list filters and sorts on and the dataset publishes: the rows `d` of
 * the list, the dataset and the API. Dates as `YYYY-MM-DD` text; the funding sources gathered from
 * `project_funding` (a subquery, so that a page computes them for its own rows only).
 */
export const projectsRows = sql`
  select r.id, r.organization_id, r.supervising_organization_id, r.slug, r.title_mn, r.title_en,
    r.description_mn, r.description_en, r.sector, r.project_type, r.stage, r.status,
    r.budget_amount, r.budget_currency, ${day('r.budget_approved_on')} as budget_approved_on,
    ${day('r.planned_start')} as planned_start, ${day('r.planned_end')} as planned_end,
    ${day('r.actual_start')} as actual_start, ${day('r.actual_end')} as actual_end,
    r.admin_unit_code, coalesce(u.parent_code, u.code) as aimag_code,
    u.name_mn as unit_name_mn, u.name_en as unit_name_en,
    o.slug as organization, o.name_mn as organization_name_mn, o.name_en as organization_name_en,
    s.slug as supervising_organization, s.name_mn as supervising_name_mn, s.name_en as supervising_name_en,
    (select string_agg(distinct pf.source, ',' order by pf.source) from project_funding pf
      where pf.project_id = r.id) as funding_sources,
    r.created_at, r.updated_at
  from projects r
    join organizations o on o.id = r.organization_id
    left join organizations s on s.id = r.supervising_organization_id
    left join admin_units u on u.code = r.admin_unit_code`;

const COLUMNS = sql`d.id, d.organization_id as "organizationId",
  d.supervising_organization_id as "supervisingOrganizationId", d.slug, d.title_mn as "titleMn",
  d.title_en as "titleEn", d.description_mn as "descriptionMn", d.description_en as "descriptionEn",
  d.sector, d.project_type as "projectType", d.stage, d.status, d.budget_amount::text as "budgetAmount",
  d.budget_currency as "budgetCurrency", d.budget_approved_on as "budgetApprovedOn",
  d.planned_start as "plannedStart", d.planned_end as "plannedEnd", d.actual_start as "actualStart",
  d.actual_end as "actualEnd", d.admin_unit_code as "adminUnitCode", d.aimag_code as "aimagCode",
  d.unit_name_mn as "unitNameMn", d.unit_name_en as "unitNameEn", d.organization,
  d.organization_name_mn as "organizationNameMn", d.organization_name_en as "organizationNameEn",
  d.supervising_organization as "supervisingOrganization", d.supervising_name_mn as "supervisingNameMn",
  d.supervising_name_en as "supervisingNameEn", d.funding_sources as "fundingSources",
  d.created_at as "createdAt", d.updated_at as "updatedAt"`;

/** One page of the list, filtered and sorted as `projectsList` declares. */
export function listProjects(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Project>> {
  return fetchPage<Project>(db, projectsList, {
    rows: projectsRows,
    select: COLUMNS,
    filters,
    ...options,
  });
}

/** One project by its slug or id. */
export async function findProject(db: Queryable, key: string | number): Promise<Project | undefined> {
  const [found] = await db.query<Project>(
    typeof key === 'number'
      ? sql`select ${COLUMNS} from (${projectsRows}) d where d.id = ${key}`
      : sql`select ${COLUMNS} from (${projectsRows}) d where d.slug = ${key}`,
  );
  return found;
}

/** How many projects there are, for the home page. */
export async function countProjects(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(sql`select count(*)::int as count from projects`);
  return row?.count ?? 0;
}

export interface ProjectPlace {
  id: number;
  geometry: Geometry;
  adminUnitCode: string | null;
  unitNameMn: string | null;
  unitNameEn: string | null;
  descriptionMn: string | null;
  descriptionEn: string | null;
}

/** A project's places, in the order given. */
export function projectPlaces(db: Queryable, projectId: number): Promise<ProjectPlace[]> {
  return db.query<ProjectPlace>(sql`
    select l.id, l.geometry, l.admin_unit_code as "adminUnitCode", u.name_mn as "unitNameMn",
      u.name_en as "unitNameEn", l.description_mn as "descriptionMn", l.description_en as "descriptionEn"
    from project_locations l left join admin_units u on u.code = l.admin_unit_code
    where l.project_id = ${projectId} order by l.id`);
}

export interface ProjectFunding {
  source: FundingSource;
  amount: string;
  currency: string;
  loan: string | null;
  loanTitleMn: string | null;
  loanTitleEn: string | null;
  lenderId: number | null;
  lenderNameMn: string | null;
  lenderNameEn: string | null;
  budgetLineRef: string | null;
  descriptionMn: string | null;
  descriptionEn: string | null;
}

/** What funds a project, each loan or grant with its lender. */
export function projectFunding(db: Queryable, projectId: number): Promise<ProjectFunding[]> {
  return db.query<ProjectFunding>(sql`
    select f.source, f.amount::text as amount, f.currency, l.slug as loan, l.title_mn as "loanTitleMn",
      l.title_en as "loanTitleEn", e.id as "lenderId", e.name_mn as "lenderNameMn", e.name_en as "lenderNameEn",
      f.budget_line_ref as "budgetLineRef", f.description_mn as "descriptionMn", f.description_en as "descriptionEn"
    from project_funding f left join project_loans l on l.id = f.loan_id
      left join legal_entities e on e.id = l.lender_entity_id
    where f.project_id = ${projectId} order by f.id`);
}

export interface ProjectRevision {
  id: number;
  revisedOn: string;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  reasonMn: string;
  reasonEn: string | null;
  decision: string | null;
}

/** The revisions of a project's budget and schedule, the approved plan first. */
export function projectRevisions(db: Queryable, projectId: number): Promise<ProjectRevision[]> {
  return db.query<ProjectRevision>(sql`
    select id, to_char(revised_on, 'YYYY-MM-DD') as "revisedOn", budget_amount::text as "budgetAmount",
      budget_currency as "budgetCurrency", to_char(planned_start, 'YYYY-MM-DD') as "plannedStart",
      to_char(planned_end, 'YYYY-MM-DD') as "plannedEnd", reason_mn as "reasonMn", reason_en as "reasonEn", decision
    from project_revisions where project_id = ${projectId} order by revised_on, id`);
}
