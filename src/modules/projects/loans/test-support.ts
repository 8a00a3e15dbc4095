/**
 * What the loans' tests share: the app with the exchange rates and projects modules, the yen
 * rates the loans are written against, and a yen loan with the terms of the hand-computed annuity
 * of schedule.test.ts. Each test file calls `loansTestApp` once, on a database of its own.
 */
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { exchangeRatesModule } from '../../exchange-rates/module.ts';
import { importRateLines } from '../../exchange-rates/test-support.ts';
import { projectsModule } from '../module.ts';
import type { LoanInput } from './check-loan.ts';

/**
 * Yen rates every day from 15 January to 10 June 2020 but 5 and 6 March (25.1 tögrög until March,
 * 25.6 until June, 26.2 after), so that a disbursement on 5 March takes the rate set on the 4th.
 */
function yenRates(): string[] {
  const lines: string[] = [];
  for (
    let d = new Date('2020-01-15T00:00:00Z');
    d <= new Date('2020-06-10T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.toISOString().slice(0, 10);
    if (day === '2020-03-05' || day === '2020-03-06') continue;
    lines.push(`${day},JPY,${day < '2020-03-01' ? '25.1' : day < '2020-06-01' ? '25.6' : '26.2'},1`);
  }
  return lines;
}

/**
 * The app on a fresh database with the yen rates (and a dollar rate on 15 January 2020)
 * imported; the actor, request meta, borrowing body and lender the tests write with; `yenLoan`,
 * the loan's input with whatever fields are given instead.
 */
export async function loansTestApp() {
  const { app, ctx } = await createTestApp({
    modules: [...baseModules, exchangeRatesModule, projectsModule],
  });
  const report = await importRateLines(ctx, [...yenRates(), '2020-01-15,USD,2750.5,1']);
  if (report.problems.length > 0)
    throw new Error(`the test rates were refused: ${JSON.stringify(report.problems)}`);
  let n = 0;
  const meta = () => ({ ip: 'test', requestId: `loan-${++n}`, now: new Date() });
  const organization = ctx.country.organizations[0]!.slug;
  const firstLender = ctx.country.projects.lenders[0]!;
  const lenderRef =
    firstLender.iatiRef ?? `${firstLender.registration?.scheme}:${firstLender.registration?.identifier}`;
  const yenLoan = (over: Partial<LoanInput> = {}): LoanInput => ({
    organization,
    slug: `yen-loan-${++n}`,
    kind: 'loan',
    lender: lenderRef,
    titleMn: 'Иен зээл',
    titleEn: 'Yen loan',
    agreementOn: '2020-01-15',
    amount: '1000000',
    currency: 'JPY',
    rateKind: 'fixed',
    fixedRate: '2',
    maturityMonths: '36',
    graceMonths: '12',
    repaymentMethod: 'annuity',
    paymentsPerYear: '2',
    ...over,
  });
  return { app, ctx, actor: systemActor('test'), meta, organization, firstLender, yenLoan };
}
