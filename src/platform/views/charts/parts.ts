import { type Html, type HtmlValue, html } from '../html.ts';
import { type ChartBase, clip, empty, figure, formatOf, legend, r2 } from './frame.ts';
import { colourOf, seriesOrder } from './palette.ts';

/** A part of a whole. Zero and negative parts are not drawn; the table keeps their figures. */
export interface Part {
  label: string;
  value: number;
  /** Where the part leads (a treemap's box becomes a link there: drilling down); the table links it too. */
  href?: string;
}

export interface PartsChartOptions extends ChartBase {
  parts: readonly Part[];
  /** The heading of the value column of the table. */
  valueLabel?: string;
}

const percent = (t: ChartBase['t'], share: number) =>
  new Intl.NumberFormat(t.locale === 'mn' ? 'mn-MN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);

/** The parts drawn: positive ones, largest first, the smallest merged into "Other" past the palette's size. */
function drawable(c: PartsChartOptions): Part[] {
  const positive = c.parts.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  if (positive.length <= seriesOrder.length) return positive;
  const kept = positive.slice(0, seriesOrder.length - 1);
  const rest = positive.slice(seriesOrder.length - 1).reduce((sum, p) => sum + p.value, 0);
  return [...kept, { label: c.t('components.chart.other'), value: rest }];
}

function partsTable(c: PartsChartOptions, total: number) {
  const format = formatOf(c);
  return {
    head: [c.valueLabel ?? c.t('components.chart.value'), c.t('components.chart.share')],
    rows: c.parts.map((p) => ({
      label: p.href ? html`<a href="${p.href}">${p.label}</a>` : p.label,
      cells: [format(p.value), p.value > 0 && total > 0 ? percent(c.t, p.value / total) : '—'],
    })),
  };
}

/**
 * Shares of a whole as a ring, the total in the middle. Use it for a few parts (it merges the
 * smallest past seven into "Other"); a bar chart compares more, and more precisely.
 *
 * @example
 * donutChart({ id: 'methods', title: 'Procurement methods', t, parts: [{ label: 'Open', value: 60 }, { label: 'Direct', value: 25 }] })
 */
export function donutChart(c: PartsChartOptions): Html {
  return partsChart(c, (parts, total, format) => {
    const size = 240;
    const centre = size / 2;
    const radius = 100;
    const inner = 60;
    let angle = -Math.PI / 2;
    const point = (a: number, rr: number) =>
      `${r2(centre + rr * Math.cos(a))} ${r2(centre + rr * Math.sin(a))}`;
    const slices = parts.map((p, i) => {
      const colour = colourOf(i);
      const title = html`<title>${p.label}: ${format(p.value)} (${percent(c.t, p.value / total)})</title>`;
      if (p.value === total)
        return html`<circle cx="${centre}" cy="${centre}" r="${(radius + inner) / 2}" fill="none" stroke="${colour}" stroke-width="${radius - inner}">${title}</circle>`;
      const end = angle + (p.value / total) * 2 * Math.PI;
      const large = end - angle > Math.PI ? 1 : 0;
      const d = `M ${point(angle, radius)} A ${radius} ${radius} 0 ${large} 1 ${point(end, radius)} L ${point(end, inner)} A ${inner} ${inner} 0 ${large} 0 ${point(angle, inner)} Z`;
      angle = end;
      return html`<path d="${d}" fill="${colour}" stroke="#ffffff" stroke-width="2">${title}</path>`;
    });
    return {
      width: size,
      height: size,
      body: html`${slices}<text x="${centre}" y="${centre}" text-anchor="middle" dominant-baseline="middle" font-size="18" font-weight="700" fill="currentColor">${format(total)}</text>`,
    };
  });
}

/** The frame both part charts share: what is drawn, the description, the legend with shares, the table. */
function partsChart(
  c: PartsChartOptions,
  draw: (
    parts: Part[],
    total: number,
    format: (v: number) => string,
  ) => { width: number; height: number; body: HtmlValue; links?: boolean },
): Html {
  const parts = drawable(c);
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  if (c.parts.length === 0 || total === 0) return empty(c);
  const format = formatOf(c);
  const share = (p: Part) => percent(c.t, p.value / total);
  return figure(
    c,
    {
      ...draw(parts, total, format),
      description: parts.map((p) => `${p.label}: ${format(p.value)} (${share(p)})`).join('; '),
      legend: legend(parts.map((p, i) => ({ label: `${p.label}: ${share(p)}`, colour: colourOf(i) }))),
    },
    partsTable(c, total),
  );
}

interface Cell extends Part {
  x: number;
  y: number;
  w: number;
  h: number;
}

const partOf = (p: Part): Part => ({
  label: p.label,
  value: p.value,
  ...(p.href ? { href: p.href } : {}),
});

/** Squarified layout (Bruls, Huizing, van Wijk): rows along the shorter side, as square as can be. */
export function squarify(parts: readonly Part[], x: number, y: number, w: number, h: number): Cell[] {
  const total = parts.reduce((s, p) => s + p.value, 0);
  const cells: Cell[] = [];
  let rest = parts.map((p) => ({ ...p, area: (p.value / total) * w * h }));
  let box = { x, y, w, h };
  const worst = (row: { area: number }[], side: number) => {
    const sum = row.reduce((s, r) => s + r.area, 0);
    const max = Math.max(...row.map((r) => r.area));
    const min = Math.min(...row.map((r) => r.area));
    return Math.max((side * side * max) / (sum * sum), (sum * sum) / (side * side * min));
  };
  while (rest.length > 0) {
    const side = Math.min(box.w, box.h);
    let row = [rest[0] as (typeof rest)[number]];
    let i = 1;
    while (i < rest.length && worst([...row, rest[i] as (typeof rest)[number]], side) <= worst(row, side)) {
      row = [...row, rest[i] as (typeof rest)[number]];
      i++;
    }
    rest = rest.slice(i);
    const sum = row.reduce((s, r) => s + r.area, 0);
    const thickness = sum / side;
    let offset = 0;
    for (const r of row) {
      const length = r.area / thickness;
      cells.push(
        box.w >= box.h
          ? { ...partOf(r), x: box.x, y: box.y + offset, w: thickness, h: length }
          : { ...partOf(r), x: box.x + offset, y: box.y, w: length, h: thickness },
      );
      offset += length;
    }
    box =
      box.w >= box.h
        ? { x: box.x + thickness, y: box.y, w: box.w - thickness, h: box.h }
        : { x: box.x, y: box.y + thickness, w: box.w, h: box.h - thickness };
  }
  return cells;
}

/**
 * Shares of a whole as nested rectangles, area by value (budget by ministry, spending by
 * supplier). Cells large enough carry their name and figure in white, 4.5:1 or more on every
 * palette colour; the smallest are named only in their tooltip, the legend and the table. A part
 * with an `href` is a link (drilling down): the drawing is then a group of named links rather than
 * an image, and the table links the part as well.
 *
 * @example
 * treemapChart({ id: 'spend', title: 'Spending by buyer', t, format: (v) => t.money(v), parts: [{ label: 'Health', value: 900 }, { label: 'Roads', value: 400 }] })
 */
export function treemapChart(c: PartsChartOptions): Html {
  return partsChart(c, (parts, total, format) => {
    const width = 720;
    const height = 360;
    const cells = squarify(parts, 0, 0, width, height).map((cell, i) => {
      const text =
        cell.w > 90 && cell.h > 40
          ? html`<text x="${r2(cell.x + 8)}" y="${r2(cell.y + 20)}" font-size="13" class="chart-on-fill" fill="#ffffff">${clip(cell.label, Math.floor(cell.w / 8))}</text><text x="${r2(cell.x + 8)}" y="${r2(cell.y + 38)}" font-size="13" class="chart-on-fill" fill="#ffffff">${format(cell.value)}</text>`
          : '';
      const named = `${cell.label}: ${format(cell.value)} (${percent(c.t, cell.value / total)})`;
      const box = html`<rect x="${r2(cell.x)}" y="${r2(cell.y)}" width="${r2(cell.w)}" height="${r2(cell.h)}" fill="${colourOf(i)}" stroke="#ffffff" stroke-width="2"><title>${named}</title></rect>${text}`;
      return cell.href
        ? html`<a href="${cell.href}" aria-label="${named}" class="chart-link">${box}</a>`
        : html`<g>${box}</g>`;
    });
    return { width, height, body: cells, links: cells.length > 0 && parts.some((p) => p.href) };
  });
}
