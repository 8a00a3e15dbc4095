import { type ChartBase, figure, legend, r2 } from '../charts/frame.ts';
import { palette } from '../charts/palette.ts';
import { type Html, html } from '../html.ts';
import './messages.ts';
import { outlinePath, type Projection, project, type Ring } from './shapes.ts';

/** A place on a map of points (WGS 84). */
export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
}

export interface PointsMapOptions extends ChartBase {
  points: readonly MapPoint[];
  /** The country's outline (rings of [lon, lat]), drawn behind the points. */
  outline?: readonly Ring[];
  /** Where the places and the outline come from, said in the caption. */
  note: string;
  /** How wide the drawing is, in its own units (default 800). */
  width?: number;
  /** The side of a cluster's square of the grid, in the drawing's units (default 48). */
  cell?: number;
  /** The heading of the table's count column; "Places" unless given. */
  countLabel?: string;
}

/** Points drawn together: those whose projected positions fall in one square of the grid. */
export interface Cluster {
  /** Where it is drawn: the mean of its points' projected positions. */
  x: number;
  y: number;
  /** The mean of its points' positions (WGS 84), for the table. */
  lat: number;
  lon: number;
  points: MapPoint[];
}

/**
 * The marks of a map of points: a white-edged dark circle (3:1 and more against the page and the
 * outline), white count on it (4.5:1 and more; `points.test.ts` measures both). The count carries
 * `chart-on-fill`, or the stylesheet's rule for chart text would paint it in the page's dark text.
 */
export const POINT_MARK = { fill: palette.navy, edge: '#ffffff', text: '#ffffff' } as const;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Points grouped by the square of a grid of `cell` × `cell` drawing units their projected position
 * falls in: every point in exactly one cluster. Largest first, then by the first point's label, so
 * the order is stable.
 */
export function clusterPoints(points: readonly MapPoint[], p: Projection, cell: number): Cluster[] {
  const cells = new Map<string, MapPoint[]>();
  for (const point of points) {
    const key = `${Math.floor(p.x(point.lon) / cell)}:${Math.floor(p.y(point.lat) / cell)}`;
    const members = cells.get(key);
    if (members) members.push(point);
    else cells.set(key, [point]);
  }
  return [...cells.values()]
    .map((members) => {
      const sorted = [...members].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
      return {
        x: mean(sorted.map((q) => p.x(q.lon))),
        y: mean(sorted.map((q) => p.y(q.lat))),
        lat: mean(sorted.map((q) => q.lat)),
        lon: mean(sorted.map((q) => q.lon)),
        points: sorted,
      };
    })
    .sort(
      (a, b) =>
        b.points.length - a.points.length ||
        (a.points[0]?.label ?? '').localeCompare(b.points[0]?.label ?? ''),
    );
}

/** A circle's radius: larger with the count (by its square root), always wide enough for the count's digits. */
export function clusterRadius(count: number, cell: number): number {
  if (count === 1) return 5;
  const digits = String(count).length;
  return r2(Math.max(4 + 3.6 * digits, Math.min(cell * 0.7, 4 + 2.5 * Math.sqrt(count))));
}

/** At most `max` names of a cluster's points, then how many more. */
function namesOf(c: ChartBase, cluster: Cluster, max = 5): string {
  const names = cluster.points.slice(0, max).map((q) => q.label);
  const more = cluster.points.length - names.length;
  return more > 0
    ? c.t('components.map.andMore', { names: names.join(', '), count: more })
    : names.join(', ');
}

/** The projection that fits the outline (or, without one, the points) to the width. */
export function fitted(outline: readonly Ring[] | undefined, extra: readonly Ring[], width: number) {
  return project(outline?.length ? [...outline, ...extra] : extra, width);
}

/**
 * A map of places, drawn on the server as SVG in the projection of the maps of shapes, the
 * country's outline behind: points close together on the drawing (in one square of a grid of
 * `cell` units) are one circle, sized by their count and with the count written on it; a lone
 * point is a small circle. The table lists each circle with its count, its places and where it
 * is. No links inside; works without JavaScript and in print.
 *
 * @example
 * pointsMap({ id: 'bodies-map', title: 'Public bodies', t, note: 'Each at its aimag’s centre.',
 *   points: [{ id: 'mof', label: 'Ministry of Finance', lat: 47.92, lon: 106.92 }, …], outline })
 */
export function pointsMap(c: PointsMapOptions): Html {
  const { t } = c;
  const width = c.width ?? 800;
  const cell = c.cell ?? 48;
  const p = fitted(c.outline, [c.points.map((q) => [q.lon, q.lat])], width);
  const clusters = clusterPoints(c.points, p, cell);
  const count = (n: number) => t.number(n);
  // Smaller circles last, so that none hides under a larger one.
  const marks = [...clusters].map((cluster) => {
    const n = cluster.points.length;
    const r = clusterRadius(n, cell);
    const circle = html`<circle cx="${r2(cluster.x)}" cy="${r2(cluster.y)}" r="${r}" fill="${POINT_MARK.fill}" stroke="${POINT_MARK.edge}" stroke-width="1.5"></circle>`;
    return n === 1
      ? circle
      : html`${circle}<text x="${r2(cluster.x)}" y="${r2(cluster.y)}" text-anchor="middle" dominant-baseline="central" font-size="11" font-weight="bold" class="chart-on-fill" fill="${POINT_MARK.text}">${count(n)}</text>`;
  });
  const largest = clusters[0];
  const description = largest
    ? t('components.map.describePoints', {
        count: c.points.length,
        marks: clusters.length,
        largest: count(largest.points.length),
        near: largest.points[0]!.label,
      })
    : t('components.map.noPoints');
  const position = (cluster: Cluster) => `${cluster.lat.toFixed(2)}, ${cluster.lon.toFixed(2)}`;
  return figure(
    {
      ...c,
      caption: `${c.caption ?? c.title}. ${c.note}`,
      className: `map map-points${c.className ? ` ${c.className}` : ''}`,
      categoryLabel: c.categoryLabel ?? t('components.map.places'),
    },
    {
      width,
      height: p.height,
      body: html`${outlinePath(c.outline, p)}${marks}`,
      description,
      legend:
        clusters.length > 0
          ? legend([{ label: t('components.map.pointsKey'), colour: POINT_MARK.fill }])
          : undefined,
    },
    {
      head: [c.countLabel ?? t('components.map.count'), t('components.map.position')],
      rows: clusters.map((cluster) => ({
        label: namesOf(c, cluster),
        cells: [count(cluster.points.length), position(cluster)],
      })),
    },
  );
}
