import type { Geometry } from 'geojson';
import { sql } from '../../../platform/db/sql.ts';
import type { App } from '../../../platform/http/types.ts';
import { listFilterForm } from '../../../platform/lists/page.ts';
import { listWhere, pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { STAGES } from '../codes.ts';
import { projectsList } from '../lists.ts';
import { projectsRows } from '../queries.ts';
import { placesMaps } from './places.ts';

/** The most places one map draws. */
export const MAP_LIMIT = 2000;

const PageQuery = pageQuerySchema(projectsList);

/** `/projects/map`: every project's places drawn on the server, filtered by the list's GET form. */
export function mapPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/map',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, page } = request;
      const query = await readPageQuery(ctx.db, projectsList, request.query, request.locale);
      const rows = await ctx.db.query<{
        id: number;
        slug: string;
        titleMn: string;
        titleEn: string;
        stage: string;
        geometry: Geometry;
      }>(sql`
        select l.id, d.slug, d.title_mn as "titleMn", d.title_en as "titleEn", d.stage, l.geometry
        from (${projectsRows}) d join project_locations l on l.project_id = d.id
        ${listWhere(projectsList, query.filters)}
        order by d.slug, l.id limit ${MAP_LIMIT + 1}`);
      const more = rows.length > MAP_LIMIT;
      const shown = rows.slice(0, MAP_LIMIT);
      const projects = new Set(shown.map((r) => r.slug)).size;
      const title = t('projects.map.title');
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/projects', label: t('projects.title') }, { label: title }],
        alternates: [{ href: '/api/v1/geo/projects.geojson', type: 'application/geo+json' }],
        main: html`<h1>${title}</h1>
<p class="lead">${t('projects.map.lead')}</p>
${listFilterForm(page, projectsList, '/projects/map', query)}
<p role="status">${t('projects.map.count', { count: projects })}${more ? html` ${t('projects.map.more', { max: MAP_LIMIT })}` : ''}</p>
${
  shown.length === 0
    ? html`<p>${t('projects.empty')}</p>`
    : placesMaps(
        ctx,
        t,
        'projects-map',
        shown.map((r) => ({
          id: `place-${r.id}`,
          label: t.pick({ mn: r.titleMn, en: r.titleEn }),
          href: `/projects/${r.slug}`,
          class: r.stage,
          geometry: r.geometry,
        })),
        STAGES.map((s) => ({ id: s, label: t(`projects.stage.${s}`) })),
        t('projects.field.stage'),
      )
}`,
      });
    },
  );
}
