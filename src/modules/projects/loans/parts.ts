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
import { toNationalCurrency } from '../../../platform/exchange-rates.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { minorUnits } from '../codes.ts';
import { publishLoan } from './publish.ts';
import { findLoan, type Loan } from './queries.ts';
import { toUnits } from './schedule.ts';
import { storeSchedule } from './write-loan.ts';

/**
 * The parts of a loan recorded after its agreement: disbursements and repayments (each with the
 * platform's rate on its date and the tögrög amount), the base rate of each period of a variable
 * rate (the schedule recomputed), fees and the board. Each is checked field by field, authorised
 * against the loan's borrowing body, and written with its audit entry, the datasets' versions and
 * the loan's search document in one transaction.
 */

type Context = Pick<ModuleContext, 'db' | 'country'>;
const text = (v: string | undefined) => (v ?? '').trim();
const DECIMAL = /^\d{1,18}(\.\d+)?$/;
const RATE = /^-?\d{1,4}(\.\d{1,4})?$/;

/** An amount of the loan's currency in its smallest unit, or null with the problem pushed. */
function units(
  value: string,
  loan: Loan,
  field: string,
  problems: FieldProblem[],
  positive: boolean,
): bigint | null {
  const v = value.replace(/[\s,]/g, '');
  const scale = minorUnits(loan.currency);
  if (!DECIMAL.test(v)) {
    problems.push(problem(field, 'projects.loan.error.amount'));
    return null;
  }
  try {
    const u = toUnits(v, scale);
    if (positive && u <= 0n) {
      problems.push(problem(field, 'projects.loan.error.amount'));
      return null;
    }
    return u;
  } catch {
    problems.push(
      problem(field, 'projects.loan.error.amountUnit', { currency: loan.currency, decimals: scale }),
    );
    return null;
  }
}

/** The loan, and the actor's right to write for its body (404 for no loan, 403 for another's). */
async function loanFor(db: Queryable, actor: Actor, slug: string): Promise<Loan> {
  const loan = await findLoan(db, slug);
  if (!loan) throw notFound(`no loan "${slug}"`);
  authorize(actor, 'projects.loans.write', { organizationId: loan.organizationId });
  return loan;
}

/** One write of a loan's part: the change, the audit entry, the datasets' versions, in one transaction. */
function writePart<T>(
  ctx: Context,
  actor: Actor,
  meta: RequestMeta,
  loan: Loan,
  action: string,
  details: Record<string, unknown>,
  write: (tx: Queryable) => Promise<Result<T>>,
): Promise<Result<T>> {
  return refusableTransaction(ctx.db, async (tx) => {
    // The loan locked: two disbursements at once cannot together pass its amount.
    await tx.query(sql`select id from project_loans where id = ${loan.id} for update`);
    const written = await write(tx);
    if (!written.ok) return written;
    await tx.query(sql`update project_loans set updated_at = ${meta.now} where id = ${loan.id}`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, loan.organizationId, 'projects.loans.write'),
      action,
      subject: { type: 'project-loan', id: loan.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { loan: loan.slug, ...details },
    });
    await publishLoan(tx, actor, loan.id);
    return written;
  });
}

/** A date field: a real day, not before the agreement; the problem pushed otherwise. */
function day(value: string | undefined, field: string, loan: Loan, problems: FieldProblem[]): string | null {
  const v = text(value);
  if (!isIsoDate(v)) {
    problems.push(problem(field, 'projects.loan.error.date'));
    return null;
  }
  if (v < loan.agreementOn) {
    problems.push(problem(field, 'projects.loan.error.beforeAgreement'));
    return null;
  }
  return v;
}

export interface DisbursementInput {
  disbursedOn: string;
  amount: string;
  descriptionMn?: string | undefined;
  descriptionEn?: string | undefined;
}

