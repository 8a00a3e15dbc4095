import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { rateOn } from '../../../platform/exchange-rates.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isIsoDate, isSlug } from '../../../platform/patterns.ts';
import { minorUnits, REPAYMENT_METHODS, type RepaymentMethod } from '../codes.ts';
import { findLender } from './lenders.ts';
import { publishLoan } from './publish.ts';
import { findLoan, type Loan } from './queries.ts';
import {
  checkStatedSchedule,
  computeSchedule,
  fromUnits,
  type Instalment,
  ScheduleError,
  toUnits,
} from './schedule.ts';

/**
 * What the form and the API send to write a loan or a grant: every value as text (empty for none).
 * `lender` is a legal entity's id, the pack's lender by IATI identifier, or `scheme:identifier`;
 * `project` a project's slug. `statedSchedule`, where the agreement sets its own schedule, is one
 * instalment a line: `YYYY-MM-DD principal interest`.
 */
export interface LoanInput {
  organization: string;
  slug: string;
  kind: string;
  lender: string;
  project?: string | undefined;
  titleMn: string;
  titleEn: string;
  agreementNumber?: string | undefined;
  agreementOn: string;
  effectiveOn?: string | undefined;
  closingOn?: string | undefined;
  amount: string;
  currency: string;
  concessional?: string | boolean | undefined;
  tiedStatus?: string | undefined;
  rateKind?: string | undefined;
  fixedRate?: string | undefined;
  baseRateName?: string | undefined;
  margin?: string | undefined;
  maturityMonths?: string | undefined;
  graceMonths?: string | undefined;
  repaymentMethod?: string | undefined;
  paymentsPerYear?: string | undefined;
  firstRepaymentOn?: string | undefined;
  finalRepaymentOn?: string | undefined;
  conditionsMn?: string | undefined;
  conditionsEn?: string | undefined;
  statedSchedule?: string | undefined;
}

type Context = Pick<ModuleContext, 'db' | 'country'>;

const text = (v: string | undefined) => (v ?? '').trim();
const orNull = (v: string | undefined) => text(v) || null;
const TIED = ['tied', 'partially-tied', 'untied'] as const;
const PER_YEAR = [1, 2, 4, 12] as const;
const DECIMAL = /^\d{1,18}(\.\d+)?$/;
const RATE = /^-?\d{1,4}(\.\d{1,4})?$/;

/**
 * A loan's values once every field passed its check: the loan's own columns as `Loan` reads them,
 * with the lender by its entity id, the repayment method narrowed to the known ones and the stated
 * schedule's lines, if any.
 */
interface Checked
  extends Pick<
    Loan,
    | 'organizationId'
    | 'slug'
    | 'kind'
    | 'projectId'
    | 'titleMn'
    | 'titleEn'
    | 'agreementNumber'
    | 'agreementOn'
    | 'effectiveOn'
    | 'closingOn'
    | 'amount'
    | 'currency'
    | 'concessional'
    | 'tiedStatus'
    | 'rateKind'
    | 'fixedRate'
    | 'baseRateName'
    | 'margin'
    | 'maturityMonths'
    | 'graceMonths'
    | 'paymentsPerYear'
    | 'firstRepaymentOn'
    | 'finalRepaymentOn'
    | 'conditionsMn'
    | 'conditionsEn'
  > {
  lenderId: number;
  repaymentMethod: RepaymentMethod | null;
  stated: { dueOn: string; principal: string; interest: string }[] | null;
}

/** The schedule's rows as stored: the computed or stated instalments with their basis. */
export interface ScheduleRow extends Instalment {
  basis: 'computed' | 'stated';
}

/** Reads `YYYY-MM-DD principal interest` lines; a bad line is a problem of `statedSchedule` naming it. */
function readStated(value: string): { rows: Checked['stated']; problem: FieldProblem | null } {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return { rows: null, problem: null };
  const rows: NonNullable<Checked['stated']> = [];
  for (const [index, line] of lines.entries()) {
    const [dueOn = '', principal = '', interest = ''] = line.split(/[\s,;]+/);
    if (!isIsoDate(dueOn) || !DECIMAL.test(principal) || !DECIMAL.test(interest))
      return {
        rows: null,
        problem: problem('statedSchedule', 'projects.loan.error.scheduleLine', { line: index + 1 }),
      };
    rows.push({ dueOn, principal, interest });
  }
  return { rows, problem: null };
}

/** A whole number of months from text, or null (empty) or NaN (not one). */
const months = (v: string | undefined): number | null => {
  const t = text(v);
  if (t === '') return null;
  return /^\d{1,4}$/.test(t) ? Number(t) : Number.NaN;
};

