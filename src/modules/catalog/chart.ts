import type { Translator } from '../../platform/i18n/index.ts';
import { type Html, html } from '../../platform/views/html.ts';

export interface Bar {
  label: string;
  count: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 220;
const BAR_HEIGHT = 22;
const GAP = 8;
const VALUE_SPACE = 70;

/**
 * A horizontal bar chart as server-rendered SVG: works without JavaScript and in print. The SVG
 * is an image with a title and description for screen readers, and the same figures follow it
 * as a table, so nothing is only in the picture.
 */
export function barChart(t: Translator, options: { id: string; title: string; bars: readonly Bar[] }): Html {
  const { bars } = options;
  if (bars.length === 0) return html``;
  const max = Math.max(...bars.map((b) => b.count), 1);
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const span = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const rows = bars.map((bar, i) => {
    const y = GAP + i * (BAR_HEIGHT + GAP);
    const width = Math.max(1, Math.round((bar.count / max) * span));
    const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
    return html`<g>
<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2}" text-anchor="end" dominant-baseline="middle" font-size="13" fill="#0b0c0c">${label}</text>
<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="#1d70b8"></rect>
<text x="${LABEL_WIDTH + width + 6}" y="${y + BAR_HEIGHT / 2}" dominant-baseline="middle" font-size="13" fill="#0b0c0c">${t.number(bar.count)}</text>
</g>`;
  });
  const summary = bars.map((b) => `${b.label}: ${t.number(b.count)}`).join('; ');
  return html`<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" font-family="sans-serif">
<title id="${titleId}">${options.title}</title>
<desc id="${descId}">${summary}</desc>
${rows}
</svg>
<figcaption>${options.title}</figcaption>
<details><summary>${t('catalog.chart.table')}</summary>
<table class="data-table"><caption>${options.title}</caption>
<thead><tr><th scope="col">${t('catalog.chart.value')}</th><th scope="col" class="numeric">${t('catalog.chart.count')}</th></tr></thead>
<tbody>${bars.map((b) => html`<tr><td>${b.label}</td><td class="numeric">${t.number(b.count)}</td></tr>`)}</tbody>
</table></details>
</figure>`;
}