/**
 * Records a disbursement: refused on `amount` when it would take the drawn total past the loan's
 * amount, on `disbursedOn` when the platform has no rate for the loan's currency on that day.
 */
export async function recordDisbursement(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: DisbursementInput,
  meta: RequestMeta,
): Promise<Result<{ id: number; amountMnt: string }>> {
  const loan = await loanFor(ctx.db, actor, slug);
  const problems: FieldProblem[] = [];
  const on = day(input.disbursedOn, 'disbursedOn', loan, problems);
  const amount = units(text(input.amount), loan, 'amount', problems, true);
  const [descriptionMn, descriptionEn] = [
    text(input.descriptionMn) || null,
    text(input.descriptionEn) || null,
  ];
  for (const [field, value] of [
    ['descriptionMn', descriptionMn],
    ['descriptionEn', descriptionEn],
  ] as const)
    if ((value?.length ?? 0) > 1000) problems.push(problem(field, 'projects.error.tooLong', { max: 1000 }));
  if (problems.length > 0) return refuse(problems);
  const value = text(input.amount).replace(/[\s,]/g, '');
  return writePart(ctx, actor, meta, loan, 'projects.loans.disburse', { amount: value, on }, async (tx) => {
    const scale = minorUnits(loan.currency);
    const [drawn] = await tx.query<{ total: string }>(
      sql`select coalesce(sum(amount), 0)::text as total from project_loan_disbursements where loan_id = ${loan.id}`,
    );
    const left = toUnits(loan.amount, scale) - toUnits(drawn!.total, scale);
    if (amount! > left)
      return refuse('amount', 'projects.loan.error.beyondAmount', {
        amount: loan.amount,
        drawn: drawn!.total,
        currency: loan.currency,
      });
    const mnt = await toNationalCurrency(tx, ctx.country, value, loan.currency, on!);
    if (!mnt)
      return refuse('disbursedOn', 'projects.loan.error.noRate', { currency: loan.currency, date: on! });
    const [row] = await tx.query<{ id: number }>(sql`
      insert into project_loan_disbursements (loan_id, disbursed_on, amount, rate, rate_set_on, amount_mnt,
        description_mn, description_en, created_at)
      values (${loan.id}, ${on}, ${value}::numeric, ${mnt.rate.perUnit}::numeric, ${mnt.rate.setOn}, ${mnt.amount}::numeric,
        ${descriptionMn}, ${descriptionEn}, ${meta.now})
      returning id`);
    return ok({ id: Number(row!.id), amountMnt: mnt.amount });
  });
}

export interface RepaymentInput {
  paidOn: string;
  principal: string;
  interest: string;
}

/**
 * Records a repayment: principal and interest in the loan's currency, the tögrög at the rate on the
 * day; refused on `principal` when the principal repaid would pass what was drawn.
 */
