import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * Every loan and grant with its lender, borrowing body, project and what was drawn and repaid: the
 * rows `d` of the loans' list and their dataset (nothing personal: the board is on the page only).
 */
export const loanRows = sql`
  select l.id, l.slug, l.kind, l.organization_id, o.slug as organization, o.name_mn as organization_name_mn,
    o.name_en as organization_name_en, coalesce(e.merged_into, e.id) as lender_entity_id,
    coalesce(e.name_en, e.name_mn) as lender_name_en, coalesce(e.name_mn, e.name_en) as lender_name_mn,
    case when e.scheme = 'unidentified' then null else e.scheme || '-' || e.identifier end as lender_identifier,
    p.slug as project, l.project_id, l.title_mn, l.title_en, l.agreement_number, l.agreement_on, l.effective_on,
    l.closing_on, l.amount::text as amount, l.currency, l.concessional, l.tied_status, l.rate_kind,
    l.fixed_rate::text as fixed_rate, l.base_rate_name, l.margin::text as margin, l.maturity_months,
    l.grace_months, l.repayment_method, l.payments_per_year, l.first_repayment_on, l.final_repayment_on,
    coalesce((select sum(x.amount) from project_loan_disbursements x where x.loan_id = l.id), 0)::text as disbursed,
    coalesce((select sum(x.amount_mnt) from project_loan_disbursements x where x.loan_id = l.id), 0)::text as disbursed_mnt,
    coalesce((select sum(x.principal) from project_loan_repayments x where x.loan_id = l.id), 0)::text as repaid,
    l.conditions_mn, l.conditions_en, l.created_at, l.updated_at
  from project_loans l
  join organizations o on o.id = l.organization_id
  join legal_entities e on e.id = l.lender_entity_id
  left join projects p on p.id = l.project_id`;

/** The columns of a loan's own row that its commands write (`check-loan.ts`, `write-loan.ts`). */
export interface LoanTerms {
  slug: string;
  kind: 'loan' | 'grant';
  organizationId: number;
  projectId: number | null;
  titleMn: string;
  titleEn: string;
  agreementNumber: string | null;
  agreementOn: string;
  effectiveOn: string | null;
  closingOn: string | null;
  amount: string;
  currency: string;
  concessional: boolean;
  tiedStatus: string | null;
  rateKind: 'fixed' | 'variable' | null;
  fixedRate: string | null;
  baseRateName: string | null;
  margin: string | null;
  maturityMonths: number | null;
  graceMonths: number | null;
  repaymentMethod: string | null;
  paymentsPerYear: number | null;
  firstRepaymentOn: string | null;
  finalRepaymentOn: string | null;
  conditionsMn: string | null;
  conditionsEn: string | null;
}

/** A loan or grant as the pages, the API and the commands read it: its terms, its body, lender and project, and what was drawn and repaid. */
export interface Loan extends LoanTerms {
  id: number;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  lenderEntityId: number;
  lenderNameMn: string;
  lenderNameEn: string;
  lenderIdentifier: string | null;
  project: string | null;
  disbursed: string;
  disbursedMnt: string;
  repaid: string;
  createdAt: Date;
  updatedAt: Date;
}

export const LOAN_COLUMNS = sql`d.id, d.slug, d.kind, d.organization_id as "organizationId", d.organization,
  d.organization_name_mn as "organizationNameMn", d.organization_name_en as "organizationNameEn",
  d.lender_entity_id as "lenderEntityId", d.lender_name_mn as "lenderNameMn", d.lender_name_en as "lenderNameEn",
  d.lender_identifier as "lenderIdentifier", d.project, d.project_id as "projectId", d.title_mn as "titleMn",
  d.title_en as "titleEn", d.agreement_number as "agreementNumber", d.agreement_on as "agreementOn",
  d.effective_on as "effectiveOn", d.closing_on as "closingOn", d.amount, d.currency, d.concessional,
  d.tied_status as "tiedStatus", d.rate_kind as "rateKind", d.fixed_rate as "fixedRate",
  d.base_rate_name as "baseRateName", d.margin, d.maturity_months as "maturityMonths",
  d.grace_months as "graceMonths", d.repayment_method as "repaymentMethod",
  d.payments_per_year as "paymentsPerYear", d.first_repayment_on as "firstRepaymentOn",
  d.final_repayment_on as "finalRepaymentOn", d.disbursed, d.disbursed_mnt as "disbursedMnt", d.repaid,
  d.conditions_mn as "conditionsMn", d.conditions_en as "conditionsEn", d.created_at as "createdAt",
  d.updated_at as "updatedAt"`;

/** One loan by its slug. */
export async function findLoan(db: Queryable, slug: string): Promise<Loan | undefined> {
  const [found] = await db.query<Loan>(
    sql`select ${LOAN_COLUMNS} from (${loanRows}) d where d.slug = ${slug}`,
  );
  return found;
}

/** The repayment schedule as stored, in order. */
export interface ScheduleLine {
  seq: number;
  dueOn: string;
  principal: string;
  interest: string;
  outstanding: string;
  basis: 'computed' | 'stated';
}

export function loanSchedule(db: Queryable, loanId: number): Promise<ScheduleLine[]> {
  return db.query<ScheduleLine>(sql`
    select seq, due_on as "dueOn", principal::text, interest::text, outstanding::text, basis
    from project_loan_schedule where loan_id = ${loanId} order by seq`);
}

