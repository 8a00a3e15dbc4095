import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { processesList } from '../lists.ts';
import { countProcesses, listProcesses, type ProcessSort } from '../service.ts';
import { amount, codeLabel, flagBadges } from './shared.ts';

/**
 * Past this many matches the count says "more than"; counting a million rows is not worth it. The
 * pages go as far as the count: the last is the one that holds the 10,000th match.
 */
const COUNT_CAP = 10000;

export function processListPage(app: App, ctx: ModuleContext): void {
  const list = processesList;
  app.get(
    '/procurement',
    { schema: { hide: true, querystring: pageQuerySchema(list) }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, list, request.query, locale);
      const pageNo = Math.min(query.page, Math.ceil(COUNT_CAP / list.pageSize));
      const [result, total] = await Promise.all([
        listProcesses(ctx.db, query.filters, {
          sort: query.sort as ProcessSort,
          limit: list.pageSize,
          offset: (pageNo - 1) * list.pageSize,
        }),
        countProcesses(ctx.db, query.filters, COUNT_CAP),
      ]);
      const rows = result.items.map((p) => [
        html`<a href="/procurement/processes/${encodeURIComponent(p.ocid)}">${p.title || p.ocid}</a><br><span class="ocid">${p.ocid}</span>`,
        p.buyerSlug
          ? html`<a href="/procurement/buyers/${p.buyerSlug}">${t.pick({ mn: p.buyerNameMn, en: p.buyerNameEn })}</a>`
          : p.buyerName,
        p.supplierId ? html`<a href="/procurement/suppliers/${p.supplierId}">${p.supplierName}</a>` : '—',
        codeLabel(t, 'method', p.method) ?? '—',
        amount(t, p.contractValue ?? p.tenderValue, p.currency),
        t.date(p.date),
        flagBadges(t, p.flags),
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list,
          query: { ...query, page: pageNo },
          path: '/procurement',
          title: t('procurement.title'),
          lead: t('procurement.lead'),
          intro: html`<p class="procurement-links"><a href="/procurement/disclosure">${t('procurement.disclosure.title')}</a> · <a href="/procurement/ocds">${t('procurement.ocds.title')}</a> · <a href="/procurement/upload">${t('procurement.upload.title')}</a></p>`,
          count:
            total > COUNT_CAP
              ? t('procurement.countMore', { count: t.number(COUNT_CAP) })
              : t('procurement.count', { count: t.number(total) }),
          total: Math.min(total, COUNT_CAP),
          empty: { title: t('procurement.empty'), hint: t('procurement.emptyHint') },
          downloads: { formats: ['csv'], api: '/api/v1/procurement/processes' },
          table: {
            caption: t('procurement.caption'),
            columns: [
              { key: 'title', label: t('procurement.col.title') },
              { key: 'buyer', label: t('procurement.col.buyer') },
              { key: 'supplier', label: t('procurement.col.supplier') },
              { key: 'method', label: t('procurement.col.method') },
              { key: 'value', label: t('procurement.col.value'), sortable: true, numeric: true },
              { key: 'date', label: t('procurement.col.date'), sortable: true },
              { key: 'flags', label: t('procurement.col.flags') },
            ],
            rows,
          },
        }),
      );
    },
  );
}
