import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { officialsDataset } from '../dataset.ts';
import { officialsList } from '../lists.ts';
import { listTerms } from '../queries.ts';
import { termPeriod, termTags } from './views.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(officialsList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/officials',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, officialsList, request.query, locale);
      const result = await listTerms(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: officialsList.pageSize,
        locale,
      });
      const rows = result.items.map((r) => [
        html`<a href="/officials/${r.slug}">${t.pick({ mn: r.nameMn, en: r.nameEn ?? r.nameMn })}</a>`,
        html`${t.pick({ mn: r.postMn, en: r.postEn ?? r.postMn })}${r.role ? html` (${r.role})` : ''} ${termTags(t, r)}`,
        html`<a href="/organizations/${r.organization}">${t.pick({ mn: r.organizationNameMn, en: r.organizationNameEn })}</a>`,
        termPeriod(t, r),
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: officialsList,
          query,
          path: '/officials',
          title: t('officials.title'),
          lead: t('officials.lead'),
          intro: can(request.actor, 'officials.manage')
            ? html`<p><a class="button" href="/officials/new">${t('officials.create.link')}</a></p>`
            : undefined,
          count: t('officials.count', { count: result.total }),
          total: result.total,
          empty: { title: t('officials.empty'), hint: t('officials.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/officials' },
          table: {
            caption: t('officials.caption'),
            columns: [
              { key: 'name', label: t('officials.field.name'), sortable: true },
              { key: 'post', label: t('officials.field.post') },
              { key: 'organization', label: t('officials.field.organization') },
              { key: 'start', label: t('officials.field.term'), sortable: true },
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
      `/officials.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, officialsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
