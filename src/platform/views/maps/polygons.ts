import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { type ChartBase, clip, figure, legend, r2 } from '../charts/frame.ts';
import { colourOf } from '../charts/palette.ts';
import { type Html, html } from '../html.ts';
import { OUTLINE } from './choropleth.ts';
import './messages.ts';
import { fitted } from './points.ts';
import { outlinePath, type Projection, type Ring, ringsOf, shapePath } from './shapes.ts';

/** An area on a map of polygons: a licence area, say, with its label and its class. */
export interface MapPolygon {
  id: string;
  label: string;
  /** The id of its class (`classes`), e.g. `exploration`. */
  class: string;
  geometry: Polygon | MultiPolygon;
  /** The area's page: the shape becomes a link to it (named by its label), and so does its row. */
  href?: string;
}

export interface PolygonsMapOptions extends ChartBase {
  polygons: readonly MapPolygon[];
  /** The classes in the legend's order with their words; by default each class met, named by its id. */
  classes?: readonly { id: string; label: string }[];
  /** The country's outline (rings of [lon, lat]), drawn behind. */
  outline?: readonly Ring[];
  /** Where the areas and the outline come from, said in the caption. */
  note: string;
  width?: number;
  /** What the drawing is fitted to: the country (`outline`, the default) or the polygons alone. */
  fit?: 'outline' | 'polygons';
  /** The heading of the table's class column; "Class" unless given. */
  classLabel?: string;
}

/**
 * The fill of each class: the charts' palette in its order, each 3:1 or more against the page
 * and with white text on it at 4.5:1 or more (`palette.test.ts`); the dark outline of every area
 * and its class in the legend and the table, so colour is never the only key.
 */
export const polygonText = '#ffffff';

/** An area in km² (geodesic, turf), rounded to a tenth. */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return Math.round(area({ type: 'Feature', geometry, properties: {} }) / 1e5) / 10;
}

/** The box of a polygon on the drawing. */
function boxOf(geometry: Polygon | MultiPolygon, p: Projection) {
  const points = ringsOf(geometry).flat();
  const xs = points.map((q) => p.x(q[0]!));
  const ys = points.map((q) => p.y(q[1]!));
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/**
 * A map of areas (licence areas, protected areas …) drawn on the server as SVG in the projection
 * of the maps of shapes, the country's outline behind: each area filled in its class's colour
 * with a dark outline, its label written on it where it fits (larger areas first, none over
 * another); the legend names the classes and the table lists every area with its class and its
 * size. An area with an `href` is a link to its page, on the drawing and in the table; works
 * without JavaScript and in print.
 *
 * @example
 * polygonsMap({ id: 'licences-map', title: 'Mineral licences', t, note: 'Source: …',
 *   classes: [{ id: 'exploration', label: 'Exploration' }, { id: 'mining', label: 'Mining' }],
 *   polygons: [{ id: 'XV-1234', label: 'XV-1234', class: 'mining', geometry }, …], outline })
 */
export function polygonsMap(c: PolygonsMapOptions): Html {
  const { t } = c;
  const width = c.width ?? 800;
  const classes = c.classes ?? [...new Set(c.polygons.map((q) => q.class))].map((id) => ({ id, label: id }));
  const colourOfClass = new Map(classes.map((k, i) => [k.id, colourOf(i)]));
  const labelOfClass = new Map(classes.map((k) => [k.id, k.label]));
  const rings = c.polygons.flatMap((q) => ringsOf(q.geometry));
  const p = fitted(c.fit === 'polygons' ? undefined : c.outline, rings, width);
  const shapes = c.polygons.map((q) => {
    const shape = shapePath(q.geometry, p, colourOfClass.get(q.class) ?? OUTLINE);
    return q.href ? html`<a href="${q.href}" aria-label="${q.label}" class="chart-link">${shape}</a>` : shape;
  });
  const links = c.polygons.some((q) => q.href);
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: Html[] = [];
  const boxes = new Map(c.polygons.map((q) => [q.id, boxOf(q.geometry, p)]));
  const size = (id: string) => {
    const b = boxes.get(id)!;
    return Math.max(b.x1 - b.x0, b.y1 - b.y0);
  };
  for (const q of [...c.polygons].sort((a, b) => size(b.id) - size(a.id))) {
    const b = boxes.get(q.id)!;
    const name = clip(q.label, 16);
    const half = (name.length * 6.2) / 2;
    const [x, y] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
    const box = { x0: x - half, x1: x + half, y0: y - 8, y1: y + 8 };
    // Only on an area wide and high enough to hold it, and over no other label.
    if (b.x1 - b.x0 < 2 * half || b.y1 - b.y0 < 16) continue;
    if (placed.some((o) => o.x0 < box.x1 && box.x0 < o.x1 && o.y0 < box.y1 && box.y0 < o.y1)) continue;
    placed.push(box);
    labels.push(
      html`<text x="${r2(x)}" y="${r2(y)}" text-anchor="middle" dominant-baseline="central" font-size="11" class="chart-on-fill" fill="${polygonText}">${name}</text>`,
    );
  }
  const counts = classes
    .map((k) => ({ ...k, count: c.polygons.filter((q) => q.class === k.id).length }))
    .filter((k) => k.count > 0);
  const description =
    c.polygons.length > 0
      ? t('components.map.describePolygons', {
          count: c.polygons.length,
          classes: counts.map((k) => `${k.label} (${t.number(k.count)})`).join('; '),
        })
      : t('components.map.noAreas');
  return figure(
    {
      ...c,
      caption: `${c.caption ?? c.title}. ${c.note}`,
      className: `map map-polygons${c.className ? ` ${c.className}` : ''}`,
      categoryLabel: c.categoryLabel ?? t('components.map.area'),
    },
    {
      width,
      height: p.height,
      body: html`${outlinePath(c.outline, p)}${shapes}${labels}`,
      description,
      links,
      legend:
        counts.length > 0
          ? legend(counts.map((k) => ({ label: k.label, colour: colourOfClass.get(k.id)! })))
          : undefined,
    },
    {
      head: [c.classLabel ?? t('components.map.class'), t('components.map.km2')],
      rows: c.polygons.map((q) => ({
        label: q.href ? html`<a href="${q.href}">${q.label}</a>` : q.label,
        cells: [labelOfClass.get(q.class) ?? q.class, t.number(areaKm2(q.geometry))],
      })),
    },
  );
}
