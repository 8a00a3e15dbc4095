/**
 * What the OC4IDS and IATI publications read from the register: projects and loans in key order
 * by keyset batches (`where id > last order by id limit n`), then everything that hangs off one
 * batch in one query per table (`= any(ids)`), so a bulk file never holds more than a batch in
 * memory however many rows there are. Dates come as `YYYY-MM-DD`, amounts as decimal strings.
 */
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** Projects (or loans) per batch: each batch's reports, loans and documents are read together. */
export const BATCH = 200;

export interface OrgRow {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string;
}

export interface EntityRow {
  id: number;
  scheme: string;
  identifier: string;
  nameMn: string | null;
  nameEn: string | null;
}

export interface ProjectRow {
  id: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  sector: string;
  projectType: string | null;
  stage: string;
  status: string;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  budgetApprovedOn: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  updatedAt: Date;
  organization: OrgRow;
  supervising: OrgRow | null;
}

export interface LoanRow {
  id: number;
  slug: string;
  projectId: number | null;
  kind: 'loan' | 'grant';
  titleMn: string;
  titleEn: string;
  agreementOn: string;
  effectiveOn: string | null;
  closingOn: string | null;
  amount: string;
  currency: string;
  concessional: boolean;
  tiedStatus: 'tied' | 'partially-tied' | 'untied' | null;
  rateKind: 'fixed' | 'variable' | null;
  fixedRate: string | null;
  baseRateName: string | null;
  margin: string | null;
  maturityMonths: number | null;
  graceMonths: number | null;
  repaymentMethod: 'annuity' | 'equal-principal' | 'lump-sum' | 'other' | null;
  paymentsPerYear: number | null;
  firstRepaymentOn: string | null;
  finalRepaymentOn: string | null;
  conditionsMn: string | null;
  conditionsEn: string | null;
  updatedAt: Date;
  organization: OrgRow;
  lender: EntityRow;
  /** The latest base rate recorded for a variable-rate loan, percent a year. */
  latestBaseRate: string | null;
  /** The first and last due dates of its stored schedule. */
  scheduleFirst: string | null;
  scheduleLast: string | null;
}

export interface ReportRow {
  id: number;
  projectId: number;
  periodStart: string;
  periodEnd: string;
  reportedOn: string;
  physicalPercent: string;
  physicalBasisMn: string;
  physicalBasisEn: string;
  financialPercent: string;
  financialBasisMn: string;
  financialBasisEn: string;
}

export interface LocationRow {
  id: number;
  projectId: number;
  geometry: { type: string; coordinates: unknown };
  descriptionMn: string | null;
  descriptionEn: string | null;
}

export interface MilestoneRow {
  id: number;
  projectId: number;
  titleMn: string;
  titleEn: string;
  dueOn: string;
  completedOn: string | null;
}

export interface DocumentRow {
  id: number;
  projectId: number;
  kind: string;
  reportId: number | null;
  titleMn: string;
  titleEn: string;
  url: string | null;
  publishedOn: string;
}

export interface StudyRow {
  id: number;
  projectId: number;
  titleMn: string;
  titleEn: string;
  summaryMn: string;
  summaryEn: string;
  author: string;
  completedOn: string | null;
  startedOn: string | null;
}

export interface MoneyRow {
  id: number;
  loanId: number;
  on: string;
  amount: string;
  /** Repayments only: the interest paid with the principal (`amount`). */
  interest?: string;
}

export interface ScheduleRow {
  loanId: number;
  dueOn: string;
  principal: string;
  interest: string;
}

/** A project with everything its OC4IDS record shows. */
export interface ProjectBundle {
  project: ProjectRow;
  locations: LocationRow[];
  reports: ReportRow[];
  milestones: MilestoneRow[];
  documents: DocumentRow[];
  studies: StudyRow[];
  loans: LoanRow[];
  disbursements: MoneyRow[];
  ocids: string[];
}

/** A loan with everything its IATI activity shows. */
export interface LoanBundle {
  loan: LoanRow;
  project: ProjectRow | null;
  disbursements: MoneyRow[];
  repayments: MoneyRow[];
  schedule: ScheduleRow[];
}

