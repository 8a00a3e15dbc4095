import area from '@turf/area';
import bbox from '@turf/bbox';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * Overlaps of licence areas with each other and with the restricted layers (protected areas,
 * water sources …): SQL finds the candidates whose bounding boxes meet, on the GiST indexes of
 * `box(point(min_lon, min_lat), point(max_lon, max_lat))`; Node decides by shape and measures the
 * overlap with turf (`@turf/intersect`, `@turf/area`). No PostGIS on either engine (decisions 0008
 * and 0009).
 */

export type Area = Polygon | MultiPolygon;

/** The statuses under which a licence holds its area (an application claims it too). */
export const CURRENT_STATUSES = ['applied', 'granted', 'transferred', 'suspended'] as const;

/** Overlaps smaller than this (hectares) are edges that touch, not overlaps. */
export const MIN_OVERLAP_HA = 0.01;

export interface Box {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface LicenceOverlap {
  kind: 'licence';
  id: number;
  slug: string;
  number: string;
  licenceType: string;
  nameMn: string;
  nameEn: string;
  status: string;
  hectares: number;
}

export interface RestrictedOverlap {
  kind: 'restricted';
  id: number;
  layer: string;
  name: string;
  hectares: number;
}

/** The hectares two areas share (0 when they only touch or do not meet). */
export function overlapHa(a: Area, b: Area): number {
  const shared = intersect(featureCollection([turfFeature(a), turfFeature(b)]));
  return shared ? area(shared) / 1e4 : 0;
}

/** The box of an area. */
export function boxOf(geometry: Area): Box {
  const [minLon, minLat, maxLon, maxLat] = bbox(geometry) as [number, number, number, number];
  return { minLon, minLat, maxLon, maxLat };
}

/** `box(...)` of a box given in numbers, for `&&` against the indexed boxes. */
export const sqlBox = (b: Box) =>
  sql`box(point(${b.minLon}::float8, ${b.minLat}::float8), point(${b.maxLon}::float8, ${b.maxLat}::float8))`;

const licenceBox = sql`box(point(l.min_lon, l.min_lat), point(l.max_lon, l.max_lat))`;
const restrictedBox = sql`box(point(r.min_lon, r.min_lat), point(r.max_lon, r.max_lat))`;
const current = sql`l.status = any(${[...CURRENT_STATUSES]}::text[])`;

const round = (ha: number) => Math.round(ha * 100) / 100;

/**
 * The current licences and the restricted areas a licence area overlaps, with the hectares of
 * each overlap, largest first; `excludeLicenceId` leaves out the licence itself.
 */
export async function overlapsOf(
  db: Queryable,
  geometry: Area,
  options: { excludeLicenceId?: number } = {},
): Promise<{ licences: LicenceOverlap[]; restricted: RestrictedOverlap[] }> {
  const box = sqlBox(boxOf(geometry));
  const [licences, restricted] = await Promise.all([
    db.query<Omit<LicenceOverlap, 'kind' | 'hectares'> & { geometry: Area }>(sql`
      select l.id::int as id, l.slug, l.number, l.licence_type as "licenceType", l.name_mn as "nameMn",
        l.name_en as "nameEn", l.status, l.geometry
      from extractive_licences l
      where l.geometry is not null and ${licenceBox} && ${box} and ${current}
        and l.id <> ${options.excludeLicenceId ?? -1}
      order by l.id`),
    db.query<Omit<RestrictedOverlap, 'kind' | 'hectares'> & { geometry: Area }>(sql`
      select r.id::int as id, r.layer, r.name, r.geometry
      from extractive_restricted_areas r where ${restrictedBox} && ${box} order by r.id`),
  ]);
  const measured = <T extends { geometry: Area }>(rows: T[]) =>
    rows
      .map(({ geometry: other, ...row }) => ({ ...row, hectares: round(overlapHa(geometry, other)) }))
      .filter((r) => r.hectares >= MIN_OVERLAP_HA)
      .sort((a, b) => b.hectares - a.hectares);
  return {
    licences: measured(licences).map((r) => ({ kind: 'licence' as const, ...r })),
    restricted: measured(restricted).map((r) => ({ kind: 'restricted' as const, ...r })),
  };
}

/** A licence as the report of all overlaps names it. */
export interface LicenceRef {
  id: number;
  slug: string;
  number: string;
  nameMn: string;
  nameEn: string;
  areaHa: number;
}

export interface OverlapPair {
  licence: LicenceRef;
  /** Another current licence, or a restricted area. */
  other: ({ kind: 'licence' } & LicenceRef) | { kind: 'restricted'; id: number; layer: string; name: string };
  hectares: number;
}

/**
 * Every overlap among current licences, and between a current licence and a restricted area,
 * computed on demand: the pairs of boxes that meet come from SQL (a join on the GiST indexes),
 * each geometry is read once, and turf measures each pair. Largest overlaps first.
 */
export async function allOverlaps(db: Queryable): Promise<OverlapPair[]> {
  const [licencePairs, restrictedPairs] = await Promise.all([
    db.query<{ a: number; b: number }>(sql`
      select l.id::int as a, m.id::int as b
      from extractive_licences l
      join extractive_licences m
        on m.id > l.id and m.geometry is not null and m.status = any(${[...CURRENT_STATUSES]}::text[])
        and box(point(m.min_lon, m.min_lat), point(m.max_lon, m.max_lat)) && ${licenceBox}
      where l.geometry is not null and ${current}`),
    db.query<{ a: number; r: number }>(sql`
      select l.id::int as a, r.id::int as r
      from extractive_licences l join extractive_restricted_areas r on ${restrictedBox} && ${licenceBox}
      where l.geometry is not null and ${current}`),
  ]);
  const licenceIds = [
    ...new Set([...licencePairs.flatMap((p) => [p.a, p.b]), ...restrictedPairs.map((p) => p.a)]),
  ];
  const restrictedIds = [...new Set(restrictedPairs.map((p) => p.r))];
  const [licences, restricted] = await Promise.all([
    db.query<LicenceRef & { geometry: Area }>(sql`
      select l.id::int as id, l.slug, l.number, l.name_mn as "nameMn", l.name_en as "nameEn", l.area_ha as "areaHa", l.geometry
      from extractive_licences l where l.id = any(${licenceIds}::bigint[])`),
    db.query<{ id: number; layer: string; name: string; geometry: Area }>(sql`
      select r.id::int as id, r.layer, r.name, r.geometry
      from extractive_restricted_areas r where r.id = any(${restrictedIds}::bigint[])`),
  ]);
  const licenceById = new Map(licences.map(({ geometry, ...l }) => [l.id, { ref: l, geometry }]));
  const restrictedById = new Map(restricted.map(({ geometry, ...r }) => [r.id, { ref: r, geometry }]));
  const pairs: OverlapPair[] = [];
  for (const { a, b } of licencePairs) {
    const [x, y] = [licenceById.get(a)!, licenceById.get(b)!];
    const hectares = round(overlapHa(x.geometry, y.geometry));
    if (hectares >= MIN_OVERLAP_HA)
      pairs.push({ licence: x.ref, other: { kind: 'licence', ...y.ref }, hectares });
  }
  for (const { a, r } of restrictedPairs) {
    const [x, y] = [licenceById.get(a)!, restrictedById.get(r)!];
    const hectares = round(overlapHa(x.geometry, y.geometry));
    if (hectares >= MIN_OVERLAP_HA)
      pairs.push({ licence: x.ref, other: { kind: 'restricted', ...y.ref }, hectares });
  }
  return pairs.sort((p, q) => q.hectares - p.hectares || p.licence.number.localeCompare(q.licence.number));
}
