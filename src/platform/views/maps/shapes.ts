import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clip, r2 } from '../charts/frame.ts';
import { type Html, html } from '../html.ts';
import { type ChoroplethOptions, choropleth, type MapUnit, OUTLINE } from './choropleth.ts';

/** A unit with its real shape (its imported boundary). */
export interface ShapedUnit extends MapUnit {
  geometry: Polygon | MultiPolygon;
}

export interface ShapeMapOptions extends ChoroplethOptions {
  units: readonly ShapedUnit[];
  /** The country's outline (rings of [lon, lat]), drawn around the units. */
  outline?: readonly (readonly Position[])[];
  /** Where the shapes come from, said in the caption (source and licence). */
  note: string;
  /** How wide the drawing is, in its own units (default 800). */
  width?: number;
  /**
   * What the drawing is fitted to: the whole country (`outline`, the default) or the units alone
   * (`units`: a unit's page), the outline then cut off at the drawing's edge.
   */
  fit?: 'outline' | 'units';
}

export type Ring = readonly Position[];
export type Projection = ReturnType<typeof project>;

/**
 * The projection of the maps: equirectangular, east–west degrees shrunk by the cosine of the
 * middle latitude, so that shapes keep their proportions at a country's scale, fitted to `width`.
 */
export function project(rings: readonly Ring[], width: number, margin = 8) {
  const points = rings.flat();
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const s = (width - 2 * margin) / ((east - west) * k || 1);
  return {
    x: (lon: number) => margin + (lon - west) * k * s,
    y: (lat: number) => margin + (north - lat) * s,
    height: Math.ceil(2 * margin + (north - south) * s),
  };
}

/**
 * A ring as path data, simplified for drawing: a point closer than `tolerance` (in the drawing's
 * units, under a pixel) to the last one kept is dropped, since it cannot be seen.
 */
export function ringPath(ring: Ring, p: ReturnType<typeof project>, tolerance = 0.6): string {
  const kept: [number, number][] = [];
  ring.forEach(([lon, lat], i) => {
    const point: [number, number] = [p.x(lon!), p.y(lat!)];
    const last = kept.at(-1);
    if (!last || i === ring.length - 1 || Math.hypot(point[0] - last[0], point[1] - last[1]) >= tolerance)
      kept.push(point);
  });
  return `M${kept.map(([x, y]) => `${r2(x)},${r2(y)}`).join('L')}Z`;
}

export const ringsOf = (g: Polygon | MultiPolygon): Ring[] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** A shape (a unit, an area) filled with `fill`, with the units' dark outline. */
export function shapePath(g: Polygon | MultiPolygon, p: Projection, fill: string): Html {
  return html`<path d="${ringsOf(g)
    .map((ring) => ringPath(ring, p))
    .join('')}" fill="${fill}" stroke="${OUTLINE}" stroke-width="0.75" fill-rule="evenodd"></path>`;
}

/** The country's outline as every map draws it: a dark line, no fill. */
export function outlinePath(outline: readonly Ring[] | undefined, p: Projection): Html {
  return outline?.length
    ? html`<path d="${outline.map((ring) => ringPath(ring, p)).join('')}" fill="none" stroke="${OUTLINE}" stroke-width="1.5" fill-rule="evenodd"></path>`
    : html``;
}

/**
 * A choropleth of units drawn in their real shapes (imported boundaries), in the same frame as the
 * tile grid: each unit shaded by its figure's class with a dark outline, its name and figure written
 * at its centre where there is room (every figure is in the table), the country's outline around,
 * the source of the shapes in the caption. No links inside; works without JavaScript and in print.
 *
 * @example
 * shapeMap({ id: 'cases-by-aimag', title: 'Cases by aimag', t, valueLabel: 'Cases', note: 'Boundaries: …',
 *   units: [{ code: '65', name: 'Arkhangai', lat: 47.47, lon: 101.45, geometry }, …], values: { '65': 12 } })
 */
export function shapeMap(c: ShapeMapOptions): Html {
  const map = choropleth(c);
  const width = c.width ?? 800;
  const unitRings = c.units.flatMap((u) => ringsOf(u.geometry));
  const p = project(
    c.fit === 'units' ? unitRings : [...(c.outline ?? []), ...unitRings],
    width,
    c.fit === 'units' ? 24 : 8,
  );
  const shapes = c.units.map((u) => shapePath(u.geometry, p, map.styleOf(u.code).fill));
  const outline = outlinePath(c.outline, p);
  // Labels where they fit: larger units first, none over another (a label's box, roughly).
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: Html[] = [];
  for (const u of [...c.units].sort((a, b) => extent(b, p) - extent(a, p))) {
    const [x, y] = [p.x(u.lon), p.y(u.lat)];
    const name = clip(u.name, 14);
    const w = Math.max(name.length * 6.2, 30) / 2;
    const box = { x0: x - w, x1: x + w, y0: y - 14, y1: y + 14 };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    const style = map.styleOf(u.code);
    labels.push(
      html`<text x="${r2(x)}" y="${r2(y - 6)}" text-anchor="middle" dominant-baseline="middle" font-size="11" fill="${style.text}">${name}</text><text x="${r2(x)}" y="${r2(y + 8)}" text-anchor="middle" dominant-baseline="middle" font-size="12" font-weight="bold" fill="${style.text}">${map.figureOf(u.code)}</text>`,
    );
  }
  return map.frame({ width, height: p.height, body: html`${shapes}${outline}${labels}` }, c.note);
}

/** How wide a unit is drawn: its box's longer side. */
function extent(u: ShapedUnit, p: ReturnType<typeof project>): number {
  const points = ringsOf(u.geometry).flat();
  const xs = points.map((q) => p.x(q[0]!));
  const ys = points.map((q) => p.y(q[1]!));
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}
