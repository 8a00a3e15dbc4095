import type { Translator } from '../../platform/i18n/index.ts';
import { type Html, html } from '../../platform/views/html.ts';
import { type ProgressKey, progressKeys } from './service.ts';

/** Colours of the completion levels, each at least 3:1 against white (WCAG 1.4.11). */
export const progressColours: Record<ProgressKey, string> = {
  'not-reported': '#505a5f',
  'not-started': '#942514',
  limited: '#8f5a00',
  substantial: '#1d70b8',
  complete: '#00703c',
  withdrawn: '#4c2c92',
};

export interface ProgressRow {
  label: string;
  counts: Record<ProgressKey, number>;
}

const WIDTH = 720;
const LABEL_WIDTH = 250;
const BAR = 24;
const GAP = 10;
const TOTAL_SPACE = 44;

/**
 * Progress as server-rendered SVG: one bar per row (a priority area, an organisation), split by
 * completion level. An image with a title and a description for screen readers; the same figures
 * follow as a table, and a legend names the colours, so nothing is only in the picture.
 */
export function progressChart(
  t: Translator,
  options: { id: string; title: string; rows: readonly ProgressRow[] },
): Html {
  const { rows } = options;
  if (rows.length === 0) return html``;
  const totals = rows.map((r) => progressKeys.reduce((s, k) => s + r.counts[k], 0));
  const max = Math.max(...totals, 1);
  const span = WIDTH - LABEL_WIDTH - TOTAL_SPACE;
  const height = rows.length * (BAR + GAP) + GAP;
  const bars = rows.map((row, i) => {
    const y = GAP + i * (BAR + GAP);
    let x = LABEL_WIDTH;
    const segments = progressKeys
      .filter((k) => row.counts[k] > 0)
      .map((k) => {
        const w = Math.max(2, Math.round((row.counts[k] / max) * span));
        const rect = html`<rect x="${x}" y="${y}" width="${w}" height="${BAR}" fill="${progressColours[k]}" stroke="#ffffff" stroke-width="1"><title>${t(`plans.completion.${k}`)}: ${t.number(row.counts[k])}</title></rect>`;
        x += w;
        return rect;
      });
    const label = row.label.length > 36 ? `${row.label.slice(0, 35)}…` : row.label;
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="middle" font-size="13" fill="#0b0c0c">${label}</text>${segments}<text x="${x + 6}" y="${y + BAR / 2}" dominant-baseline="middle" font-size="13" fill="#0b0c0c">${t.number(totals[i]!)}</text></g>`;
  });
  const describe = (r: ProgressRow) =>
    `${r.label}: ${progressKeys
      .filter((k) => r.counts[k] > 0)
      .map((k) => `${t(`plans.completion.${k}`)} ${t.number(r.counts[k])}`)
      .join(', ')}`;
  const used = progressKeys.filter((k) => rows.some((r) => r.counts[k] > 0));
  return html`<figure class="chart plans-chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" font-family="sans-serif">
<title id="${options.id}-title">${options.title}</title>
<desc id="${options.id}-desc">${rows.map(describe).join('; ')}</desc>
${bars}
</svg>
<figcaption>${options.title}</figcaption>
<ul class="plans-legend">${used.map((k) => html`<li>${swatch(k)}${t(`plans.completion.${k}`)}</li>`)}</ul>
<details><summary>${t('plans.chart.table')}</summary>
<div class="table-wrap"><table class="data-table"><caption>${options.title}</caption>
<thead><tr><th scope="col">${t('plans.chart.row')}</th>${used.map((k) => html`<th scope="col" class="numeric">${t(`plans.completion.${k}`)}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th>${used.map((k) => html`<td class="numeric">${t.number(r.counts[k])}</td>`)}</tr>`)}</tbody>
</table></div></details>
</figure>`;
}

/** A square of a level's colour (an SVG attribute, as the content security policy allows no inline style). */
export function swatch(key: ProgressKey): Html {
  return html`<svg class="plans-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${progressColours[key]}"></rect></svg>`;
}

export interface TrendPoint {
  period: string;
  target: number | null;
  actual: number | null;
}

/**
 * An indicator's trend as server-rendered SVG: actual values as a solid line with dots, targets as
 * a dashed line with squares, periods along the bottom. The figures follow as a table.
 */
export function trendChart(
  t: Translator,
  options: { id: string; title: string; unit: string; points: readonly TrendPoint[] },
): Html {
  const { points } = options;
  if (points.length === 0) return html``;
  const W = 720;
  const H = 280;
  const left = 64;
  const right = 16;
  const top = 16;
  const bottom = 40;
  const values = points.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  const x = (i: number) =>
    left + (points.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (points.length - 1));
  const y = (v: number) => top + (H - top - bottom) * (1 - (v - lo) / (hi - lo));
  const line = (key: 'target' | 'actual') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]!).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  const ticks = [lo, lo + (hi - lo) / 2, hi];
  return html`<figure class="chart plans-chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" font-family="sans-serif">
<title id="${options.id}-title">${options.title}</title>
<desc id="${options.id}-desc">${points.map((p) => `${p.period}: ${t('plans.indicators.actual')} ${p.actual ?? '—'}, ${t('plans.indicators.target')} ${p.target ?? '—'}`).join('; ')}</desc>
${ticks.map((v) => html`<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#dfe4e9"></line><text x="${left - 6}" y="${y(v)}" text-anchor="end" dominant-baseline="middle" font-size="12" fill="#1b1f24">${t.number(Math.round(v * 100) / 100)}</text>`)}
${points.map((p, i) => html`<text x="${x(i)}" y="${H - bottom + 18}" text-anchor="middle" font-size="12" fill="#1b1f24">${p.period}</text>`)}
<polyline points="${line('target')}" fill="none" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4"></polyline>
<polyline points="${line('actual')}" fill="none" stroke="#1d70b8" stroke-width="3"></polyline>
${points.map((p, i) => (p.target === null ? '' : html`<rect x="${x(i) - 4}" y="${y(p.target) - 4}" width="8" height="8" fill="#505a5f"></rect>`))}
${points.map((p, i) => (p.actual === null ? '' : html`<circle cx="${x(i)}" cy="${y(p.actual)}" r="5" fill="#1d70b8"></circle>`))}
</svg>
<figcaption>${options.title} (${options.unit})</figcaption>
<ul class="plans-legend"><li>${t('plans.indicators.legendActual')}</li><li>${t('plans.indicators.legendTarget')}</li></ul>
<details><summary>${t('plans.chart.table')}</summary>
<div class="table-wrap"><table class="data-table"><caption>${options.title}</caption>
<thead><tr><th scope="col">${t('plans.indicators.period')}</th><th scope="col" class="numeric">${t('plans.indicators.target')}</th><th scope="col" class="numeric">${t('plans.indicators.actual')}</th></tr></thead>
<tbody>${points.map((p) => html`<tr><th scope="row">${p.period}</th><td class="numeric">${p.target === null ? '—' : t.number(p.target)}</td><td class="numeric">${p.actual === null ? '—' : t.number(p.actual)}</td></tr>`)}</tbody>
</table></div></details>
</figure>`;
}
