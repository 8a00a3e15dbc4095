/**
 * Writing a loan or a grant once `check-loan.ts` passed it: its row, its repayment schedule in the
 * terms' transaction, the audit entry and what it publishes.
 */
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  ok,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { minorUnits } from '../codes.ts';
import { type Checked, type Context, checkLoan, type LoanInput } from './check-loan.ts';
import { publishLoan } from './publish.ts';
import { findLoan, type Loan } from './queries.ts';
import { computeSchedule, fromUnits, type Instalment, ScheduleError, toUnits } from './schedule.ts';

/** The schedule's rows as stored: the computed or stated instalments with their basis. */
export interface ScheduleRow extends Instalment {
  basis: 'computed' | 'stated';
}

/** The terms a schedule is computed from, as the loan's row holds them. */
interface StoredTerms
  extends Pick<
    Checked,
    | 'amount'
    | 'currency'
    | 'agreementOn'
    | 'effectiveOn'
    | 'rateKind'
    | 'fixedRate'
    | 'margin'
    | 'maturityMonths'
    | 'graceMonths'
    | 'repaymentMethod'
    | 'paymentsPerYear'
    | 'firstRepaymentOn'
    | 'finalRepaymentOn'
  > {
  id: number;
}

/**
 * The loan's schedule from its stored terms and base rates. A variable rate takes, for each
 * period, the base rate recorded for the period it starts in (the latest recorded before it where
 * none is recorded for it yet: a projection) plus the margin; none recorded at all, the margin alone.
 */
export async function scheduleOf(tx: Queryable, loanId: number): Promise<Instalment[] | null> {
  const [t] = await tx.query<StoredTerms>(sql`
    select id, amount::text, currency, agreement_on as "agreementOn", effective_on as "effectiveOn",
      rate_kind as "rateKind", fixed_rate::text as "fixedRate", margin::text, maturity_months as "maturityMonths",
      grace_months as "graceMonths", repayment_method as "repaymentMethod", payments_per_year as "paymentsPerYear",
      first_repayment_on as "firstRepaymentOn", final_repayment_on as "finalRepaymentOn"
    from project_loans where id = ${loanId}`);
  if (!t?.rateKind || !t.repaymentMethod || t.repaymentMethod === 'other') return null;
  const base = await tx.query<{ start: string; rate: string }>(sql`
    select period_start as start, rate::text from project_loan_base_rates where loan_id = ${loanId}
    order by period_start`);
  const margin = Number(t.margin ?? 0);
  const rateFor = (periodStart: string) => {
    if (t.rateKind === 'fixed') return Number(t.fixedRate);
    const applying = base.filter((b) => b.start <= periodStart).at(-1) ?? base[0];
    return (applying ? Number(applying.rate) : 0) + margin;
  };
  return computeSchedule({
    amount: t.amount,
    currency: t.currency,
    start: t.effectiveOn ?? t.agreementOn,
    maturityMonths: t.maturityMonths!,
    graceMonths: t.graceMonths!,
    paymentsPerYear: t.paymentsPerYear as 1 | 2 | 4 | 12,
    method: t.repaymentMethod,
    rateFor,
    firstRepaymentOn: t.firstRepaymentOn,
    finalRepaymentOn: t.finalRepaymentOn,
  });
}

/**
 * Replaces the loan's stored schedule: the stated one as given, or the one computed from its
 * terms (none for a grant without terms). A `ScheduleError` becomes a refusal of its field.
 */
export async function storeSchedule(
  tx: Queryable,
  loanId: number,
  stated: Checked['stated'] | undefined,
): Promise<Result<number>> {
  let rows: ScheduleRow[] = [];
  if (stated) {
    const [loan] = await tx.query<{ amount: string; currency: string }>(
      sql`select amount::text, currency from project_loans where id = ${loanId}`,
    );
    const scale = minorUnits(loan!.currency);
    let owed = toUnits(loan!.amount, scale);
    rows = stated.map((r, i) => {
      owed -= toUnits(r.principal, scale);
      return {
        seq: i + 1,
        dueOn: r.dueOn,
        principal: r.principal,
        interest: r.interest,
        outstanding: fromUnits(owed, scale),
        basis: 'stated',
      };
    });
  } else {
    const [basis] = await tx.query<{ basis: string }>(
      sql`select basis from project_loan_schedule where loan_id = ${loanId} limit 1`,
    );
    // A stated schedule stays until another is stated or the terms are written again.
    if (basis?.basis === 'stated' && stated === undefined) return ok(0);
    try {
      rows = ((await scheduleOf(tx, loanId)) ?? []).map((i) => ({ ...i, basis: 'computed' as const }));
    } catch (error) {
      if (error instanceof ScheduleError) return refuse(error.field, error.key);
      throw error;
    }
  }
  await tx.query(sql`delete from project_loan_schedule where loan_id = ${loanId}`);
  if (rows.length > 0)
    await tx.query(sql`
      insert into project_loan_schedule (loan_id, seq, due_on, principal, interest, outstanding, basis)
      select ${loanId}, seq, due_on, principal, interest, outstanding, basis
      from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ seq: r.seq, due_on: r.dueOn, principal: r.principal, interest: r.interest, outstanding: r.outstanding, basis: r.basis })))}::jsonb)
        as x(seq int, due_on date, principal numeric, interest numeric, outstanding numeric, basis text)`);
  return ok(rows.length);
}

