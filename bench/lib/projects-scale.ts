/**
 * A projects register at scale for the projects benchmarks, written by bulk SQL into the module's
 * tables of a migrated, seeded database (no demo data): `projects` projects over the country's
 * units and the OC4IDS sectors, each with a place, two milestones, a document and `reports /
 * projects` quarterly progress reports; `loans` loans and grants from 24 lenders of the register
 * (a fixed or variable rate, the four currencies Mongolia borrows in), each funding one project
 * (through the loan's own project or a funding row), with its repayment schedule computed by
 * `computeSchedule` and loaded by COPY, five disbursements and three repayments; a feasibility
 * study and a procurement process for every other project. Deterministic: the same counts give
 * the same rows.
 */

import { SECTORS } from '../../src/modules/projects/codes.ts';
import { computeSchedule } from '../../src/modules/projects/loans/schedule.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { sql } from '../../src/platform/db/sql.ts';

export interface ProjectsScale {
  projects: number;
  reports: number;
  loans: number;
}

export interface LoadedScale extends ProjectsScale {
  seconds: number;
  /** Rows in every table written, by table. */
  rows: Record<string, number>;
}

const CURRENCIES = ['USD', 'JPY', 'CNY', 'EUR'] as const;
const METHODS = ['annuity', 'equal-principal', 'lump-sum'] as const;

