import booleanIntersects from '@turf/boolean-intersects';
import { polygon } from '@turf/helpers';
import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import { parseBbox } from '../../../platform/geo/features.ts';
import type { Area, Box } from './overlaps.ts';

/**
 * Licence areas for the map and its GeoJSON: the filters of `/extractives/map` read from a query,
 * and the licences that meet them. A map window is answered by SQL on the GiST index of the boxes,
 * then by shape in Node (turf), so a licence whose box meets the window but whose area does not is
 * left out. Only public fields: no holder, no person.
 */

export const STATUSES = [
  'applied',
  'granted',
  'transferred',
  'suspended',
  'revoked',
  'expired',
  'relinquished',
] as const;
export const RESOURCES = ['mineral', 'petroleum', 'land', 'water'] as const;

export interface AreaFilters {
  kind?: string;
  resource?: string;
  status?: string;
  aimag?: string;
  commodity?: string;
  window?: Box;
}

/** The filters as given in a query, each kept only when well formed; a bad window is reported. */
export function readFilters(query: Record<string, unknown>): { filters: AreaFilters; bboxProblem?: string } {
  const text = (k: string) => {
    const v = query[k];
    return typeof v === 'string' && v.trim() !== '' && v.length <= 100 ? v.trim() : undefined;
  };
  const filters: AreaFilters = {};
  for (const key of ['kind', 'resource', 'status', 'aimag', 'commodity'] as const) {
    const v = text(key);
    if (v !== undefined) filters[key] = v;
  }
  const bbox = typeof query.bbox === 'string' && query.bbox.trim() !== '' ? query.bbox : undefined;
  if (bbox === undefined) return { filters };
  const parsed = parseBbox(bbox.slice(0, 200));
  if ('problem' in parsed) return { filters, bboxProblem: parsed.problem };
  const [minLon, minLat, maxLon, maxLat] = parsed;
  return { filters: { ...filters, window: { minLon, minLat, maxLon, maxLat } } };
}

/** The filters as query parameters (for links to the GeoJSON and back). */
export function filterQuery(filters: AreaFilters): string {
  const { window, ...rest } = filters;
  const params = new URLSearchParams(
    Object.entries(rest).filter(([, v]) => v !== undefined) as [string, string][],
  );
  if (window) params.set('bbox', [window.minLon, window.minLat, window.maxLon, window.maxLat].join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface LicenceArea {
  id: number;
  slug: string;
  number: string;
  licenceType: string;
  resource: string;
  status: string;
  nameMn: string;
  nameEn: string;
  commodities: string[];
  adminUnitCode: string | null;
  areaHa: number;
  grantedOn: string | null;
  expiresOn: string | null;
  geometry: Area;
}

/** The SQL conditions of the filters on `extractive_licences l`. */
export function filterConditions(filters: AreaFilters): SqlQuery {
  const parts: SqlQuery[] = [sql`l.geometry is not null`];
  if (filters.kind) parts.push(sql`l.licence_type = ${filters.kind}`);
  if (filters.resource) parts.push(sql`l.resource = ${filters.resource}`);
  if (filters.status) parts.push(sql`l.status = ${filters.status}`);
  if (filters.commodity) parts.push(sql`${filters.commodity} = any(l.commodities)`);
  if (filters.aimag)
    parts.push(sql`l.admin_unit_code in (select u.code from admin_units u
      where u.code = ${filters.aimag} or u.parent_code = ${filters.aimag})`);
  const w = filters.window;
  if (w)
    parts.push(sql`box(point(l.min_lon, l.min_lat), point(l.max_lon, l.max_lat))
      && box(point(${w.minLon}::float8, ${w.minLat}::float8), point(${w.maxLon}::float8, ${w.maxLat}::float8))`);
  return parts.reduce((a, b) => sql`${a} and ${b}`);
}

/**
 * The licences meeting the filters, by number, at most `limit` (and whether there were more). With
 * a window: candidates by box in SQL, kept when their area meets the window (turf).
 */
export async function licenceAreas(
  db: Queryable,
  filters: AreaFilters,
  limit = 5000,
): Promise<{ areas: LicenceArea[]; more: boolean }> {
  const w = filters.window;
  // Without a window every row read is kept, so SQL stops at one past the limit.
  const rows = await db.query<LicenceArea>(sql`
    select l.id::int as id, l.slug, l.number, l.licence_type as "licenceType", l.resource, l.status,
      l.name_mn as "nameMn", l.name_en as "nameEn", l.commodities, l.admin_unit_code as "adminUnitCode",
      l.area_ha as "areaHa", to_char(l.granted_on, 'YYYY-MM-DD') as "grantedOn",
      to_char(l.expires_on, 'YYYY-MM-DD') as "expiresOn", l.geometry
    from extractive_licences l where ${filterConditions(filters)}
    order by l.number, l.id ${w ? sql`` : sql`limit ${limit + 1}`}`);
  const frame =
    w &&
    polygon([
      [
        [w.minLon, w.minLat],
        [w.maxLon, w.minLat],
        [w.maxLon, w.maxLat],
        [w.minLon, w.maxLat],
        [w.minLon, w.minLat],
      ],
    ]);
  const kept = frame ? rows.filter((r) => booleanIntersects(frame, r.geometry)) : rows;
  return { areas: kept.slice(0, limit), more: kept.length > limit };
}
