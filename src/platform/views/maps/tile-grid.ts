import { type ChartBase, clip, figure, formatOf, legend, r2 } from '../charts/frame.ts';
import { type Html, html } from '../html.ts';

/** A unit of the map: an aimag or the capital, with its centre (WGS 84). */
export interface MapUnit {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface TileGridOptions extends ChartBase {
  units: readonly MapUnit[];
  /** The figure of each unit by code; a unit without one (or `null`) is drawn as "no figure". */
  values: Readonly<Record<string, number | null | undefined>>;
  /** The heading of the table's figure column. */
  valueLabel: string;
  /** How many classes the figures are cut into (2–5); default 5, fewer when the figures are few. */
  classes?: number;
}

/**
 * The sequential classes of a choropleth, light to dark blue, each light enough for the page's
 * text colour (#1b1f24, as the CSS paints chart text) at 4.5:1 or more, so a tile's name and figure
 * are always readable (`tile-grid.test.ts` measures them); every tile has a dark outline, a shape of
 * 3:1 against the page, and its figure written on it, so colour is never the only key.
 */
export const choroplethClasses = [
  { fill: '#eef4fa', text: '#1b1f24' },
  { fill: '#c6dbef', text: '#1b1f24' },
  { fill: '#9ecae1', text: '#1b1f24' },
  { fill: '#6baed6', text: '#1b1f24' },
  { fill: '#4292c6', text: '#1b1f24' },
] as const;
export const noFigure = { fill: '#f3f2f1', text: '#1b1f24' } as const;
const OUTLINE = '#4a5561';

/**
 * Where each unit sits on a grid: its centre scaled into `columns` × `rows` cells, each unit
 * (west to east, then north to south) taking the free cell nearest its own point. Deterministic, and
 * neighbours stay neighbours, so the grid reads like the country without claiming its shapes.
 */
export function placeOnGrid(
  units: readonly MapUnit[],
  columns: number,
  rows: number,
): Map<string, { column: number; row: number }> {
  const lons = units.map((u) => u.lon);
  const lats = units.map((u) => u.lat);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const ideal = (u: MapUnit) => ({
    x: east === west ? (columns - 1) / 2 : ((u.lon - west) / (east - west)) * (columns - 1),
    y: north === south ? (rows - 1) / 2 : ((north - u.lat) / (north - south)) * (rows - 1),
  });
  const taken = new Set<string>();
  const placed = new Map<string, { column: number; row: number }>();
  const order = [...units].sort((a, b) => a.lon - b.lon || b.lat - a.lat || a.code.localeCompare(b.code));
  for (const unit of order) {
    const { x, y } = ideal(unit);
    let best: { column: number; row: number; d: number } | undefined;
    for (let row = 0; row < rows; row++)
      for (let column = 0; column < columns; column++) {
        if (taken.has(`${column},${row}`)) continue;
        const d = (column - x) ** 2 + (row - y) ** 2;
        if (!best || d < best.d - 1e-9) best = { column, row, d };
      }
    if (!best) throw new Error(`tile grid of ${columns}×${rows} has no cell left for ${unit.code}`);
    taken.add(`${best.column},${best.row}`);
    placed.set(unit.code, { column: best.column, row: best.row });
  }
  return placed;
}

/** Class breaks by equal counts (quantiles) of the figures, so each class holds about as many units. */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const n = Math.max(1, Math.min(classes, choroplethClasses.length, distinct.length));
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) breaks.push(sorted[Math.floor((i * sorted.length) / n)] as number);
  return [...new Set(breaks)];
}

/** The class of a figure: how many breaks it reaches. */
const classOf = (value: number, breaks: readonly number[]) => breaks.filter((b) => value >= b).length;

