import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkStatedSchedule,
  computeSchedule,
  fromUnits,
  ScheduleError,
  type ScheduleTerms,
  toUnits,
} from './schedule.ts';

const fixed = (percent: number) => (): number => percent;

/** The schedule as rows of [due on, principal, interest, outstanding], to compare with a hand computation. */
const rows = (terms: ScheduleTerms) =>
  computeSchedule(terms).map((i) => [i.dueOn, i.principal, i.interest, i.outstanding]);

const sum = (values: string[], scale: number) =>
  fromUnits(
    values.reduce((total, v) => total + toUnits(v, scale), 0n),
    scale,
  );

describe('an annuity in yen with a year of grace (hand-computed, to the yen)', () => {
  // ¥1,000,000 at 2 % a year paid half-yearly (r = 1 % a period), 36 months of which 12 are
  // grace, from 15 January 2020. Grace: two interest-only instalments of 1,000,000 × 1 % = 10,000.
  // Then n = 4 instalments from 15 July 2021 (grace + one period) to 15 January 2023 (maturity).
  // P = 1,000,000 × 0.01 / (1 − 1.01⁻⁴) = 10,000 / 0.0390196555… = 256,281.09 → ¥256,281.
  //   3: interest 10,000;              principal 256,281 − 10,000 = 246,281; owed 753,719
  //   4: interest 7,537.19 → 7,537;    principal 248,744;                    owed 504,975
  //   5: interest 5,049.75 → 5,050;    principal 251,231;                    owed 253,744
  //   6: interest 2,537.44 → 2,537;    principal the rest, 253,744;          owed 0
  const terms: ScheduleTerms = {
    amount: '1000000',
    currency: 'JPY',
    start: '2020-01-15',
    maturityMonths: 36,
    graceMonths: 12,
    paymentsPerYear: 2,
    method: 'annuity',
    rateFor: fixed(2),
  };

  it('matches the hand computation instalment by instalment', () => {
    expect(rows(terms)).toEqual([
      ['2020-07-15', '0', '10000', '1000000'],
      ['2021-01-15', '0', '10000', '1000000'],
      ['2021-07-15', '246281', '10000', '753719'],
      ['2022-01-15', '248744', '7537', '504975'],
      ['2022-07-15', '251231', '5050', '253744'],
      ['2023-01-15', '253744', '2537', '0'],
    ]);
  });

  it('repays the whole principal, the same payment each time but the last', () => {
    const schedule = computeSchedule(terms);
    expect(
      sum(
        schedule.map((i) => i.principal),
        0,
      ),
    ).toBe('1000000');
    const payments = schedule.slice(2).map((i) => toUnits(i.principal, 0) + toUnits(i.interest, 0));
    expect(payments).toEqual([256281n, 256281n, 256281n, 256281n]);
    expect(schedule.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('equal principal in dollars with a year of grace (hand-computed, to the cent)', () => {
  // $99,999.99 at 1.75 % a year paid half-yearly (r = 0.875 % a period), 36 months, 12 of grace,
  // from 13 June 2011. Principal: 9,999,999 cents / 4 = 2,499,999.75 → $24,999.99 in each of the
  // first three, the remainder in the last: 99,999.99 − 3 × 24,999.99 = $25,000.02.
  //   1, 2: interest 99,999.99 × 0.00875 = 874.99999 → 875.00 (grace, no principal)
  //   3: interest 875.00;                      owed 75,000.00
  //   4: interest 75,000.00 × 0.00875 = 656.25; owed 50,000.01
  //   5: interest 437.5000875 → 437.50;       owed 25,000.02
  //   6: interest 218.750175 → 218.75;        principal 25,000.02; owed 0.00
  const terms: ScheduleTerms = {
    amount: '99999.99',
    currency: 'USD',
    start: '2011-06-13',
    maturityMonths: 36,
    graceMonths: 12,
    paymentsPerYear: 2,
    method: 'equal-principal',
    rateFor: fixed(1.75),
  };

  it('matches the hand computation instalment by instalment', () => {
    expect(rows(terms)).toEqual([
      ['2011-12-13', '0.00', '875.00', '99999.99'],
      ['2012-06-13', '0.00', '875.00', '99999.99'],
      ['2012-12-13', '24999.99', '875.00', '75000.00'],
      ['2013-06-13', '24999.99', '656.25', '50000.01'],
      ['2013-12-13', '24999.99', '437.50', '25000.02'],
      ['2014-06-13', '25000.02', '218.75', '0.00'],
    ]);
  });
});

describe('an annuity in dollars, quarterly, without grace (hand-computed, to the cent)', () => {
  // $50,000.00 at 4 % a year paid quarterly (r = 1 %), 15 months, no grace: n = 5.
  // P = 500 / (1 − 1.01⁻⁵) = 500 / 0.0485343… = 10,301.98998 → $10,301.99.
  //   1: interest 500.00; principal 9,801.99;  owed 40,198.01
  //   2: interest 401.9801 → 401.98; principal 9,900.01; owed 30,298.00
  //   3: interest 302.98;  principal 9,999.01;  owed 20,298.99
  //   4: interest 202.9899 → 202.99; principal 10,099.00; owed 10,199.99
  //   5: interest 101.9999 → 102.00; principal the rest, 10,199.99 (payment 10,301.99 again)
  it('matches the hand computation instalment by instalment', () => {
    expect(
      rows({
        amount: '50000',
        currency: 'USD',
        start: '2016-07-14',
        maturityMonths: 15,
        graceMonths: 0,
        paymentsPerYear: 4,
        method: 'annuity',
        rateFor: fixed(4),
      }),
    ).toEqual([
      ['2016-10-14', '9801.99', '500.00', '40198.01'],
      ['2017-01-14', '9900.01', '401.98', '30298.00'],
      ['2017-04-14', '9999.01', '302.98', '20298.99'],
      ['2017-07-14', '10099.00', '202.99', '10199.99'],
      ['2017-10-14', '10199.99', '102.00', '0.00'],
    ]);
  });
});

describe('equal principal in yen with a remainder (hand-computed, to the yen)', () => {
  // ¥1,000,003 at 0.2 % a year paid yearly, 4 years of which 1 is grace: n = 3 instalments of
  // 1,000,003 / 3 = 333,334.33 → ¥333,334, the last 1,000,003 − 2 × 333,334 = ¥333,335.
  //   1: interest 1,000,003 × 0.002 = 2,000.006 → 2,000 (grace)
  //   2: interest 2,000; owed 666,669
  //   3: interest 1,333.338 → 1,333; owed 333,335
  //   4: interest 666.67 → 667; principal 333,335; owed 0
  it('matches the hand computation', () => {
    expect(
      rows({
        amount: '1000003',
        currency: 'JPY',
        start: '2008-05-01',
        maturityMonths: 48,
        graceMonths: 12,
        paymentsPerYear: 1,
        method: 'equal-principal',
        rateFor: fixed(0.2),
      }),
    ).toEqual([
      ['2009-05-01', '0', '2000', '1000003'],
      ['2010-05-01', '333334', '2000', '666669'],
      ['2011-05-01', '333334', '1333', '333335'],
      ['2012-05-01', '333335', '667', '0'],
    ]);
  });
});

describe('a lump sum', () => {
  // $10,000.00 at 6 % a year paid half-yearly for 2 years, 6 months of grace: interest of
  // 10,000 × 3 % = 300.00 every half-year, the whole principal at maturity.
  it('pays interest only until the whole principal falls due at maturity', () => {
    expect(
      rows({
        amount: '10000.00',
        currency: 'USD',
        start: '2014-08-21',
        maturityMonths: 24,
        graceMonths: 6,
        paymentsPerYear: 2,
        method: 'lump-sum',
        rateFor: fixed(6),
      }),
    ).toEqual([
      ['2015-02-21', '0.00', '300.00', '10000.00'],
      ['2015-08-21', '0.00', '300.00', '10000.00'],
      ['2016-02-21', '0.00', '300.00', '10000.00'],
      ['2016-08-21', '10000.00', '300.00', '0.00'],
    ]);
  });
});

describe('a variable rate with the base rate recorded for each period', () => {
  // ¥900,000 paid yearly over 5 years with 1 of grace; the base rate is 0.5 % until 1 April 2023
  // and 2.5 % after, with a margin of 0.5 %: 1 % then 3 %.
  //   1 (grace): 900,000 × 1 % = 9,000
  //   2: P = 9,000 / (1 − 1.01⁻⁴) = 230,652.98 → 230,653; principal 221,653; owed 678,347
  //   3: interest 6,783.47 → 6,783; principal 223,870; owed 454,477
  //   4 (period from 1 April 2023 at 3 %): P recomputed on what is owed over the 2 left:
  //      454,477 × 0.03 / (1 − 1.03⁻²) = 237,514.61 → 237,515; interest 13,634.31 → 13,634;
  //      principal 223,881; owed 230,596
  //   5: interest 6,917.88 → 6,918; principal the rest, 230,596
  const base = [
    { from: '2020-04-01', rate: 0.5 },
    { from: '2023-04-01', rate: 2.5 },
  ];
  const rateFor = (periodStart: string) => base.filter((b) => b.from <= periodStart).at(-1)!.rate + 0.5;

  it('takes each period’s rate and recomputes the payment when it changes', () => {
    expect(
      rows({
        amount: '900000',
        currency: 'JPY',
        start: '2020-04-01',
        maturityMonths: 60,
        graceMonths: 12,
        paymentsPerYear: 1,
        method: 'annuity',
        rateFor,
      }),
    ).toEqual([
      ['2021-04-01', '0', '9000', '900000'],
      ['2022-04-01', '221653', '9000', '678347'],
      ['2023-04-01', '223870', '6783', '454477'],
      ['2024-04-01', '223881', '13634', '230596'],
      ['2025-04-01', '230596', '6918', '0'],
    ]);
  });
});

describe('the agreement’s own dates', () => {
  it('counts 32 half-yearly instalments over 25 years with 9 of grace (the Eximbank housing credit)', () => {
    const schedule = computeSchedule({
      amount: '99900000',
      currency: 'USD',
      start: '2011-06-13',
      maturityMonths: 300,
      graceMonths: 108,
      paymentsPerYear: 2,
      method: 'equal-principal',
      rateFor: fixed(1.75),
    });
    const principal = schedule.filter((i) => i.principal !== '0.00');
    expect(principal).toHaveLength(32);
    expect(principal[0]!.dueOn).toBe('2020-12-13');
    expect(principal.at(-1)!.dueOn).toBe('2036-06-13');
    expect(
      sum(
        schedule.map((i) => i.principal),
        2,
      ),
    ).toBe('99900000.00');
  });

  // ¥1,200,000 at 3.6 % a year from 10 January 2020, half-yearly, repaid from the stated
  // 20 January 2021 to 20 January 2022. Counting back from the first repayment, interest falls
  // on 20 January 2020 (a stub of 10 days: 1,200,000 × 3.6 % × 10 / 360 = 1,200) and 20 July 2020
  // (a whole half-year: 1,200,000 × 1.8 % = 21,600); then 400,000 of principal each time, with
  // 21,600, 800,000 × 1.8 % = 14,400 and 400,000 × 1.8 % = 7,200 of interest.
  it('uses a stated first and final repayment date, a short first period for its days', () => {
    const schedule = computeSchedule({
      amount: '1200000',
      currency: 'JPY',
      start: '2020-01-10',
      maturityMonths: 24,
      graceMonths: 6,
      paymentsPerYear: 2,
      method: 'equal-principal',
      rateFor: fixed(3.6),
      firstRepaymentOn: '2021-01-20',
      finalRepaymentOn: '2022-01-20',
    });
    expect(schedule.map((i) => [i.dueOn, i.principal, i.interest])).toEqual([
      ['2020-01-20', '0', '1200'],
      ['2020-07-20', '0', '21600'],
      ['2021-01-20', '400000', '21600'],
      ['2021-07-20', '400000', '14400'],
      ['2022-01-20', '400000', '7200'],
    ]);
  });

  it('keeps the end of a short month', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addMonths('2021-03-15', -3)).toBe('2020-12-15');
  });
});

describe('terms that make no schedule', () => {
  const terms: ScheduleTerms = {
    amount: '1000',
    currency: 'USD',
    start: '2020-01-01',
    maturityMonths: 120,
    graceMonths: 24,
    paymentsPerYear: 2,
    method: 'annuity',
    rateFor: fixed(1),
  };
  const fieldOf = (changed: Partial<ScheduleTerms>) => {
    try {
      computeSchedule({ ...terms, ...changed });
      return null;
    } catch (error) {
      return error instanceof ScheduleError ? [error.field, error.key] : error;
    }
  };

  it('refuses a grace period as long as the maturity or longer, naming graceMonths', () => {
    expect(fieldOf({ graceMonths: 120 })).toEqual(['graceMonths', 'projects.loan.error.graceBeyondMaturity']);
    expect(fieldOf({ graceMonths: 150 })).toEqual(['graceMonths', 'projects.loan.error.graceBeyondMaturity']);
    expect(fieldOf({ graceMonths: -1 })).toEqual(['graceMonths', 'projects.loan.error.graceBeyondMaturity']);
  });

  it('refuses periods that do not divide the maturity and a final date off the periods', () => {
    expect(fieldOf({ maturityMonths: 121 })).toEqual([
      'paymentsPerYear',
      'projects.loan.error.periodsUneven',
    ]);
    expect(fieldOf({ maturityMonths: 0 })).toEqual(['maturityMonths', 'projects.loan.error.maturity']);
    expect(fieldOf({ firstRepaymentOn: '2022-07-01', finalRepaymentOn: '2029-12-01' })).toEqual([
      'finalRepaymentOn',
      'projects.loan.error.finalOffPeriod',
    ]);
    expect(fieldOf({ firstRepaymentOn: '2019-12-01' })).toEqual([
      'firstRepaymentOn',
      'projects.loan.error.firstBeforeStart',
    ]);
    expect(fieldOf({ firstRepaymentOn: '2025-01-01', finalRepaymentOn: '2024-01-01' })).toEqual([
      'finalRepaymentOn',
      'projects.loan.error.finalBeforeFirst',
    ]);
  });
});

describe('a schedule the agreement states', () => {
  const stated = [
    { dueOn: '2021-01-15', principal: '0', interest: '10000' },
    { dueOn: '2021-07-15', principal: '500000', interest: '10000' },
    { dueOn: '2022-01-15', principal: '500000', interest: '5000' },
  ];

  it('is accepted when its principal repays the amount to the unit', () => {
    expect(checkStatedSchedule('1000000', 'JPY', stated)).toBeNull();
  });

  it('is refused when the principal falls short of the amount or passes it', () => {
    expect(checkStatedSchedule('1000001', 'JPY', stated)).toEqual({
      index: null,
      key: 'projects.loan.error.scheduleNotRepaid',
    });
    expect(checkStatedSchedule('999999', 'JPY', stated)).toEqual({
      index: null,
      key: 'projects.loan.error.scheduleNotRepaid',
    });
    expect(checkStatedSchedule('1000', 'JPY', [])).toEqual({
      index: null,
      key: 'projects.loan.error.scheduleNotRepaid',
    });
  });

  it('names the row with a fraction of the smallest unit, a negative amount or a date out of order', () => {
    expect(
      checkStatedSchedule('1000000', 'JPY', [
        stated[0]!,
        { ...stated[1]!, principal: '500000.5' },
        stated[2]!,
      ]),
    ).toEqual({ index: 1, key: 'projects.loan.error.scheduleUnit' });
    expect(
      checkStatedSchedule('1000', 'USD', [{ dueOn: '2021-01-01', principal: '1000.001', interest: '0' }]),
    ).toEqual({ index: 0, key: 'projects.loan.error.scheduleUnit' });
    expect(
      checkStatedSchedule('1000000', 'JPY', [stated[0]!, { ...stated[1]!, interest: '-1' }, stated[2]!]),
    ).toEqual({ index: 1, key: 'projects.loan.error.scheduleNegative' });
    expect(checkStatedSchedule('1000000', 'JPY', [stated[0]!, stated[2]!, stated[1]!])).toEqual({
      index: 2,
      key: 'projects.loan.error.scheduleOrder',
    });
  });
});

describe('amounts in the smallest unit', () => {
  it('reads and writes decimals exactly', () => {
    expect(toUnits('28807000000', 0)).toBe(28807000000n);
    expect(toUnits('140.3', 2)).toBe(14030n);
    expect(toUnits('12.00', 0)).toBe(12n);
    expect(() => toUnits('12.5', 0)).toThrow(RangeError);
    expect(fromUnits(5n, 2)).toBe('0.05');
    expect(fromUnits(-12345n, 2)).toBe('-123.45');
  });
});
