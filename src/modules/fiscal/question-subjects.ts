import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Translator } from '../../platform/i18n/index.ts';
import type { QuestionSubject } from '../../platform/module.ts';
import { askQuestionLink } from '../../platform/questions/ask-link.ts';
import type { Html } from '../../platform/views/html.ts';
import { fundManager, fundOf } from './funds/queries.ts';

/**
 * What citizens may ask about in the glass account (the platform's public-question flow,
 * src/modules/questions): a budget line by its ref, a transaction by its ref, a special fund in a
 * year by `<code>:<year>`. Each is answered by its reporting body: the line's or the payer's
 * organisation, the fund's manager that year (the body that recorded most of its flows).
 */

export const lineQuestionSubject: QuestionSubject = {
  kind: 'fiscal.line',
  label: { mn: 'Төсвийн мөр', en: 'Budget line' },
  resolve: async ({ db }, ref) => {
    const [row] = await db.query<{
      ref: string;
      mn: string;
      en: string | null;
      year: number;
      org: number;
    }>(sql`
      select ref, name_mn as mn, name_en as en, fiscal_year as year, organization_id as org
      from fiscal_budget_lines where ref = ${ref}`);
    if (!row) return null;
    return {
      title: { mn: `${row.mn} (${row.year})`, en: `${row.en ?? row.mn} (${row.year})` },
      organizationId: Number(row.org),
      href: `/fiscal/budget/lines/${encodeURIComponent(row.ref)}`,
    };
  },
};

export const transactionQuestionSubject: QuestionSubject = {
  kind: 'fiscal.transaction',
  label: { mn: 'Гүйлгээ', en: 'Transaction' },
  resolve: async ({ db }, ref) => {
    const [row] = await db.query<{ ref: string; purpose: string; org: number }>(sql`
      select ref, purpose, organization_id as org from fiscal_transactions where ref = ${ref}`);
    if (!row) return null;
    const title = `${row.ref}: ${row.purpose}`;
    return {
      title: { mn: title, en: title },
      organizationId: Number(row.org),
      href: `/fiscal/transactions/${encodeURIComponent(row.ref)}`,
    };
  },
};

/** A fund's key as questions name it: `<code>:<year>`. */
export const fundKey = (code: string, year: number) => `${code}:${year}`;

export const fundQuestionSubject: QuestionSubject = {
  kind: 'fiscal.fund',
  label: { mn: 'Тусгай сан', en: 'Special fund' },
  resolve: async ({ db, country }, key) => {
    const match = /^([a-z0-9][a-z0-9-]*):(\d{4})$/.exec(key);
    if (!match) return null;
    const code = match[1] as string;
    const year = Number(match[2]);
    const fund = fundOf(country.fiscal, code);
    if (!fund) return null;
    const manager = await fundManager(db as Queryable, code, year);
    if (manager === null) return null;
    return {
      title: { mn: `${fund.name.mn}, ${year}`, en: `${fund.name.en}, ${year}` },
      organizationId: manager,
      href: `/fiscal/funds/${encodeURIComponent(code)}?year=${year}`,
    };
  },
};

export const fiscalQuestionSubjects: readonly QuestionSubject[] = [
  lineQuestionSubject,
  transactionQuestionSubject,
  fundQuestionSubject,
];

const KINDS = {
  line: lineQuestionSubject,
  transaction: transactionQuestionSubject,
  fund: fundQuestionSubject,
};

/**
 * The "Ask a question" link of a budget line's, a transaction's or a fund's page: `askLink(t,
 * 'line', ref)`, `askLink(t, 'transaction', ref)`, `askLink(t, 'fund', fundKey(code, year))`.
 * It opens the platform's public-question form about that record (a plain link, no JavaScript).
 */
export function askLink(t: Translator, subject: keyof typeof KINDS, key: string): Html {
  return askQuestionLink(t, KINDS[subject].kind, key);
}
