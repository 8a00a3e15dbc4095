import type { Translator } from '../../platform/i18n/index.ts';
import { type Html, html } from '../../platform/views/html.ts';

export interface MonthBar {
  month: string;
  received: number;
  answered: number;
}

/**
 * Cases received and answered per month as paired bars, drawn on the server (works without
 * JavaScript, prints). The figures are also in the table beside it, so the chart is decorative
 * for screen readers beyond its title and description.
 */
export function monthlyChart(t: Translator, bars: readonly MonthBar[]): Html {
  const width = 720;
  const height = 260;
  const left = 48;
  const bottom = 40;
  const top = 16;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.received, b.answered)));
  const step = bars.length > 0 ? (width - left - 8) / bars.length : 0;
  const barWidth = Math.max(2, step / 2 - 3);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const ticks = [0, Math.round(max / 2), max];
  return html`<figure class="feedback-chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">${t('feedback.reports.chartTitle')}</title>
<desc id="chart-desc">${t('feedback.reports.chartDesc')}</desc>
${ticks.map((v) => html`<line x1="${left}" x2="${width}" y1="${y(v)}" y2="${y(v)}" stroke="#b1b4b6" stroke-width="1"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#0b0c0c">${t.number(v)}</text>`)}
${bars.map((b, i) => {
  const x = left + i * step + 2;
  return html`<g><rect x="${x}" y="${y(b.received)}" width="${barWidth}" height="${y(0) - y(b.received)}" fill="#1d70b8"><title>${b.month}: ${t('feedback.reports.received')} ${t.number(b.received)}</title></rect>
<rect x="${x + barWidth + 2}" y="${y(b.answered)}" width="${barWidth}" height="${y(0) - y(b.answered)}" fill="#00703c"><title>${b.month}: ${t('feedback.reports.answered')} ${t.number(b.answered)}</title></rect>
<text x="${x + barWidth}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="#0b0c0c">${b.month.slice(2)}</text></g>`;
})}
</svg>
<figcaption><span class="feedback-key feedback-key-received"></span> ${t('feedback.reports.received')} <span class="feedback-key feedback-key-answered"></span> ${t('feedback.reports.answered')}</figcaption>
</figure>`;
}
