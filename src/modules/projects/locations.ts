import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { type FieldProblem, problem } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { unitAt } from '../../platform/places/boundaries.ts';
import { insideCountry, type Outline } from '../../platform/places/outline.ts';

/**
 * The places of a project as GeoJSON (RFC 7946, WGS 84): a geometry, a Feature or a
 * FeatureCollection of points, lines or areas. Each place is checked (positions are numbers in
 * range, a line has two positions or more, a ring closes, has four positions or more and does not
 * cross itself, every position inside the country's outline) and comes back with its box and a
 * point on it to find its admin unit. A feature's properties may carry `descriptionMn`,
 * `descriptionEn` and `adminUnit` (a unit code, else found from the point).
 */

export const PLACE_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
];

export interface CheckedPlace {
  geometry: Geometry;
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  /** A position on the place ([lon, lat]) for its admin unit. */
  point: [number, number];
  descriptionMn: string | null;
  descriptionEn: string | null;
  adminUnit: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  (p[0] as number) >= -180 &&
  (p[0] as number) <= 180 &&
  (p[1] as number) >= -90 &&
  (p[1] as number) <= 90;

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The features of the input: text parsed, a bare geometry or a Feature taken as one feature. */
function featuresOf(input: unknown): { geometry: unknown; properties: unknown }[] | undefined {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (Array.isArray(value)) return value.flatMap((v) => featuresOf(v) ?? [{ geometry: v, properties: null }]);
  if (!isObject(value)) return undefined;
  if (value.type === 'FeatureCollection')
    return Array.isArray(value.features)
      ? value.features.map((f) => ({
          geometry: isObject(f) ? f.geometry : undefined,
          properties: isObject(f) ? f.properties : null,
        }))
      : undefined;
  if (value.type === 'Feature') return [{ geometry: value.geometry, properties: value.properties }];
  return [{ geometry: value, properties: null }];
}

/** The problem keys of one geometry's shape (without the outline), numbered `place` from 1. */
function shapeProblem(g: Record<string, unknown>): { key: string; params?: Record<string, number> } | null {
  const c = g.coordinates;
  const lines = (xs: unknown, min: number) =>
    Array.isArray(xs) && xs.length >= min && xs.every(isPosition) ? null : 'positions';
  const rings = (polygon: unknown): string | null => {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'positions';
    for (const ring of polygon) {
      if (!Array.isArray(ring) || !ring.every(isPosition)) return 'positions';
      if (ring.length < 4) return 'ringTooFew';
      const [a, b] = [ring[0] as Position, ring.at(-1) as Position];
      if (a[0] !== b[0] || a[1] !== b[1]) return 'ringNotClosed';
    }
    return null;
  };
  const many = (xs: unknown, each: (x: unknown) => string | null) =>
    Array.isArray(xs) && xs.length > 0 ? (xs.map(each).find((p) => p !== null) ?? null) : 'positions';
  const found =
    g.type === 'Point'
      ? isPosition(c)
        ? null
        : 'positions'
      : g.type === 'MultiPoint'
        ? lines(c, 1)
        : g.type === 'LineString'
          ? lines(c, 2)
          : g.type === 'MultiLineString'
            ? many(c, (l) => lines(l, 2))
            : g.type === 'Polygon'
              ? rings(c)
              : many(c, rings);
  if (found) return { key: `projects.error.place.${found}` };
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const crossings = kinks(g as unknown as Polygon | MultiPolygon).features;
    if (crossings.length > 0) {
      const [lon, lat] = crossings[0]!.geometry.coordinates as [number, number];
      return { key: 'projects.error.place.crosses', params: { lon: round(lon), lat: round(lat) } };
    }
  }
  return null;
}

