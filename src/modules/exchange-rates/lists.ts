import { sql } from '../../platform/db/sql.ts';
import { defineList } from '../../platform/lists/define.ts';
import { ISO_DATE } from '../../platform/patterns.ts';

/**
 * The list of official rates (days compared as `YYYY-MM-DD` text, so that a day that does not exist,
 * such as 2015-02-30, narrows the list as its neighbours would instead of failing a cast): the API's query, the page's filters, the dataset's download filters
 * and their SQL all come from here. Conditions read the rows `d` of `exchangeRatesRows`
 * (queries.ts), which are also the dataset's source.
 */
export const exchangeRatesList = defineList({
  id: 'exchange-rates',
  pageSize: 50,
  apiPageSize: 100,
  filters: [
    {
      name: 'currency',
      control: 'select',
      label: 'exchange-rates.filter.currency',
      description: 'ISO 4217 code of the currency, e.g. `USD`',
      options: async (db, locale) =>
        (await db.query<{ currency: string }>(sql`select distinct currency from exchange_rates order by 1`))
          .map(({ currency }) => ({
            value: currency,
            label: { mn: currencyLabel(currency, 'mn'), en: currencyLabel(currency, 'en') },
          }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
      pattern: /^[A-Z]{3}$/,
      where: (currency) => sql`d.currency = ${currency}`,
    },
    {
      name: 'from',
      control: 'text',
      label: 'exchange-rates.filter.from',
      description: 'Rates set on or after this day, `YYYY-MM-DD`',
      pattern: ISO_DATE,
      input: { type: 'date' },
      where: (day) => sql`d.day >= ${day}`,
    },
    {
      name: 'to',
      control: 'text',
      label: 'exchange-rates.filter.to',
      description: 'Rates set on or before this day, `YYYY-MM-DD`',
      pattern: ISO_DATE,
      input: { type: 'date' },
      where: (day) => sql`d.day <= ${day}`,
    },
  ],
  sort: {
    default: '-date',
    tieBreaker: sql`d.key`,
    keys: {
      date: () => ({ by: sql`d.date`, thenBy: [sql`d.currency`] }),
      currency: () => ({ by: sql`d.currency`, thenBy: [sql`d.date`] }),
    },
  },
});

/** A currency's name in the reader's language with its code, e.g. "US Dollar (USD)". */
const currencyNames = {
  mn: new Intl.DisplayNames(['mn'], { type: 'currency', fallback: 'none' }),
  en: new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' }),
};

export function currencyLabel(code: string, locale: 'mn' | 'en'): string {
  const name = currencyNames[locale].of(code);
  if (!name || name === code) return code;
  return `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)} (${code})`;
}
