import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AdminUnit } from '../admin-units.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';

/**
 * The imported boundaries of the admin units (table `admin_unit_boundaries`, migration 018): read
 * by unit, and the unit at a point. SQL narrows by bounding box (GiST index), Node decides by
 * point-in-polygon (turf): there is no PostGIS on either engine (decision 0008).
 */

export interface UnitBoundary extends BoundaryRecord {
  geometry: Polygon | MultiPolygon;
}

/** What is recorded of a unit's boundary: its box, area, source, licence and import. */
export interface BoundaryRecord {
  unitCode: string;
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  areaKm2: number;
  source: string;
  licence: string;
  importedAt: Date;
  importedBy: string | null;
}

/** An admin unit with what `/places` shows of it: its ISO code and whether it has a boundary. */
export interface PlaceUnit extends AdminUnit {
  iso3166_2: string | null;
  centreMn: string | null;
  centreEn: string | null;
}

const unitColumns = sql`u.code, u.kind, u.parent_code as "parentCode", u.name_mn as "nameMn", u.name_en as "nameEn",
  u.lat, u.lon, u.iso3166_2, u.centre_mn as "centreMn", u.centre_en as "centreEn"`;

const boundaryColumns = sql`b.unit_code as "unitCode",
  json_build_object('minLon', b.min_lon, 'minLat', b.min_lat, 'maxLon', b.max_lon, 'maxLat', b.max_lat) as box,
  b.area_km2 as "areaKm2", b.source, b.licence, b.imported_at as "importedAt", b.imported_by as "importedBy"`;

/** Every admin unit (capital, districts, aimags, soums), in code order. */
export async function allUnits(db: Queryable): Promise<PlaceUnit[]> {
  return db.query<PlaceUnit>(sql`select ${unitColumns} from admin_units u order by u.code`);
}

/** One admin unit by its code, or `null`. */
export async function unitByCode(db: Queryable, code: string): Promise<PlaceUnit | null> {
  const [unit] = await db.query<PlaceUnit>(
    sql`select ${unitColumns} from admin_units u where u.code = ${code}`,
  );
  return unit ?? null;
}

/** The boundaries of the units named (of every unit with one when `codes` is left out), by code. */
export async function boundariesOf(
  db: Queryable,
  codes?: readonly string[],
): Promise<Map<string, UnitBoundary>> {
  return byCode(
    await db.query<UnitBoundary>(sql`
      select ${boundaryColumns}, b.geometry from admin_unit_boundaries b ${whereCodes(codes)} order by b.unit_code`),
  );
}

/** What is imported for the units named (every unit when left out), without the shapes: for lists. */
export async function boundaryRecords(
  db: Queryable,
  codes?: readonly string[],
): Promise<Map<string, BoundaryRecord>> {
  return byCode(
    await db.query<BoundaryRecord>(sql`
      select ${boundaryColumns} from admin_unit_boundaries b ${whereCodes(codes)} order by b.unit_code`),
  );
}

const whereCodes = (codes?: readonly string[]) =>
  codes ? sql`where b.unit_code = any(${[...codes]}::text[])` : sql``;
const byCode = <T extends { unitCode: string }>(rows: readonly T[]) =>
  new Map(rows.map((r) => [r.unitCode, r]));

/**
 * The boundaries whose bounding box meets a box (west, south, east, north in degrees), by code:
 * the candidates for a map of an area or a bounding-box filter, which a caller may then test
 * exactly by shape. The GiST index on the boxes answers it.
 */
export async function boundariesInBox(
  db: Queryable,
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number },
): Promise<Map<string, UnitBoundary>> {
  const rows = await db.query<UnitBoundary>(sql`
    select ${boundaryColumns}, b.geometry from admin_unit_boundaries b
    where box(point(b.min_lon, b.min_lat), point(b.max_lon, b.max_lat))
      && box(point(${box.minLon}::float8, ${box.minLat}::float8), point(${box.maxLon}::float8, ${box.maxLat}::float8))
    order by b.unit_code`);
  return byCode(rows);
}

/** How deep a kind of unit lies: a soum or district is more specific than its aimag or capital. */
const DEPTH: Record<AdminUnit['kind'], number> = { capital: 0, aimag: 0, district: 1, soum: 1 };

/**
 * The most specific admin unit whose imported boundary holds the point (a soum or district before
 * its aimag or the capital), or `null` when none does — always `null` before boundaries are
 * imported. A point on a shared edge belongs to the unit of lower code, so the answer is stable.
 */
export async function unitAt(db: Queryable, lat: number, lon: number): Promise<AdminUnit | null> {
  if (!(Number.isFinite(lat) && Number.isFinite(lon))) return null;
  const candidates = await db.query<AdminUnit & { geometry: Polygon | MultiPolygon }>(sql`
    select u.code, u.kind, u.parent_code as "parentCode", u.name_mn as "nameMn", u.name_en as "nameEn",
      u.lat, u.lon, b.geometry
    from admin_unit_boundaries b join admin_units u on u.code = b.unit_code
    where box(point(b.min_lon, b.min_lat), point(b.max_lon, b.max_lat)) @> point(${lon}::float8, ${lat}::float8)
    order by u.code`);
  const inside = candidates
    .filter((c) => booleanPointInPolygon([lon, lat], c.geometry))
    .sort((a, b) => DEPTH[b.kind] - DEPTH[a.kind]);
  const found = inside[0];
  if (!found) return null;
  const { geometry: _, ...unit } = found;
  return unit;
}

/**
 * A unit's boundary as a GeoJSON Feature (RFC 7946) with its code, names, kind, parent, source
 * and licence as properties, or `null` when it has none imported. For the API and the map island.
 */
export async function boundaryFeature(
  db: Queryable,
  code: string,
): Promise<Feature<Polygon | MultiPolygon, Record<string, string | number | null>> | null> {
  const [unit, boundary] = [await unitByCode(db, code), (await boundariesOf(db, [code])).get(code)];
  if (!unit || !boundary) return null;
  const { box } = boundary;
  return {
    type: 'Feature',
    id: unit.code,
    bbox: [box.minLon, box.minLat, box.maxLon, box.maxLat],
    geometry: boundary.geometry,
    properties: {
      code: unit.code,
      kind: unit.kind,
      parentCode: unit.parentCode,
      nameMn: unit.nameMn,
      nameEn: unit.nameEn,
      iso3166_2: unit.iso3166_2,
      areaKm2: Math.round(boundary.areaKm2 * 10) / 10,
      source: boundary.source,
      licence: boundary.licence,
    },
  };
}
