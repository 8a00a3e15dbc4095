import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { DRAW_SCALE, outlineOf, ringsOf } from '../../../platform/places/outline.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type MapPoint, pointsMap } from '../../../platform/views/maps/points.ts';
import { type MapPolygon, polygonsMap } from '../../../platform/views/maps/polygons.ts';

/** A place to draw: its project's label and page, and its shape. */
export interface DrawnPlace {
  id: string;
  label: string;
  href?: string;
  /** The class of an area on the map (the project's stage, say). */
  class: string;
  geometry: Geometry;
}

/** A position on a point or a line: the point, or the line's middle vertex. */
function pointOf(g: Geometry): [number, number] | null {
  const middle = (xs: number[][]) => xs[Math.floor(xs.length / 2)] as [number, number];
  switch (g.type) {
    case 'Point':
      return g.coordinates as [number, number];
    case 'MultiPoint':
    case 'LineString':
      return middle(g.coordinates);
    case 'MultiLineString':
      return middle(g.coordinates.flat());
    default:
      return null;
  }
}

/**
 * Places drawn on the server (no JavaScript): areas on a map of polygons, points and lines (at
 * their middle) on a map of points, the country's outline behind, each map with its table.
 */
export function placesMaps(
  ctx: ModuleContext,
  t: Translator,
  id: string,
  places: readonly DrawnPlace[],
  classes: readonly { id: string; label: string }[],
  classLabel: string,
): Html {
  const outline = outlineOf(ctx.country, DRAW_SCALE);
  const rings = outline ? { outline: ringsOf(outline.geometry) } : {};
  const areas: MapPolygon[] = places
    .filter((p) => p.geometry.type === 'Polygon' || p.geometry.type === 'MultiPolygon')
    .map((p) => ({
      id: p.id,
      label: p.label,
      class: p.class,
      geometry: p.geometry as Polygon | MultiPolygon,
      ...(p.href ? { href: p.href } : {}),
    }));
  const points: MapPoint[] = places.flatMap((p) => {
    const at = pointOf(p.geometry);
    return at ? [{ id: p.id, label: p.label, lon: at[0], lat: at[1] }] : [];
  });
  const parts: Html[] = [];
  if (areas.length > 0)
    parts.push(
      polygonsMap({
        id: `${id}-areas`,
        title: t('projects.map.areas'),
        t,
        polygons: areas,
        classes: classes.filter((c) => areas.some((a) => a.class === c.id)),
        classLabel,
        note: t('projects.map.note'),
        ...rings,
      }),
    );
  if (points.length > 0)
    parts.push(
      pointsMap({
        id: `${id}-points`,
        title: t('projects.map.points'),
        t,
        points,
        note: t('projects.map.pointsNote'),
        ...rings,
      }),
    );
  return html`${parts}`;
}
