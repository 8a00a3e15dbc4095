import bbox from '@turf/bbox';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { kmOutside, OUTLINE_TOLERANCE_KM, type Outline, ringsOf } from './outline.ts';

/**
 * The checker of a file of boundaries (GeoJSON, RFC 7946): every problem named by the feature
 * (its index from 0 and the value of the property that names its unit), so that an operator can
 * find it in the file. A file with any problem stores nothing.
 */

/** A unit a feature may name: by its code, its ISO 3166-2 code or its name in either language. */
export interface NameableUnit {
  code: string;
  iso3166_2: string | null;
  nameMn: string;
  nameEn: string;
}

export interface BoundaryProblem {
  /** `file`, or `feature 3 ("65")`. */
  where: string;
  message: string;
}

export interface CheckedBoundary {
  unitCode: string;
  geometry: Polygon | MultiPolygon;
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
}

/** The property that names a feature's unit unless the operator names another. */
export const DEFAULT_UNIT_PROPERTY = 'code';

/** How many problems of one feature are worth reporting (a bad ring tends to repeat). */
const PER_FEATURE = 5;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finder of units by what a feature may call them; a name two units share finds neither. */
export function unitFinder(
  units: readonly NameableUnit[],
): (value: string) => NameableUnit | 'ambiguous' | null {
  const byKey = new Map<string, NameableUnit | 'ambiguous'>();
  const add = (key: string | null, unit: NameableUnit) => {
    if (!key) return;
    const k = key.trim().toLocaleLowerCase('mn');
    const found = byKey.get(k);
    byKey.set(k, found && found !== unit ? 'ambiguous' : unit);
  };
  // Codes first, so that a name never shadows a code.
  for (const u of units) add(u.code, u);
  for (const u of units) add(u.iso3166_2, u);
  for (const u of units) {
    add(u.nameMn, u);
    add(u.nameEn, u);
  }
  return (value) => byKey.get(value.trim().toLocaleLowerCase('mn')) ?? null;
}

/** The problems of one polygon's rings (`where` names the polygon within a multipolygon). */
function ringProblems(polygon: unknown, where: string): string[] {
  if (!Array.isArray(polygon) || polygon.length === 0)
    return [`${where}has no rings: a polygon is an array of rings, each an array of [lon, lat] positions`];
  const problems: string[] = [];
  polygon.forEach((ring, r) => {
    const name = `${where}ring ${r}`;
    if (!Array.isArray(ring)) {
      problems.push(`${name} is not an array of positions`);
      return;
    }
    if (ring.length < 4)
      problems.push(
        `${name} has ${ring.length} positions: a ring needs at least 4 (the first repeated last)`,
      );
    for (const [p, position] of ring.entries()) {
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        !position.every((n) => typeof n === 'number' && Number.isFinite(n))
      ) {
        problems.push(
          `${name}, position ${p} is not [lon, lat] in numbers: ${JSON.stringify(position)?.slice(0, 60)}`,
        );
        return;
      }
      const [lon, lat] = position as number[];
      if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
        problems.push(
          `${name}, position ${p} [${lon}, ${lat}] is out of range (longitude −180 to 180, latitude −90 to 90)${Math.abs(lon!) <= 90 && Math.abs(lat!) <= 180 ? '; it looks like [lat, lon], and GeoJSON writes [lon, lat]' : ''}`,
        );
        return;
      }
    }
    const [first, last] = [ring[0] as Position, ring.at(-1) as Position];
    if (ring.length >= 4 && (first[0] !== last[0] || first[1] !== last[1]))
      problems.push(`${name} is not closed: its last position must repeat its first`);
  });
  return problems;
}

/**
 * The problems of a feature's geometry (a Polygon or MultiPolygon of closed rings in range), or
 * none; `noun` says what the file holds (boundaries here, licence or protected areas elsewhere).
 */
export function geometryProblems(geometry: unknown, noun = 'a boundary'): string[] {
  if (!isObject(geometry)) return ['has no geometry'];
  if (geometry.type === 'Polygon') return ringProblems(geometry.coordinates, '');
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0)
      return ['is a MultiPolygon without polygons'];
    return geometry.coordinates.flatMap((polygon, i) => ringProblems(polygon, `polygon ${i}, `));
  }
  return [`has a geometry of type ${JSON.stringify(geometry.type)}: ${noun} is a Polygon or a MultiPolygon`];
}

