import { type Html, html } from '../../../platform/views/html.ts';

/**
 * Bar charts drawn as SVG on the server: they work without JavaScript, in print and for screen
 * readers (a title, a description and a table of the same figures beside each).
 */
export interface Bar {
  label: string;
  value: number;
}

export function barChart(options: {
  id: string;
  title: string;
  bars: readonly Bar[];
  format: (value: number) => string;
  horizontal?: boolean;
}): Html {
  const { bars } = options;
  const max = Math.max(1, ...bars.map((b) => b.value));
  if (options.horizontal) {
    const rowHeight = 28;
    const labelWidth = 220;
    const width = 640;
    const height = bars.length * rowHeight + 8;
    return html`<figure class="procurement-chart">
<svg role="img" aria-labelledby="${options.id}-title" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
<title id="${options.id}-title">${options.title}</title>
${bars.map((b, i) => {
  const w = Math.max(1, Math.round(((width - labelWidth - 120) * b.value) / max));
  const y = i * rowHeight + 4;
  return html`<g><text x="0" y="${y + 18}" class="chart-label">${b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 10}" class="chart-bar"></rect>
<text x="${labelWidth + w + 6}" y="${y + 18}" class="chart-value">${options.format(b.value)}</text></g>`;
})}
</svg>
<figcaption>${options.title}</figcaption></figure>`;
  }
  const width = 640;
  const height = 220;
  const plot = 170;
  const step = bars.length > 0 ? (width - 20) / bars.length : 0;
  return html`<figure class="procurement-chart">
<svg role="img" aria-labelledby="${options.id}-title" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
<title id="${options.id}-title">${options.title}</title>
<line x1="10" y1="${plot + 5}" x2="${width - 10}" y2="${plot + 5}" class="chart-axis"></line>
${bars.map((b, i) => {
  const h = Math.round((plot - 20) * (b.value / max));
  const x = 10 + i * step;
  return html`<g><rect x="${(x + step * 0.15).toFixed(1)}" y="${plot + 5 - h}" width="${(step * 0.7).toFixed(1)}" height="${h}" class="chart-bar"><title>${b.label}: ${options.format(b.value)}</title></rect>
<text x="${(x + step / 2).toFixed(1)}" y="${plot + 22}" text-anchor="middle" class="chart-label">${b.label}</text></g>`;
})}
</svg>
<figcaption>${options.title}</figcaption></figure>`;
}