/** Every position of a checked geometry. */
function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** A position on the place: the point, the middle vertex of a line, the centre of an area's box when inside it. */
function pointOn(g: Geometry, box: CheckedPlace['box']): [number, number] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const centre: [number, number] = [(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2];
    if (booleanPointInPolygon(centre, g)) return centre;
  }
  const all = positionsOf(g);
  const middle = all[Math.floor(all.length / 2)]!;
  return [middle[0]!, middle[1]!];
}

const text = (v: unknown, max: number): string | null | false => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return false;
  const trimmed = v.trim();
  if (trimmed === '') return null;
  return trimmed.length > max ? false : trimmed;
};

/**
 * Checks the places given (`field`, default `locations`). `outline` is the country's (null for a
 * fictional country without one: then only the shape is checked). Empty input is no places.
 */
export function checkPlaces(
  input: unknown,
  outline: Outline | null,
  field = 'locations',
): { places: CheckedPlace[]; problems: FieldProblem[] } {
  const empty = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
  if (empty) return { places: [], problems: [] };
  const features = featuresOf(input);
  if (!features) return { places: [], problems: [problem(field, 'projects.error.place.json')] };
  if (features.length > 200)
    return { places: [], problems: [problem(field, 'projects.error.place.tooMany', { max: 200 })] };
  const places: CheckedPlace[] = [];
  const problems: FieldProblem[] = [];
  features.forEach((f, i) => {
    const place = i + 1;
    const g = f.geometry;
    if (!isObject(g) || typeof g.type !== 'string' || !PLACE_TYPES.includes(g.type)) {
      problems.push(problem(field, 'projects.error.place.type', { place }));
      return;
    }
    const shape = shapeProblem(g);
    if (shape) {
      problems.push(problem(field, shape.key, { place, ...shape.params }));
      return;
    }
    const geometry = { type: g.type, coordinates: g.coordinates } as Geometry;
    if (outline) {
      const outside = positionsOf(geometry).find(([lon, lat]) => !insideCountry(outline, lon!, lat!));
      if (outside) {
        problems.push(
          problem(field, 'projects.error.place.outside', {
            place,
            lon: round(outside[0]!),
            lat: round(outside[1]!),
          }),
        );
        return;
      }
    }
    const props = isObject(f.properties) ? f.properties : {};
    const [descriptionMn, descriptionEn] = [text(props.descriptionMn, 500), text(props.descriptionEn, 500)];
    const adminUnit = text(props.adminUnit, 20);
    if (descriptionMn === false || descriptionEn === false || adminUnit === false) {
      problems.push(problem(field, 'projects.error.place.properties', { place, max: 500 }));
      return;
    }
    const [minLon, minLat, maxLon, maxLat] = bbox(geometry) as [number, number, number, number];
    const box = { minLon, minLat, maxLon, maxLat };
    places.push({ geometry, box, point: pointOn(geometry, box), descriptionMn, descriptionEn, adminUnit });
  });
  return { places, problems };
}

/**
 * The admin unit of each place: the code its properties gave (checked: a unit the country has),
 * else the unit its point lies in once boundaries are imported (else none).
 */
export async function placeUnits(
  db: Queryable,
  places: CheckedPlace[],
  field = 'locations',
): Promise<{ units: (string | null)[]; problems: FieldProblem[] }> {
  const given = places.map((p) => p.adminUnit).filter((c): c is string => c !== null);
  const known = new Set(
    given.length === 0
      ? []
      : (
          await db.query<{ code: string }>(
            sql`select code from admin_units where code = any(${given}::text[])`,
          )
        ).map((r) => r.code),
  );
  const problems: FieldProblem[] = [];
  const units: (string | null)[] = [];
  for (const [i, p] of places.entries()) {
    if (p.adminUnit !== null) {
      if (!known.has(p.adminUnit))
        problems.push(problem(field, 'projects.error.place.unit', { place: i + 1, code: p.adminUnit }));
      units.push(p.adminUnit);
    } else units.push((await unitAt(db, p.point[1], p.point[0]))?.code ?? null);
  }
  return { units, problems };
}
