import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import { type FieldError, validationFailed } from '../http/errors.ts';
import type { LocationLayer, Precision } from './layers.ts';

/** Features per answer unless `limit` says fewer; the most one answer holds. */
export const DEFAULT_FEATURES = 1000;
export const MAX_FEATURES = 5000;

/** A bounding box as RFC 7946 writes it: west, south, east, north. */
export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

/**
 * `bbox=minLon,minLat,maxLon,maxLat` read and checked: four numbers, longitudes within ±180,
 * latitudes within ±90, each minimum at most its maximum. The message says what is wrong.
 */
export function parseBbox(text: string): BBox | { problem: string } {
  const parts = text.split(',');
  if (parts.length !== 4)
    return { problem: 'must be four numbers separated by commas: minLon,minLat,maxLon,maxLat' };
  const numbers = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : Number.NaN));
  if (numbers.some((n) => !Number.isFinite(n)))
    return { problem: 'must be four numbers separated by commas: minLon,minLat,maxLon,maxLat' };
  const [minLon, minLat, maxLon, maxLat] = numbers as [number, number, number, number];
  if ([minLon, maxLon].some((n) => n < -180 || n > 180))
    return { problem: 'longitudes must be between -180 and 180' };
  if ([minLat, maxLat].some((n) => n < -90 || n > 90))
    return { problem: 'latitudes must be between -90 and 90' };
  if (minLon > maxLon || minLat > maxLat)
    return { problem: 'each minimum must be at most its maximum (minLon,minLat,maxLon,maxLat)' };
  return [minLon, minLat, maxLon, maxLat];
}

export interface FeatureQuery {
  bbox?: string;
  unit?: string;
  limit?: number;
  after?: string;
}

export interface CheckedFeatureQuery {
  bbox?: BBox;
  unit?: string;
  limit: number;
  after?: string;
}

/** The query checked: a 422 naming `query.bbox` or `query.unit` when they are wrong. */
export async function checkFeatureQuery(db: Queryable, query: FeatureQuery): Promise<CheckedFeatureQuery> {
  const errors: FieldError[] = [];
  let bbox: BBox | undefined;
  if (query.bbox !== undefined) {
    const parsed = parseBbox(query.bbox);
    if ('problem' in parsed) errors.push({ field: 'query.bbox', message: parsed.problem });
    else bbox = parsed;
  }
  if (query.unit !== undefined) {
    const [known] = await db.query(sql`select 1 from admin_units where code = ${query.unit}`);
    if (!known)
      errors.push({ field: 'query.unit', message: `no administrative unit has the code "${query.unit}"` });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return {
    ...(bbox ? { bbox } : {}),
    ...(query.unit !== undefined ? { unit: query.unit } : {}),
    limit: query.limit ?? DEFAULT_FEATURES,
    ...(query.after !== undefined ? { after: query.after } : {}),
  };
}

/** An RFC 7946 feature. */
export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown> & { precision: Precision };
}

interface Row {
  feature_id: string;
  lon: number;
  lat: number;
  precision: Precision;
  geometry?: Feature['geometry'] | null;
  [column: string]: unknown;
}

/**
 * One page of a layer's features in `feature_id` order, filtered by the box (on each row's point)
 * and by the unit (the unit or any unit under it); `next` is the last id when more follow.
 */
export async function readFeatures(
  db: Queryable,
  layer: LocationLayer,
  query: CheckedFeatureQuery,
): Promise<{ features: Feature[]; next?: string }> {
  const conditions: SqlQuery[] = [sql`g.lon is not null and g.lat is not null`];
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    conditions.push(sql`g.lon between ${minLon} and ${maxLon} and g.lat between ${minLat} and ${maxLat}`);
  }
  if (query.unit)
    conditions.push(sql`g.unit_code in (
      with recursive within_unit (code) as (
        select code from admin_units where code = ${query.unit}
        union all select a.code from admin_units a join within_unit w on a.parent_code = w.code)
      select code from within_unit)`);
  if (query.after !== undefined) conditions.push(sql`g.feature_id collate "C" > ${query.after}`);
  const rows = await db.query<Row>(sql`
    select * from (${layer.source}) g where ${sql.join(conditions, ' and ')}
    order by g.feature_id collate "C" limit ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const features = page.map((row): Feature => {
    const properties: Record<string, unknown> = {};
    for (const name of layer.properties) properties[name] = row[name] ?? null;
    return {
      type: 'Feature',
      id: row.feature_id,
      geometry: row.geometry ?? { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
      properties: { ...properties, precision: row.precision },
    };
  });
  const last = page.at(-1);
  return { features, ...(rows.length > query.limit && last ? { next: last.feature_id } : {}) };
}