export async function recordRepayment(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: RepaymentInput,
  meta: RequestMeta,
): Promise<Result<{ id: number; amountMnt: string }>> {
  const loan = await loanFor(ctx.db, actor, slug);
  const problems: FieldProblem[] = [];
  const on = day(input.paidOn, 'paidOn', loan, problems);
  const principal = units(text(input.principal) || '0', loan, 'principal', problems, false);
  const interest = units(text(input.interest) || '0', loan, 'interest', problems, false);
  if (principal !== null && interest !== null && principal + interest <= 0n)
    problems.push(problem('principal', 'projects.loan.error.repaymentEmpty'));
  if (problems.length > 0) return refuse(problems);
  const [p, i] = [text(input.principal) || '0', text(input.interest) || '0'].map((v) =>
    v.replace(/[\s,]/g, ''),
  );
  return writePart(
    ctx,
    actor,
    meta,
    loan,
    'projects.loans.repay',
    { principal: p, interest: i, on },
    async (tx) => {
      const scale = minorUnits(loan.currency);
      const [totals] = await tx.query<{ drawn: string; repaid: string }>(sql`
      select coalesce((select sum(amount) from project_loan_disbursements where loan_id = ${loan.id}), 0)::text as drawn,
        coalesce((select sum(principal) from project_loan_repayments where loan_id = ${loan.id}), 0)::text as repaid`);
      if (toUnits(totals!.repaid, scale) + principal! > toUnits(totals!.drawn, scale))
        return refuse('principal', 'projects.loan.error.beyondDrawn', {
          drawn: totals!.drawn,
          repaid: totals!.repaid,
          currency: loan.currency,
        });
      const [sum] = await tx.query<{ total: string }>(
        sql`select (${p}::numeric + ${i}::numeric)::text as total`,
      );
      const mnt = await toNationalCurrency(tx, ctx.country, sum!.total, loan.currency, on!);
      if (!mnt) return refuse('paidOn', 'projects.loan.error.noRate', { currency: loan.currency, date: on! });
      const [row] = await tx.query<{ id: number }>(sql`
      insert into project_loan_repayments (loan_id, paid_on, principal, interest, rate, rate_set_on, amount_mnt, created_at)
      values (${loan.id}, ${on}, ${p}::numeric, ${i}::numeric, ${mnt.rate.perUnit}::numeric, ${mnt.rate.setOn},
        ${mnt.amount}::numeric, ${meta.now})
      returning id`);
      return ok({ id: Number(row!.id), amountMnt: mnt.amount });
    },
  );
}

export interface BaseRateInput {
  periodStart: string;
  periodEnd: string;
  rate: string;
}

/**
 * Records the base rate of a period of a variable-rate loan (replacing one recorded for the same
 * start) and recomputes the schedule from it, unless the agreement stated its own.
 */
export async function recordBaseRate(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: BaseRateInput,
  meta: RequestMeta,
): Promise<Result<number>> {
  const loan = await loanFor(ctx.db, actor, slug);
  if (loan.rateKind !== 'variable') return refuse('rate', 'projects.loan.error.notVariable');
  const problems: FieldProblem[] = [];
  const start = text(input.periodStart);
  const end = text(input.periodEnd);
  if (!isIsoDate(start)) problems.push(problem('periodStart', 'projects.loan.error.date'));
  if (!isIsoDate(end)) problems.push(problem('periodEnd', 'projects.loan.error.date'));
  else if (isIsoDate(start) && end <= start)
    problems.push(problem('periodEnd', 'projects.loan.error.periodEnd'));
  const rate = text(input.rate);
  if (!RATE.test(rate)) problems.push(problem('rate', 'projects.loan.error.rate'));
  if (problems.length > 0) return refuse(problems);
  return writePart(ctx, actor, meta, loan, 'projects.loans.base-rate', { start, end, rate }, async (tx) => {
    const [overlap] = await tx.query(sql`
      select 1 from project_loan_base_rates where loan_id = ${loan.id} and period_start <> ${start}
        and period_start < ${end}::date and period_end > ${start}::date`);
    if (overlap) return refuse('periodStart', 'projects.loan.error.periodOverlap');
    await tx.query(sql`
      insert into project_loan_base_rates (loan_id, period_start, period_end, rate)
      values (${loan.id}, ${start}, ${end}, ${rate}::numeric)
      on conflict (loan_id, period_start) do update set period_end = excluded.period_end, rate = excluded.rate`);
    return storeSchedule(tx, loan.id, undefined);
  });
}

export const FEE_KINDS = ['commitment', 'front-end', 'management', 'guarantee', 'service', 'other'] as const;

export interface FeeInput {
  kind: string;
  rate?: string | undefined;
  amount?: string | undefined;
  noteMn?: string | undefined;
  noteEn?: string | undefined;
}

