/**
 * The repayment schedule of a loan, computed from its terms in the loan's currency, exact to its
 * smallest unit (0 decimals for the yen, 2 for the dollar): amounts are integers of that unit
 * (`bigint`) while computing, and decimal strings outside.
 *
 * Conventions (the page states them beside the schedule):
 * - the whole amount is taken as owed from the start date (the effective date, else the date of
 *   the agreement): the schedule is the agreement's plan, not a forecast of drawing;
 * - instalments fall every 12 / `paymentsPerYear` months from the start; interest is due at each,
 *   at the annual rate divided by the payments a year (30/360), rounded half up to the unit; where
 *   the agreement's stated first repayment date leaves a shorter first period (a stub), its
 *   interest is for its days counted 30E/360, not for a whole period;
 * - no principal falls due during the grace period: the first principal instalment is one period
 *   after it ends (or on the agreement's stated first repayment date), the last on the date of
 *   maturity (or the stated final date), so 25 years with 9 of grace paid half-yearly is 32
 *   instalments;
 * - equal principal: the amount divided by the instalments, rounded down to the unit, the
 *   remainder in the last; annuity: one payment P = L·r / (1 − (1 + r)^−n) rounded to the unit,
 *   interest first and principal the rest, the last instalment clearing what is left (with a
 *   variable rate, P is recomputed on the balance whenever the period's rate changes); lump sum:
 *   the whole principal at the last instalment; at a rate of 0, annuity is equal principal.
 */
import type { RepaymentMethod } from '../codes.ts';
import { minorUnits } from '../codes.ts';

export interface ScheduleTerms {
  amount: string;
  currency: string;
  /** `YYYY-MM-DD`: interest runs from here and instalments are counted from here. */
  start: string;
  maturityMonths: number;
  graceMonths: number;
  paymentsPerYear: 1 | 2 | 4 | 12;
  method: Exclude<RepaymentMethod, 'other'>;
  /** Percent a year for the period that starts on `periodStart` (a fixed rate returns the same). */
  rateFor: (periodStart: string) => number;
  firstRepaymentOn?: string | null;
  finalRepaymentOn?: string | null;
}

export interface Instalment {
  seq: number;
  dueOn: string;
  principal: string;
  interest: string;
  /** Principal still owed after it. */
  outstanding: string;
}

/** A reason the terms give no schedule, naming the field. */
export type ScheduleField =
  | 'graceMonths'
  | 'maturityMonths'
  | 'paymentsPerYear'
  | 'firstRepaymentOn'
  | 'finalRepaymentOn';
export class ScheduleError extends Error {
  readonly field: ScheduleField;
  readonly key: string;
  constructor(field: ScheduleField, key: string) {
    super(`${field}: ${key}`);
    this.field = field;
    this.key = key;
  }
}

/** The date `months` after `date`, on the same day or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A decimal string as integer units of `scale` decimals; more decimals than that are an error. */
export function toUnits(value: string, scale: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.replace(/0+$/, '').length > scale)
    throw new RangeError(`more than ${scale} decimals: ${value}`);
  const units =
    BigInt(whole!) * 10n ** BigInt(scale) + BigInt((fraction + '0'.repeat(scale)).slice(0, scale) || '0');
  return sign === '-' ? -units : units;
}

/** Integer units of `scale` decimals as a decimal string. */
export function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Rates are carried as integers of 1e-8 percent, so that 0.2 % or 1.75 % are exact. */
const RATE_SCALE = 100_000_000n;
const rateUnits = (percent: number): bigint => BigInt(Math.round(percent * 1e8));

/** `a / b` rounded half up, for non-negative integers. */
const divRound = (a: bigint, b: bigint): bigint => (a * 2n + b) / (2n * b);

/** Days between two dates counted 30E/360 (every month 30 days, the 31st as the 30th). */
function days360(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 360 + (m2 - m1) * 30 + (Math.min(d2, 30) - Math.min(d1, 30));
}

