/**
 * Rows for the flags' and charts' tests, written straight into the module's tables (the loan and
 * study commands are other parts' work): a lender in the register, a loan of a project with its
 * disbursements, a completed feasibility study, a progress report, the project's budget and
 * schedule. Each returns the row's id.
 */
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

let counter = 0;

/** A lender (a multilateral bank, by its IATI identifier) in the legal-entity register. */
export async function insertLender(db: Queryable): Promise<number> {
  counter += 1;
  const [row] = await db.query<{ id: number }>(
    sql`insert into legal_entities (scheme, identifier, kind, name_mn, name_en)
      values ('XM-DAC', ${`test-${counter}-${Date.now()}`}, 'international-organisation',
        ${`Зээлдүүлэгч ${counter}`}, ${`Lender ${counter}`}) returning id`,
  );
  return row!.id;
}

/** A fixed-rate loan to the project, with its disbursements (amounts in the loan's currency). */
export async function insertLoan(
  db: Queryable,
  project: { id: number; organizationId: number },
  loan: {
    amount: number;
    currency: string;
    disbursements?: readonly { on: string; amount: number }[];
    kind?: 'loan' | 'grant';
  },
): Promise<number> {
  counter += 1;
  const lender = await insertLender(db);
  const kind = loan.kind ?? 'loan';
  const [row] = await db.query<{ id: number }>(
    sql`insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en,
        agreement_on, effective_on, amount, currency, concessional, rate_kind, fixed_rate, maturity_months,
        grace_months, repayment_method, payments_per_year)
      values (${`test-loan-${counter}`}, ${project.id}, ${project.organizationId}, ${kind}, ${lender},
        ${`Зээл ${counter}`}, ${`Loan ${counter}`}, '2020-01-15', '2020-03-01', ${loan.amount}, ${loan.currency}, true,
        ${kind === 'loan' ? 'fixed' : null}, ${kind === 'loan' ? 0.2 : null}, ${kind === 'loan' ? 480 : null},
        ${kind === 'loan' ? 120 : null}, ${kind === 'loan' ? 'equal-principal' : null}, ${kind === 'loan' ? 2 : null})
      returning id`,
  );
  const loanId = row!.id;
  for (const d of loan.disbursements ?? []) {
    // A plausible rate of tögrögs to the unit; the flags read the loan's own currency only.
    const rate = loan.currency === 'MNT' ? 1 : loan.currency === 'JPY' ? 22.5 : 3400;
    await db.query(
      sql`insert into project_loan_disbursements (loan_id, disbursed_on, amount, rate, rate_set_on, amount_mnt)
        values (${loanId}, ${d.on}, ${d.amount}, ${rate}, ${d.on}, ${Math.round(d.amount * rate * 100) / 100})`,
    );
  }
  return loanId;
}

/** A feasibility study of the project (completed unless `completedOn` is null). */
export async function insertStudy(
  db: Queryable,
  projectId: number,
  study: {
    costEstimate: number;
    currency: string;
    durationMonths?: number | null;
    completedOn?: string | null;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    sql`insert into project_feasibility_studies (project_id, title_mn, title_en, summary_mn, summary_en, author,
        started_on, completed_on, cost_estimate, cost_currency, duration_months, expected_benefits_mn, expected_benefits_en)
      values (${projectId}, 'ТЭЗҮ', 'Feasibility study', 'Хураангуй', 'Summary', 'Consulting Engineers LLC',
        null, ${study.completedOn === undefined ? '2018-09-30' : study.completedOn}, ${study.costEstimate},
        ${study.currency}, ${study.durationMonths ?? null}, 'Ашиг', 'Benefits')
      returning id`,
  );
  return row!.id;
}

/** A progress report of the project for a period. */
export async function insertReport(
  db: Queryable,
  projectId: number,
  report: {
    periodStart: string;
    periodEnd: string;
    physical: number;
    financial: number;
    reportedOn?: string;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    sql`insert into project_progress_reports (project_id, period_start, period_end, reported_on, physical_percent,
        physical_basis_mn, physical_basis_en, financial_percent, financial_basis_mn, financial_basis_en)
      values (${projectId}, ${report.periodStart}, ${report.periodEnd}, ${report.reportedOn ?? report.periodEnd},
        ${report.physical}, 'Гэрээний ажлын тоо хэмжээ', 'Contract quantities', ${report.financial},
        'Батлагдсан төсөв', 'Approved budget')
      returning id`,
  );
  return row!.id;
}

/** The project's budget, schedule, stage and status as they stand. */
export async function setPlan(
  db: Queryable,
  projectId: number,
  plan: {
    budget?: { amount: number; currency: string } | null;
    plannedStart?: string | null;
    plannedEnd?: string | null;
    actualStart?: string | null;
    stage?: string;
    status?: string;
  },
): Promise<void> {
  await db.query(
    sql`update projects set
        budget_amount = ${plan.budget?.amount ?? null}, budget_currency = ${plan.budget?.currency ?? null},
        planned_start = ${plan.plannedStart ?? null}, planned_end = ${plan.plannedEnd ?? null},
        actual_start = ${plan.actualStart ?? null},
        stage = coalesce(${plan.stage ?? null}, stage), status = coalesce(${plan.status ?? null}, status)
      where id = ${projectId}`,
  );
}
