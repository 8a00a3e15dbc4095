import bbox from '@turf/bbox';
import { Type } from 'typebox';
import { topLevelUnits } from '../admin-units.ts';
import type { App } from '../http/types.ts';
import type { Locale } from '../i18n/index.ts';
import { DRAW_SCALE, OUTLINE_SOURCE, outlineOf, ringsOf } from '../places/outline.ts';
import { emptyState, filterForm, selectField } from '../views/components.ts';
import { type Html, html } from '../views/html.ts';
import { type MapPoint, pointsMap } from '../views/maps/points.ts';
import { type Feature, MAX_FEATURES, readFeatures } from './features.ts';
import type { LocationLayer, Precision } from './layers.ts';
import './messages.ts';

const MapQuery = Type.Object({
  layer: Type.Optional(Type.String({ maxLength: 100 })),
  unit: Type.Optional(Type.String({ maxLength: 12 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
});

/**
 * What a feature is called on the map and in its table: the layer's name in the reader's
 * language (`name_mn`/`name_en`), else its `title` or `name`, else its id.
 */
export function featureLabel(feature: Feature, locale: Locale): string {
  const p = feature.properties;
  const pick = [p[`name_${locale}`], p.name_mn, p.name_en, p.title, p.name].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return pick ?? feature.id;
}

/** Where a feature is drawn: its point, or the middle of its shape's box. */
export function featurePoint(feature: Feature): { lon: number; lat: number } {
  if (feature.geometry.type === 'Point') {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    return { lon, lat };
  }
  const [w, s, e, n] = bbox(feature as unknown as Parameters<typeof bbox>[0]);
  return { lon: (w + e) / 2, lat: (s + n) / 2 };
}

/**
 * `/map`: the modules' public layers on a map drawn on the server (`pointsMap`, clustered), the
 * layer and an aimag chosen by a GET form, so it works without JavaScript and in print, with the
 * table of the same figures. Where the page has JavaScript, `map-island.js` puts a Leaflet map of
 * the same layer (pan, zoom, clustering) in place of the drawing, over the site's own GeoJSON
 * (the layer, the aimags and the country's outline) and no tile server.
 */
export function mapPage(app: App, layers: readonly LocationLayer[]): void {
  app.get(
    '/map',
    { schema: { hide: true, querystring: MapQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const { db, country } = app.shilen;
      const units = await topLevelUnits(db, locale);
      // An unknown layer or unit is ignored, as every list page's filter is.
      const layer = layers.find((l) => l.id === request.query.layer) ?? layers[0];
      const unit = units.find((u) => u.code === request.query.unit);
      const form = filterForm(request.page, '/map', [
        selectField(
          'layer',
          t('geo.map.layer'),
          layers.map((l) => ({ value: l.id, label: t.pick(l.title) })),
          layer?.id,
        ),
        selectField(
          'unit',
          t('geo.map.unit'),
          units.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })),
          unit?.code,
          t('geo.map.allUnits'),
        ),
      ]);
      const list = html`<section aria-labelledby="map-layers"><h2 id="map-layers">${t('geo.map.layers')}</h2>
<ul class="link-list">${layers.map(
        (l) =>
          html`<li><a href="/map?layer=${l.id}">${t.pick(l.title)}</a>: ${t.pick(l.description)} <a href="/api/v1/geo/${l.id}.geojson">${t('geo.map.download', { title: t.pick(l.title) })}</a></li>`,
      )}</ul></section>`;
      let drawing: Html = emptyState(t('geo.map.none'));
      if (layer) {
        const { features, next } = await readFeatures(db, layer, {
          limit: MAX_FEATURES,
          ...(unit ? { unit: unit.code } : {}),
        });
        const points: MapPoint[] = features.map((f) => ({
          id: f.id,
          label: featureLabel(f, locale),
          ...featurePoint(f),
        }));
        const outline = outlineOf(country, DRAW_SCALE);
        const count = (p: Precision) => t.number(features.filter((f) => f.properties.precision === p).length);
        const note = [
          t('geo.map.precision', { point: count('point'), soum: count('soum'), aimag: count('aimag') }),
          ...(outline ? [`${t.pick(OUTLINE_SOURCE)}.`] : []),
        ].join(' ');
        const query = new URLSearchParams({
          limit: String(MAX_FEATURES),
          ...(unit ? { unit: unit.code } : {}),
        });
        const geojson = `/api/v1/geo/${layer.id}.geojson?${query}`;
        const assets = request.page.assets.files ?? {};
        const [script, leaflet, leafletCss] = [
          assets['map-island.js'],
          assets['leaflet.js'],
          assets['leaflet.css'],
        ];
        const title = unit
          ? `${t.pick(layer.title)}: ${t.pick({ mn: unit.nameMn, en: unit.nameEn })}`
          : t.pick(layer.title);
        const figure = pointsMap({
          id: 'layer-map',
          title,
          t,
          points,
          note,
          ...(outline ? { outline: ringsOf(outline.geometry) } : {}),
        });
        drawing = html`<p>${t.pick(layer.description)}</p>
${next !== undefined ? html`<p class="notice">${t('geo.map.truncated', { count: t.number(MAX_FEATURES) })}</p>` : ''}
${
  script && leaflet && leafletCss
    ? html`<div class="map-island" data-map-island data-layer="${geojson}" data-outline="/api/v1/geo/outline.geojson" data-units="/api/v1/geo/admin-units.geojson?limit=${MAX_FEATURES}" data-leaflet-css="${leafletCss}" data-label="${t('geo.map.island')}">${figure}</div><script src="${leaflet}" defer></script><script src="${script}" defer></script>`
    : figure
}
<p><a href="${geojson}">${t('geo.map.download', { title })}</a></p>`;
      }
      return reply.sendPage({
        title: t('geo.map.title'),
        description: t('geo.map.lead'),
        breadcrumbs: [{ label: t('geo.map.title') }],
        main: html`<h1>${t('geo.map.title')}</h1>
<p class="lead">${t('geo.map.lead')}</p>
${layers.length > 0 ? form : ''}
${drawing}
${layers.length > 0 ? list : ''}`,
      });
    },
  );
}
