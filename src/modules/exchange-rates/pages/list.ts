import { Type } from 'typebox';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { exchangeRatesDataset } from '../dataset.ts';
import { currencyLabel, exchangeRatesList } from '../lists.ts';
import { latestRates, listExchangeRates, type Rate } from '../queries.ts';
import { formatRate } from '../views.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(exchangeRatesList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

/** The sources of the rates shown, each once: a reader sees whose rates they are (and demo data says so). */
function sources(rates: readonly Rate[]): { name: { mn: string; en: string }; url: string | null }[] {
  const byName = new Map(
    rates.map((r) => [r.sourceEn, { name: { mn: r.sourceMn, en: r.sourceEn }, url: r.sourceUrl }]),
  );
  return [...byName.values()];
}

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/exchange-rates',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, exchangeRatesList, request.query, locale);
      const [result, latest] = await Promise.all([
        listExchangeRates(ctx.db, query.filters, {
          sort: query.sort,
          page: query.page,
          pageSize: exchangeRatesList.pageSize,
          locale,
        }),
        latestRates(ctx.db),
      ]);
      const national = ctx.country.currency;
      // The latest rate of each currency, with its change since the rate before: what most readers want.
      const latestTable =
        latest.length === 0
          ? html``
          : html`<h2>${t('exchange-rates.latest.title')}</h2>
${table(request.page, {
  caption: t('exchange-rates.latest.caption', { currency: national }),
  columns: [
    { key: 'currency', label: t('exchange-rates.field.currency') },
    { key: 'rate', label: t('exchange-rates.field.rate'), numeric: true },
    { key: 'units', label: t('exchange-rates.field.units'), numeric: true },
    { key: 'change', label: t('exchange-rates.field.change'), numeric: true },
    { key: 'date', label: t('exchange-rates.field.date') },
  ],
  rows: latest.map((r) => {
    const change = r.previous === null ? null : Number(r.rate) / r.units - Number(r.previous);
    return [
      html`<a href="/exchange-rates/${r.currency}">${currencyLabel(r.currency, locale)}</a>`,
      formatRate(r.rate, locale),
      t.number(r.units),
      change === null ? '—' : `${change > 0 ? '+' : ''}${formatRate(change.toFixed(6), locale)}`,
      t.date(r.date),
    ];
  }),
})}
${sources(latest).map(
  (s) =>
    html`<p class="hint">${t('exchange-rates.field.source')}: ${s.url ? html`<a href="${s.url}">${t.pick(s.name)}</a>` : t.pick(s.name)}</p>`,
)}
<h2>${t('exchange-rates.all.title')}</h2>`;
      return reply.sendPage(
        listPage(request.page, {
          list: exchangeRatesList,
          query,
          path: '/exchange-rates',
          title: t('exchange-rates.title'),
          lead: t('exchange-rates.lead', { currency: national }),
          intro: latestTable,
          count: t('exchange-rates.count', { count: result.total }),
          total: result.total,
          empty: { title: t('exchange-rates.empty'), hint: t('exchange-rates.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/exchange-rates' },
          table: {
            caption: t('exchange-rates.caption'),
            columns: [
              { key: 'date', label: t('exchange-rates.field.date'), sortable: true },
              { key: 'currency', label: t('exchange-rates.field.currency'), sortable: true },
              { key: 'rate', label: t('exchange-rates.field.rate'), numeric: true },
              { key: 'units', label: t('exchange-rates.field.units'), numeric: true },
            ],
            rows: result.items.map((r) => [
              t.date(r.date),
              html`<a href="/exchange-rates/${r.currency}">${currencyLabel(r.currency, locale)}</a>`,
              formatRate(r.rate, locale),
              t.number(r.units),
            ]),
          },
        }),
      );
    },
  );

  // The list's downloads are the dataset's (src/platform/datasets): same filters, streamed, with ETags.
  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/exchange-rates.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, exchangeRatesDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
