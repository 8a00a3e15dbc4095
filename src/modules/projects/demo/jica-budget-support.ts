/**
 * JICA's budget support of December 2017: a real loan (source beside it) that funds no project.
 */
import { type DemoFamily, jica } from './shared.ts';

export const jicaBudgetSupport: DemoFamily = {
  projects: [],
  loans: [
    // Ministry of Finance, 21 Feb 2018 (https://mof.gov.mn/en/article/entry/article-2018-02-21-01):
    // ¥32,000 million budget support alongside the IMF's Extended Fund Facility, December 2017,
    // 0.8 %, 20 years including 6 of grace. The day of the month is the demo's.
    {
      slug: 'jica-budget-support-2017',
      project: null,
      organization: 'ministry-of-finance',
      lender: jica,
      kind: 'loan',
      title: {
        mn: 'Төсвийн дэмжлэгийн зээл (ОУВС-гийн өргөтгөсөн санхүүжилтийн хөтөлбөртэй хамт)',
        en: 'Budget support loan (with the IMF Extended Fund Facility)',
      },
      agreementOn: '2017-12-22',
      closingOn: '2018-12-31',
      amount: '32000000000',
      currency: 'JPY',
      concessional: true,
      tiedStatus: 'untied',
      rate: { kind: 'fixed', percent: 0.8 },
      maturityMonths: 240,
      graceMonths: 72,
      method: 'equal-principal',
      paymentsPerYear: 2,
      fees: [],
      conditions: {
        mn: 'ОУВС-гийн өргөтгөсөн санхүүжилтийн хөтөлбөрийн бодлогын арга хэмжээ хэрэгжсэн байх.',
        en: 'Disbursed once the policy actions of the IMF programme are met.',
      },
      draws: [['2018-03-15', 100]],
      board: [],
      fictional: false,
    },
  ],
};
