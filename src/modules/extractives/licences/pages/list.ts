import { Type } from 'typebox';
import { can } from '../../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../../platform/datasets/download.ts';
import type { App } from '../../../../platform/http/types.ts';
import { listPage } from '../../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { html } from '../../../../platform/views/html.ts';
import { licencesDataset } from '../dataset.ts';
import { licencesList } from '../lists.ts';
import { listLicences } from '../queries.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(licencesList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

/** The list of licences with its filters and downloads (the dataset's, with the same filters). */
export function listPages(app: App, ctx: ModuleContext): void {
  const kinds = new Map(ctx.country.extractives.licenceTypes.map((k) => [k.code, k.name]));
  app.get(
    '/extractives/licences',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, licencesList, request.query, locale);
      const result = await listLicences(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: licencesList.pageSize,
        locale,
      });
      const rows = result.items.map((r) => [
        html`<a href="/extractives/licences/${r.slug}">${r.number}</a>`,
        t.pick({ mn: r.nameMn, en: r.nameEn }),
        kinds.has(r.type) ? t.pick(kinds.get(r.type)!) : r.type,
        t(`extractives.licences.status.${r.status}`),
        r.holders ?? '',
        r.unitNameMn ? t.pick({ mn: r.unitNameMn, en: r.unitNameEn ?? r.unitNameMn }) : '',
        r.areaHa === null ? '' : t.number(Math.round(Number(r.areaHa))),
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: licencesList,
          query,
          path: '/extractives/licences',
          title: t('extractives.licences.title'),
          lead: t('extractives.licences.lead'),
          intro: can(request.actor, 'extractives.licences.write')
            ? html`<p><a class="button" href="/extractives/licences/new">${t('extractives.licences.create.link')}</a>
<a href="/extractives/licences/import">${t('extractives.licences.import.link')}</a></p>`
            : undefined,
          count: t('extractives.licences.count', { count: result.total }),
          total: result.total,
          empty: { title: t('extractives.licences.empty'), hint: t('extractives.licences.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/extractives/licences' },
          table: {
            caption: t('extractives.licences.caption'),
            columns: [
              { key: 'number', label: t('extractives.licences.field.number'), sortable: true },
              { key: 'name', label: t('extractives.licences.field.name'), sortable: true },
              { key: 'type', label: t('extractives.licences.field.type') },
              { key: 'status', label: t('extractives.licences.field.status') },
              { key: 'holders', label: t('extractives.licences.field.holders') },
              { key: 'unit', label: t('extractives.licences.field.adminUnit') },
              { key: 'area', label: t('extractives.licences.field.areaHa'), sortable: true, numeric: true },
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
      `/extractives/licences.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, licencesDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
