import { rateOn } from '../../platform/exchange-rates.ts';
import { notFound, validationFailed } from '../../platform/http/errors.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { exchangeRatesList } from './lists.ts';
import { listExchangeRates, type Rate } from './queries.ts';
import { RateListSchema, RateOnDateSchema, RateOnParams } from './schemas.ts';

/** The API's view of a rate. */
export function presentRate(r: Rate) {
  return {
    currency: r.currency,
    date: r.date,
    rate: r.rate,
    units: r.units,
    source: { name: { mn: r.sourceMn, en: r.sourceEn }, url: r.sourceUrl, file: r.sourceFile },
  };
}

export function exchangeRatesApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/exchange-rates',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exchange-rates'],
        summary: 'List the official exchange rates',
        description:
          'Filter by `currency` and by the days `from` and `to`; newest first by default (`sort=date` for oldest first, `sort=currency`), paged by `page`.',
        querystring: listQuerySchema(exchangeRatesList, { paging: 'offset' }),
        response: { 200: RateListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(exchangeRatesList, request.query);
      const result = await listExchangeRates(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map(presentRate),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/exchange-rates/:currency/:date',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exchange-rates'],
        summary: 'The rate of a currency on a day',
        description:
          'The latest official rate set on or before the day, if it was set within the country’s longest allowed gap before it; 404 when there is none. The national currency is always 1.',
        params: RateOnParams,
        response: { 200: RateOnDateSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { currency, date } = request.params;
      if (!isIsoDate(date))
        throw validationFailed([{ field: 'params.date', message: `"${date}" is not a day of the calendar` }]);
      const found = await rateOn(ctx.db, ctx.country, currency, date);
      if (!found) throw notFound(`no official rate of ${currency} applies on ${date}`);
      const { source, ...rate } = found;
      return { ...rate, source: { name: { mn: source.mn, en: source.en }, url: source.url } };
    },
  );
}
