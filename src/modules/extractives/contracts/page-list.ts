import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { WRITE } from './create-contract.ts';
import { contractsDataset } from './datasets.ts';
import { contractList, contractTypeName } from './lists.ts';
import { listContracts } from './query.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(contractList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

/** `/extractives/contracts`: the contracts, filtered and searched, with the matched snippet and page. */
export function contractListPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/extractives/contracts',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const query = await readPageQuery(ctx.db, contractList, request.query, request.locale);
      const result = await listContracts(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: contractList.pageSize,
        locale: request.locale,
      });
      const searched = Boolean(query.filters.q);
      const rows = result.items.map(({ contract: c, match }) => {
        const href = `/extractives/contracts/${c.slug}`;
        const found = match
          ? html`<p class="hint">${
              match.page !== null
                ? html`<a href="${href}/pages/${match.page}">${t('extractives.contracts.page', { page: match.page })}</a>: `
                : match.source === 'metadata'
                  ? `${t('extractives.contracts.matchedMetadata')}: `
                  : ''
            }${match.snippet}</p>`
          : '';
        return [
          html`<a href="${href}">${t.pick({ mn: c.titleMn, en: c.titleEn })}</a>${found}`,
          t.pick(contractTypeName(c.contractType)),
          t.pick({ mn: c.partiesMn, en: c.partiesEn }),
          c.signedOn ? t.date(new Date(`${c.signedOn}T00:00:00Z`)) : '—',
        ];
      });
      return reply.sendPage(
        listPage(request.page, {
          list: contractList,
          query,
          path: '/extractives/contracts',
          title: t('extractives.contracts.title'),
          lead: t('extractives.contracts.lead'),
          breadcrumbs: [
            { href: '/extractives', label: t('extractives.contracts.resources') },
            { label: t('extractives.contracts.title') },
          ],
          intro: html`<p><a href="/extractives/contracts/compare">${t('extractives.contracts.compare.link')}</a></p>${
            can(request.actor, WRITE)
              ? html`<p><a class="button" href="/extractives/contracts/new">${t('extractives.contracts.create.title')}</a></p>`
              : ''
          }`,
          count: t(searched ? 'extractives.contracts.countFound' : 'extractives.contracts.count', {
            count: result.total,
          }),
          total: result.total,
          empty: { title: t('extractives.contracts.empty'), hint: t('extractives.contracts.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/extractives/contracts' },
          table: {
            caption: t('extractives.contracts.title'),
            columns: [
              { key: 'title', label: t('extractives.contracts.field.title'), sortable: true },
              { key: 'type', label: t('extractives.contracts.field.type') },
              { key: 'parties', label: t('extractives.contracts.field.parties') },
              { key: 'signed', label: t('extractives.contracts.field.signedOn'), sortable: true },
            ],
            rows,
          },
        }),
      );
    },
  );

  // The list's downloads are the dataset's (src/platform/datasets): same filters, streamed, with ETags.
  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/extractives/contracts.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, contractsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
