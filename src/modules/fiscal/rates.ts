import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/**
 * Sets the rate of transactions (`refs`, or all in another currency) to the official
 * rate of its payment date, as `rateOn` (src/platform/exchange-rates.ts) finds it: the latest rate
 * set on or before the date, at most the pack's `maxGapDays` before it, per unit (1 in the national
 * currency). `amount_mnt`
 * follows (a generated column). A transaction with no such rate keeps its own: imports refuse it
 * before (their rule on the currency), so none is left. Returns how many rows changed.
 */
export async function setTransactionRates(
  tx: Queryable,
  country: Pick<CountryPack, 'currency' | 'exchangeRates'>,
  refs?: readonly string[],
): Promise<number> {
  const changed = await tx.query<{ n: number }>(sql`
    with changed as (update fiscal_transactions t set rate = r.rate
    from (
      select f.id, case when f.currency = ${country.currency} then 1 else (select round(e.rate / e.units, 6)
          from exchange_rates e where e.currency = f.currency and e.rate_date <= f.paid_on
            and e.rate_date > f.paid_on - ${country.exchangeRates.maxGapDays}::int
          order by e.rate_date desc limit 1) end as rate
      from fiscal_transactions f
      ${refs ? sql`join unnest(${[...refs]}::text[]) k(ref) on k.ref = f.ref` : sql`where f.currency <> ${country.currency}`}
    ) r
    where t.id = r.id and r.rate is not null and t.rate <> r.rate
    returning 1) select count(*)::int as n from changed`);
  return changed[0]?.n ?? 0;
}

/** Whether every one of `currencies` has a rate on some day of `year` (the demo pays in them only then). */
export async function ratesCover(
  db: Queryable,
  currencies: readonly string[],
  from: string,
  until: string,
): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(sql`
    select count(distinct currency)::int as n from exchange_rates
    where currency = any(${[...currencies]}::text[]) and rate_date between ${from}::date and ${until}::date`);
  return row?.n === currencies.length;
}