/** Records a fee: a rate in percent or an amount in the loan's currency, one of the two. */
export async function recordFee(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: FeeInput,
  meta: RequestMeta,
): Promise<Result<number>> {
  const loan = await loanFor(ctx.db, actor, slug);
  const problems: FieldProblem[] = [];
  if (!(FEE_KINDS as readonly string[]).includes(input.kind))
    problems.push(problem('kind', 'projects.loan.error.feeKind'));
  const rate = text(input.rate) || null;
  const amount = text(input.amount).replace(/[\s,]/g, '') || null;
  if ((rate === null) === (amount === null)) problems.push(problem('rate', 'projects.loan.error.feeOneOf'));
  else if (rate !== null && (!RATE.test(rate) || Number(rate) < 0))
    problems.push(problem('rate', 'projects.loan.error.rate'));
  else if (amount !== null) units(amount, loan, 'amount', problems, false);
  const [noteMn, noteEn] = [text(input.noteMn) || null, text(input.noteEn) || null];
  for (const [field, value] of [
    ['noteMn', noteMn],
    ['noteEn', noteEn],
  ] as const)
    if ((value?.length ?? 0) > 1000) problems.push(problem(field, 'projects.error.tooLong', { max: 1000 }));
  if (problems.length > 0) return refuse(problems);
  return writePart(
    ctx,
    actor,
    meta,
    loan,
    'projects.loans.fee',
    { kind: input.kind, rate, amount },
    async (tx) => {
      const [row] = await tx.query<{ id: number }>(sql`
      insert into project_loan_fees (loan_id, kind, rate, amount, note_mn, note_en)
      values (${loan.id}, ${input.kind}, ${rate}::numeric, ${amount}::numeric, ${noteMn}, ${noteEn}) returning id`);
      return ok(Number(row!.id));
    },
  );
}

export interface BoardMemberInput {
  official: string;
  roleMn: string;
  roleEn: string;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
}

/** Records a member of the loan's board: an official of the register (by slug) with a role in both languages. */
export async function recordBoardMember(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: BoardMemberInput,
  meta: RequestMeta,
): Promise<Result<number>> {
  const loan = await loanFor(ctx.db, actor, slug);
  const problems: FieldProblem[] = [];
  const [official] = await ctx.db.query<{ id: number }>(
    sql`select id from officials where slug = ${text(input.official)}`,
  );
  if (!official)
    problems.push(problem('official', 'projects.loan.error.official', { slug: text(input.official) }));
  const [roleMn, roleEn] = [text(input.roleMn), text(input.roleEn)];
  for (const [field, value] of [
    ['roleMn', roleMn],
    ['roleEn', roleEn],
  ] as const) {
    if (value === '') problems.push(problem(field, 'projects.loan.error.role'));
    else if (value.length > 200) problems.push(problem(field, 'projects.error.tooLong', { max: 200 }));
  }
  const startsOn = text(input.startsOn) || null;
  const endsOn = text(input.endsOn) || null;
  if (startsOn && !isIsoDate(startsOn)) problems.push(problem('startsOn', 'projects.loan.error.date'));
  if (endsOn && !isIsoDate(endsOn)) problems.push(problem('endsOn', 'projects.loan.error.date'));
  else if (startsOn && endsOn && endsOn < startsOn)
    problems.push(problem('endsOn', 'projects.loan.error.periodEnd'));
  if (problems.length > 0) return refuse(problems);
  return writePart(
    ctx,
    actor,
    meta,
    loan,
    'projects.loans.board',
    { official: text(input.official), roleEn },
    async (tx) => {
      const [row] = await tx.query<{ id: number }>(sql`
      insert into project_loan_board_members (loan_id, official_id, role_mn, role_en, starts_on, ends_on)
      values (${loan.id}, ${official!.id}, ${roleMn}, ${roleEn}, ${startsOn}, ${endsOn})
      on conflict (loan_id, official_id, role_mn) do nothing returning id`);
      if (!row) return refuse('official', 'projects.loan.error.boardTwice');
      return ok(Number(row.id));
    },
  );
}