const PROJECT_COLUMNS = sql`p.id, p.slug, p.title_mn as "titleMn", p.title_en as "titleEn",
  p.description_mn as "descriptionMn", p.description_en as "descriptionEn", p.sector,
  p.project_type as "projectType", p.stage, p.status, p.budget_amount as "budgetAmount",
  p.budget_currency as "budgetCurrency", p.budget_approved_on as "budgetApprovedOn",
  p.planned_start as "plannedStart", p.planned_end as "plannedEnd", p.actual_start as "actualStart",
  p.actual_end as "actualEnd", p.updated_at as "updatedAt",
  json_build_object('id', o.id, 'slug', o.slug, 'nameMn', o.name_mn, 'nameEn', o.name_en) as organization,
  case when s.id is null then null
    else json_build_object('id', s.id, 'slug', s.slug, 'nameMn', s.name_mn, 'nameEn', s.name_en) end as supervising`;

const PROJECT_FROM = sql`from projects p join organizations o on o.id = p.organization_id
  left join organizations s on s.id = p.supervising_organization_id`;

const LOAN_COLUMNS = sql`l.id, l.slug, l.project_id as "projectId", l.kind, l.title_mn as "titleMn",
  l.title_en as "titleEn", l.agreement_on as "agreementOn", l.effective_on as "effectiveOn",
  l.closing_on as "closingOn", l.amount, l.currency, l.concessional, l.tied_status as "tiedStatus",
  l.rate_kind as "rateKind", l.fixed_rate as "fixedRate", l.base_rate_name as "baseRateName", l.margin,
  l.maturity_months as "maturityMonths", l.grace_months as "graceMonths",
  l.repayment_method as "repaymentMethod", l.payments_per_year as "paymentsPerYear",
  l.first_repayment_on as "firstRepaymentOn", l.final_repayment_on as "finalRepaymentOn",
  l.conditions_mn as "conditionsMn", l.conditions_en as "conditionsEn", l.updated_at as "updatedAt",
  json_build_object('id', o.id, 'slug', o.slug, 'nameMn', o.name_mn, 'nameEn', o.name_en) as organization,
  json_build_object('id', e.id, 'scheme', e.scheme, 'identifier', e.identifier, 'nameMn', e.name_mn,
    'nameEn', e.name_en) as lender,
  (select b.rate from project_loan_base_rates b where b.loan_id = l.id order by b.period_start desc limit 1)
    as "latestBaseRate",
  (select min(due_on) from project_loan_schedule x where x.loan_id = l.id and x.principal > 0) as "scheduleFirst",
  (select max(due_on) from project_loan_schedule x where x.loan_id = l.id) as "scheduleLast"`;

const LOAN_FROM = sql`from project_loans l join organizations o on o.id = l.organization_id
  join legal_entities e on e.id = l.lender_entity_id`;

/** Projects after `afterId` in id order, at most `limit`; or the one with `slug`. */
export function readProjects(
  db: Queryable,
  where: { afterId: number; limit: number } | { slug: string } | { ids: readonly number[] },
): Promise<ProjectRow[]> {
  if ('slug' in where)
    return db.query<ProjectRow>(sql`select ${PROJECT_COLUMNS} ${PROJECT_FROM} where p.slug = ${where.slug}`);
  if ('ids' in where)
    return db.query<ProjectRow>(
      sql`select ${PROJECT_COLUMNS} ${PROJECT_FROM} where p.id = any(${where.ids}::bigint[]) order by p.id`,
    );
  return db.query<ProjectRow>(
    sql`select ${PROJECT_COLUMNS} ${PROJECT_FROM} where p.id > ${where.afterId} order by p.id limit ${where.limit}`,
  );
}

