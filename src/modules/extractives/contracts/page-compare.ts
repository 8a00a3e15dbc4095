import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { categoryOf } from './categories.ts';
import { categorySelect } from './category-select.ts';
import { annotationsOfCategory } from './store.ts';

const CompareQuery = Type.Object({ category: Type.Optional(Type.String({ maxLength: 60 })) });

/**
 * `/extractives/contracts/compare?category=royalties`: one category side by side across contracts
 * (contract, article, page, summary), the ask ResourceContracts users make most. A category that is
 * not in the taxonomy shows the chooser alone, never an error page.
 */
export function comparePage(app: App, ctx: ModuleContext): void {
  app.get(
    '/extractives/contracts/compare',
    { schema: { hide: true, querystring: CompareQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const category = categoryOf(request.query.category ?? '');
      const rows = category ? await annotationsOfCategory(ctx.db, category.code) : [];
      const title = category
        ? t('extractives.contracts.compare.titleOf', { category: t.pick(category.name) })
        : t('extractives.contracts.compare.title');
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/extractives/contracts', label: t('extractives.contracts.title') },
          { label: t('extractives.contracts.compare.title') },
        ],
        main: html`<h1>${title}</h1><p class="lead">${t('extractives.contracts.compare.lead')}</p>
<form method="get" action="/extractives/contracts/compare">
${categorySelect(request, category?.code ?? '')}
<button type="submit" class="button">${t('extractives.contracts.compare.show')}</button></form>
${
  !category
    ? ''
    : rows.length === 0
      ? html`<p>${t('extractives.contracts.compare.none')}</p>`
      : table(request.page, {
          caption: title,
          columns: [
            { key: 'contract', label: t('extractives.contracts.compare.contract') },
            { key: 'article', label: t('extractives.contracts.form.article') },
            { key: 'page', label: t('extractives.contracts.form.page'), numeric: true },
            { key: 'summary', label: t('extractives.contracts.compare.summary') },
          ],
          rows: rows.map((a) => [
            html`<a href="/extractives/contracts/${a.contract}#category-${a.category}">${t.pick({ mn: a.contractTitleMn, en: a.contractTitleEn })}</a>`,
            a.article ?? '—',
            a.page !== null
              ? html`<a href="/extractives/contracts/${a.contract}/pages/${a.page}">${a.page}</a>`
              : '—',
            t.pick({ mn: a.summaryMn, en: a.summaryEn }),
          ]),
        })
}
${category && rows.length > 0 ? html`<p><a href="/datasets/extractives-annotations/download.csv?category=${category.code}">${t('extractives.contracts.compare.download')}</a></p>` : ''}`,
      });
    },
  );
}
