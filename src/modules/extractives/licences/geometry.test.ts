import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../../platform/places/outline.ts';
import { rectangle } from '../../../platform/places/test-support.ts';
import { checkArea } from './geometry.ts';

const mongolia = countryOutline('496');

describe('checking a licence area', () => {
  it('accepts a polygon inside the country, as text, geometry or Feature, with its box and hectares', () => {
    const square = rectangle(46.5, 103, 0.05);
    for (const input of [
      square,
      JSON.stringify(square),
      { type: 'Feature', properties: {}, geometry: square },
    ]) {
      const checked = checkArea(input, mongolia);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      expect(checked.area.box).toEqual({ minLon: 102.95, minLat: 46.45, maxLon: 103.05, maxLat: 46.55 });
      // 0.1° × 0.1° at 46.5° N: about 11.1 km × 7.66 km ≈ 8,500 ha.
      expect(checked.area.hectares).toBeGreaterThan(8400);
      expect(checked.area.hectares).toBeLessThan(8700);
      expect(checked.area.point[0]).toBeCloseTo(103, 6);
      expect(checked.area.point[1]).toBeCloseTo(46.5, 6);
    }
  });

  it('accepts a multipolygon and adds up its parts', () => {
    const a = rectangle(46.5, 103, 0.05).coordinates;
    const b = rectangle(46.8, 104, 0.05).coordinates;
    const one = checkArea({ type: 'Polygon', coordinates: a }, mongolia);
    const both = checkArea({ type: 'MultiPolygon', coordinates: [a, b] }, mongolia);
    expect(one.ok && both.ok).toBe(true);
    if (one.ok && both.ok) expect(both.area.hectares).toBeGreaterThan(1.9 * one.area.hectares);
  });

  it('refuses a ring that does not close, naming the polygon and ring', () => {
    const open = rectangle(46.5, 103, 0.05);
    open.coordinates[0]![4] = [103.2, 46.6];
    expect(checkArea(open, mongolia)).toEqual({
      ok: false,
      problems: [
        {
          field: 'area',
          key: 'extractives.licences.error.areaNotClosed',
          params: { licence: '—', polygon: 1, ring: 1 },
        },
      ],
    });
  });

  it('refuses a ring of fewer than 4 positions', () => {
    const short = {
      type: 'Polygon',
      coordinates: [
        [
          [103, 46],
          [103.1, 46],
          [103, 46],
        ],
      ],
    };
    const result = checkArea(short, mongolia, { field: 'features.2.area', licence: 'MV-1' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          field: 'features.2.area',
          key: 'extractives.licences.error.areaTooFew',
          params: { licence: 'MV-1', polygon: 1, ring: 1, count: 3 },
        },
      ]);
  });

  it('refuses a ring that crosses itself (a bow tie), saying where', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [103, 46],
          [103.2, 46.2],
          [103.2, 46],
          [103, 46.2],
          [103, 46],
        ],
      ],
    };
    const result = checkArea(bowTie, mongolia);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.key).toBe('extractives.licences.error.areaCrosses');
      expect(result.problems[0]!.params).toMatchObject({ lon: 103.1 });
    }
  });

  it('refuses an area outside the country (Beijing), and [lat, lon] written the wrong way round', () => {
    const beijing = checkArea(rectangle(39.9, 116.4, 0.05), mongolia);
    expect(beijing.ok || beijing.problems[0]!.key).toBe('extractives.licences.error.areaOutside');
    const swapped = checkArea(rectangle(103, 46.5, 0.05), mongolia);
    expect(swapped.ok || swapped.problems[0]!.key).toBe('extractives.licences.error.areaRange');
  });

  it('refuses what is not GeoJSON, or not a polygon', () => {
    expect(checkArea('{not json', mongolia)).toMatchObject({
      ok: false,
      problems: [{ key: 'extractives.licences.error.areaJson' }],
    });
    expect(checkArea({ type: 'Point', coordinates: [103, 46] }, mongolia)).toMatchObject({
      ok: false,
      problems: [{ key: 'extractives.licences.error.areaType' }],
    });
    expect(checkArea({ type: 'Polygon', coordinates: [[[103, 46], 'x']] }, mongolia)).toMatchObject({
      ok: false,
      problems: [{ key: 'extractives.licences.error.areaPositions' }],
    });
  });
});
