import { describe, expect, it } from 'vitest';
import { rectangle } from '../../places/test-support.ts';
import { contrast } from '../contrast.ts';
import { areaKm2, polygonsMap } from './polygons.ts';
import { project } from './shapes.ts';
import { fixtureOutline, t } from './test-support.ts';

const outline = fixtureOutline;

describe('the map of polygons', () => {
  const polygons = [
    { id: 'a', label: 'Licence A', class: 'mining', geometry: rectangle(47, 101.5, 1) },
    { id: 'b', label: 'Licence B', class: 'exploration', geometry: rectangle(45.5, 104, 0.025) },
    {
      id: 'c',
      label: 'Licence C',
      class: 'exploration',
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [rectangle(47.5, 105.5, 0.5).coordinates, rectangle(47.25, 106.75, 0.25).coordinates],
      },
    },
  ];
  const classes = [
    { id: 'exploration', label: 'Exploration' },
    { id: 'mining', label: 'Mining' },
  ];
  const out = polygonsMap({
    id: 'l',
    title: 'Licences',
    t,
    polygons,
    classes,
    outline,
    note: 'Fixture.',
  }).value;

  it('draws each area in its class’s colour on the shared projection, the outline behind', () => {
    const p = project(
      [
        ...outline,
        ...polygons.flatMap((q) =>
          q.geometry.type === 'Polygon' ? q.geometry.coordinates : q.geometry.coordinates.flat(),
        ),
      ],
      800,
    );
    expect(out).toContain(
      `<path d="M${Math.round(p.x(100.5) * 100) / 100},${Math.round(p.y(46) * 100) / 100}L`,
    );
    expect(out.match(/<path d="M/g)).toHaveLength(4);
    expect(out.indexOf('fill="none"')).toBeLessThan(out.indexOf('fill="#00703c"'));
    // Exploration takes the first colour, mining the second; white labels on both at 4.5:1.
    expect(out.match(/fill="#1d70b8" stroke/g)).toHaveLength(2);
    expect(out.match(/fill="#00703c" stroke/g)).toHaveLength(1);
    for (const fill of ['#1d70b8', '#00703c']) {
      expect(contrast('#ffffff', fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(fill, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    // A label where it fits; the tiny area is named in the table only.
    // White on the class's fill: the class keeps the stylesheet's dark chart text off it.
    expect(out).toContain('class="chart-on-fill" fill="#ffffff">Licence A</text>');
    expect(out).not.toContain('>Licence B</text>');
  });

  it('lists every area in the table with its class and size, as the legend and description count them', () => {
    const rows = [
      ...out.matchAll(
        /<tr><th scope="row">([^<]*)<\/th><td class="numeric">([^<]*)<\/td><td class="numeric">([^<]*)<\/td>/g,
      ),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(
      polygons.map((q) => [
        q.label,
        q.class === 'mining' ? 'Mining' : 'Exploration',
        t.number(areaKm2(q.geometry)),
      ]),
    );
    // 2° × 2° at 47° north: about 152 km × 222 km.
    expect(areaKm2(polygons[0]!.geometry)).toBeGreaterThan(32_000);
    expect(areaKm2(polygons[0]!.geometry)).toBeLessThan(35_000);
    expect(out).toContain('<desc id="l-desc">3 areas: Exploration (2); Mining (1).</desc>');
    expect(out).toContain('<svg role="img" aria-labelledby="l-title l-desc"');
    expect(out).toMatch(/<ul class="chart-legend"><li>.*Exploration<\/li><li>.*Mining<\/li><\/ul>/);
    expect(out).not.toContain('<a ');
  });

  it('makes an area with a page a link, on the drawing and in the table, and the drawing a group of links', () => {
    const linked = polygonsMap({
      id: 'k',
      title: 'Licences',
      t,
      polygons: polygons.map((q) => ({ ...q, href: `/licences/${q.id}` })),
      classes,
      outline,
      note: 'Fixture.',
    }).value;
    expect(linked).toContain('<svg role="group" aria-labelledby="k-title k-desc"');
    expect(linked).toMatch(/<a href="\/licences\/a" aria-label="Licence A" class="chart-link"><path /);
    expect(linked).toContain('<tr><th scope="row"><a href="/licences/c">Licence C</a></th>');
  });
});
