import { topLevelUnits } from '../../../platform/admin-units.ts';
import { sql } from '../../../platform/db/sql.ts';
import { validationFailed } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { DRAW_SCALE, OUTLINE_SOURCE, outlineOf, ringsOf } from '../../../platform/places/outline.ts';
import { downloads, filterForm, notice, selectField, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { polygonsMap } from '../../../platform/views/maps/polygons.ts';
import { filterQuery, licenceAreas, RESOURCES, readFilters, STATUSES } from './areas.ts';

/** The most areas one map draws (its table lists the same); the GeoJSON gives up to `MAX_FEATURES`. */
export const MAP_LIMIT = 2000;
export const MAX_FEATURES = 10000;

/** `/extractives/map` (licence areas drawn on the server, with filters) and its GeoJSON. */
export function mapPages(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.extractives;

  app.get(
    '/extractives/map',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = request.query as Record<string, unknown>;
      const { filters, bboxProblem } = readFilters(query);
      const [{ areas, more }, aimags, commodities] = await Promise.all([
        licenceAreas(ctx.db, filters, MAP_LIMIT),
        topLevelUnits(ctx.db, locale),
        ctx.db.query<{ c: string }>(
          sql`select distinct unnest(commodities) as c from extractive_licences order by 1`,
        ),
      ]);
      const outline = outlineOf(ctx.country, DRAW_SCALE);
      const types = pack.licenceTypes;
      const w = filters.window;
      const form = filterForm(request.page, '/extractives/map', [
        selectField(
          'kind',
          t('extractives.map.kind'),
          types.map((k) => ({ value: k.code, label: t.pick(k.name) })),
          filters.kind,
          t('extractives.map.any'),
        ),
        selectField(
          'resource',
          t('extractives.map.resource'),
          RESOURCES.map((r) => ({ value: r, label: t(`extractives.resource.${r}`) })),
          filters.resource,
          t('extractives.map.any'),
        ),
        selectField(
          'status',
          t('extractives.map.status'),
          STATUSES.map((s) => ({ value: s, label: t(`extractives.spatialStatus.${s}`) })),
          filters.status,
          t('extractives.map.any'),
        ),
        selectField(
          'aimag',
          t('extractives.map.aimag'),
          aimags.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })),
          filters.aimag,
          t('extractives.map.any'),
        ),
        selectField(
          'commodity',
          t('extractives.map.commodity'),
          commodities.map((c) => ({ value: c.c, label: c.c })),
          filters.commodity,
          t('extractives.map.any'),
        ),
        textField(
          'bbox',
          t('extractives.map.window'),
          typeof query.bbox === 'string' ? query.bbox.slice(0, 200) : '',
          {
            hint: t('extractives.map.windowHint'),
            ...(bboxProblem ? { error: t('extractives.map.windowInvalid') } : {}),
          },
        ),
      ]);
      const map =
        areas.length === 0
          ? html`<p>${t('extractives.map.none')}</p>`
          : polygonsMap({
              id: 'licence-areas',
              title: t('extractives.map.title'),
              t,
              classes: types.map((k) => ({ id: k.code, label: t.pick(k.name) })),
              classLabel: t('extractives.map.kind'),
              categoryLabel: t('extractives.overlaps.licence'),
              polygons: areas.map((a) => ({
                id: a.slug,
                label: `${a.number} ${t.pick({ mn: a.nameMn, en: a.nameEn })}`,
                class: a.licenceType,
                geometry: a.geometry,
                href: `/extractives/licences/${a.slug}`,
              })),
              ...(outline ? { outline: ringsOf(outline.geometry) } : {}),
              note: outline
                ? `${t('extractives.map.note')} ${t.pick(OUTLINE_SOURCE)}.`
                : t('extractives.map.note'),
              fit: w ? 'polygons' : 'outline',
            });
      return reply.sendPage({
        title: t('extractives.map.title'),
        main: html`<h1>${t('extractives.map.title')}</h1>
<p class="lead">${t('extractives.map.lead')}</p>
${form}
${more ? notice(request, { tone: 'inset', body: t('extractives.map.more', { count: MAP_LIMIT }) }) : ''}
${map}
<p><a href="/extractives/overlaps">${t('extractives.overlaps.title')}</a></p>
${downloads(request.page, [{ href: `/extractives/map.geojson${filterQuery(filters)}`, label: t('extractives.map.geojson') }])}`,
      });
    },
  );

  app.get(
    '/extractives/map.geojson',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { filters, bboxProblem } = readFilters(request.query as Record<string, unknown>);
      if (bboxProblem) throw validationFailed([{ field: 'query.bbox', message: bboxProblem }]);
      const { areas, more } = await licenceAreas(ctx.db, filters, MAX_FEATURES);
      const origin = `${request.protocol}://${request.host}`;
      reply.header('content-type', 'application/geo+json; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="extractives-licence-areas.geojson"');
      return JSON.stringify({
        type: 'FeatureCollection',
        numberReturned: areas.length,
        ...(more ? { truncated: true } : {}),
        features: areas.map((a) => ({
          type: 'Feature',
          id: a.slug,
          geometry: a.geometry,
          properties: {
            slug: a.slug,
            number: a.number,
            licence_type: a.licenceType,
            resource: a.resource,
            status: a.status,
            name_mn: a.nameMn,
            name_en: a.nameEn,
            commodities: a.commodities,
            admin_unit_code: a.adminUnitCode,
            area_ha: a.areaHa,
            granted_on: a.grantedOn,
            expires_on: a.expiresOn,
            url: `${origin}/extractives/licences/${a.slug}`,
          },
        })),
      });
    },
  );
}
