import type { Translator } from '../../../platform/i18n/index.ts';
import { lineChart, stackedBarChart } from '../../../platform/views/charts/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { minorUnits } from '../codes.ts';
import type { Loan, ScheduleLine } from './queries.ts';

/** An amount in its currency, to the currency's smallest unit (yen whole, dollars to the cent). */
export function amountIn(t: Translator, value: string, currency: string): string {
  const digits = minorUnits(currency);
  return new Intl.NumberFormat(t.locale === 'mn' ? 'mn-MN' : 'en-GB', {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value as `${number}`);
}

/** A period of months in plain words: whole years as years, else months. */
export function duration(t: Translator, months: number): string {
  return months % 12 === 0
    ? t('projects.loans.years', { count: months / 12 })
    : t('projects.loans.months', { count: months });
}

/** The interest in plain words: a fixed rate, or the base rate named with its margin. */
export function interestWords(t: Translator, loan: Loan): string | null {
  if (loan.rateKind === 'fixed') return t('projects.loans.rate.fixed', { rate: Number(loan.fixedRate) });
  if (loan.rateKind === 'variable')
    return t('projects.loans.rate.variable', { base: loan.baseRateName ?? '', margin: Number(loan.margin) });
  return null;
}

/** The repayment in plain words: method, how often, first and last instalment. */
export function repaymentWords(t: Translator, loan: Loan, schedule: readonly ScheduleLine[]): string | null {
  if (!loan.repaymentMethod || !loan.paymentsPerYear) return null;
  const principal = schedule.filter((s) => Number(s.principal) > 0);
  return t('projects.loans.repayment', {
    method: t(`projects.loans.method.${loan.repaymentMethod}`),
    perYear: loan.paymentsPerYear,
    first: principal[0] ? t.date(principal[0].dueOn) : '—',
    final: principal.at(-1) ? t.date(principal.at(-1)!.dueOn) : '—',
  });
}

/** Principal and interest due each calendar year, and what is owed at the year's end. */
export function byYear(schedule: readonly ScheduleLine[]) {
  const years = new Map<string, { principal: number; interest: number; outstanding: number }>();
  for (const s of schedule) {
    const year = s.dueOn.slice(0, 4);
    const y = years.get(year) ?? { principal: 0, interest: 0, outstanding: 0 };
    y.principal += Number(s.principal);
    y.interest += Number(s.interest);
    y.outstanding = Number(s.outstanding);
    years.set(year, y);
  }
  return [...years.entries()].map(([year, v]) => ({ year, ...v }));
}

/**
 * The repayment chart, drawn on the server: principal and interest due by year as stacked bars,
 * and what is still owed at each year's end as a line, each with its table of figures.
 */
export function repaymentCharts(t: Translator, loan: Loan, schedule: readonly ScheduleLine[]): Html {
  const years = byYear(schedule);
  const format = (v: number) => amountIn(t, v.toFixed(minorUnits(loan.currency)), loan.currency);
  return html`<div class="chart-pair">
${stackedBarChart({
  id: 'loan-repayments',
  title: t('projects.loans.chart.byYear', { currency: loan.currency }),
  t,
  format,
  categoryLabel: t('projects.loans.chart.year'),
  series: [
    { label: t('projects.loans.schedule.principal'), colour: 'blue' },
    { label: t('projects.loans.schedule.interest'), colour: 'orange' },
  ],
  rows: years.map((y) => ({ label: y.year, values: [y.principal, y.interest] })),
})}
${lineChart({
  id: 'loan-outstanding',
  title: t('projects.loans.chart.outstanding', { currency: loan.currency }),
  t,
  format,
  categoryLabel: t('projects.loans.chart.year'),
  periods: years.map((y) => y.year),
  series: [{ label: t('projects.loans.schedule.outstanding'), values: years.map((y) => y.outstanding) }],
})}
</div>`;
}
