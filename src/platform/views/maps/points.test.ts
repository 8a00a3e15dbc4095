import { describe, expect, it } from 'vitest';
import { contrast } from '../contrast.ts';
import { OUTLINE } from './choropleth.ts';
import { clusterPoints, clusterRadius, type MapPoint, POINT_MARK, pointsMap } from './points.ts';
import { project } from './shapes.ts';
import { fixtureOutline, t } from './test-support.ts';

const outline = fixtureOutline;

/** A fixture of places: a crowd at one spot, a few apart, spread points on a line. */
const points: MapPoint[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, label: `Crowd ${i}`, lat: 47.9, lon: 106.9 })),
  { id: 'w', label: 'West', lat: 46, lon: 99 },
  { id: 'e', label: 'East', lat: 48, lon: 107.5 },
  ...Array.from({ length: 30 }, (_, i) => ({
    id: `l${i}`,
    label: `Line ${i}`,
    lat: 46.5,
    lon: 99 + i * 0.3,
  })),
];

const rowsOf = (out: string) =>
  [...out.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="numeric">([^<]*)<\/td>/g)].map((m) => ({
    label: m[1]!,
    count: Number(m[2]!.replaceAll(',', '')),
  }));

describe('the map of points', () => {
  it('draws in the projection of the maps of shapes, the outline behind', () => {
    const out = pointsMap({ id: 'p', title: 'Places', t, points, outline, note: 'Fixture.' }).value;
    const p = project([...outline, points.map((q) => [q.lon, q.lat])], 800);
    // The lone point in the west is drawn exactly where the shared projection puts it.
    expect(out).toContain(
      `<circle cx="${Math.round(p.x(99) * 100) / 100}" cy="${Math.round(p.y(46) * 100) / 100}" r="5"`,
    );
    expect(out).toContain(`viewBox="0 0 800 ${p.height}"`);
    // The outline is drawn before (behind) every mark.
    expect(out.indexOf('fill="none" stroke="#4a5561" stroke-width="1.5"')).toBeLessThan(
      out.indexOf('<circle'),
    );
  });

  it('puts every point in exactly one cluster, at every size of the grid', () => {
    const p = project(outline, 800);
    for (const cell of [1, 10, 48, 200, 2000]) {
      const clusters = clusterPoints(points, p, cell);
      const ids = clusters.flatMap((c) => c.points.map((q) => q.id));
      expect(ids).toHaveLength(points.length);
      expect(new Set(ids)).toEqual(new Set(points.map((q) => q.id)));
      for (const c of clusters) {
        const cells = new Set(
          c.points.map((q) => `${Math.floor(p.x(q.lon) / cell)}:${Math.floor(p.y(q.lat) / cell)}`),
        );
        expect(cells.size).toBe(1);
      }
    }
    // One cell holds everything; a tiny one keeps only the crowd at one spot together.
    expect(clusterPoints(points, p, 2000)).toHaveLength(1);
    const fine = clusterPoints(points, p, 1);
    expect(fine[0]!.points).toHaveLength(12);
    expect(fine).toHaveLength(points.length - 11);
  });

  it('lists each circle in the table with the count drawn on it, the counts adding up to the points', () => {
    const out = pointsMap({ id: 'p', title: 'Places', t, points, outline, note: 'Fixture.' }).value;
    const rows = rowsOf(out);
    const drawn = [...out.matchAll(/<circle /g)];
    const written = [
      ...out.matchAll(/font-weight="bold" class="chart-on-fill" fill="#ffffff">([^<]+)<\/text>/g),
    ].map((m) => Number(m[1]));
    expect(rows).toHaveLength(drawn.length);
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(points.length);
    // A circle of one has no number; every other circle's number is a count in the table.
    expect(written.sort()).toEqual(
      rows
        .map((r) => r.count)
        .filter((n) => n > 1)
        .sort(),
    );
    expect(rows[0]).toEqual({ label: 'Crowd 0, Crowd 1, Crowd 10, Crowd 11, Crowd 2 and 7 more', count: 12 });
    expect(out).toContain(
      '<th scope="row">West</th><td class="numeric">1</td><td class="numeric">46.00, 99.00</td>',
    );
  });

  it('is an image with a title and a description, a caption, no links, and marks that can be seen', () => {
    const out = pointsMap({ id: 'p', title: 'Places', t, points, outline, note: 'Fixture.' }).value;
    expect(out).toContain('<svg role="img" aria-labelledby="p-title p-desc"');
    expect(out).toContain('<title id="p-title">Places</title>');
    expect(out).toMatch(
      /<desc id="p-desc">44 places in \d+ marks; the largest holds 12, near Crowd 0\.<\/desc>/,
    );
    expect(out).toContain('<figcaption>Places. Fixture.</figcaption>');
    expect(out).not.toContain('<a ');
    expect(contrast(POINT_MARK.fill, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(POINT_MARK.text, POINT_MARK.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(OUTLINE, '#ffffff')).toBeGreaterThanOrEqual(3);
    const empty = pointsMap({ id: 'n', title: 'None', t, points: [], outline, note: 'Fixture.' }).value;
    expect(empty).toContain('<desc id="n-desc">No places.</desc>');
  });

  it('sizes a circle by its count and always wide enough for its digits', () => {
    expect(clusterRadius(1, 48)).toBe(5);
    expect(clusterRadius(4, 48)).toBeLessThan(clusterRadius(400, 48));
    expect(clusterRadius(12345, 10)).toBeGreaterThanOrEqual(4 + 3.6 * 5);
  });
});
