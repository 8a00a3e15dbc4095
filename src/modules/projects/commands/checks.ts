import { type FieldProblem, problem } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { FUNDING_SOURCES, type FundingSource } from '../codes.ts';

/** Trimmed text, empty for none. */
export const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** A calendar day that exists (2025-02-30 does not). */
export const realDate = (d: string): boolean =>
  isIsoDate(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** An amount of money as written: digits with up to two decimals, above zero. */
export const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;
export const CURRENCY = /^[A-Z]{3}$/;

/** Reads an optional date field: null when empty, a problem naming the field when not a real day. */
export function readDate(problems: FieldProblem[], field: string, value: unknown): string | null {
  const v = text(value);
  if (v === '') return null;
  if (!realDate(v)) {
    problems.push(problem(field, 'projects.error.date'));
    return null;
  }
  return v;
}

/**
 * Reads an optional budget: amount and currency both or neither (a problem naming the one
 * missing), the amount above zero with at most two decimals, the currency three capitals.
 */
export function readBudget(
  problems: FieldProblem[],
  amountField: string,
  currencyField: string,
  amountValue: unknown,
  currencyValue: unknown,
): { amount: string; currency: string } | null {
  const amount = text(amountValue).replace(/[\s,]/g, '');
  const currency = text(currencyValue).toUpperCase();
  if (amount === '' && currency === '') return null;
  let good = true;
  if (amount === '') {
    problems.push(problem(amountField, 'projects.error.amountMissing'));
    good = false;
  } else if (!AMOUNT.test(amount) || Number(amount) <= 0) {
    problems.push(problem(amountField, 'projects.error.amount'));
    good = false;
  }
  if (!CURRENCY.test(currency)) {
    problems.push(problem(currencyField, 'projects.error.currency'));
    good = false;
  }
  return good ? { amount, currency } : null;
}

/** One funding source as the API sends it (the form's lines are read into these). */
export interface FundingLineInput {
  source: string;
  amount: string | number;
  currency: string;
  /** The loan or grant of the register (its slug), for `foreign-loan` and `grant`. */
  loan?: string | undefined;
  /** The glass account's budget line, for `budget`. */
  budgetLineRef?: string | undefined;
  descriptionMn?: string | undefined;
  descriptionEn?: string | undefined;
}

export interface CheckedFunding {
  source: FundingSource;
  amount: string;
  currency: string;
  loanId: number | null;
  budgetLineRef: string | null;
  descriptionMn: string | null;
  descriptionEn: string | null;
}

/**
 * The form's funding lines, one source a line: `source amount currency [reference]`, the
 * reference being the loan's slug for a foreign loan or a grant, the budget line for the budget
 * (`budget 12000000000 MNT 2024-ULS-0413`, `foreign-loan 28000000000 JPY jica-airport-1`).
 */
export function parseFundingLines(value: string): { lines: FundingLineInput[]; problems: FieldProblem[] } {
  const lines: FundingLineInput[] = [];
  const problems: FieldProblem[] = [];
  for (const [index, raw] of value.split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    const parts = raw.trim().split(/\s+/);
    if (parts.length < 3 || parts.length > 4) {
      problems.push(problem('funding', 'projects.error.funding.line', { line: index + 1 }));
      continue;
    }
    const [source, amount, currency, reference] = parts as [string, string, string, string | undefined];
    const loanSource = source === 'foreign-loan' || source === 'grant';
    lines.push({
      source,
      amount,
      currency,
      ...(reference === undefined ? {} : loanSource ? { loan: reference } : { budgetLineRef: reference }),
    });
  }
  return { lines, problems };
}

/**
 * Checks the funding sources (problems on the field `funding`, each naming its line from 1): a
 * known source, an amount above zero, a currency; a foreign loan or grant names a loan or grant of
 * the register of that kind, in its currency, financing no other project; only the budget has a
 * budget line, only a loan or grant a loan.
 */
export async function checkFunding(
  db: Queryable,
  lines: readonly FundingLineInput[],
  projectId: number | null,
): Promise<{ funding: CheckedFunding[]; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const funding: CheckedFunding[] = [];
  if (lines.length > 50)
    return { funding, problems: [problem('funding', 'projects.error.funding.tooMany', { max: 50 })] };
  const slugs = lines.map((l) => text(l.loan)).filter((s) => s !== '');
  const loans = new Map(
    (
      await db.query<{ id: number; slug: string; kind: string; currency: string; projectId: number | null }>(
        sql`select id, slug, kind, currency, project_id as "projectId" from project_loans where slug = any(${slugs}::text[])`,
      )
    ).map((l) => [l.slug, l]),
  );
  for (const [index, l] of lines.entries()) {
    const line = index + 1;
    const source = text(l.source) as FundingSource;
    const amount = text(l.amount).replace(/[\s,]/g, '');
    const currency = text(l.currency).toUpperCase();
    const before = problems.length;
    if (!FUNDING_SOURCES.includes(source))
      problems.push(problem('funding', 'projects.error.funding.source', { line }));
    if (!AMOUNT.test(amount) || Number(amount) <= 0)
      problems.push(problem('funding', 'projects.error.funding.amount', { line }));
    if (!CURRENCY.test(currency))
      problems.push(problem('funding', 'projects.error.funding.currency', { line }));
    const loanSlug = text(l.loan);
    const ref = text(l.budgetLineRef);
    const [descriptionMn, descriptionEn] = [text(l.descriptionMn), text(l.descriptionEn)];
    if (descriptionMn.length > 1000 || descriptionEn.length > 1000)
      problems.push(problem('funding', 'projects.error.funding.description', { line, max: 1000 }));
    let loanId: number | null = null;
    if (source === 'foreign-loan' || source === 'grant') {
      const loan = loans.get(loanSlug);
      if (loanSlug === '') problems.push(problem('funding', 'projects.error.funding.loanMissing', { line }));
      else if (!loan)
        problems.push(problem('funding', 'projects.error.funding.loanUnknown', { line, loan: loanSlug }));
      else if (loan.kind !== (source === 'grant' ? 'grant' : 'loan'))
        problems.push(problem('funding', 'projects.error.funding.loanKind', { line, loan: loanSlug }));
      else if (loan.currency !== currency)
        problems.push(
          problem('funding', 'projects.error.funding.loanCurrency', {
            line,
            loan: loanSlug,
            currency: loan.currency,
          }),
        );
      else if (loan.projectId !== null && Number(loan.projectId) !== projectId)
        problems.push(problem('funding', 'projects.error.funding.loanOther', { line, loan: loanSlug }));
      else loanId = Number(loan.id);
      if (ref !== '') problems.push(problem('funding', 'projects.error.funding.reference', { line }));
    } else if (loanSlug !== '' || (ref !== '' && source !== 'budget'))
      problems.push(problem('funding', 'projects.error.funding.reference', { line }));
    else if (ref.length > 100)
      problems.push(problem('funding', 'projects.error.funding.reference', { line }));
    if (problems.length > before) continue;
    funding.push({
      source,
      amount,
      currency,
      loanId,
      budgetLineRef: ref || null,
      descriptionMn: descriptionMn || null,
      descriptionEn: descriptionEn || null,
    });
  }
  return { funding, problems };
}
