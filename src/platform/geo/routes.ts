import bbox from '@turf/bbox';
import { Type } from 'typebox';
import { notFound } from '../http/errors.ts';
import { Bilingual, documentedRoute } from '../http/schemas.ts';
import type { App } from '../http/types.ts';
import { DRAW_SCALE, OUTLINE_SOURCE, outlineOf } from '../places/outline.ts';
import { withQuery } from '../views/context.ts';
import { checkFeatureQuery, MAX_FEATURES, readFeatures } from './features.ts';
import { type LocationLayer, moduleLayers, precisions } from './layers.ts';
import { mapPage } from './page.ts';
import { adminUnitsLayer } from './units.ts';

const GEOJSON = 'application/geo+json';

const Link = Type.Object({ href: Type.String(), rel: Type.String(), type: Type.String() });

const FeatureCollectionSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    bbox: Type.Optional(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Type.String(),
        geometry: Type.Object({ type: Type.String(), coordinates: Type.Unknown() }),
        properties: Type.Object(
          { precision: Type.Union(precisions.map((p) => Type.Literal(p))) },
          { additionalProperties: true },
        ),
      }),
    ),
    numberReturned: Type.Integer(),
    links: Type.Array(Link),
  },
  {
    description:
      'An RFC 7946 FeatureCollection; `links` and `numberReturned` as OGC API Features writes them',
  },
);

const OutlineSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      id: Type.String(),
      geometry: Type.Object({ type: Type.String(), coordinates: Type.Unknown() }),
      properties: Type.Object({ source_mn: Type.String(), source_en: Type.String() }),
    }),
  ),
});

const LayerIndexSchema = Type.Object({
  layers: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Bilingual,
      description: Bilingual,
      href: Type.String(),
      dataset: Type.Optional(
        Type.String({ description: 'The catalogue’s dataset whose fields the properties are' }),
      ),
      properties: Type.Array(Type.String()),
    }),
  ),
});

const FeatureQuerySchema = Type.Object(
  {
    bbox: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'minLon,minLat,maxLon,maxLat (WGS 84), e.g. 100,45,110,50',
      }),
    ),
    unit: Type.Optional(
      Type.String({
        maxLength: 12,
        description: 'An administrative unit code: features in it or in any unit under it',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_FEATURES,
        description: `Features per answer, default 1000, at most ${MAX_FEATURES}`,
      }),
    ),
    after: Type.Optional(
      Type.String({ maxLength: 300, description: 'From `links` rel=next: the id after which to go on' }),
    ),
    lang: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);

/**
 * `/api/v1/geo` (the layers) and `/api/v1/geo/<layer>.geojson`: every module's location layers
 * and the platform's administrative units, as RFC 7946 GeoJSON. The layers are checked first
 * (`moduleLayers`): the app does not start with one that could publish personal data.
 */
export function geoRoutes(app: App): void {
  const { modules, config } = app.shilen;
  // `outline` is the country's outline, served beside the layers.
  const moduleLayerList = moduleLayers(modules, [adminUnitsLayer.id, 'outline']);
  const layers: LocationLayer[] = [adminUnitsLayer, ...moduleLayerList];
  const byId = new Map(layers.map((l) => [l.id, l]));
  const href = (id: string) => `${config.publicUrl}/api/v1/geo/${id}.geojson`;

  app.get(
    '/api/v1/geo',
    {
      config: { access: 'public' },
      schema: documentedRoute('geo', 'The map layers', LayerIndexSchema, {
        description:
          'Every public register with a place, as a GeoJSON layer, and the administrative units. Feedback cases and anything personal are never a layer.',
      }),
    },
    async () => ({
      layers: layers.map((l) => ({
        id: l.id,
        title: l.title,
        description: l.description,
        href: href(l.id),
        // The platform's units are no dataset of the catalogue.
        ...(l === adminUnitsLayer ? {} : { dataset: l.dataset }),
        properties: [...l.properties, 'precision'],
      })),
    }),
  );

  app.get(
    '/api/v1/geo/outline.geojson',
    {
      config: { access: 'public' },
      schema: documentedRoute('geo', 'The country’s outline as GeoJSON', OutlineSchema, {
        description:
          'The country’s outline from Natural Earth (public domain, world-atlas, 1:50m), as an RFC 7946 FeatureCollection of one feature with its source; no feature for a country Natural Earth does not have. Maps draw it behind the layers instead of a tile server.',
      }),
    },
    async (_request, reply) => {
      const outline = outlineOf(app.shilen.country, DRAW_SCALE);
      reply.type(GEOJSON).header('cache-control', 'public, max-age=86400');
      return {
        type: 'FeatureCollection' as const,
        features: outline
          ? [
              {
                type: 'Feature' as const,
                id: 'outline',
                geometry: outline.geometry,
                properties: { source_mn: OUTLINE_SOURCE.mn, source_en: OUTLINE_SOURCE.en },
              },
            ]
          : [],
      };
    },
  );

  mapPage(app, moduleLayerList);

  app.get(
    '/api/v1/geo/:layer.geojson',
    {
      config: { access: 'public' },
      schema: documentedRoute('geo', 'A map layer as GeoJSON', FeatureCollectionSchema, {
        description:
          'An RFC 7946 FeatureCollection (`application/geo+json`) of one layer (see `/api/v1/geo`), in the order of feature ids, at most `limit` features per answer; `links` rel=next (and the `Link` header) goes on. Each feature is a point: the row’s own (`precision: point`) or the centre of its soum or aimag (`precision: soum`, `aimag`). `bbox` keeps the features whose point is in the box; `unit` those in an administrative unit or any unit under it. A bad `bbox` or an unknown `unit` is a 422 naming it.',
        params: Type.Object({ layer: Type.String({ maxLength: 100 }) }),
        querystring: FeatureQuerySchema,
      }),
    },
    async (request, reply) => {
      const layer = byId.get(request.params.layer);
      if (!layer) throw notFound(`no map layer is called ${request.params.layer}`);
      const query = await checkFeatureQuery(app.shilen.db, request.query);
      const { features, next } = await readFeatures(app.shilen.db, layer, query);
      const self = `${config.publicUrl}${request.url}`;
      const links = [{ href: self, rel: 'self', type: GEOJSON }];
      if (next !== undefined) {
        const nextHref = `${config.publicUrl}${withQuery(request.url, { after: next })}`;
        links.push({ href: nextHref, rel: 'next', type: GEOJSON });
        reply.header('link', `<${nextHref}>; rel="next"; type="${GEOJSON}"`);
      }
      const collection = { type: 'FeatureCollection' as const, features };
      reply.type(GEOJSON);
      return {
        ...collection,
        ...(features.length > 0 ? { bbox: bbox(collection as Parameters<typeof bbox>[0]) } : {}),
        numberReturned: features.length,
        links,
      };
    },
  );
}