/** Loans after `afterId` in id order, at most `limit`; or the one with `slug`. */
export function readLoans(
  db: Queryable,
  where: { afterId: number; limit: number } | { slug: string } | { projectIds: readonly number[] },
): Promise<LoanRow[]> {
  if ('slug' in where)
    return db.query<LoanRow>(sql`select ${LOAN_COLUMNS} ${LOAN_FROM} where l.slug = ${where.slug}`);
  if ('projectIds' in where)
    // A project's loans: those that name it, and those its funding rows name.
    return db
      .query<LoanRow & { fundedProjectId: number | null }>(
        sql`select ${LOAN_COLUMNS}, f.project_id as "fundedProjectId" ${LOAN_FROM}
        left join lateral (select min(pf.project_id) as project_id from project_funding pf
          where pf.loan_id = l.id and pf.project_id = any(${where.projectIds}::bigint[])) f on true
        where l.project_id = any(${where.projectIds}::bigint[]) or f.project_id is not null
        order by l.agreement_on, l.id`,
      )
      .then((rows) =>
        rows.map(({ fundedProjectId, ...loan }) => ({
          ...loan,
          projectId:
            loan.projectId !== null && where.projectIds.includes(loan.projectId)
              ? loan.projectId
              : fundedProjectId,
        })),
      );
  return db.query<LoanRow>(
    sql`select ${LOAN_COLUMNS} ${LOAN_FROM} where l.id > ${where.afterId} order by l.id limit ${where.limit}`,
  );
}

/** Everything the OC4IDS records of these projects show, a few queries for the whole batch. */
export async function projectBundles(
  db: Queryable,
  projects: readonly ProjectRow[],
): Promise<ProjectBundle[]> {
  if (projects.length === 0) return [];
  const ids = projects.map((p) => p.id);
  const [locations, reports, milestones, documents, studies, loans, contracts] = await Promise.all([
    db.query<LocationRow>(sql`select id, project_id as "projectId", geometry, description_mn as "descriptionMn",
      description_en as "descriptionEn" from project_locations where project_id = any(${ids}::bigint[]) order by id`),
    db.query<ReportRow>(sql`select id, project_id as "projectId", period_start as "periodStart",
      period_end as "periodEnd", reported_on as "reportedOn", physical_percent as "physicalPercent",
      physical_basis_mn as "physicalBasisMn", physical_basis_en as "physicalBasisEn",
      financial_percent as "financialPercent", financial_basis_mn as "financialBasisMn",
      financial_basis_en as "financialBasisEn"
      from project_progress_reports where project_id = any(${ids}::bigint[]) order by project_id, period_end, id`),
    db.query<MilestoneRow>(sql`select id, project_id as "projectId", title_mn as "titleMn", title_en as "titleEn",
      due_on as "dueOn", completed_on as "completedOn"
      from project_milestones where project_id = any(${ids}::bigint[]) order by project_id, due_on, id`),
    db.query<DocumentRow>(sql`select id, project_id as "projectId", kind, report_id as "reportId",
      title_mn as "titleMn", title_en as "titleEn", url, published_on as "publishedOn"
      from project_documents where project_id = any(${ids}::bigint[]) order by project_id, id`),
    db.query<StudyRow>(sql`select id, project_id as "projectId", title_mn as "titleMn", title_en as "titleEn",
      summary_mn as "summaryMn", summary_en as "summaryEn", author, completed_on as "completedOn",
      started_on as "startedOn"
      from project_feasibility_studies where project_id = any(${ids}::bigint[]) order by project_id, id`),
    readLoans(db, { projectIds: ids }),
    db.query<{ projectId: number; ocid: string }>(sql`select project_id as "projectId", ocid
      from project_contracts where project_id = any(${ids}::bigint[]) order by project_id, id`),
  ]);
  const loanIds = loans.map((l) => l.id);
  const disbursements =
    loanIds.length === 0
      ? []
      : await db.query<MoneyRow>(sql`select id, loan_id as "loanId", disbursed_on as "on", amount
          from project_loan_disbursements where loan_id = any(${loanIds}::bigint[]) order by disbursed_on, id`);
  const byProject = <R extends { projectId: number | null }>(rows: readonly R[]) => {
    const map = new Map<number, R[]>();
    for (const r of rows) {
      if (r.projectId === null) continue;
      const list = map.get(r.projectId);
      if (list) list.push(r);
      else map.set(r.projectId, [r]);
    }
    return (id: number) => map.get(id) ?? [];
  };
  const loc = byProject(locations);
  const rep = byProject(reports);
  const mil = byProject(milestones);
  const doc = byProject(documents);
  const stu = byProject(studies);
  const lns = byProject(loans);
  const con = byProject(contracts);
  return projects.map((project) => {
    const own = lns(project.id);
    const ownIds = new Set(own.map((l) => l.id));
    return {
      project,
      locations: loc(project.id),
      reports: rep(project.id),
      milestones: mil(project.id),
      documents: doc(project.id),
      studies: stu(project.id),
      loans: own,
      disbursements: disbursements.filter((d) => ownIds.has(d.loanId)),
      ocids: con(project.id).map((c) => c.ocid),
    };
  });
}