/**
 * Every field of a loan checked, each problem naming its field; the actor's right to write for the
 * organisation checked (403).
 */
async function checkLoan(
  ctx: Context & { db: Queryable },
  actor: Actor,
  input: LoanInput,
): Promise<Result<Checked>> {
  const problems: FieldProblem[] = [];
  const [organization] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${text(input.organization)}`,
  );
  if (!organization) return refuse('organization', 'projects.error.organization');
  authorize(actor, 'projects.loans.write', { organizationId: Number(organization.id) });
  const slug = text(input.slug);
  if (!isSlug(slug) || slug.length > 100) problems.push(problem('slug', 'projects.error.slug'));
  const kind = input.kind === 'loan' || input.kind === 'grant' ? input.kind : null;
  if (!kind) problems.push(problem('kind', 'projects.loan.error.kind'));
  const lenderId = await findLender(ctx.db, ctx.country, input.lender ?? '');
  if (lenderId === undefined) problems.push(problem('lender', 'projects.loan.error.lender'));
  let projectId: number | null = null;
  if (text(input.project) !== '') {
    const [project] = await ctx.db.query<{ id: number }>(
      sql`select id from projects where slug = ${text(input.project)}`,
    );
    if (project) projectId = Number(project.id);
    else problems.push(problem('project', 'projects.loan.error.project', { slug: text(input.project) }));
  }
  const [titleMn, titleEn] = [text(input.titleMn), text(input.titleEn)];
  for (const [field, value] of [
    ['titleMn', titleMn],
    ['titleEn', titleEn],
  ] as const) {
    if (value === '') problems.push(problem(field, 'projects.error.nameMissing'));
    else if (value.length > 300) problems.push(problem(field, 'projects.error.tooLong', { max: 300 }));
  }
  const agreementNumber = orNull(input.agreementNumber);
  if ((agreementNumber?.length ?? 0) > 100)
    problems.push(problem('agreementNumber', 'projects.error.tooLong', { max: 100 }));
  const dates: Record<
    'agreementOn' | 'effectiveOn' | 'closingOn' | 'firstRepaymentOn' | 'finalRepaymentOn',
    string | null
  > = {
    agreementOn: orNull(input.agreementOn),
    effectiveOn: orNull(input.effectiveOn),
    closingOn: orNull(input.closingOn),
    firstRepaymentOn: orNull(input.firstRepaymentOn),
    finalRepaymentOn: orNull(input.finalRepaymentOn),
  };
  for (const [field, value] of Object.entries(dates))
    if (value !== null && !isIsoDate(value)) {
      problems.push(problem(field, 'projects.loan.error.date'));
      dates[field as keyof typeof dates] = null;
    }
  if (text(input.agreementOn) === '')
    problems.push(problem('agreementOn', 'projects.loan.error.agreementOn'));
  const agreementOn = dates.agreementOn;
  for (const field of ['effectiveOn', 'closingOn'] as const)
    if (agreementOn && dates[field] && dates[field]! < agreementOn)
      problems.push(problem(field, 'projects.loan.error.beforeAgreement'));
  const currency = text(input.currency).toUpperCase();
  let scale: number | null = null;
  if (!/^[A-Z]{3}$/.test(currency)) problems.push(problem('currency', 'projects.loan.error.currency'));
  else {
    try {
      scale = minorUnits(currency);
    } catch {
      problems.push(problem('currency', 'projects.loan.error.currency'));
    }
  }
  const amount = text(input.amount).replace(/[\s,]/g, '');
  let amountOk = false;
  if (!DECIMAL.test(amount) || Number(amount) <= 0)
    problems.push(problem('amount', 'projects.loan.error.amount'));
  else if (scale !== null) {
    try {
      toUnits(amount, scale);
      amountOk = true;
    } catch {
      problems.push(problem('amount', 'projects.loan.error.amountUnit', { currency, decimals: scale }));
    }
  }
  // The currency must have a rate in the platform's register on the date of the agreement, so
  // that the loan's commitment has a tögrög equivalent.
  if (scale !== null && agreementOn && !(await rateOn(ctx.db, ctx.country, currency, agreementOn)))
    problems.push(problem('currency', 'projects.loan.error.noRate', { currency, date: agreementOn }));
  const tiedStatus = orNull(input.tiedStatus);
  if (tiedStatus && !(TIED as readonly string[]).includes(tiedStatus))
    problems.push(problem('tiedStatus', 'projects.loan.error.tiedStatus'));
  const conditionsMn = orNull(input.conditionsMn);
  const conditionsEn = orNull(input.conditionsEn);
  for (const [field, value] of [
    ['conditionsMn', conditionsMn],
    ['conditionsEn', conditionsEn],
  ] as const)
    if ((value?.length ?? 0) > 20000) problems.push(problem(field, 'projects.error.tooLong', { max: 20000 }));

  // The terms: required of a loan, optional for a grant (a grant may still state them all).
  const rateKindText = orNull(input.rateKind);
  const rateKind = rateKindText === 'fixed' || rateKindText === 'variable' ? rateKindText : null;
  const termsGiven = kind === 'loan' || rateKindText !== null;
  if (termsGiven && !rateKind) problems.push(problem('rateKind', 'projects.loan.error.rateKind'));
  const fixedRate = rateKind === 'fixed' ? text(input.fixedRate) : null;
  if (rateKind === 'fixed' && (!RATE.test(fixedRate!) || Number(fixedRate) < 0))
    problems.push(problem('fixedRate', 'projects.loan.error.rate'));
  const baseRateName = rateKind === 'variable' ? text(input.baseRateName) : null;
  if (rateKind === 'variable' && (baseRateName === '' || baseRateName!.length > 100))
    problems.push(problem('baseRateName', 'projects.loan.error.baseRateName'));
  const margin = rateKind === 'variable' ? text(input.margin) : null;
  if (rateKind === 'variable' && !RATE.test(margin!))
    problems.push(problem('margin', 'projects.loan.error.rate'));
  const maturityMonths = months(input.maturityMonths);
  const graceMonths = months(input.graceMonths);
  if (termsGiven && (maturityMonths === null || Number.isNaN(maturityMonths) || maturityMonths <= 0))
    problems.push(problem('maturityMonths', 'projects.loan.error.maturity'));
  if (termsGiven && (graceMonths === null || Number.isNaN(graceMonths)))
    problems.push(problem('graceMonths', 'projects.loan.error.grace'));
  else if (
    graceMonths !== null &&
    maturityMonths !== null &&
    !Number.isNaN(maturityMonths) &&
    graceMonths >= maturityMonths
  )
    problems.push(problem('graceMonths', 'projects.loan.error.graceBeyondMaturity'));
  const methodText = orNull(input.repaymentMethod);
  const repaymentMethod = (REPAYMENT_METHODS as readonly string[]).includes(methodText ?? '')
    ? (methodText as RepaymentMethod)
    : null;
  if (termsGiven && !repaymentMethod) problems.push(problem('repaymentMethod', 'projects.loan.error.method'));
  const perYearText = text(input.paymentsPerYear);
  const paymentsPerYear = (PER_YEAR as readonly number[]).includes(Number(perYearText))
    ? Number(perYearText)
    : null;
  if (termsGiven && !paymentsPerYear)
    problems.push(problem('paymentsPerYear', 'projects.loan.error.perYear'));
  const stated = readStated(input.statedSchedule ?? '');
  if (stated.problem) problems.push(stated.problem);
  if (repaymentMethod === 'other' && !stated.rows && !stated.problem)
    problems.push(problem('statedSchedule', 'projects.loan.error.scheduleNeeded'));
  if (stated.rows && amountOk && scale !== null) {
    const wrong = checkStatedSchedule(amount, currency, stated.rows);
    if (wrong)
      problems.push(
        problem(
          'statedSchedule',
          wrong.key,
          wrong.index === null ? { amount, currency } : { line: wrong.index + 1 },
        ),
      );
  }
  if (problems.length > 0) return refuse(problems);
  return ok({
    organizationId: Number(organization.id),
    slug,
    kind: kind!,
    lenderId: lenderId!,
    projectId,
    titleMn,
    titleEn,
    agreementNumber,
    agreementOn: agreementOn!,
    effectiveOn: dates.effectiveOn,
    closingOn: dates.closingOn,
    amount,
    currency,
    concessional: input.concessional === true || input.concessional === '1' || input.concessional === 'true',
    tiedStatus,
    rateKind,
    fixedRate,
    baseRateName,
    margin,
    maturityMonths: termsGiven ? maturityMonths : null,
    graceMonths: termsGiven ? graceMonths : null,
    repaymentMethod: termsGiven ? repaymentMethod : null,
    paymentsPerYear: termsGiven ? paymentsPerYear : null,
    firstRepaymentOn: dates.firstRepaymentOn,
    finalRepaymentOn: dates.finalRepaymentOn,
    conditionsMn,
    conditionsEn,
    stated: stated.rows,
  });
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
