import { describe, expect, it } from 'vitest';
import { countryPackFor } from '../../country/index.ts';
import { checkBoundaries } from './check.ts';
import { countryOutline } from './outline.ts';
import { collection, rectangle, unitFeature } from './test-support.ts';

// Mongolia's units and outline: the checker's hardest case (the outline is real).
const pack = countryPackFor('mn');
const units = pack.adminUnits.map((u) => ({ ...u, iso3166_2: u.iso3166_2 ?? null }));
const unit = (code: string) => units.find((u) => u.code === code)!;
const outline = countryOutline('496');
const check = (text: string, unitProperty = 'code') =>
  checkBoundaries(text, { units, unitProperty, outline });

describe('a file of boundaries', () => {
  it('gives each feature its unit, geometry and box when all is well', () => {
    const { boundaries, problems } = check(collection([unitFeature(unit('65')), unitFeature(unit('64'))]));
    expect(problems).toEqual([]);
    expect(boundaries.map((b) => b.unitCode)).toEqual(['65', '64']);
    const box = boundaries[0]!.box;
    expect([box.minLon, box.minLat, box.maxLon, box.maxLat].map((n) => n.toFixed(4))).toEqual([
      '101.2542',
      '47.2750',
      '101.6542',
      '47.6750',
    ]);
  });

  it('finds a unit by ISO 3166-2 code or by name in either language, under another property', () => {
    const { boundaries, problems } = check(
      collection([
        unitFeature(unit('65'), { property: 'shapeISO', value: 'MN-073' }),
        unitFeature(unit('64'), { property: 'shapeISO', value: 'Баянхонгор' }),
        unitFeature(unit('46'), { property: 'shapeISO', value: unit('46').nameEn.toUpperCase() }),
      ]),
      'shapeISO',
    );
    expect(problems).toEqual([]);
    expect(boundaries.map((b) => b.unitCode)).toEqual(['65', '64', '46']);
  });

  const arkhangai = unit('65');
  const good = unitFeature(arkhangai);
  const withGeometry = (geometry: unknown) => ({ ...good, geometry });
  const ring = rectangle(arkhangai.lat, arkhangai.lon).coordinates[0]!;
  const cases: [string, string, string, string][] = [
    ['not JSON', '{"type": "FeatureCollection",', 'file', 'not JSON'],
    ['not a FeatureCollection', JSON.stringify(good), 'file', 'not a GeoJSON FeatureCollection'],
    ['no features', collection([]), 'file', 'has no features'],
    [
      'a point',
      collection([withGeometry({ type: 'Point', coordinates: [101, 47] })]),
      'feature 0 (code "65")',
      'a geometry of type "Point"',
    ],
    [
      'a ring not closed',
      collection([withGeometry({ type: 'Polygon', coordinates: [ring.slice(0, 4).concat([ring[1]!])] })]),
      'feature 0 (code "65")',
      'ring 0 is not closed',
    ],
    [
      'a ring of three positions',
      collection([withGeometry({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] })]),
      'feature 0 (code "65")',
      'ring 0 has 3 positions',
    ],
    [
      'a coordinate that is text',
      collection([
        withGeometry({
          type: 'MultiPolygon',
          coordinates: [[[ring[0], ['101.5', 47.5], ring[2], ring[3], ring[0]]]],
        }),
      ]),
      'feature 0 (code "65")',
      'polygon 0, ring 0, position 1 is not [lon, lat] in numbers',
    ],
    [
      'a latitude out of range',
      collection([
        withGeometry({ type: 'Polygon', coordinates: [[ring[0], [101.5, 97.5], ring[2], ring[3], ring[0]]] }),
      ]),
      'feature 0 (code "65")',
      'position 1 [101.5, 97.5] is out of range',
    ],
    [
      'a unit that does not exist',
      collection([good, unitFeature(arkhangai, { value: '99' })]),
      'feature 1 (code "99")',
      '"99" is not an admin unit',
    ],
    [
      'a feature without the property',
      collection([good, unitFeature(arkhangai, { property: 'name' })]),
      'feature 1',
      'has no property "code"',
    ],
    [
      'a unit given twice',
      collection([good, unitFeature(unit('64')), unitFeature(arkhangai, { value: 'Arkhangai' })]),
      'feature 2 (code "Arkhangai")',
      'feature 0 has it already',
    ],
    [
      'a feature outside the country (Beijing)',
      collection([good, { ...good, properties: { code: '64' }, geometry: rectangle(39.9, 116.4) }]),
      'feature 1 (code "64")',
      'lies outside the country',
    ],
    [
      'positions written as [lat, lon]',
      collection([
        { ...good, geometry: { type: 'Polygon', coordinates: [ring.map(([lon, lat]) => [lat, lon])] } },
      ]),
      'feature 0 (code "65")',
      'it looks like [lat, lon]',
    ],
  ];
  it.each(cases)(
    'names the feature and the problem of %s, and gives no boundary',
    (_, text, where, message) => {
      const { boundaries, problems } = check(text);
      expect(problems).toContainEqual({ where, message: expect.stringContaining(message) });
      // Only that feature is named, and it gives no boundary (the importer then stores none at all).
      expect(problems.every((p) => p.where === where)).toBe(true);
      expect(boundaries.length).toBeLessThan(
        Math.max(1, (JSON.parse(text.endsWith(',') ? '{}' : text).features ?? []).length),
      );
    },
  );

  it('refuses a name two units share, asking for the code', () => {
    const twins = [
      { code: '0101', iso3166_2: null, nameMn: 'Баян', nameEn: 'Bayan' },
      { code: '0201', iso3166_2: null, nameMn: 'Баян', nameEn: 'Bayan' },
    ];
    const { problems } = checkBoundaries(
      collection([unitFeature({ code: 'x', lat: 47, lon: 101 }, { value: 'Bayan' })]),
      {
        units: twins,
        unitProperty: 'code',
        outline,
      },
    );
    expect(problems).toEqual([
      {
        where: 'feature 0 (code "Bayan")',
        message: expect.stringContaining('names more than one admin unit'),
      },
    ]);
  });
});