/** Everything the IATI activities of these loans show, a few queries for the whole batch. */
export async function loanBundles(db: Queryable, loans: readonly LoanRow[]): Promise<LoanBundle[]> {
  if (loans.length === 0) return [];
  const ids = loans.map((l) => l.id);
  const projectIds = [...new Set(loans.flatMap((l) => (l.projectId === null ? [] : [l.projectId])))];
  const [projects, disbursements, repayments, schedule] = await Promise.all([
    projectIds.length === 0 ? Promise.resolve([]) : readProjects(db, { ids: projectIds }),
    db.query<MoneyRow>(sql`select id, loan_id as "loanId", disbursed_on as "on", amount
      from project_loan_disbursements where loan_id = any(${ids}::bigint[]) order by disbursed_on, id`),
    db.query<MoneyRow>(sql`select id, loan_id as "loanId", paid_on as "on", principal as amount, interest
      from project_loan_repayments where loan_id = any(${ids}::bigint[]) order by paid_on, id`),
    db.query<ScheduleRow>(sql`select loan_id as "loanId", due_on as "dueOn", principal, interest
      from project_loan_schedule where loan_id = any(${ids}::bigint[]) order by loan_id, seq`),
  ]);
  const project = new Map(projects.map((p) => [p.id, p]));
  return loans.map((loan) => ({
    loan,
    project: loan.projectId === null ? null : (project.get(loan.projectId) ?? null),
    disbursements: disbursements.filter((d) => d.loanId === loan.id),
    repayments: repayments.filter((r) => r.loanId === loan.id),
    schedule: schedule.filter((s) => s.loanId === loan.id),
  }));
}

/** Batches of rows read by keyset on `id`: one short query each, nothing held open between them. */
export async function* keysetBatches<R extends { id: number }>(
  read: (afterId: number, limit: number) => Promise<R[]>,
  size = BATCH,
): AsyncGenerator<R[]> {
  let last = 0;
  for (;;) {
    const rows = await read(last, size);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    last = (rows[rows.length - 1] as R).id;
  }
}

/** How many projects there are. */
export async function countProjects(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from projects`);
  return row?.n ?? 0;
}

/** How many loans and grants there are. */
export async function countLoans(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from project_loans`);
  return row?.n ?? 0;
}

/**
 * Batches of rows read by keyset and turned into bundles, the next batch read while the one before
 * is being written (the database works while this process builds): memory holds two batches.
 */
export async function* prefetchedBundles<R extends { id: number }, B>(
  read: (afterId: number, limit: number) => Promise<R[]>,
  bundle: (rows: R[]) => Promise<B[]>,
  size = BATCH,
): AsyncGenerator<B[]> {
  const batches = keysetBatches(read, size);
  const next = async (): Promise<B[] | null> => {
    const step = await batches.next();
    return step.done ? null : bundle(step.value);
  };
  let pending = next();
  try {
    for (;;) {
      const bundles = await pending;
      if (bundles === null) return;
      pending = next();
      // Awaited on the next turn; until then a failure must not count as unhandled.
      pending.catch(() => {});
      yield bundles;
    }
  } finally {
    await batches.return(undefined);
  }
}