/**
 * A choropleth as a tile grid: one square per unit, placed by its centre, shaded by its figure's
 * class, labelled with its name and figure — an honest schematic (its caption says so) until the
 * real boundaries are imported. No links inside (an image has no focusable parts); the table is
 * where a page links each unit. Server-side SVG that works without JavaScript and in print, with a
 * title, a description naming the highest and lowest units, a legend of the classes and the same
 * figures as a table.
 *
 * @example
 * tileGridMap({ id: 'cases-by-aimag', title: 'Cases by aimag', t, valueLabel: 'Cases',
 *   units: [{ code: '11', name: 'Ulaanbaatar', lat: 47.92, lon: 106.92 }, …], values: { '11': 120, … } })
 */
export function tileGridMap(c: TileGridOptions): Html {
  const { t } = c;
  const format = formatOf(c);
  const n = c.units.length;
  const columns = Math.max(1, Math.ceil(Math.sqrt(n * 2)));
  const rows = Math.max(1, Math.ceil(n / columns) + 1);
  const cells = placeOnGrid(c.units, columns, rows);
  const figures = c.units.map((u) => c.values[u.code]).filter((v): v is number => typeof v === 'number');
  const breaks = classBreaks(figures, c.classes ?? 5);
  const classes = choroplethClasses.slice(choroplethClasses.length - (breaks.length + 1));
  const SIZE = 76;
  const GAP = 4;
  const width = columns * (SIZE + GAP) + GAP;
  const usedRows = Math.max(...[...cells.values()].map((p) => p.row)) + 1;
  const height = usedRows * (SIZE + GAP) + GAP;
  const tiles = c.units.map((u) => {
    const { column, row } = cells.get(u.code) as { column: number; row: number };
    const value = c.values[u.code];
    const style = typeof value === 'number' ? (classes[classOf(value, breaks)] ?? classes[0]!) : noFigure;
    const [x, y] = [GAP + column * (SIZE + GAP), GAP + row * (SIZE + GAP)];
    const text = (dy: number, words: string, size: number) =>
      html`<text x="${r2(x + SIZE / 2)}" y="${r2(y + dy)}" text-anchor="middle" dominant-baseline="middle" font-size="${size}" fill="${style.text}">${words}</text>`;
    return html`<rect x="${x}" y="${y}" width="${SIZE}" height="${SIZE}" fill="${style.fill}" stroke="${OUTLINE}" stroke-width="1"></rect>${text(SIZE / 2 - 10, clip(u.name, 10), 11)}${text(SIZE / 2 + 12, typeof value === 'number' ? format(value) : '—', 14)}`;
  });
  const ranked = c.units
    .filter((u) => typeof c.values[u.code] === 'number')
    .sort((a, b) => (c.values[b.code] as number) - (c.values[a.code] as number));
  const highest = ranked[0];
  const lowest = ranked.at(-1);
  const description =
    highest && lowest
      ? t('components.map.describe', {
          count: n,
          highest: highest.name,
          highestValue: format(c.values[highest.code] as number),
          lowest: lowest.name,
          lowestValue: format(c.values[lowest.code] as number),
        })
      : t('components.map.noFigures');
  const bounds = [Math.min(...figures), ...breaks, Math.max(...figures)];
  const keys = classes.map((style, i) => ({
    label:
      i === classes.length - 1
        ? t('components.map.classFrom', { from: format(bounds[i] as number) })
        : t('components.map.classRange', {
            from: format(bounds[i] as number),
            to: format(bounds[i + 1] as number),
          }),
    colour: style.fill,
  }));
  return figure(
    {
      ...c,
      caption: `${c.caption ?? c.title}. ${t('components.map.schematic')}`,
      className: `map${c.className ? ` ${c.className}` : ''}`,
    },
    {
      width,
      height,
      description,
      body: html`${tiles}`,
      legend:
        figures.length > 0
          ? legend([
              ...keys,
              ...(figures.length < n ? [{ label: t('components.map.none'), colour: noFigure.fill }] : []),
            ])
          : undefined,
    },
    {
      head: [c.valueLabel],
      rows: c.units.map((u) => {
        const value = c.values[u.code];
        return { label: u.name, cells: [typeof value === 'number' ? format(value) : '—'] };
      }),
    },
  );
}
