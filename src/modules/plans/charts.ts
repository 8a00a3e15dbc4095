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
