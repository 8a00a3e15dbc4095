import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { exchangeRatesApi } from './api.ts';
import { exchangeRatesDataset } from './dataset.ts';
import { loadExchangeRatesDemo } from './demo.ts';
import { importRates } from './import.ts';
import { messages } from './messages.ts';
import { exchangeRatesPages } from './pages/index.ts';
import { ratesSummary } from './queries.ts';

/**
 * The official exchange rates, a register of the platform (table `exchange_rates`, migration 015
 * of the platform; "the rate on a date" in src/platform/exchange-rates.ts): published here as
 * pages, API and dataset, and imported from the central bank's files.
 */
export const exchangeRatesModule: ShilenModule = {
  name: 'exchange-rates',
  dependsOn: ['organizations'],
  messages,
  navigation: [{ href: '/exchange-rates', label: 'nav.exchange-rates', group: 'registers', order: 40 }],
  api: exchangeRatesApi,
  pages: exchangeRatesPages,
  datasets: [exchangeRatesDataset],
  importers: [
    {
      name: 'exchange-rates',
      description: {
        mn: 'Төв банкны албан ханш (CSV: огноо, валют, ханш, нэгж)',
        en: 'The central bank’s official rates (CSV: date, currency, rate, units)',
      },
      run: (ctx, file, options) => importRates(ctx, file, { dryRun: options.dryRun }),
    },
  ],
  demo: loadExchangeRatesDemo,
  sitemap: () => [
    {
      name: 'exchange-rates',
      pages: sql`select '/exchange-rates/' || currency as path, max(updated_at) as modified from exchange_rates group by currency
        union all select '/exchange-rates', (select max(updated_at) from exchange_rates)`,
    },
  ],
  homeCard: async ({ db }, t) => {
    const { currencies, latest } = await ratesSummary(db);
    return homeCard({
      href: '/exchange-rates',
      title: t('exchange-rates.title'),
      text: t(currencies === 0 ? 'exchange-rates.cardEmpty' : 'exchange-rates.card'),
      ...(currencies > 0 && latest
        ? {
            figure: {
              value: t.number(currencies),
              label: t('exchange-rates.cardFigure', { count: currencies }),
            },
          }
        : {}),
    });
  },
};