/** The due dates: every period from the start, principal from the first repayment date on. */
function dueDates(terms: ScheduleTerms): { dates: string[]; firstPrincipal: number } {
  const step = 12 / terms.paymentsPerYear;
  if (terms.maturityMonths <= 0) throw new ScheduleError('maturityMonths', 'projects.loan.error.maturity');
  if (terms.graceMonths < 0 || terms.graceMonths >= terms.maturityMonths)
    throw new ScheduleError('graceMonths', 'projects.loan.error.graceBeyondMaturity');
  if (terms.maturityMonths % step !== 0 || terms.graceMonths % step !== 0)
    throw new ScheduleError('paymentsPerYear', 'projects.loan.error.periodsUneven');
  const first = terms.firstRepaymentOn ?? addMonths(terms.start, terms.graceMonths + step);
  const final = terms.finalRepaymentOn ?? addMonths(terms.start, terms.maturityMonths);
  if (first <= terms.start)
    throw new ScheduleError('firstRepaymentOn', 'projects.loan.error.firstBeforeStart');
  if (final < first) throw new ScheduleError('finalRepaymentOn', 'projects.loan.error.finalBeforeFirst');
  const before: string[] = [];
  for (let k = 1; ; k += 1) {
    const date = addMonths(first, -k * step);
    if (date <= terms.start) break;
    before.unshift(date);
  }
  const principal: string[] = [];
  for (let k = 0; ; k += 1) {
    const date = addMonths(first, k * step);
    if (date > final) break;
    principal.push(date);
  }
  if (principal.at(-1) !== final)
    throw new ScheduleError('finalRepaymentOn', 'projects.loan.error.finalOffPeriod');
  return { dates: [...before, ...principal], firstPrincipal: before.length };
}

/** The schedule of a loan's terms. Throws `ScheduleError` for terms that make none. */
export function computeSchedule(terms: ScheduleTerms): Instalment[] {
  const scale = minorUnits(terms.currency);
  const amount = toUnits(terms.amount, scale);
  const { dates, firstPrincipal } = dueDates(terms);
  const perYear = BigInt(terms.paymentsPerYear);
  const n = dates.length - firstPrincipal;
  let outstanding = amount;
  let payment: bigint | null = null;
  let paymentRate: bigint | null = null;
  const out: Instalment[] = [];
  let periodStart = terms.start;
  dates.forEach((dueOn, index) => {
    const rate = rateUnits(terms.rateFor(periodStart));
    // Periodic rate = rate / 100 / perYear, in units of RATE_SCALE.
    // A whole period at the periodic rate; a stub for its days of 360.
    const interest =
      addMonths(periodStart, 12 / terms.paymentsPerYear) === dueOn
        ? divRound(outstanding * rate, 100n * perYear * RATE_SCALE)
        : divRound(outstanding * rate * BigInt(days360(periodStart, dueOn)), 100n * 360n * RATE_SCALE);
    let principal = 0n;
    const k = index - firstPrincipal; // 0-based principal instalment, negative in grace
    const remaining = n - k;
    if (k >= 0) {
      if (remaining === 1) principal = outstanding;
      else if (terms.method === 'lump-sum') principal = 0n;
      else if (terms.method === 'equal-principal' || rate === 0n) principal = amount / BigInt(n);
      else {
        if (payment === null || paymentRate !== rate) {
          const r = Number(rate) / Number(RATE_SCALE) / 100 / terms.paymentsPerYear;
          payment = BigInt(Math.round((Number(outstanding) * r) / (1 - (1 + r) ** -remaining)));
          paymentRate = rate;
        }
        principal = payment - interest;
      }
      if (principal > outstanding) principal = outstanding;
    }
    outstanding -= principal;
    out.push({
      seq: index + 1,
      dueOn,
      principal: fromUnits(principal, scale),
      interest: fromUnits(interest, scale),
      outstanding: fromUnits(outstanding, scale),
    });
    periodStart = dueOn;
  });
  return out;
}

/**
 * Checks a schedule the agreement states: principal in the loan's smallest unit, dates in order,
 * and the principal adding up to the amount. Returns the problem's message key, or null.
 */
export function checkStatedSchedule(
  amount: string,
  currency: string,
  rows: readonly { dueOn: string; principal: string; interest: string }[],
): { index: number | null; key: string } | null {
  const scale = minorUnits(currency);
  let total = 0n;
  let previous = '';
  for (const [index, row] of rows.entries()) {
    let principal: bigint;
    let interest: bigint;
    try {
      principal = toUnits(row.principal, scale);
      interest = toUnits(row.interest, scale);
    } catch {
      return { index, key: 'projects.loan.error.scheduleUnit' };
    }
    if (principal < 0n || interest < 0n) return { index, key: 'projects.loan.error.scheduleNegative' };
    if (row.dueOn <= previous) return { index, key: 'projects.loan.error.scheduleOrder' };
    previous = row.dueOn;
    total += principal;
  }
  if (rows.length === 0 || total !== toUnits(amount, scale))
    return { index: null, key: 'projects.loan.error.scheduleNotRepaid' };
  return null;
}
