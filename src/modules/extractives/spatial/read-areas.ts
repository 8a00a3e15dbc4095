import bbox from '@turf/bbox';
import kinks from '@turf/kinks';
import { unzipSync } from 'fflate';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { read as readShapefile } from 'shapefile';
import { geometryProblems } from '../../../platform/places/check.ts';

/**
 * Areas from a cadastre's export, as GeoJSON features in WGS 84 (RFC 7946): a GeoJSON
 * FeatureCollection, or a ZIP holding shapefiles (`.shp` with its `.dbf` and `.prj`), each
 * reprojected from the projection its `.prj` names (WKT; Mongolia's cadastre uses UTM zones 46–50N
 * on WGS 84 / MONREF97) with proj4. Every problem names the file and the feature (from 0), and a
 * file with any problem yields no area: the caller stores all or nothing.
 */

export interface AreaFeature {
  /** `layer.shp, feature 3` or `feature 3`: where it was in the upload. */
  where: string;
  geometry: Polygon | MultiPolygon;
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  properties: Record<string, unknown>;
}

export interface AreaProblem {
  where: string;
  message: string;
}

export interface ReadAreas {
  areas: AreaFeature[];
  problems: AreaProblem[];
}

/** Rings longer than this are not searched for self-crossings (the search grows as the square). */
export const KINKS_MAX_POSITIONS = 5000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The problems of an area's geometry (a Polygon or MultiPolygon in WGS 84): rings of four or more
 * positions in range that close, and none crossing itself (rings up to `KINKS_MAX_POSITIONS`).
 */
export function areaProblems(geometry: unknown): string[] {
  const found = geometryProblems(geometry, 'an area');
  if (found.length > 0) return found;
  const shape = geometry as Polygon | MultiPolygon;
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  if (rings.every((ring) => ring.length <= KINKS_MAX_POSITIONS)) {
    const crossing = kinks(shape).features[0]?.geometry.coordinates;
    if (crossing) return [`crosses itself near [${crossing.map((n) => n.toFixed(5)).join(', ')}]`];
  }
  return [];
}

/** A checked geometry with its box, or its problems. */
function area(
  where: string,
  geometry: unknown,
  properties: unknown,
  problems: AreaProblem[],
): AreaFeature | null {
  const found = areaProblems(geometry);
  for (const message of found.slice(0, 5)) problems.push({ where, message });
  if (found.length > 0) return null;
  const shape = geometry as Polygon | MultiPolygon;
  const [minLon, minLat, maxLon, maxLat] = bbox(shape) as [number, number, number, number];
  return {
    where,
    geometry: { type: shape.type, coordinates: shape.coordinates } as Polygon | MultiPolygon,
    box: { minLon, minLat, maxLon, maxLat },
    properties: isObject(properties) ? properties : {},
  };
}

/** Areas of a GeoJSON FeatureCollection (already WGS 84, as RFC 7946 has it). */
export function readGeoJson(text: string, file: string): ReadAreas {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { areas: [], problems: [{ where: file, message: `not JSON: ${(e as Error).message}` }] };
  }
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return {
      areas: [],
      problems: [{ where: file, message: 'not a GeoJSON FeatureCollection (with a "features" array)' }],
    };
  const problems: AreaProblem[] = [];
  const areas = data.features.map((item: unknown, i: number) => {
    const where = `${file}, feature ${i}`;
    if (!isObject(item) || item.type !== 'Feature') {
      problems.push({ where, message: 'is not a GeoJSON Feature' });
      return null;
    }
    return area(where, item.geometry, item.properties, problems);
  });
  return finish(areas, problems, file);
}

const finish = (areas: (AreaFeature | null)[], problems: AreaProblem[], file: string): ReadAreas => {
  if (problems.length === 0 && areas.length === 0)
    problems.push({ where: file, message: 'holds no features' });
  return problems.length > 0 ? { areas: [], problems } : { areas: areas as AreaFeature[], problems };
};

/** A converter from the projection a `.prj` names (WKT) to WGS 84, or the reason there is none. */
export function projectionOf(wkt: string): ((p: Position) => Position) | string {
  const text = wkt.trim();
  if (text === '') return 'is empty';
  try {
    const converter = proj4(text, 'WGS84');
    return (p) => converter.forward([p[0]!, p[1]!]);
  } catch (e) {
    return `names a projection that cannot be read (${(e as Error).message || String(e)})`;
  }
}

function reproject(geometry: unknown, to: (p: Position) => Position): unknown {
  if (!isObject(geometry) || !Array.isArray(geometry.coordinates)) return geometry;
  const rings = (polygon: Position[][]) => polygon.map((ring) => ring.map(to));
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: rings(geometry.coordinates as Position[][]) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: (geometry.coordinates as Position[][][]).map(rings) };
  return geometry;
}

/** Areas of every shapefile in a ZIP (`.shp` + `.dbf` + `.prj` of the same name), in WGS 84. */
export async function readZip(bytes: Uint8Array, file: string): Promise<ReadAreas> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.startsWith('__MACOSX/') && !f.name.endsWith('/') });
  } catch (e) {
    return { areas: [], problems: [{ where: file, message: `not a readable ZIP: ${(e as Error).message}` }] };
  }
  const byLowerName = new Map(Object.entries(entries).map(([name, data]) => [name.toLowerCase(), data]));
  const shps = Object.keys(entries).filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length === 0)
    return {
      areas: [],
      problems: [{ where: file, message: 'holds no .shp file (a shapefile is .shp, .dbf and .prj)' }],
    };
  const problems: AreaProblem[] = [];
  const areas: (AreaFeature | null)[] = [];
  for (const shp of shps.sort()) {
    const base = shp.slice(0, -4);
    const part = (ext: string) => byLowerName.get(`${base}${ext}`.toLowerCase());
    const [dbf, prj] = [part('.dbf'), part('.prj')];
    const where = `${file}: ${shp}`;
    if (!dbf) problems.push({ where, message: `has no ${base}.dbf beside it (the attributes)` });
    if (!prj) problems.push({ where, message: `has no ${base}.prj beside it (the projection)` });
    if (!dbf || !prj) continue;
    const to = projectionOf(new TextDecoder().decode(prj));
    if (typeof to === 'string') {
      problems.push({ where: `${file}: ${base}.prj`, message: to });
      continue;
    }
    let features: { geometry: unknown; properties: unknown }[];
    try {
      features = (await readShapefile(entries[shp]!, dbf, { encoding: 'utf-8' })).features;
    } catch (e) {
      problems.push({ where, message: `cannot be read as a shapefile: ${(e as Error).message}` });
      continue;
    }
    features.forEach((f, i) => {
      const at = `${where}, feature ${i}`;
      const geometry = reproject(f.geometry, to);
      areas.push(area(at, geometry, f.properties, problems));
    });
  }
  return finish(areas, problems, file);
}

/** The areas of an upload named `name`: a ZIP of shapefiles, or a GeoJSON FeatureCollection. */
export async function readAreas(file: { bytes: Uint8Array; name: string }): Promise<ReadAreas> {
  const { bytes, name } = file;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return readZip(bytes, name);
  if (/\.zip$/i.test(name))
    return { areas: [], problems: [{ where: name, message: 'is named .zip but is not a ZIP archive' }] };
  const text = new TextDecoder().decode(bytes);
  if (/\.(geo)?json$/i.test(name) || text.trimStart().startsWith('{')) return readGeoJson(text, name);
  return {
    areas: [],
    problems: [
      {
        where: name,
        message: 'is neither a ZIP of shapefiles (.shp, .dbf, .prj) nor a GeoJSON FeatureCollection',
      },
    ],
  };
}
