import type { Position } from 'geojson';
import { clip, r2, scale } from '../charts/frame.ts';
import { type Html, html } from '../html.ts';
import { type ChoroplethOptions, choropleth, type MapUnit, OUTLINE } from './choropleth.ts';

export { choroplethClasses, classBreaks, type MapUnit, noFigure } from './choropleth.ts';

export interface TileGridOptions extends ChoroplethOptions {
  /**
   * The country's outline (rings of [lon, lat]), drawn faintly behind the tiles on the same
   * stretch as their centres, so that the schematic sits inside the country it stands for.
   */
  outline?: readonly (readonly Position[])[];
  /** Where the outline comes from, said in the caption after the schematic's own words. */
  outlineSource?: string;
}

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
  const map = choropleth(c);
  const n = c.units.length;
  const columns = Math.max(1, Math.ceil(Math.sqrt(n * 2)));
  const rows = Math.max(1, Math.ceil(n / columns) + 1);
  const cells = placeOnGrid(c.units, columns, rows);
  const SIZE = 76;
  const GAP = 4;
  const usedRows = Math.max(...[...cells.values()].map((p) => p.row)) + 1;
  const tiles = c.units.map((u) => {
    const { column, row } = cells.get(u.code) as { column: number; row: number };
    const style = map.styleOf(u.code);
    const [x, y] = [GAP + column * (SIZE + GAP), GAP + row * (SIZE + GAP)];
    const text = (dy: number, words: string, size: number) =>
      html`<text x="${r2(x + SIZE / 2)}" y="${r2(y + dy)}" text-anchor="middle" dominant-baseline="middle" font-size="${size}" fill="${style.text}">${words}</text>`;
    return html`<rect x="${x}" y="${y}" width="${SIZE}" height="${SIZE}" fill="${style.fill}" stroke="${OUTLINE}" stroke-width="1"></rect>${text(SIZE / 2 - 10, clip(u.name, 10), 11)}${text(SIZE / 2 + 12, map.figureOf(u.code), 14)}`;
  });
  // The outline on the stretch that placed the centres: the westernmost centre in the first
  // column's middle, the easternmost in the last's, and so from north to south.
  const lons = c.units.map((u) => u.lon);
  const lats = c.units.map((u) => u.lat);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const x = scale(west, east, GAP + SIZE / 2, GAP + SIZE / 2 + (columns - 1) * (SIZE + GAP));
  const y = scale(north, south, GAP + SIZE / 2, GAP + SIZE / 2 + (rows - 1) * (SIZE + GAP));
  const rings = (c.outline ?? []).map((ring) => ring.map(([lon, lat]) => [x(lon!), y(lat!)] as const));
  const points = rings.flat();
  const [left, top] = [Math.min(0, ...points.map((p) => p[0])), Math.min(0, ...points.map((p) => p[1]))];
  const width = Math.max(columns * (SIZE + GAP) + GAP, ...points.map((p) => p[0])) - left;
  const height = Math.max(usedRows * (SIZE + GAP) + GAP, ...points.map((p) => p[1])) - top;
  const backdrop = rings.length
    ? html`<path d="${rings.map((ring) => `M${ring.map(([px, py]) => `${r2(px - left)},${r2(py - top)}`).join('L')}Z`).join('')}" fill="none" stroke="${OUTLINE}" stroke-width="1.5" stroke-dasharray="6 4" fill-rule="evenodd"></path>`
    : html``;
  return map.frame(
    {
      width: r2(width),
      height: r2(height),
      body: html`${backdrop}<g transform="translate(${r2(-left)},${r2(-top)})">${tiles}</g>`,
    },
    c.outline
      ? `${c.t('components.map.schematicOutline')}${c.outlineSource ? ` ${c.outlineSource}.` : ''}`
      : c.t('components.map.schematic'),
  );
}