/** The columns of a checked loan, for insert and update alike. */
const values = (c: Checked) => [
  c.organizationId,
  c.kind,
  c.lenderId,
  c.projectId,
  c.titleMn,
  c.titleEn,
  c.agreementNumber,
  c.agreementOn,
  c.effectiveOn,
  c.closingOn,
  c.amount,
  c.currency,
  c.concessional,
  c.tiedStatus,
  c.rateKind,
  c.fixedRate,
  c.baseRateName,
  c.margin,
  c.maturityMonths,
  c.graceMonths,
  c.repaymentMethod,
  c.paymentsPerYear,
  c.firstRepaymentOn,
  c.finalRepaymentOn,
  c.conditionsMn,
  c.conditionsEn,
];

async function writeChecked(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  c: Checked,
  current: Loan | undefined,
): Promise<Result<number>> {
  const v = values(c);
  const [
    org,
    kind,
    lender,
    project,
    tMn,
    tEn,
    num,
    agr,
    eff,
    clo,
    amt,
    cur,
    con,
    tied,
    rk,
    fr,
    brn,
    mar,
    mat,
    gr,
    rm,
    ppy,
    first,
    final,
    cMn,
    cEn,
  ] = v;
  let id: number;
  if (!current) {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into project_loans (slug, organization_id, kind, lender_entity_id, project_id, title_mn, title_en,
        agreement_number, agreement_on, effective_on, closing_on, amount, currency, concessional, tied_status,
        rate_kind, fixed_rate, base_rate_name, margin, maturity_months, grace_months, repayment_method,
        payments_per_year, first_repayment_on, final_repayment_on, conditions_mn, conditions_en, created_at, updated_at)
      values (${c.slug}, ${org}, ${kind}, ${lender}, ${project}, ${tMn}, ${tEn}, ${num}, ${agr}, ${eff}, ${clo},
        ${amt}::numeric, ${cur}, ${con}, ${tied}, ${rk}, ${fr}::numeric, ${brn}, ${mar}::numeric, ${mat}, ${gr}, ${rm},
        ${ppy}, ${first}, ${final}, ${cMn}, ${cEn}, ${meta.now}, ${meta.now})
      on conflict (slug) do nothing returning id`);
    if (!row) return refuse('slug', 'projects.error.slugTaken', { slug: c.slug });
    id = Number(row.id);
  } else {
    // What was drawn and repaid stays within the new amount.
    const [drawn] = await tx.query<{ over: boolean }>(sql`
      select coalesce(sum(amount), 0) > ${amt}::numeric as over from project_loan_disbursements where loan_id = ${current.id}`);
    if (drawn?.over) return refuse('amount', 'projects.loan.error.amountBelowDrawn');
    const [row] = await tx.query<{ id: number }>(sql`
      update project_loans set slug = ${c.slug}, organization_id = ${org}, kind = ${kind}, lender_entity_id = ${lender},
        project_id = ${project}, title_mn = ${tMn}, title_en = ${tEn}, agreement_number = ${num}, agreement_on = ${agr},
        effective_on = ${eff}, closing_on = ${clo}, amount = ${amt}::numeric, currency = ${cur}, concessional = ${con},
        tied_status = ${tied}, rate_kind = ${rk}, fixed_rate = ${fr}::numeric, base_rate_name = ${brn},
        margin = ${mar}::numeric, maturity_months = ${mat}, grace_months = ${gr}, repayment_method = ${rm},
        payments_per_year = ${ppy}, first_repayment_on = ${first}, final_repayment_on = ${final},
        conditions_mn = ${cMn}, conditions_en = ${cEn}, updated_at = ${meta.now}
      where id = ${current.id}
        and not exists (select 1 from project_loans o where o.slug = ${c.slug} and o.id <> ${current.id})
      returning id`);
    if (!row) return refuse('slug', 'projects.error.slugTaken', { slug: c.slug });
    id = current.id;
  }
  const scheduled = await storeSchedule(tx, id, c.stated);
  if (!scheduled.ok) return scheduled;
  await recordAudit(tx, {
    actor,
    role: auditRole(actor, c.organizationId, 'projects.loans.write'),
    action: current ? 'projects.loans.update' : 'projects.loans.create',
    subject: { type: 'project-loan', id },
    ip: meta.ip,
    requestId: meta.requestId,
    details: { slug: c.slug, amount: c.amount, currency: c.currency, instalments: scheduled.value },
  });
  return ok(id);
}

/**
 * Records a loan or grant: every field checked (each problem naming its field), the actor's grant
 * at the borrowing body checked (403), then in one transaction the loan, its repayment schedule
 * (computed from the terms, or the agreement's own, checked to repay the principal), the audit
 * entry, the datasets' versions and the search document. Nothing is stored when anything is refused.
 */
export async function createLoan(
  ctx: Context,
  actor: Actor,
  input: LoanInput,
  meta: RequestMeta,
): Promise<Result<Loan>> {
  const checked = await checkLoan(ctx, actor, input);
  if (!checked.ok) return checked;
  return refusableTransaction(ctx.db, async (tx) => {
    const written = await writeChecked(tx, actor, meta, checked.value, undefined);
    if (!written.ok) return written;
    await publishLoan(tx, actor, written.value);
    return ok((await findLoan(tx, checked.value.slug))!);
  });
}

/** Changes a loan (the same checks; the actor's grant at its body before and after), its schedule recomputed. */
export async function updateLoan(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: LoanInput,
  meta: RequestMeta,
): Promise<Result<Loan>> {
  const current = await findLoan(ctx.db, slug);
  if (!current) throw notFound(`no loan "${slug}"`);
  authorize(actor, 'projects.loans.write', { organizationId: current.organizationId });
  const checked = await checkLoan(ctx, actor, input);
  if (!checked.ok) return checked;
  return refusableTransaction(ctx.db, async (tx) => {
    const written = await writeChecked(tx, actor, meta, checked.value, current);
    if (!written.ok) return written;
    await publishLoan(tx, actor, written.value, current.slug);
    return ok((await findLoan(tx, checked.value.slug))!);
  });
}
