import { type Html, html } from '../html.ts';
import {
  type ChartBase,
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

export interface LineSeries extends Series {
  /** One value per period; `null` where there is none (the line joins the known points). */
  values: readonly (number | null)[];
  /** A dashed line with square markers (a target, a forecast); solid with dots otherwise. */
  dashed?: boolean;
}

export interface LineChartOptions extends ChartBase {
  /** The periods along the bottom, oldest first (`2024`, `2025-Q1`…). */
  periods: readonly string[];
  series: readonly LineSeries[];
}

/**
 * Values over time, one line per series (plans' indicator: actual solid, target dashed). The
 * value axis always includes zero and goes below it for negative values.
 *
 * @example
 * lineChart({ id: 'trend', title: 'Share of contracts published', t, categoryLabel: 'Period', periods: ['2024', '2025', '2026'],
 *   series: [{ label: 'Target', colour: 'grey', dashed: true, values: [50, 70, 90] }, { label: 'Actual', values: [40, null, 85] }] })
 */
export function lineChart(c: LineChartOptions): Html {
  const { periods } = c;
  const known = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (periods.length === 0 || known.length === 0) return empty(c);
  const format = formatOf(c);
  const colours = seriesColours(c.series);
  const W = 720;
  const H = 280;
  const left = 64;
  const right = 16;
  const bottom = 40;
  const [lo, hi] = domain(known);
  const x = (i: number) =>
    r2(
      left +
        (periods.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (periods.length - 1)),
    );
  const y = scale(lo, hi, H - bottom, 16);
  const ticks = [lo, lo + (hi - lo) / 2, hi];
  const lines = c.series.map((s, k) => {
    const colour = colours[k] as string;
    const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
    const path = points
      .filter((p) => p !== null)
      .map((p) => `${p[0]},${p[1]}`)
      .join(' ');
    const markers = points.map((p, i) =>
      p === null
        ? ''
        : s.dashed
          ? html`<rect x="${r2(p[0] - 4)}" y="${r2(p[1] - 4)}" width="8" height="8" fill="${colour}"><title>${periods[i]}: ${s.label} ${format(s.values[i] as number)}</title></rect>`
          : html`<circle cx="${p[0]}" cy="${p[1]}" r="5" fill="${colour}"><title>${periods[i]}: ${s.label} ${format(s.values[i] as number)}</title></circle>`,
    );
    return html`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="${s.dashed ? 2 : 3}"${s.dashed ? html` stroke-dasharray="6 4"` : ''}></polyline>${markers}`;
  });
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '—' : format(v));
  return figure(
    c,
    {
      width: W,
      height: H,
      body: html`${valueAxis(ticks, y, left, W - right, (v) => format(Math.round(v * 100) / 100))}
${periods.map((p, i) => label(x(i), H - bottom + 18, p, 'middle', 12))}
${lines}`,
      description: periods
        .map((p, i) => `${p}: ${c.series.map((s) => `${s.label} ${cell(s.values[i])}`).join(', ')}`)
        .join('; '),
      legend: legend(
        c.series.map((s, k) => ({
          label: s.legend ?? s.label,
          colour: colours[k] as string,
          dashed: s.dashed,
        })),
      ),
    },
    {
      head: c.series.map((s) => s.label),
      rows: periods.map((p, i) => ({ label: p, cells: c.series.map((s) => cell(s.values[i])) })),
    },
  );
}
