import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import { exchangeRatesList } from './lists.ts';

/** One official rate with the source it came from. */
export interface Rate {
  currency: string;
  /** The day it was set, `YYYY-MM-DD`. */
  date: string;
  /** National currency for `units` of the currency, exact (a decimal string). */
  rate: string;
  units: number;
  sourceMn: string;
  sourceEn: string;
  sourceUrl: string | null;
  sourceFile: string;
}

/** Every rate with what the list filters and sorts on: the rows `d` of the list and the dataset. */
export const exchangeRatesRows = sql`
  select r.currency || '/' || to_char(r.rate_date, 'YYYY-MM-DD') as key, r.currency, r.rate_date as date,
    to_char(r.rate_date, 'YYYY-MM-DD') as day, r.rate::text as rate, r.units,
    s.name_mn as source_mn, s.name_en as source_en, s.url as source_url, s.file_name as source_file,
    r.updated_at
  from exchange_rates r join exchange_rate_sources s on s.id = r.source_id`;

const COLUMNS = sql`d.currency, d.day as date, d.rate, d.units, d.source_mn as "sourceMn",
  d.source_en as "sourceEn", d.source_url as "sourceUrl", d.source_file as "sourceFile"`;

/** One page of the list, filtered and sorted as `exchangeRatesList` declares. */
export function listExchangeRates(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Rate>> {
  return fetchPage<Rate>(db, exchangeRatesList, {
    rows: exchangeRatesRows,
    select: COLUMNS,
    filters,
    ...options,
  });
}

/** The latest rate of every currency, with the one before it (for the change), by currency. */
export async function latestRates(db: Queryable): Promise<(Rate & { previous: string | null })[]> {
  return db.query(sql`
    select ${COLUMNS}, (select (p.rate / p.units)::text from exchange_rates p
        where p.currency = d.currency and p.rate_date < d.date order by p.rate_date desc limit 1) as previous
    from (${exchangeRatesRows}) d
    where d.date = (select max(rate_date) from exchange_rates m where m.currency = d.currency)
    order by d.currency`);
}

/** A currency's rates, oldest first, for its chart and table; at most `limit`, the latest. */
export async function ratesOf(db: Queryable, currency: string, limit: number): Promise<Rate[]> {
  return db.query<Rate>(sql`
    select * from (select ${COLUMNS} from (${exchangeRatesRows}) d where d.currency = ${currency}
      order by d.date desc limit ${limit}) latest order by date`);
}

/** A currency's average rate per unit in each of its latest `months` months with rates, oldest first. */
export async function monthlyAverages(
  db: Queryable,
  currency: string,
  months: number,
): Promise<{ month: string; average: number }[]> {
  return db.query(sql`
    select * from (
      select to_char(date_trunc('month', rate_date), 'YYYY-MM') as month, avg(rate / units)::float8 as average
      from exchange_rates where currency = ${currency} group by 1 order by 1 desc limit ${months}) latest
    order by month`);
}

/** How many currencies have rates, and the latest day a rate was set, for the home page. */
export async function ratesSummary(db: Queryable): Promise<{ currencies: number; latest: string | null }> {
  const [row] = await db.query<{ currencies: number; latest: string | null }>(
    sql`select count(distinct currency)::int as currencies, max(rate_date) as latest from exchange_rates`,
  );
  return row ?? { currencies: 0, latest: null };
}
