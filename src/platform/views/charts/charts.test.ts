import { describe, expect, it } from 'vitest';
import { registerMessages, translator } from '../../i18n/index.ts';
import { platformMessages } from '../../i18n/messages.ts';
import { barChart, donutChart, groupedBarChart, lineChart, stackedBarChart, treemapChart } from './index.ts';
import { palette } from './palette.ts';

registerMessages(platformMessages);
const t = translator('en');

/** Title, description and table alternative, as every chart must have them. */
function expectAccessible(out: string, id: string, title: string) {
  // `<svg role="img"` first: the module tests that will render these look for exactly that.
  expect(out).toContain(`<svg role="img" aria-labelledby="${id}-title ${id}-desc"`);
  expect(out).toContain(`<title id="${id}-title">${title}</title>`);
  expect(out).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
  expect(out).toContain('<details><summary>Show the figures as a table</summary>');
  expect(out).toContain(`<caption>${title}</caption>`);
}

/** Every coordinate and size drawn (the SVG's own `width="100%"` aside): none may be NaN or infinite. */
const coordinates = (out: string) =>
  [...out.matchAll(/ (?:x|y|width|height|cx|cy|x1|x2|y1|y2)="([^"%]*)"/g)].map((m) => Number(m[1]));

describe('bar chart', () => {
  const bars = [
    { label: 'CSV <files>', value: 12 },
    { label: 'JSON', value: 4 },
    { label: 'XML', value: 0 },
  ];

  it('draws horizontal bars with their labels and figures, and the same figures as a table', () => {
    const out = barChart({ id: 'formats', title: 'Datasets by format', t, bars }).value;
    expectAccessible(out, 'formats', 'Datasets by format');
    expect(out).toContain('<desc id="formats-desc">CSV &lt;files&gt;: 12; JSON: 4; XML: 0</desc>');
    expect(out).toContain(`fill="${palette.blue}"`);
    expect(out).toContain('<tr><th scope="row">CSV &lt;files&gt;</th><td class="numeric">12</td></tr>');
    expect(out).toMatch(/<rect x="220" y="\d+" width="0" height="22"/);
    expect(coordinates(out).every(Number.isFinite)).toBe(true);
  });

  it('writes figures with the format given (money) and draws columns when vertical', () => {
    const out = barChart({
      id: 'v',
      title: 'Value',
      t,
      bars,
      orientation: 'vertical',
      format: (v) => t.money(v),
    }).value;
    expect(out).toContain('<title>JSON: MNT');
    expect(out).toContain('text-anchor="middle"');
  });

  it('grows negative values from a zero line', () => {
    const out = barChart({
      id: 'n',
      title: 'Change',
      t,
      bars: [
        { label: 'Up', value: 5 },
        { label: 'Down', value: -5 },
      ],
    }).value;
    const rects = [...out.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const [up, down] = rects as [[number, number], [number, number]];
    expect(down[0] + down[1]).toBeCloseTo(up[0], 1);
    expect(out).toContain('>-5</text>');
    expect(out).toMatch(/<line x1="[\d.]+" x2="[\d.]+" y1="0"/);
  });

  it('renders nothing, or the words given, without data', () => {
    expect(barChart({ id: 'e', title: 'E', t, bars: [] }).value).toBe('');
    expect(barChart({ id: 'e', title: 'E', t, bars: [], emptyText: 'No datasets yet' }).value).toBe(
      '<p class="chart-empty">No datasets yet</p>',
    );
  });
});

describe('grouped and stacked bars', () => {
  it('grouped: one column per series and category, a legend, a table with a column per series', () => {
    const out = groupedBarChart({
      id: 'monthly',
      title: 'Cases per month',
      t,
      categories: ['2026-01', '2026-02'],
      series: [
        { label: 'Received', values: [5, 0] },
        { label: 'Answered', colour: 'green', values: [4, -1] },
      ],
      short: (m) => m.slice(2),
    }).value;
    expectAccessible(out, 'monthly', 'Cases per month');
    expect(out.match(/<rect [^>]*><title>/g)).toHaveLength(4);
    expect(out).toContain(`fill="${palette.green}"><title>2026-02: Answered -1</title>`);
    expect(out).toContain('>26-01</text>');
    expect(out).toContain('<ul class="chart-legend">');
    expect(out).toContain(
      '<th scope="col" class="numeric">Received</th><th scope="col" class="numeric">Answered</th>',
    );
    expect(coordinates(out).every(Number.isFinite)).toBe(true);
    expect(groupedBarChart({ id: 'g', title: 'G', t, categories: [], series: [] }).value).toBe('');
  });

  it('bars: leave room after the longest bar for its value label', () => {
    const out = barChart({
      id: 'long',
      title: 'L',
      t,
      format: (v) => t.money(v),
      bars: [{ label: 'A', value: 661_846_000 }],
    }).value;
    // "MNT 661,846,000": 15 characters, about 7.5px each, and 10px to spare: the bar ends at 640 − 123.
    expect(out).toContain('<rect x="220" y="8" width="297" height="22"');
  });

  it('grouped: leaves room left of the plot for long value labels (money)', () => {
    const out = groupedBarChart({
      id: 'money',
      title: 'Budget',
      t,
      format: (v) => t.money(v),
      categories: ['Health'],
      series: [{ label: 'Approved', values: [13_516_000_000] }],
    }).value;
    // "MNT 13,516,000,000": 18 characters, about 7px each, and 12px to spare.
    expect(out).toContain('<line x1="138" x2="720"');
    expect(out).toMatch(/<rect x="1[4-9]\d/);
  });

  it('stacked: parts in their colours, total after the bar, unused series left out, negatives only in the table', () => {
    const out = stackedBarChart({
      id: 'progress',
      title: 'Progress',
      t,
      series: [
        { label: 'Complete', colour: 'green' },
        { label: 'Limited', colour: 'orange' },
        { label: 'Withdrawn', colour: 'purple' },
      ],
      rows: [
        { label: 'Open data', values: [3, 1, 0] },
        { label: 'Procurement', values: [-2, 2, 0] },
      ],
    }).value;
    expectAccessible(out, 'progress', 'Progress');
    expect(out).toContain(
      `fill="${palette.green}" stroke="#ffffff" stroke-width="1"><title>Complete: 3</title>`,
    );
    expect(out).not.toContain('<title>Complete: -2</title>');
    expect(out).not.toContain('Withdrawn');
    expect(out).toContain(
      '<tr><th scope="row">Procurement</th><td class="numeric">-2</td><td class="numeric">2</td></tr>',
    );
    expect(out).toMatch(/>4<\/text><\/g>/);
    expect(stackedBarChart({ id: 's', title: 'S', t, series: [{ label: 'A' }], rows: [] }).value).toBe('');
  });

  it('leaves room after the longest bar for its total, however long the figure', () => {
    const out = stackedBarChart({
      id: 'repayments',
      title: 'Repayments',
      t,
      format: (v) => `JPY ${v.toLocaleString('en')}`,
      series: [{ label: 'Principal' }, { label: 'Interest' }],
      rows: [
        { label: '2019', values: [960_233_333, 57_614_000] },
        { label: '2020', values: [960_233_333, 55_693_533] },
      ],
    }).value;
    // The longest total's label starts where the bar ends and must fit inside the 720 wide frame.
    const total = /<text x="([\d.]+)"[^>]*>JPY 1,017,847,333<\/text>/.exec(out);
    expect(total).not.toBeNull();
    expect(Number(total![1]) + 'JPY 1,017,847,333'.length * 7.5).toBeLessThanOrEqual(720);
  });
});

describe('line chart', () => {
  it('draws a solid and a dashed series, joins known points, shows gaps as dashes in the table', () => {
    const out = lineChart({
      id: 'trend',
      title: 'Share published',
      t,
      categoryLabel: 'Period',
      periods: ['2024', '2025', '2026'],
      series: [
        { label: 'Target', colour: 'grey', dashed: true, values: [50, 70, 90] },
        { label: 'Actual', legend: 'Actual (solid line)', values: [-10, null, 85] },
      ],
    }).value;
    expectAccessible(out, 'trend', 'Share published');
    expect(out).toContain('stroke-dasharray="6 4"');
    expect(out.match(/<circle /g)).toHaveLength(2);
    expect(out.match(/<rect x=/g)).toHaveLength(3);
    expect(out).toContain(
      '<tr><th scope="row">2025</th><td class="numeric">70</td><td class="numeric">—</td></tr>',
    );
    expect(out).toContain('<th scope="col">Period</th>');
    expect(out).toContain('</svg>Actual (solid line)</li>');
    expect(out).toContain('<th scope="col" class="numeric">Actual</th>');
    expect(coordinates(out).every(Number.isFinite)).toBe(true);
  });

  it('renders nothing without a known value', () => {
    expect(
      lineChart({ id: 'l', title: 'L', t, periods: ['2024'], series: [{ label: 'A', values: [null] }] })
        .value,
    ).toBe('');
    expect(lineChart({ id: 'l', title: 'L', t, periods: [], series: [] }).value).toBe('');
  });
});

describe('donut and treemap', () => {
  const parts = [
    { label: 'Open', value: 60 },
    { label: 'Direct', value: 30 },
    { label: 'Cancelled', value: 0 },
    { label: 'Refund', value: -5 },
    { label: 'Limited', value: 10 },
  ];

  it('donut: a slice per positive part, the total in the middle, shares in the legend and the table', () => {
    const out = donutChart({ id: 'methods', title: 'Methods', t, parts }).value;
    expectAccessible(out, 'methods', 'Methods');
    expect(out.match(/<path /g)).toHaveLength(3);
    expect(out).toContain('>100</text>');
    expect(out).toContain('<li>');
    expect(out).toContain('Open: 60%');
    expect(out).toContain(
      '<tr><th scope="row">Refund</th><td class="numeric">-5</td><td class="numeric">—</td></tr>',
    );
    expect(donutChart({ id: 'd', title: 'D', t, parts: [{ label: 'All', value: 3 }] }).value).toContain(
      '<circle ',
    );
    expect(donutChart({ id: 'd', title: 'D', t, parts: [{ label: 'None', value: 0 }] }).value).toBe('');
  });

  it('donut merges the smallest parts past the palette into Other', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ label: `P${i}`, value: 10 - i }));
    const out = donutChart({ id: 'm', title: 'M', t, parts: many }).value;
    expect(out.match(/<path /g)).toHaveLength(7);
    expect(out).toContain('<title>Other: 10 (18.2%)</title>');
  });

  it('treemap: rectangles fill the area in proportion, labels on large cells in white', () => {
    const out = treemapChart({ id: 'spend', title: 'Spending', t, format: (v) => t.money(v), parts }).value;
    expectAccessible(out, 'spend', 'Spending');
    const rects = [
      ...out.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
    ].map((m) => Number(m[3]) * Number(m[4]));
    expect(rects).toHaveLength(3);
    const area = rects.reduce((a, b) => a + b, 0);
    expect(area).toBeCloseTo(720 * 360, -2);
    expect((rects[0] as number) / area).toBeCloseTo(0.6, 2);
    expect(out).toContain('class="chart-on-fill" fill="#ffffff">Open</text>');
    expect(treemapChart({ id: 'x', title: 'X', t, parts: [], emptyText: 'Nothing yet' }).value).toBe(
      '<p class="chart-empty">Nothing yet</p>',
    );
  });

  it('treemap: a part with an href is a named link (drilling down), the drawing a group of links', () => {
    const out = treemapChart({
      id: 'drill',
      title: 'Drill',
      t,
      parts: [
        { label: 'Health', value: 60, href: '/budget?node=07' },
        { label: 'Schools & more', value: 40 },
      ],
    }).value;
    expect(out).toContain('<svg role="group" aria-labelledby="drill-title drill-desc"');
    expect(out).toContain(
      '<a href="/budget?node=07" aria-label="Health: 60 (60%)" class="chart-link"><rect ',
    );
    expect(out.match(/<a href=/g)).toHaveLength(2);
    expect(out).toContain('<th scope="row"><a href="/budget?node=07">Health</a></th>');
    expect(out).toContain('<th scope="row">Schools &amp; more</th>');
    expect(treemapChart({ id: 'p', title: 'P', t, parts }).value).toContain('<svg role="img"');
  });

  it('speaks Mongolian on a Mongolian page', () => {
    const out = barChart({
      id: 'mn',
      title: 'Т',
      t: translator('mn'),
      bars: [{ label: 'А', value: 1200 }],
    }).value;
    expect(out).toContain('<summary>Тоон мэдээллийг хүснэгтээр харах</summary>');
  });
});
