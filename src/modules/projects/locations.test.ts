import { describe, expect, it } from 'vitest';
import { countryPacks } from '../../country/index.ts';
import { outlineOf } from '../../platform/places/outline.ts';
import { checkPlaces } from './locations.ts';

// Mongolia's outline: Ulaanbaatar is inside it, Paris is not.
const outline = outlineOf(countryPacks.mn!);
const ub = [106.92, 47.92];
const square = (lon: number, lat: number, d = 0.05) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});
const keys = (input: unknown) => checkPlaces(input, outline).problems.map((p) => [p.key, p.params ?? {}]);

describe('checkPlaces', () => {
  it('takes points, lines and areas as a geometry, a Feature or a FeatureCollection, with their boxes', () => {
    const { places, problems } = checkPlaces(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: ub },
            properties: { descriptionEn: 'Office' },
          },
          {
            type: 'Feature',
            geometry: { type: 'LineString', coordinates: [ub, [107.1, 47.8]] },
            properties: {},
          },
          { type: 'Feature', geometry: square(106.92, 47.92), properties: { adminUnit: '11' } },
        ],
      },
      outline,
    );
    expect(problems).toEqual([]);
    expect(places.map((p) => p.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(places[0]).toMatchObject({ descriptionEn: 'Office', point: ub });
    expect(places[1]!.box).toEqual({ minLon: 106.92, minLat: 47.8, maxLon: 107.1, maxLat: 47.92 });
    expect(places[2]!.point).toEqual([106.92, 47.92]);
    expect(places[2]!.adminUnit).toBe('11');
    expect(checkPlaces(JSON.stringify({ type: 'Point', coordinates: ub }), outline).places).toHaveLength(1);
    expect(checkPlaces('', outline)).toEqual({ places: [], problems: [] });
  });

  it('names the place and what is wrong with it', () => {
    expect(keys('{not json')).toEqual([['projects.error.place.json', {}]]);
    expect(keys({ type: 'GeometryCollection', geometries: [] })).toEqual([
      ['projects.error.place.type', { place: 1 }],
    ]);
    expect(keys({ type: 'LineString', coordinates: [ub] })).toEqual([
      ['projects.error.place.positions', { place: 1 }],
    ]);
    expect(keys({ type: 'Point', coordinates: [200, 47] })).toEqual([
      ['projects.error.place.positions', { place: 1 }],
    ]);
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [106, 47],
          [107, 47],
          [107, 48],
          [106, 47.5],
        ],
      ],
    };
    expect(keys(open)).toEqual([['projects.error.place.ringNotClosed', { place: 1 }]]);
    const few = {
      type: 'Polygon',
      coordinates: [
        [
          [106, 47],
          [107, 47],
          [106, 47],
        ],
      ],
    };
    expect(keys(few)).toEqual([['projects.error.place.ringTooFew', { place: 1 }]]);
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [106, 47],
          [107, 48],
          [107, 47],
          [106, 48],
          [106, 47],
        ],
      ],
    };
    expect(keys(bowtie)).toEqual([['projects.error.place.crosses', { place: 1, lon: 106.5, lat: 47.5 }]]);
    expect(
      keys({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: ub }, properties: null },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties: null },
        ],
      }),
    ).toEqual([['projects.error.place.outside', { place: 2, lon: 2.35, lat: 48.85 }]]);
    expect(
      keys({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: ub },
        properties: { descriptionMn: 5 },
      }),
    ).toEqual([['projects.error.place.properties', { place: 1, max: 500 }]]);
  });

  it('checks only the shape for a country without an outline', () => {
    expect(checkPlaces({ type: 'Point', coordinates: [2.35, 48.85] }, null).problems).toEqual([]);
  });
});
