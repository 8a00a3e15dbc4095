import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { entitiesDataset } from '../dataset.ts';
import { entitiesList } from '../lists.ts';
import { listEntities, searchable } from '../queries.ts';
import { entityName, identifierText } from './views.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(entitiesList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/legal-entities',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, entitiesList, request.query, locale);
      const result = await listEntities(ctx.db, searchable(query.filters, ctx.country.legalEntities), {
        sort: query.sort,
        page: query.page,
        pageSize: entitiesList.pageSize,
        locale,
      });
      const rows = result.items.map((e) => [
        html`<a href="/legal-entities/${e.id}">${entityName(t, e)}</a>`,
        identifierText(t, e),
        t(`legal-entities.kind.${e.kind}`),
        t(`legal-entities.status.${e.status}`),
        e.adminUnitCode ? t.pick({ mn: e.adminUnitMn ?? '', en: e.adminUnitEn ?? '' }) : '—',
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: entitiesList,
          query,
          path: '/legal-entities',
          title: t('legal-entities.title'),
          lead: t('legal-entities.lead'),
          intro: can(request.actor, 'legal-entities.manage')
            ? html`<p><a class="button" href="/legal-entities/new">${t('legal-entities.create.link')}</a></p>`
            : undefined,
          count: t('legal-entities.count', { count: result.total }),
          total: result.total,
          empty: { title: t('legal-entities.empty'), hint: t('legal-entities.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/legal-entities' },
          table: {
            caption: t('legal-entities.caption'),
            columns: [
              { key: 'name', label: t('legal-entities.field.name'), sortable: true },
              { key: 'identifier', label: t('legal-entities.field.identifier') },
              { key: 'kind', label: t('legal-entities.field.kind') },
              { key: 'status', label: t('legal-entities.field.status') },
              { key: 'place', label: t('legal-entities.field.adminUnit') },
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
      `/legal-entities.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, entitiesDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
