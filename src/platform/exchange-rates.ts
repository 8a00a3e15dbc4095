import type { CountryPack } from '../country/pack.ts';
import type { Queryable } from './db/database.ts';
import { sql } from './db/sql.ts';

/**
 * "The rate on a date": what every module that converts an amount to the national currency reads
 * (fiscal, projects, procurement). The official rates live in the platform's `exchange_rates`
 * (migration 015), imported and published by the module `exchange-rates`.
 */

/** The rate that applied on a date: the latest one set on or before it. */
export interface RateOnDate {
  currency: string;
  /** The date asked about, `YYYY-MM-DD`. */
  date: string;
  /** The date the applying rate was set, on or before `date`. */
  setOn: string;
  /** National currency for `units` of the currency, as a decimal string (exact). */
  rate: string;
  units: number;
  /** National currency for one unit, exact to 10 decimal places. */
  perUnit: string;
  source: { mn: string; en: string; url: string | null };
}

/**
 * The rate of `currency` on `date`: the latest rate set on or before the date, if it was set at
 * most the country's `maxGapDays` before it (a rate older than that is no rate: the register has a
 * gap there). The national currency is always 1 to itself. `undefined` when there is none.
 */
export async function rateOn(
  db: Queryable,
  country: Pick<CountryPack, 'currency' | 'exchangeRates'>,
  currency: string,
  date: string,
): Promise<RateOnDate | undefined> {
  if (currency === country.currency)
    return {
      currency,
      date,
      setOn: date,
      rate: '1',
      units: 1,
      perUnit: '1',
      source: { mn: country.exchangeRates.source.mn, en: country.exchangeRates.source.en, url: null },
    };
  const [row] = await db.query<{
    setOn: string;
    rate: string;
    units: number;
    perUnit: string;
    nameMn: string;
    nameEn: string;
    url: string | null;
  }>(sql`
    select r.rate_date as "setOn", r.rate::text as rate, r.units,
      trim_scale(round(r.rate / r.units, 10))::text as "perUnit",
      s.name_mn as "nameMn", s.name_en as "nameEn", s.url
    from exchange_rates r join exchange_rate_sources s on s.id = r.source_id
    where r.currency = ${currency} and r.rate_date <= ${date}::date
      and r.rate_date > ${date}::date - ${country.exchangeRates.maxGapDays}::int
    order by r.rate_date desc
    limit 1`);
  if (!row) return undefined;
  return {
    currency,
    date,
    setOn: row.setOn,
    rate: row.rate,
    units: row.units,
    perUnit: row.perUnit,
    source: { mn: row.nameMn, en: row.nameEn, url: row.url },
  };
}

/**
 * An amount in `currency` converted to the national currency at the rate on `date`, exact to two
 * decimal places (a decimal string), with the rate it used; `undefined` when there is no rate.
 */
export async function toNationalCurrency(
  db: Queryable,
  country: Pick<CountryPack, 'currency' | 'exchangeRates'>,
  amount: string | number,
  currency: string,
  date: string,
): Promise<{ amount: string; rate: RateOnDate } | undefined> {
  const rate = await rateOn(db, country, currency, date);
  if (!rate) return undefined;
  const [row] = await db.query<{ amount: string }>(
    sql`select round(${String(amount)}::numeric * ${rate.rate}::numeric / ${rate.units}::int, 2)::text as amount`,
  );
  return { amount: row?.amount ?? '0', rate };
}