/** The schedule's rows as open data: one a loan's instalment, keyed `<loan>:<seq>`. */
export const scheduleRows = sql`
  select l.slug || ':' || s.seq as instalment, l.slug as loan, s.seq, s.due_on, s.principal::text as principal,
    s.interest::text as interest, s.outstanding::text as outstanding, l.currency, s.basis, l.organization_id,
    o.slug as organization, p.slug as project, coalesce(e.merged_into, e.id) as lender_entity_id, l.updated_at
  from project_loan_schedule s
  join project_loans l on l.id = s.loan_id
  join organizations o on o.id = l.organization_id
  join legal_entities e on e.id = l.lender_entity_id
  left join projects p on p.id = l.project_id`;

/** Disbursements as open data: the amount in the loan's currency, the rate used and its date, the tögrög. */
export const disbursementRows = sql`
  select x.id, l.slug as loan, x.disbursed_on, x.amount::text as amount, l.currency, x.rate::text as rate,
    x.rate_set_on, x.amount_mnt::text as amount_mnt, x.description_mn, x.description_en, o.slug as organization,
    p.slug as project, coalesce(e.merged_into, e.id) as lender_entity_id, x.created_at
  from project_loan_disbursements x
  join project_loans l on l.id = x.loan_id
  join organizations o on o.id = l.organization_id
  join legal_entities e on e.id = l.lender_entity_id
  left join projects p on p.id = l.project_id`;

/** What a loan's page shows beside its terms: fees, base rates, board, disbursements and repayments. */
export async function loanParts(db: Queryable, loanId: number) {
  const [fees, baseRates, board, disbursements, repayments] = await Promise.all([
    db.query<{
      kind: string;
      rate: string | null;
      amount: string | null;
      noteMn: string | null;
      noteEn: string | null;
    }>(sql`
      select kind, rate::text, amount::text, note_mn as "noteMn", note_en as "noteEn"
      from project_loan_fees where loan_id = ${loanId} order by id`),
    db.query<{ start: string; end: string; rate: string }>(sql`
      select period_start as start, period_end as "end", rate::text from project_loan_base_rates
      where loan_id = ${loanId} order by period_start`),
    db.query<{
      slug: string;
      nameMn: string;
      nameEn: string | null;
      roleMn: string;
      roleEn: string;
      startsOn: string | null;
      endsOn: string | null;
    }>(sql`
      select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn", b.role_mn as "roleMn", b.role_en as "roleEn",
        b.starts_on as "startsOn", b.ends_on as "endsOn"
      from project_loan_board_members b join officials o on o.id = b.official_id
      where b.loan_id = ${loanId} order by b.starts_on nulls first, b.id`),
    db.query<{
      on: string;
      amount: string;
      rate: string;
      setOn: string;
      mnt: string;
      descriptionMn: string | null;
      descriptionEn: string | null;
    }>(sql`
      select disbursed_on as "on", amount::text, trim_scale(rate)::text as rate, rate_set_on as "setOn",
        amount_mnt::text as mnt, description_mn as "descriptionMn", description_en as "descriptionEn"
      from project_loan_disbursements where loan_id = ${loanId} order by disbursed_on, id`),
    db.query<{
      on: string;
      principal: string;
      interest: string;
      rate: string;
      setOn: string;
      mnt: string;
    }>(sql`
      select paid_on as "on", principal::text, interest::text, trim_scale(rate)::text as rate,
        rate_set_on as "setOn", amount_mnt::text as mnt
      from project_loan_repayments where loan_id = ${loanId} order by paid_on, id`),
  ]);
  return { fees, baseRates, board, disbursements, repayments };
}

/** The loans of a lender (the entity and those merged into it), newest first. */
export function loansOfLender(db: Queryable, entityId: number): Promise<Loan[]> {
  return db.query<Loan>(sql`select ${LOAN_COLUMNS} from (${loanRows}) d where d.lender_entity_id = ${entityId}
    order by d.agreement_on desc, d.id`);
}

/** The loans of a project, in order of signature. */
export function loansOfProject(db: Queryable, projectId: number): Promise<Loan[]> {
  return db.query<Loan>(sql`select ${LOAN_COLUMNS} from (${loanRows}) d where d.project_id = ${projectId}
    order by d.agreement_on, d.id`);
}

/** Every lender with loans: its entity, name, number of loans and committed amounts by currency. */
export function lenders(db: Queryable) {
  return db.query<{
    id: number;
    nameMn: string;
    nameEn: string;
    identifier: string | null;
    loans: number;
    totals: { currency: string; amount: string; disbursed: string }[];
  }>(sql`
    select d.lender_entity_id as id, min(d.lender_name_mn) as "nameMn", min(d.lender_name_en) as "nameEn",
      min(d.lender_identifier) as identifier, count(*)::int as loans,
      (select json_agg(json_build_object('currency', x.currency, 'amount', x.amount::text, 'disbursed', x.disbursed::text) order by x.currency)
       from (select currency, sum(amount::numeric) as amount, sum(disbursed::numeric) as disbursed from (${loanRows}) y
             where y.lender_entity_id = d.lender_entity_id group by currency) x) as totals
    from (${loanRows}) d group by d.lender_entity_id order by min(d.lender_name_en)`);
}
