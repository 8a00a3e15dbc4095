import { type Html, html } from '../html.ts';
import {
  type ChartBase,
  clip,
  domain,
  empty,
  figure,
  formatOf,
  label,
  legend,
  r2,
  type Series,
  scale,
  seriesColours,
  valueAxis,
} from './frame.ts';
import { chartLines, colourOf, type PaletteColour } from './palette.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions extends ChartBase {
  bars: readonly Bar[];
  /** `horizontal` (the default): labelled rows, for long names; `vertical`: columns, for a few short ones. */
  orientation?: 'horizontal' | 'vertical';
  colour?: PaletteColour;
  /** The heading of the table's value column. */
  valueLabel?: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 220;
const ROW = 22;
const GAP = 8;
const VALUE_SPACE = 70;

/**
 * One figure per category as bars. Negative values grow left of (or below) a zero line.
 *
 * @example
 * barChart({ id: 'formats', title: 'Datasets by format', t, bars: [{ label: 'CSV', value: 12 }, { label: 'JSON', value: 4 }] })
 */
export function barChart(c: BarChartOptions): Html {
  const { bars } = c;
  if (bars.length === 0) return empty(c);
  const format = formatOf(c);
  const fill = colourOf(0, c.colour);
  const [lo, hi] = domain(bars.map((b) => b.value));
  const body =
    c.orientation === 'vertical'
      ? verticalBars(bars, lo, hi, fill, format)
      : horizontalBars(bars, lo, hi, fill, format);
  return figure(
    c,
    { ...body, description: bars.map((b) => `${b.label}: ${format(b.value)}`).join('; ') },
    {
      head: [c.valueLabel ?? c.t('components.chart.value')],
      rows: bars.map((b) => ({ label: b.label, cells: [format(b.value)] })),
    },
  );
}

function horizontalBars(
  bars: readonly Bar[],
  lo: number,
  hi: number,
  fill: string,
  format: (v: number) => string,
) {
  // Room after (or before) the bars for the longest value label (13px text, about 7.5px a character).
  const space = Math.max(
    VALUE_SPACE,
    Math.ceil(10 + 7.5 * Math.max(...bars.map((b) => format(b.value).length))),
  );
  const start = LABEL_WIDTH + (lo < 0 ? space : 0);
  const x = scale(lo, hi, start, WIDTH - space);
  const height = bars.length * (ROW + GAP) + GAP;
  const rows = bars.map((bar, i) => {
    const y = GAP + i * (ROW + GAP);
    const [from, to] = [x(Math.min(0, bar.value)), x(Math.max(0, bar.value))];
    const width = bar.value === 0 ? 0 : Math.max(1, r2(to - from));
    const valueAt =
      bar.value < 0
        ? label(from - 6, y + ROW / 2, format(bar.value), 'end')
        : label(from + width + 6, y + ROW / 2, format(bar.value));
    return html`<g>
${label(LABEL_WIDTH - 8, y + ROW / 2, clip(bar.label, 32), 'end')}
<rect x="${from}" y="${y}" width="${width}" height="${ROW}" fill="${fill}"></rect>
${valueAt}
</g>`;
  });
  const zero =
    lo < 0
      ? html`<line x1="${x(0)}" x2="${x(0)}" y1="0" y2="${height}" stroke="${chartLines.axis}"></line>`
      : '';
  return { width: WIDTH, height, body: html`${rows}${zero}` };
}

function verticalBars(
  bars: readonly Bar[],
  lo: number,
  hi: number,
  fill: string,
  format: (v: number) => string,
) {
  const height = 220;
  const top = 15;
  const plot = 175;
  const y = scale(lo, hi, plot, top);
  const step = (WIDTH - 20) / bars.length;
  const columns = bars.map((b, i) => {
    const x = 10 + i * step;
    const [from, to] = [y(Math.max(0, b.value)), y(Math.min(0, b.value))];
    return html`<g><rect x="${r2(x + step * 0.15)}" y="${from}" width="${r2(step * 0.7)}" height="${r2(to - from)}" fill="${fill}"><title>${b.label}: ${format(b.value)}</title></rect>
${label(x + step / 2, plot + 17, clip(b.label, 14), 'middle', 12)}</g>`;
  });
  return {
    width: WIDTH,
    height,
    body: html`<line x1="10" y1="${y(0)}" x2="${WIDTH - 10}" y2="${y(0)}" stroke="${chartLines.axis}"></line>
${columns}`,
  };
}

export interface SeriesChartOptions extends ChartBase {
  /** The categories along the bottom (months, years…), in order. */
  categories: readonly string[];
  /** Each series with one value per category. */
  series: readonly (Series & { values: readonly number[] })[];
  /** A shorter axis label for a category (`2026-03` → `26-03`); the table keeps the full one. */
  short?: (category: string) => string;
}

const tableOf = (c: SeriesChartOptions, format: (v: number) => string) => ({
  head: c.series.map((s) => s.label),
  rows: c.categories.map((cat, i) => ({ label: cat, cells: c.series.map((s) => format(s.values[i] ?? 0)) })),
});

const describeSeries = (c: SeriesChartOptions, format: (v: number) => string) =>
  c.categories
    .map((cat, i) => `${cat}: ${c.series.map((s) => `${s.label} ${format(s.values[i] ?? 0)}`).join(', ')}`)
    .join('; ');

