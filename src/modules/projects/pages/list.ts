import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage, listSearch } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { sectorByCode } from '../codes.ts';
import { projectsDataset } from '../dataset.ts';
import { projectsList } from '../lists.ts';
import { listProjects } from '../queries.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(projectsList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, projectsList, request.query, locale);
      const result = await listProjects(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: projectsList.pageSize,
        locale,
      });
      const rows = result.items.map((r) => [
        html`<a href="/projects/${r.slug}">${t.pick({ mn: r.titleMn, en: r.titleEn })}</a>`,
        html`<a href="/projects/agencies/${r.organization}">${t.pick({ mn: r.organizationNameMn, en: r.organizationNameEn })}</a>`,
        sectorByCode.has(r.sector) ? t.pick(sectorByCode.get(r.sector)!.name) : r.sector,
        t(`projects.stage.${r.stage}`),
        r.budgetAmount && r.budgetCurrency ? t.money(Number(r.budgetAmount), r.budgetCurrency) : '—',
        r.plannedStart ? t.date(r.plannedStart) : '—',
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: projectsList,
          query,
          path: '/projects',
          title: t('projects.title'),
          lead: t('projects.lead'),
          intro: html`${can(request.actor, 'projects.write') ? html`<p><a class="button" href="/projects/new">${t('projects.create.link')}</a></p>` : ''}
<ul class="link-list">
  <li><a href="/projects/map${listSearch(query.filters)}">${t('projects.map.link')}</a></li>
  <li><a href="/projects/loans">${t('projects.loans.title')}</a></li>
  <li><a href="/projects/lenders">${t('projects.lenders.title')}</a></li>
  <li><a href="/projects/flags">${t('projects.flags.title')}</a></li>
  <li><a href="/projects/oc4ids.json" type="application/json">${t('projects.list.oc4ids')}</a></li>
  <li><a href="/projects/iati-activities.xml" type="application/xml">${t('projects.list.iati')}</a></li>
</ul>`,
          count: t('projects.count', { count: result.total }),
          total: result.total,
          empty: { title: t('projects.empty'), hint: t('projects.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/projects' },
          table: {
            caption: t('projects.caption'),
            columns: [
              { key: 'name', label: t('projects.field.name'), sortable: true },
              { key: 'organization', label: t('projects.field.organization') },
              { key: 'sector', label: t('projects.field.sector') },
              { key: 'stage', label: t('projects.field.stage') },
              { key: 'budget', label: t('projects.field.budget'), numeric: true },
              { key: 'start', label: t('projects.field.plannedStart'), sortable: true },
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
      `/projects.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, projectsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
