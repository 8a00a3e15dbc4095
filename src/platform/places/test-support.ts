import type { Feature, FeatureCollection, Polygon } from 'geojson';

/**
 * Fixtures of boundaries for tests: rectangles around a unit's centre, never real boundaries (none
 * is drawn or copied by hand). `half` is half the rectangle's side in degrees.
 */
export function rectangle(lat: number, lon: number, half = 0.2): Polygon {
  const [w, e, s, n] = [lon - half, lon + half, lat - half, lat + half];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/** A feature naming its unit by `property` (default `code`). */
export function unitFeature(
  unit: { code: string; lat: number; lon: number },
  options: { property?: string; value?: string; half?: number } = {},
): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: { [options.property ?? 'code']: options.value ?? unit.code },
    geometry: rectangle(unit.lat, unit.lon, options.half),
  };
}

/** A FeatureCollection of the features, as the text of a file. */
export function collection(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features } satisfies Omit<
    FeatureCollection,
    'features'
  > & {
    features: readonly unknown[];
  });
}
