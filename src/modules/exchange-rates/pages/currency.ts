import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { lineChart } from '../../../platform/views/charts/index.ts';
import { summaryList, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { currencyLabel } from '../lists.ts';
import { monthlyAverages, ratesOf } from '../queries.ts';
import { CurrencyParams } from '../schemas.ts';
import { formatRate } from '../views.ts';

/** How many of a currency's latest rates its page lists, and of its months it charts. */
const SHOWN = 30;
const MONTHS = 12;

export function currencyPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/exchange-rates/:currency',
    { schema: { hide: true, params: CurrencyParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const { currency } = request.params;
      if (!/^[A-Za-z]{3}$/.test(currency)) throw notFound();
      // `/exchange-rates/usd` is a link typed by hand: the code's page, never an error.
      if (currency !== currency.toUpperCase())
        return reply.redirect(`/exchange-rates/${currency.toUpperCase()}`, 301);
      const [rates, months] = await Promise.all([
        ratesOf(ctx.db, currency, SHOWN),
        monthlyAverages(ctx.db, currency, MONTHS),
      ]);
      const last = rates.at(-1);
      if (!last) throw notFound();
      const title = currencyLabel(currency, locale);
      const format = (v: number) => formatRate(v.toFixed(6), locale);
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/exchange-rates', label: t('exchange-rates.title') }, { label: title }],
        alternates: [
          { href: `/api/v1/exchange-rates?currency=${currency}`, type: 'application/json' },
          { href: `/exchange-rates.csv?currency=${currency}`, type: 'text/csv' },
        ],
        main: html`<h1>${title}</h1>
${summaryList([
  {
    key: t('exchange-rates.field.rate'),
    value: `${formatRate(last.rate, locale)} ${ctx.country.currency} = ${t.number(last.units)} ${currency}`,
  },
  { key: t('exchange-rates.field.date'), value: t.date(last.date) },
  {
    key: t('exchange-rates.field.source'),
    value: last.sourceUrl
      ? html`<a href="${last.sourceUrl}">${t.pick({ mn: last.sourceMn, en: last.sourceEn })}</a>`
      : t.pick({ mn: last.sourceMn, en: last.sourceEn }),
  },
])}
${lineChart({
  id: 'rate-trend',
  title: t('exchange-rates.chart.title', { currency, national: ctx.country.currency, count: months.length }),
  t,
  format,
  categoryLabel: t('exchange-rates.chart.month'),
  periods: months.map((m) => m.month),
  series: [{ label: t('exchange-rates.chart.series', { currency }), values: months.map((m) => m.average) }],
})}
${table(request.page, {
  caption: t('exchange-rates.currency.caption', { currency }),
  columns: [
    { key: 'date', label: t('exchange-rates.field.date') },
    { key: 'rate', label: t('exchange-rates.field.rate'), numeric: true },
    { key: 'units', label: t('exchange-rates.field.units'), numeric: true },
  ],
  rows: rates
    .slice()
    .reverse()
    .map((r) => [t.date(r.date), formatRate(r.rate, locale), t.number(r.units)]),
})}
<p><a href="/exchange-rates?currency=${currency}">${t('exchange-rates.currency.all', { currency })}</a></p>`,
      });
    },
  );
}
