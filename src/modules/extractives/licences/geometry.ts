import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AdminUnit } from '../../../platform/admin-units.ts';
import {
  type FieldProblem,
  problem as fieldProblem,
  type MessageParams,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { unitAt } from '../../../platform/places/boundaries.ts';
import { insideCountry, type Outline } from '../../../platform/places/outline.ts';

/**
 * The check of a licence area (GeoJSON, RFC 7946, WGS 84): a Polygon or MultiPolygon, or a Feature
 * of one, whose rings close, have at least 4 positions, do not cross themselves and lie inside the
 * country (its outline from the platform, within the outline's tolerance). What passes comes back
 * with its box and its hectares (geodesic, turf) and a point inside it for finding its admin unit.
 * Every problem is a message key on the field named (`area`, or `features.3.area` for an importer)
 * with the licence it is of (`licence`: its number) among its parameters.
 * The licence command and the cadastre importer (spatial/) both use it.
 */

export interface CheckedArea {
  geometry: Polygon | MultiPolygon;
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  hectares: number;
  /** A point inside the area ([lon, lat]): the box's centre when inside, else a vertex's neighbourhood. */
  point: [number, number];
}

export type AreaCheck = { ok: true; area: CheckedArea } | { ok: false; problems: FieldProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The geometry itself: GeoJSON text, a geometry, or a Feature of one. */
function geometryOf(input: unknown): unknown {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (isObject(value) && value.type === 'Feature') return value.geometry;
  return value;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The problems of one polygon's rings; `where` is `{polygon, ring}` numbered from 1 for the reader. */
function ringProblems(
  polygon: unknown,
  field: string,
  index: number,
  problem: (field: string, key: string, params?: MessageParams) => FieldProblem,
): FieldProblem[] {
  if (!Array.isArray(polygon) || polygon.length === 0)
    return [problem(field, 'extractives.licences.error.areaShape')];
  const problems: FieldProblem[] = [];
  polygon.forEach((ring: unknown, r) => {
    const where = { polygon: index + 1, ring: r + 1 };
    if (!Array.isArray(ring) || !ring.every(isPosition)) {
      problems.push(problem(field, 'extractives.licences.error.areaPositions', where));
      return;
    }
    if (ring.some(([lon, lat]) => lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90)) {
      problems.push(problem(field, 'extractives.licences.error.areaRange', where));
      return;
    }
    if (ring.length < 4)
      problems.push(
        problem(field, 'extractives.licences.error.areaTooFew', { ...where, count: ring.length }),
      );
    const [first, last] = [ring[0], ring.at(-1)];
    if (ring.length > 0 && (first![0] !== last![0] || first![1] !== last![1]))
      problems.push(problem(field, 'extractives.licences.error.areaNotClosed', where));
  });
  return problems;
}

/** A point inside the area: the box's centre when it is inside, else near the first vertex. */
function innerPoint(geometry: Polygon | MultiPolygon, box: CheckedArea['box']): [number, number] {
  const centre: [number, number] = [(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2];
  if (booleanPointInPolygon(centre, geometry)) return centre;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
  // The centre of the first triangle of the outer ring (inside for a convex corner), else a vertex.
  const [a, b, c] = [ring[0]!, ring[1]!, ring[2]!];
  const triangle: [number, number] = [(a[0]! + b[0]! + c[0]!) / 3, (a[1]! + b[1]! + c[1]!) / 3];
  return booleanPointInPolygon(triangle, geometry) ? triangle : [a[0]!, a[1]!];
}

/**
 * Checks an area given as GeoJSON. `outline` is the country's (null for a fictional country: then
 * only the shape is checked). Problems name `field` (default `area`).
 */
export function checkArea(
  input: unknown,
  outline: Outline | null,
  options: { field?: string; licence?: string } = {},
): AreaCheck {
  const field = options.field ?? 'area';
  const licence = options.licence ?? '—';
  const problem = (f: string, key: string, params: MessageParams = {}) =>
    fieldProblem(f, key, { licence, ...params });
  const shape = geometryOf(input);
  if (shape === undefined)
    return { ok: false, problems: [problem(field, 'extractives.licences.error.areaJson')] };
  if (!isObject(shape) || (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon'))
    return { ok: false, problems: [problem(field, 'extractives.licences.error.areaType')] };
  const polygons: unknown[] =
    shape.type === 'Polygon'
      ? [shape.coordinates]
      : Array.isArray(shape.coordinates)
        ? shape.coordinates
        : [];
  if (polygons.length === 0)
    return { ok: false, problems: [problem(field, 'extractives.licences.error.areaShape')] };
  const problems = polygons.flatMap((p, i) => ringProblems(p, field, i, problem));
  if (problems.length > 0) return { ok: false, problems };
  const geometry = { type: shape.type, coordinates: shape.coordinates } as Polygon | MultiPolygon;
  const crossings = kinks(geometry).features;
  if (crossings.length > 0) {
    const [lon, lat] = crossings[0]!.geometry.coordinates as [number, number];
    return {
      ok: false,
      problems: [
        problem(field, 'extractives.licences.error.areaCrosses', { lon: round(lon), lat: round(lat) }),
      ],
    };
  }
  if (outline) {
    const outside = (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat())
      .flat()
      .find(([lon, lat]) => !insideCountry(outline, lon!, lat!));
    if (outside)
      return {
        ok: false,
        problems: [
          problem(field, 'extractives.licences.error.areaOutside', {
            lon: round(outside[0]!),
            lat: round(outside[1]!),
          }),
        ],
      };
  }
  const [minLon, minLat, maxLon, maxLat] = bbox(geometry) as [number, number, number, number];
  const box = { minLon, minLat, maxLon, maxLat };
  const hectares = Math.round(area(geometry) / 100) / 100;
  if (hectares <= 0) return { ok: false, problems: [problem(field, 'extractives.licences.error.areaEmpty')] };
  return { ok: true, area: { geometry, box, hectares, point: innerPoint(geometry, box) } };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The admin unit holding the area's inner point, once boundaries are imported (else null). */
export function unitOfArea(db: Queryable, checked: CheckedArea): Promise<AdminUnit | null> {
  return unitAt(db, checked.point[1], checked.point[0]);
}