/**
 * Several series side by side per category, as columns (feedback's received and answered per month).
 *
 * @example
 * groupedBarChart({ id: 'monthly', title: 'Cases per month', t, categories: ['2026-01', '2026-02'],
 *   series: [{ label: 'Received', values: [5, 8] }, { label: 'Answered', colour: 'green', values: [4, 7] }] })
 */
export function groupedBarChart(c: SeriesChartOptions): Html {
  if (c.categories.length === 0 || c.series.length === 0) return empty(c);
  const format = formatOf(c);
  const colours = seriesColours(c.series);
  const width = 720;
  const height = 260;
  const bottom = 40;
  const [lo, hi] = domain(c.series.flatMap((s) => s.values));
  const ticks = [...new Set([lo, Math.round((lo + hi) / 2), hi])];
  // Room for the longest tick label (12px text, about 7px a character), so long money figures are not cut.
  const left = Math.max(48, 12 + 7 * Math.max(...ticks.map((v) => format(v).length)));
  const y = scale(lo, hi, height - bottom, 16);
  const step = (width - left - 8) / c.categories.length;
  const barWidth = Math.max(2, r2((step - 4) / c.series.length - 2));
  const groups = c.categories.map((cat, i) => {
    const x = left + i * step + 2;
    const rects = c.series.map((s, k) => {
      const v = s.values[i] ?? 0;
      const [from, to] = [y(Math.max(0, v)), y(Math.min(0, v))];
      return html`<rect x="${r2(x + k * (barWidth + 2))}" y="${from}" width="${barWidth}" height="${r2(to - from)}" fill="${colours[k]}"><title>${cat}: ${s.label} ${format(v)}</title></rect>`;
    });
    const middle = x + (c.series.length * (barWidth + 2)) / 2;
    return html`<g>${rects}${label(middle, height - bottom + 16, c.short ? c.short(cat) : cat, 'middle', 11)}</g>`;
  });
  return figure(
    c,
    {
      width,
      height,
      body: html`${valueAxis(ticks, y, left, width, format)}
${groups}`,
      description: describeSeries(c, format),
      legend: legend(c.series.map((s, i) => ({ label: s.legend ?? s.label, colour: colours[i] as string }))),
    },
    tableOf(c, format),
  );
}

export interface StackedBarChartOptions extends ChartBase {
  /** One bar per row, split into the series' parts. */
  rows: readonly { label: string; values: readonly number[] }[];
  series: readonly Series[];
  /** Write each row's total after its bar (the default). */
  showTotal?: boolean;
}

/**
 * Parts of a whole per row, as horizontal bars split by series (plans' progress by completion
 * level). Only series with a part show in the legend and the table; a negative part cannot be
 * stacked, so it is drawn as nothing and its figure stays in the table.
 *
 * @example
 * stackedBarChart({ id: 'progress', title: 'Progress', t, series: [{ label: 'Complete', colour: 'green' }, { label: 'Limited', colour: 'orange' }],
 *   rows: [{ label: 'Open data', values: [3, 1] }, { label: 'Procurement', values: [0, 2] }] })
 */
export function stackedBarChart(c: StackedBarChartOptions): Html {
  const { rows } = c;
  if (rows.length === 0 || c.series.length === 0) return empty(c);
  const format = formatOf(c);
  const colours = seriesColours(c.series);
  const part = (row: { values: readonly number[] }, k: number) => Math.max(0, row.values[k] ?? 0);
  const totals = rows.map((r) => c.series.reduce((sum, _s, k) => sum + part(r, k), 0));
  const width = 720;
  const labelWidth = 250;
  const bar = 24;
  const gap = 10;
  // Room after the bars for the longest total (about 7.5 pixels a character), at least 44.
  const totalRoom =
    c.showTotal === false
      ? 44
      : Math.min(240, Math.max(44, Math.max(...totals.map((v) => format(v).length)) * 7.5 + 12));
  const span = width - labelWidth - totalRoom;
  const max = Math.max(...totals, 1);
  const used = c.series.map((_s, k) => k).filter((k) => rows.some((r) => (r.values[k] ?? 0) !== 0));
  const drawn = rows.map((row, i) => {
    const y = gap + i * (bar + gap);
    let x = labelWidth;
    const segments = c.series.map((s, k) => {
      const v = part(row, k);
      if (v === 0) return '';
      const w = Math.max(2, Math.round((v / max) * span));
      const rect = html`<rect x="${x}" y="${y}" width="${w}" height="${bar}" fill="${colours[k]}" stroke="#ffffff" stroke-width="1"><title>${s.label}: ${format(v)}</title></rect>`;
      x += w;
      return rect;
    });
    return html`<g>${label(labelWidth - 8, y + bar / 2, clip(row.label, 36), 'end')}${segments}${c.showTotal === false ? '' : label(x + 6, y + bar / 2, format(totals[i] as number))}</g>`;
  });
  return figure(
    c,
    {
      width,
      height: rows.length * (bar + gap) + gap,
      body: drawn,
      description: rows
        .map(
          (r) =>
            `${r.label}: ${used
              .filter((k) => (r.values[k] ?? 0) !== 0)
              .map((k) => `${c.series[k]?.label} ${format(r.values[k] ?? 0)}`)
              .join(', ')}`,
        )
        .join('; '),
      legend: legend(
        used.map((k) => ({
          label: c.series[k]?.legend ?? c.series[k]?.label ?? '',
          colour: colours[k] as string,
        })),
      ),
    },
    {
      head: used.map((k) => c.series[k]?.label ?? ''),
      rows: rows.map((r) => ({ label: r.label, cells: used.map((k) => format(r.values[k] ?? 0)) })),
    },
  );
}
