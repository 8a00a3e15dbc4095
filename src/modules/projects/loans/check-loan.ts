import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { rateOn } from '../../../platform/exchange-rates.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isIsoDate, isSlug } from '../../../platform/patterns.ts';
import { minorUnits, REPAYMENT_METHODS, type RepaymentMethod } from '../codes.ts';
import { findLender } from './lenders.ts';
import type { LoanTerms } from './queries.ts';
import { checkStatedSchedule, toUnits } from './schedule.ts';

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

export type Context = Pick<ModuleContext, 'db' | 'country'>;

const text = (v: string | undefined) => (v ?? '').trim();
const orNull = (v: string | undefined) => text(v) || null;
const TIED = ['tied', 'partially-tied', 'untied'] as const;
const PER_YEAR = [1, 2, 4, 12] as const;
const DECIMAL = /^\d{1,18}(\.\d+)?$/;
const RATE = /^-?\d{1,4}(\.\d{1,4})?$/;

/**
 * A loan's values once every field passed its check: the loan's own columns (`LoanTerms`),
 * with the lender by its entity id, the repayment method narrowed to the known ones and the stated
 * schedule's lines, if any.
 */
export interface Checked extends Omit<LoanTerms, 'repaymentMethod'> {
  lenderId: number;
  repaymentMethod: RepaymentMethod | null;
  stated: { dueOn: string; principal: string; interest: string }[] | null;
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
export async function checkLoan(
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