export async function loadProjectsScale(db: Database, scale: ProjectsScale): Promise<LoadedScale> {
  const started = performance.now();
  const perProject = Math.max(1, Math.round(scale.reports / scale.projects));
  const sectors = SECTORS.map((s) => s.code);

  await db.exec(`
    insert into legal_entities (scheme, identifier, kind, name_mn, name_en)
    select 'XM-DAC', 'bench-lender-' || i, 'international-organisation', 'Зээлдүүлэгч ' || i, 'Lender ' || i
    from generate_series(1, 24) i
    on conflict (scheme, identifier) do nothing`);

  await db.query(sql`
    with orgs as (select array_agg(id order by id) as ids from organizations),
      units as (select array_agg(code order by code) as codes from admin_units where kind in ('soum', 'district'))
    insert into projects (organization_id, supervising_organization_id, slug, title_mn, title_en, description_mn,
      description_en, sector, project_type, stage, status, budget_amount, budget_currency, budget_approved_on,
      planned_start, planned_end, actual_start, admin_unit_code)
    select orgs.ids[1 + i % array_length(orgs.ids, 1)], orgs.ids[1 + (i * 7) % array_length(orgs.ids, 1)],
      'bench-project-' || i, 'Хөрөнгө оруулалтын төсөл ' || i, 'Investment project ' || i,
      'Төсөл ' || i || '-ийн тайлбар: барилга угсралтын ажил, тоног төхөөрөмж, зөвлөх үйлчилгээ.',
      'The description of project ' || i || ': works, equipment and consulting services.',
      (${sectors}::text[])[1 + i % ${sectors.length}],
      (array['construction', 'rehabilitation', 'expansion'])[1 + i % 3],
      (array['identification', 'preparation', 'implementation', 'implementation', 'completion'])[1 + i % 5],
      case when i % 50 = 0 then 'suspended' else 'active' end,
      1000000 + (i * 7919) % 500000000, 'USD', date '2012-01-01' + (i % 3000),
      date '2013-01-01' + (i % 2000), date '2013-01-01' + (i % 2000) + 1800, date '2013-03-01' + (i % 2000),
      units.codes[1 + (i * 13) % array_length(units.codes, 1)]
    from generate_series(1, ${scale.projects}::int) i, orgs, units`);

  await db.exec(`
    insert into project_locations (project_id, geometry, min_lon, min_lat, max_lon, max_lat, admin_unit_code)
    select p.id, jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(u.lon, u.lat)),
      u.lon, u.lat, u.lon, u.lat, p.admin_unit_code
    from projects p join admin_units u on u.code = p.admin_unit_code where p.slug like 'bench-project-%'`);

  await db.query(sql`
    insert into project_progress_reports (project_id, period_start, period_end, reported_on, physical_percent,
      physical_basis_mn, physical_basis_en, financial_percent, financial_basis_mn, financial_basis_en,
      spent_amount, spent_currency, issues_mn, issues_en)
    select p.id, (date '2016-01-01' + make_interval(months => 3 * k))::date,
      (date '2016-01-01' + make_interval(months => 3 * k + 3) - interval '1 day')::date,
      (date '2016-01-01' + make_interval(months => 3 * k + 3) + interval '20 days')::date,
      least(100, round((100.0 * (k + 1) / ${perProject})::numeric, 2)), 'Батлагдсан ажлын тоо хэмжээ',
      'The approved bill of quantities', least(100, round((95.0 * (k + 1) / ${perProject})::numeric, 2)),
      'Батлагдсан төсөв', 'The approved budget', p.budget_amount * (k + 1) / ${perProject} * 0.95, 'USD',
      case when k % 7 = 0 then 'Материал хүргэлт хоцорсон' end, case when k % 7 = 0 then 'Materials delivered late' end
    from projects p, generate_series(0, ${perProject - 1}::int) k where p.slug like 'bench-project-%'`);

  await db.exec(`
    insert into project_milestones (project_id, title_mn, title_en, due_on, completed_on)
    select p.id, 'Үе шат ' || m, 'Milestone ' || m, p.planned_start + 600 * m,
      case when m = 1 then p.planned_start + 590 end
    from projects p, generate_series(1, 2) m where p.slug like 'bench-project-%'`);

  await db.exec(`
    insert into project_documents (project_id, kind, title_mn, title_en, url, published_on)
    select p.id, 'projectPlan', 'Төслийн төлөвлөгөө', 'Project plan', 'https://example.org/plans/' || p.slug || '.pdf',
      p.planned_start from projects p where p.slug like 'bench-project-%'`);

  await db.exec(`
    insert into project_feasibility_studies (project_id, title_mn, title_en, summary_mn, summary_en, author,
      started_on, completed_on, cost_estimate, cost_currency, duration_months, expected_benefits_mn, expected_benefits_en)
    select p.id, 'ТЭЗҮ', 'Feasibility study', 'Хураангуй', 'Summary', 'Consulting firm ' || (p.id % 40),
      p.planned_start - 700, p.planned_start - 300, p.budget_amount * 0.9, 'USD', 60, 'Үр ашиг', 'Benefits'
    from projects p where p.slug like 'bench-project-%' and p.id % 2 = 0`);

  await db.exec(`
    insert into project_contracts (project_id, ocid)
    select p.id, 'ocds-bench01-' || p.id from projects p where p.slug like 'bench-project-%' and p.id % 2 = 1`);

  // Loans: the i-th funds the (i * projects / loans)-th project; every fourth through a funding row only.
  await db.query(sql`
    with lenders as (select array_agg(id order by id) as ids from legal_entities where identifier like 'bench-lender-%'),
      orgs as (select id from organizations order by id limit 1),
      targets as (select id, row_number() over (order by id) as n from projects where slug like 'bench-project-%')
    insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en,
      agreement_on, effective_on, amount, currency, concessional, tied_status, rate_kind, fixed_rate, base_rate_name,
      margin, maturity_months, grace_months, repayment_method, payments_per_year, conditions_mn, conditions_en)
    select 'bench-loan-' || i, case when i % 4 = 0 then null else t.id end, orgs.id,
      case when i % 10 = 0 then 'grant' else 'loan' end, lenders.ids[1 + i % 24],
      'Зээлийн гэрээ ' || i, 'Loan agreement ' || i, make_date(2010 + i % 7, 1 + i % 12, 1 + i % 28), make_date(2010 + i % 7, 1 + i % 12, 1 + i % 28),
      10000000 + (i * 104729) % 200000000, (${CURRENCIES}::text[])[1 + i % 4], i % 3 <> 0,
      (array['tied', 'untied', 'partially-tied'])[1 + i % 3],
      case when i % 10 = 0 then null when i % 5 = 0 then 'variable' else 'fixed' end,
      case when i % 10 <> 0 and i % 5 <> 0 then round((0.1 + (i % 30) / 10.0)::numeric, 2) end,
      case when i % 10 <> 0 and i % 5 = 0 then 'SOFR 6M' end,
      case when i % 10 <> 0 and i % 5 = 0 then 0.5 end,
      case when i % 10 = 0 then null else 120 + 60 * (i % 5) end,
      case when i % 10 = 0 then null else 24 + 12 * (i % 4) end,
      case when i % 10 = 0 then null else (${METHODS}::text[])[1 + i % 3] end,
      case when i % 10 = 0 then null else 2 end,
      'Худалдан авалтын нөхцөл ' || i, 'Procurement conditions ' || i
    from generate_series(1, ${scale.loans}::int) i, lenders, orgs,
      targets t where t.n = 1 + ((i - 1)::bigint * ${scale.projects} / ${scale.loans})`);

  // Every loan is also a funding row of the project it funds.
  await db.query(sql`
    insert into project_funding (project_id, source, amount, currency, loan_id)
    select t.id, case when l.kind = 'grant' then 'grant' else 'foreign-loan' end, l.amount, l.currency, l.id
    from project_loans l
    join (select id, row_number() over (order by id) as n from projects where slug like 'bench-project-%') t
      on t.n = 1 + ((substring(l.slug from 'bench-loan-([0-9]+)')::bigint - 1) * ${scale.projects} / ${scale.loans})
    where l.slug like 'bench-loan-%'`);
  await db.exec(`
    insert into project_funding (project_id, source, amount, currency, budget_line_ref)
    select p.id, 'budget', p.budget_amount, 'USD', 'BL-' || p.id from projects p
    where p.slug like 'bench-project-%' and p.id % 3 = 0`);

  await db.exec(`
    insert into project_loan_base_rates (loan_id, period_start, period_end, rate)
    select l.id, l.agreement_on + 365 * y, l.agreement_on + 365 * (y + 1), 1.5 + y * 0.4
    from project_loans l, generate_series(0, 4) y where l.rate_kind = 'variable' and l.slug like 'bench-loan-%'`);

  // Schedules: computed from the terms, as the loans' command stores them.
  const terms = await db.query<{
    id: number;
    amount: string;
    currency: string;
    effectiveOn: string;
    maturity: number;
    grace: number;
    method: 'annuity' | 'equal-principal' | 'lump-sum';
    rate: string;
  }>(sql`select id, amount, currency, effective_on as "effectiveOn", maturity_months as maturity,
      grace_months as grace, repayment_method as method, coalesce(fixed_rate, margin + 3.5) as rate
    from project_loans where kind = 'loan' and slug like 'bench-loan-%' order by id`);
  const schedule = function* () {
    for (const t of terms)
      for (const i of computeSchedule({
        amount: t.amount,
        currency: t.currency,
        start: t.effectiveOn,
        maturityMonths: t.maturity,
        graceMonths: t.grace,
        paymentsPerYear: 2,
        method: t.method,
        rateFor: () => Number(t.rate),
      }))
        yield [t.id, i.seq, i.dueOn, i.principal, i.interest, i.outstanding, 'computed'];
  };
  await db.copyInto(
    'project_loan_schedule',
    ['loan_id', 'seq', 'due_on', 'principal', 'interest', 'outstanding', 'basis'],
    schedule(),
  );

  await db.exec(`
    insert into project_loan_disbursements (loan_id, disbursed_on, amount, rate, rate_set_on, amount_mnt)
    select l.id, l.effective_on + 200 * k, round(l.amount / 8, 2), 2500 + k * 100, l.effective_on + 200 * k,
      round(l.amount / 8 * (2500 + k * 100), 2)
    from project_loans l, generate_series(1, 5) k where l.slug like 'bench-loan-%'`);
  await db.exec(`
    insert into project_loan_repayments (loan_id, paid_on, principal, interest, rate, rate_set_on, amount_mnt)
    select s.loan_id, s.due_on, s.principal, s.interest, 3000, s.due_on, round((s.principal + s.interest) * 3000, 2)
    from project_loan_schedule s join project_loans l on l.id = s.loan_id
    where l.slug like 'bench-loan-%' and s.seq between 1 and 3 and s.principal + s.interest > 0`);

  for (const table of [
    'projects',
    'project_locations',
    'project_progress_reports',
    'project_loans',
    'project_loan_schedule',
    'project_funding',
  ])
    await db.exec(`analyze ${table}`);

  const tables = [
    'projects',
    'project_locations',
    'project_progress_reports',
    'project_milestones',
    'project_documents',
    'project_feasibility_studies',
    'project_contracts',
    'project_loans',
    'project_funding',
    'project_loan_base_rates',
    'project_loan_schedule',
    'project_loan_disbursements',
    'project_loan_repayments',
  ];
  const rows: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.queryText<{ n: number }>(`select count(*)::int as n from ${table}`);
    rows[table] = row?.n ?? 0;
  }
  return { ...scale, seconds: (performance.now() - started) / 1000, rows };
}
