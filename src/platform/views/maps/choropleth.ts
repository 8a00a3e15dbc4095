import { type ChartBase, figure, formatOf, legend, type TableAlternative } from '../charts/frame.ts';
import type { Html } from '../html.ts';

/**
 * What every choropleth shares, whatever it draws (tiles or real shapes): the classes of the
 * figures, each unit's colours, the description naming the highest and lowest, the legend and the
 * table of the same figures.
 */

/** A unit of a map: an aimag, the capital or a soum, with its centre (WGS 84). */
export interface MapUnit {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface ChoroplethOptions extends ChartBase {
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
 * text colour (#1b1f24, as the CSS paints chart text) at 4.5:1 or more, so a unit's name and figure
 * are always readable (`tile-grid.test.ts` measures them); every unit has a dark outline, a shape of
 * 3:1 against the page, and its figure written on it or in the table, so colour is never the only key.
 */
export const choroplethClasses = [
  { fill: '#eef4fa', text: '#1b1f24' },
  { fill: '#c6dbef', text: '#1b1f24' },
  { fill: '#9ecae1', text: '#1b1f24' },
  { fill: '#6baed6', text: '#1b1f24' },
  { fill: '#4292c6', text: '#1b1f24' },
] as const;
export const noFigure = { fill: '#f3f2f1', text: '#1b1f24' } as const;
/** The units' outline: 3:1 or more against the page and every class. */
export const OUTLINE = '#4a5561';

/** Class breaks by equal counts (quantiles) of the figures, so each class holds about as many units as ties allow. */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const n = Math.max(1, Math.min(classes, choroplethClasses.length, distinct.length));
  const breaks: number[] = [];
  // A break is a figure the class starts at: never the lowest (its class would be empty), so with
  // many equal figures it moves up to the next figure above them.
  for (let i = 1; i < n; i++) {
    const quantile = sorted[Math.floor((i * sorted.length) / n)] as number;
    const start = sorted.find((v) => v >= quantile && v > (sorted[0] as number));
    if (start !== undefined) breaks.push(start);
  }
  return [...new Set(breaks)];
}

/** The class of a figure: how many breaks it reaches. */
const classOf = (value: number, breaks: readonly number[]) => breaks.filter((b) => value >= b).length;

export interface Choropleth {
  /** The colours a unit is drawn in. */
  styleOf(code: string): { fill: string; text: string };
  /** A unit's figure as written, or `—`. */
  figureOf(code: string): string;
  /** The frame around a drawing of `width` × `height` with `body` (and the caption's note). */
  frame(drawing: { width: number; height: number; body: Html }, note: string): Html;
}

/** The classes, colours, description, legend and table of a choropleth's figures. */
export function choropleth(c: ChoroplethOptions): Choropleth {
  const { t } = c;
  const format = formatOf(c);
  const n = c.units.length;
  const figures = c.units.map((u) => c.values[u.code]).filter((v): v is number => typeof v === 'number');
  const breaks = classBreaks(figures, c.classes ?? 5);
  const classes = choroplethClasses.slice(choroplethClasses.length - (breaks.length + 1));
  const styleOf = (code: string) => {
    const value = c.values[code];
    return typeof value === 'number' ? (classes[classOf(value, breaks)] ?? classes[0]!) : noFigure;
  };
  const figureOf = (code: string) => {
    const value = c.values[code];
    return typeof value === 'number' ? format(value) : '—';
  };
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
          highestValue: figureOf(highest.code),
          lowest: lowest.name,
          lowestValue: figureOf(lowest.code),
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
  const table: TableAlternative = {
    head: [c.valueLabel],
    rows: c.units.map((u) => ({ label: u.name, cells: [figureOf(u.code)] })),
  };
  return {
    styleOf,
    figureOf,
    frame: (drawing, note) =>
      figure(
        {
          ...c,
          caption: `${c.caption ?? c.title}. ${note}`,
          className: `map${c.className ? ` ${c.className}` : ''}`,
        },
        {
          ...drawing,
          description,
          legend:
            figures.length > 0
              ? legend([
                  ...keys,
                  ...(figures.length < n ? [{ label: t('components.map.none'), colour: noFigure.fill }] : []),
                ])
              : undefined,
        },
        table,
      ),
  };
}
