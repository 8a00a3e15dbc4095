import type { Translator } from '../../i18n/index.ts';
import '../components/messages.ts';
import { type Html, type HtmlValue, html } from '../html.ts';
import { chartLines, colourOf, type PaletteColour } from './palette.ts';

/** What every chart takes. */
export interface ChartBase {
  /** Prefix of the ids of the title and the description (unique on the page). */
  id: string;
  title: string;
  /** The page's translator: the default words and, unless `format` says otherwise, `t.number`. */
  t: Translator;
  /** How values are written in labels, the description and the table: `t.number`, `t.money`… */
  format?: (value: number) => string;
  /** What a screen reader hears after the title; the figures themselves unless given. */
  description?: string;
  /** The visible caption under the chart; the title unless given. */
  caption?: string;
  /** The summary of the table alternative's `<details>`. */
  tableLabel?: string;
  /** The heading of the table's first column. */
  categoryLabel?: string;
  /** Said in place of the chart when there is nothing to draw; nothing is drawn when left out. */
  emptyText?: string;
  /** Classes added to the figure, beside `chart`. */
  className?: string;
}

/** One series of a chart with several: its name and, optionally, its palette colour. */
export interface Series {
  label: string;
  colour?: PaletteColour;
  /** The legend's words when they differ from the table's column heading ("Actual (solid line)"). */
  legend?: string;
}

export const formatOf = (c: ChartBase) => c.format ?? ((v: number) => c.t.number(v));

/** A label cut to `max` characters with an ellipsis (the full text is in the table). */
export function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Rounded to two decimals, so coordinates stay short and stable. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

/** A linear scale from [lo, hi] to [from, to]; a zero-width domain maps to `from`. */
export function scale(lo: number, hi: number, from: number, to: number): (v: number) => number {
  const span = hi - lo || 1;
  return (v: number) => r2(from + ((v - lo) / span) * (to - from));
}

/** The value range a chart draws: always includes zero, never empty. */
export function domain(values: readonly number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}

export interface TableAlternative {
  head: readonly string[];
  rows: readonly { label: HtmlValue; cells: readonly HtmlValue[] }[];
}

/** A small square of a series' colour (an SVG attribute: the content security policy allows no inline style). */
export function swatch(colour: string, dashed = false): Html {
  return dashed
    ? html`<svg class="chart-swatch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false"><line x1="0" y1="7" x2="18" y2="7" stroke="${colour}" stroke-width="3" stroke-dasharray="5 3"></line></svg>`
    : html`<svg class="chart-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${colour}"></rect></svg>`;
}

/** The legend: each series' swatch and name, in text (so colour is never the only key). */
export function legend(items: readonly { label: string; colour: string; dashed?: boolean }[]): Html {
  return html`<ul class="chart-legend">${items.map((i) => html`<li>${swatch(i.colour, i.dashed)}${i.label}</li>`)}</ul>`;
}

export const seriesColours = (series: readonly Series[]): string[] =>
  series.map((s, i) => colourOf(i, s.colour));

/**
 * The frame of every chart: the figure, the SVG image named by its title and description, the
 * caption, an optional legend and the same figures as a table in a `<details>`.
 */
export function figure(
  c: ChartBase,
  drawing: {
    width: number;
    height: number;
    body: HtmlValue;
    description: string;
    legend?: Html;
    /** The drawing holds links (a treemap's boxes): a group of links, not an image, so each is reachable. */
    links?: boolean;
  },
  table: TableAlternative,
): Html {
  const { t } = c;
  return html`<figure class="chart${c.className ? ` ${c.className}` : ''}">
<svg role="${drawing.links ? 'group' : 'img'}" aria-labelledby="${c.id}-title ${c.id}-desc" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="100%" font-family="sans-serif">
<title id="${c.id}-title">${c.title}</title>
<desc id="${c.id}-desc">${c.description ?? drawing.description}</desc>
${drawing.body}
</svg>
<figcaption>${c.caption ?? c.title}</figcaption>
${drawing.legend ?? ''}<details><summary>${c.tableLabel ?? t('components.chart.table')}</summary>
<div class="table-wrap"><table class="data-table"><caption>${c.title}</caption>
<thead><tr><th scope="col">${c.categoryLabel ?? t('components.chart.category')}</th>${table.head.map((h) => html`<th scope="col" class="numeric">${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td class="numeric">${cell}</td>`)}</tr>`)}</tbody>
</table></div></details>
</figure>`;
}

/** What a chart with nothing to draw renders: its `emptyText`, or nothing. */
export function empty(c: ChartBase): Html {
  return c.emptyText ? html`<p class="chart-empty">${c.emptyText}</p>` : html``;
}

/** A text label in the page's text colour (the CSS paints chart text `currentColor` as well). */
export function label(
  x: number,
  y: number,
  text: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  size = 13,
): Html {
  return html`<text x="${r2(x)}" y="${r2(y)}"${anchor === 'start' ? '' : html` text-anchor="${anchor}"`} dominant-baseline="middle" font-size="${size}" fill="currentColor">${text}</text>`;
}

/** A value axis: a grid line and a label at each tick, the zero line in the axis colour. */
export function valueAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  left: number,
  right: number,
  format: (v: number) => string,
): Html {
  return html`${ticks.map((v) => html`<line x1="${left}" x2="${right}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 0 ? chartLines.axis : chartLines.grid}" stroke-width="1"></line>${label(left - 6, y(v), format(v), 'end', 12)}`)}`;
}
