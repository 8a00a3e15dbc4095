import type { FiscalCode, FiscalPack, FiscalSource } from '../fiscal-pack.ts';

/** Testland's public finance: fictional, and different from Mongolia's in every figure. */

const fictional: FiscalSource = { mn: 'Зохиомол', en: 'Fictional.', confirmed: true };
const code = (c: string, parent: string | null, mn: string, en: string): FiscalCode => ({
  code: c,
  parent,
  mn,
  en,
});

export const fiscal: FiscalPack = {
  yearStartMonth: 4,
  yearSource: fictional,
  glassAccount: {
    threshold: 2_000,
    proposedThreshold: 500,
    proposedSource: fictional,
    publicationDays: 10,
    source: fictional,
  },
  splitting: { band: 0.7, windowDays: 14, minPayments: 3, source: fictional },
  classifications: {
    functional: {
      name: { mn: 'Чиг үүрэг', en: 'Function' },
      standard: 'cofog',
      source: fictional,
      versions: [
        {
          from: 2020,
          until: null,
          codes: [
            code('01', null, 'Удирдлага', 'Administration'),
            code('01.1', '01', 'Санхүү', 'Finance'),
            code('09', null, 'Боловсрол', 'Education'),
            code('09.1', '09', 'Сургууль', 'Schools'),
          ],
        },
      ],
    },
    economic: {
      name: { mn: 'Эдийн засаг', en: 'Economic' },
      standard: 'gfsm',
      source: fictional,
      versions: [
        {
          from: 2020,
          until: 2024,
          codes: [
            code('1', null, 'Орлого', 'Revenue'),
            code('11', '1', 'Татвар', 'Taxes'),
            code('2', null, 'Зардал', 'Expense'),
            code('21', '2', 'Цалин', 'Wages'),
            code('22', '2', 'Бараа', 'Goods'),
            code('29', '2', 'Хуучин код', 'Old code'),
          ],
        },
        {
          from: 2025,
          until: null,
          codes: [
            code('1', null, 'Орлого', 'Revenue'),
            code('11', '1', 'Татвар', 'Taxes'),
            code('2', null, 'Зардал', 'Expense'),
            code('21', '2', 'Цалин', 'Wages'),
            code('22', '2', 'Бараа', 'Goods'),
          ],
        },
      ],
    },
    programme: {
      name: { mn: 'Хөтөлбөр', en: 'Programme' },
      standard: 'generic',
      source: fictional,
      versions: [{ from: 2020, until: null, codes: [code('A', null, 'Хөтөлбөр А', 'Programme A')] }],
    },
    funding: {
      name: { mn: 'Эх үүсвэр', en: 'Source' },
      standard: 'generic',
      source: fictional,
      versions: [
        {
          from: 2020,
          until: null,
          codes: [code('treasury', null, 'Сан хөмрөг', 'Treasury'), code('gifts', null, 'Бэлэг', 'Gifts')],
        },
      ],
    },
  },
  specialFunds: {
    source: fictional,
    funds: [
      {
        code: 'rainy-day',
        name: { mn: 'Нөөц сан', en: 'Rainy Day Fund' },
        from: 2020,
        until: null,
        law: fictional,
      },
    ],
  },
  donorTypes: [code('company', null, 'Компани', 'Company'), code('citizen', null, 'Иргэн', 'Citizen')],
  assumptions: [{ code: 'growth', name: { mn: 'Өсөлт', en: 'Growth' }, unit: { mn: '%', en: '%' } }],
  population: {
    source: fictional,
    byYear: { 2025: { '01': 50_000, '02': 12_000 }, 2026: { '01': 51_000, '02': 12_100 } },
  },
  benefits: {
    grades: [code('senior', null, 'Ахлах', 'Senior'), code('junior', null, 'Дэд', 'Junior')],
    types: [code('housing', null, 'Орон сууц', 'Housing'), code('travel', null, 'Аялал', 'Travel')],
    minimumCell: 3,
    source: fictional,
  },
  stateShares: [],
};