/** The positions of a checked geometry that lie outside the outline beyond the tolerance, first few. */
export function outsideProblems(geometry: Polygon | MultiPolygon, outline: Outline): string[] {
  for (const ring of ringsOf(geometry))
    for (const [lon, lat] of ring) {
      const km = kmOutside(outline, lon!, lat!);
      if (km > OUTLINE_TOLERANCE_KM)
        return [
          `lies outside the country: position [${lon}, ${lat}] is ${Math.round(km)} km beyond its outline (Natural Earth, tolerance ${OUTLINE_TOLERANCE_KM} km)`,
        ];
    }
  return [];
}

/**
 * Checks a file of boundaries: a FeatureCollection whose every feature names one admin unit in
 * `unitProperty` (by code, ISO 3166-2 code or name in either language) and has a closed Polygon or
 * MultiPolygon in range, each unit at most once and, when the country has an outline, inside it.
 */
export function checkBoundaries(
  text: string,
  options: { units: readonly NameableUnit[]; unitProperty: string; outline: Outline | null },
): { boundaries: CheckedBoundary[]; problems: BoundaryProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { boundaries: [], problems: [{ where: 'file', message: `not JSON: ${(e as Error).message}` }] };
  }
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return {
      boundaries: [],
      problems: [
        {
          where: 'file',
          message: `not a GeoJSON FeatureCollection (its "type" is ${JSON.stringify(isObject(data) ? data.type : typeof data)}, and it needs a "features" array)`,
        },
      ],
    };
  if (data.features.length === 0)
    return {
      boundaries: [],
      problems: [{ where: 'file', message: 'the FeatureCollection has no features' }],
    };
  const find = unitFinder(options.units);
  const problems: BoundaryProblem[] = [];
  const boundaries: CheckedBoundary[] = [];
  const seen = new Map<string, number>();
  data.features.forEach((item: unknown, index: number) => {
    const properties = isObject(item) && isObject(item.properties) ? item.properties : {};
    const named = properties[options.unitProperty];
    const label = typeof named === 'string' || typeof named === 'number' ? String(named) : null;
    const where = `feature ${index}${label === null ? '' : ` (${options.unitProperty} ${JSON.stringify(label)})`}`;
    const found: string[] = [];
    if (!isObject(item) || item.type !== 'Feature') found.push('is not a GeoJSON Feature');
    const unit = label === null ? null : find(label);
    if (label === null)
      found.push(
        `has no property "${options.unitProperty}" naming its unit (choose another with --unit-property)`,
      );
    else if (unit === 'ambiguous')
      found.push(`"${label}" names more than one admin unit: name it by its code`);
    else if (unit === null)
      found.push(`"${label}" is not an admin unit (by code, ISO 3166-2 code or name in either language)`);
    const shape = isObject(item) ? item.geometry : undefined;
    found.push(...geometryProblems(shape));
    if (unit && unit !== 'ambiguous') {
      const first = seen.get(unit.code);
      if (first !== undefined)
        found.push(`names unit ${unit.code} (${unit.nameEn}) again: feature ${first} has it already`);
      else seen.set(unit.code, index);
    }
    if (found.length === 0 && options.outline)
      found.push(...outsideProblems(shape as Polygon | MultiPolygon, options.outline));
    for (const message of found.slice(0, PER_FEATURE)) problems.push({ where, message });
    if (found.length > PER_FEATURE)
      problems.push({ where, message: `… and ${found.length - PER_FEATURE} more problems` });
    if (found.length === 0 && unit && unit !== 'ambiguous') {
      const geometry = shape as Polygon | MultiPolygon;
      const [minLon, minLat, maxLon, maxLat] = bbox(geometry) as [number, number, number, number];
      boundaries.push({
        unitCode: unit.code,
        geometry: { type: geometry.type, coordinates: geometry.coordinates } as Polygon | MultiPolygon,
        box: { minLon, minLat, maxLon, maxLat },
      });
    }
  });
  return { boundaries, problems };
}
