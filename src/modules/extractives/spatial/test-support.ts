import area from '@turf/area';
import bbox from '@turf/bbox';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { rectangle } from '../../../platform/places/test-support.ts';

/**
 * Rows for the spatial tests, written straight into the tables: a licence with an area (until the
 * licences' own factory is used), a restricted area, and a square around a point.
 */

let serial = 0;

/** A square of `half` degrees each way around [lon, lat] (the platform's rectangle, lon first). */
export const square = (lon: number, lat: number, half = 0.05): Polygon => rectangle(lat, lon, half);

/** The box and hectares a writer stores beside a geometry. */
export function measured(geometry: Polygon | MultiPolygon) {
  const [minLon, minLat, maxLon, maxLat] = bbox(geometry) as [number, number, number, number];
  return { minLon, minLat, maxLon, maxLat, areaHa: area(geometry) / 1e4 };
}

export interface SpatialLicenceSpec {
  geometry?: Polygon | MultiPolygon | null;
  type?: string;
  resource?: 'mineral' | 'petroleum' | 'land' | 'water';
  status?: string;
  number?: string;
  name?: string;
  commodities?: string[];
  unit?: string | null;
  issuer?: string;
}

/** A licence (a mineral exploration licence of the Mineral Resources Authority by default). */
export async function insertLicence(
  db: Queryable,
  spec: SpatialLicenceSpec = {},
): Promise<{ id: number; slug: string; number: string }> {
  const n = ++serial;
  const number = spec.number ?? `XV-T${n}-${Math.random().toString(36).slice(2, 7)}`;
  const slug = number.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const geometry = spec.geometry === undefined ? square(106 + n * 0.01, 47) : spec.geometry;
  const m = geometry ? measured(geometry) : null;
  const [row] = await db.query<{ id: number }>(sql`
    insert into extractive_licences (organization_id, licence_type, resource, number, slug, name_mn, name_en, status,
      applied_on, granted_on, expires_on, commodities, geometry, min_lon, min_lat, max_lon, max_lat, area_ha, admin_unit_code)
    values ((select id from organizations where slug = ${spec.issuer ?? 'mineral-resources-authority'}),
      ${spec.type ?? 'mineral-exploration'}, ${spec.resource ?? 'mineral'}, ${number}, ${slug},
      ${spec.name ?? `Талбай ${n}`}, ${spec.name ?? `Area ${n}`}, ${spec.status ?? 'granted'},
      '2020-01-10', '2020-03-01', '2029-03-01', ${spec.commodities ?? ['gold']}::text[],
      ${geometry ? JSON.stringify(geometry) : null}::jsonb, ${m?.minLon ?? null}::float8, ${m?.minLat ?? null}::float8,
      ${m?.maxLon ?? null}::float8, ${m?.maxLat ?? null}::float8, ${m?.areaHa ?? null}::float8, ${spec.unit ?? null})
    returning id`);
  return { id: row!.id, slug, number };
}

/** A restricted area of `layer` (protected areas by default). */
export async function insertRestrictedArea(
  db: Queryable,
  spec: { geometry: Polygon | MultiPolygon; layer?: string; name?: string },
): Promise<{ id: number }> {
  const m = measured(spec.geometry);
  const [row] = await db.query<{ id: number }>(sql`
    insert into extractive_restricted_areas (layer, name, geometry, min_lon, min_lat, max_lon, max_lat, area_ha, source, file_name)
    values (${spec.layer ?? 'protected-areas'}, ${spec.name ?? `Protected ${++serial}`}, ${JSON.stringify(spec.geometry)}::jsonb,
      ${m.minLon}, ${m.minLat}, ${m.maxLon}, ${m.maxLat}, ${m.areaHa}, 'Test fixture', 'fixture.geojson')
    returning id`);
  return { id: row!.id };
}
