import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * A country's outline from Natural Earth (public domain), as the `world-atlas` package ships it in
 * TopoJSON at three scales. The finest (1:10m) decides "inside the country"; a coarser one is
 * enough to draw at the sizes the maps are drawn.
 */
export type OutlineScale = '10m' | '50m' | '110m';

/** The scale checks use (the finest) and the one maps draw (1:50m: 736 points for Mongolia). */
export const CHECK_SCALE: OutlineScale = '10m';
export const DRAW_SCALE: OutlineScale = '50m';

/**
 * How far outside the outline a point may lie and still count as inside the country, in km.
 * Natural Earth's 1:10m lines are generalised for maps of 1:10,000,000, where 0.5 mm on paper is
 * 5 km; a surveyed boundary that follows the real border can stray that far from them, and twice
 * that at a sharp bend the generalisation cut off. So 10 km: an official boundary file is accepted
 * along the border, while a file in the wrong place, the wrong order of coordinates (lat, lon) or
 * another country's units is refused (`outline.test.ts` measures both sides).
 */
export const OUTLINE_TOLERANCE_KM = 10;

/** Where the outline comes from, for captions and the decision record. */
export const OUTLINE_SOURCE = {
  mn: 'Улсын хилийн шугам: Natural Earth (нийтийн өмч), world-atlas 2.0.2',
  en: 'Country outline: Natural Earth (public domain), world-atlas 2.0.2',
} as const;

export type Outline = Feature<Polygon | MultiPolygon, { name?: string }>;

const require = createRequire(import.meta.url);
const cache = new Map<string, Outline | null>();

/**
 * The outline of the country with ISO 3166-1 numeric code `isoNumeric` (Mongolia: `'496'`) at a
 * scale, or `null` when Natural Earth has no such country. Read once per process and scale.
 */
export function countryOutline(isoNumeric: string, scale: OutlineScale = CHECK_SCALE): Outline | null {
  const key = `${scale}:${isoNumeric}`;
  if (!cache.has(key)) {
    const topology = JSON.parse(
      fs.readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'),
    ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topology, topology.objects.countries);
    for (const country of countries.features) {
      const geometry = country.geometry as Polygon | MultiPolygon | null;
      if (country.id === undefined || !geometry) continue;
      cache.set(`${scale}:${country.id}`, { ...country, geometry } as Outline);
    }
    if (!cache.has(key)) cache.set(key, null);
  }
  return cache.get(key) ?? null;
}

/** The rings of a polygon or multipolygon, outer and inner alike. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** An outline's edges by bands of latitude, so that a point is tested against a few dozen, not all. */
interface Bands {
  south: number;
  step: number;
  edges: [number, number, number, number][][];
}
const BAND_DEGREES = 0.1;
const bandsCache = new WeakMap<Outline, Bands>();

function bandsOf(outline: Outline): Bands {
  const cached = bandsCache.get(outline);
  if (cached) return cached;
  const rings = ringsOf(outline.geometry);
  const lats = rings.flat().map((p) => p[1]!);
  const south = Math.min(...lats);
  const count = Math.max(1, Math.ceil((Math.max(...lats) - south) / BAND_DEGREES));
  const edges: Bands['edges'] = Array.from({ length: count }, () => []);
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay, bx, by] = [ring[i - 1]![0]!, ring[i - 1]![1]!, ring[i]![0]!, ring[i]![1]!];
      const first = Math.max(0, Math.floor((Math.min(ay, by) - south) / BAND_DEGREES));
      const last = Math.min(count - 1, Math.floor((Math.max(ay, by) - south) / BAND_DEGREES));
      for (let band = first; band <= last; band++) edges[band]!.push([ax, ay, bx, by]);
    }
  const bands = { south, step: BAND_DEGREES, edges };
  bandsCache.set(outline, bands);
  return bands;
}

/**
 * Whether a point lies inside the outline (even–odd rule over all its rings, so holes and islands
 * count right), by a ray cast against the edges of the point's band of latitude only: the same
 * answer as turf's point-in-polygon off the line itself, some fifty times faster on the 1:10m
 * outline, which checking a file of hundreds of thousands of positions needs.
 */
export function insideOutline(outline: Outline, lon: number, lat: number): boolean {
  const { south, step, edges } = bandsOf(outline);
  const band = edges[Math.floor((lat - south) / step)];
  if (!band) return false;
  let inside = false;
  for (const [ax, ay, bx, by] of band)
    if (ay > lat !== by > lat && lon < ax + ((lat - ay) / (by - ay)) * (bx - ax)) inside = !inside;
  return inside;
}

const KM_PER_DEGREE = 111.32;

/**
 * How far a point lies outside the outline, in km (0 inside): the distance to the nearest edge,
 * measured on a plane tangent at the point (east–west degrees shrunk by the cosine of the
 * latitude), which is within a fraction of a per cent at the distances the tolerance is about.
 */
export function kmOutside(outline: Outline, lon: number, lat: number): number {
  if (insideOutline(outline, lon, lat)) return 0;
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of ringsOf(outline.geometry)) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1]![0]! - lon) * kx, (ring[i - 1]![1]! - lat) * ky];
      const [bx, by] = [(ring[i]![0]! - lon) * kx, (ring[i]![1]! - lat) * ky];
      const [dx, dy] = [bx - ax, by - ay];
      const length = dx * dx + dy * dy;
      const along = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
      const [px, py] = [ax + along * dx, ay + along * dy];
      best = Math.min(best, px * px + py * py);
    }
  }
  return Math.sqrt(best);
}

/** Whether a point is inside the country, or outside it by no more than the tolerance. */
export function insideCountry(outline: Outline, lon: number, lat: number): boolean {
  return kmOutside(outline, lon, lat) <= OUTLINE_TOLERANCE_KM;
}

/** The outline of the country a pack names, at a scale, or `null` (a fictional country). */
export function outlineOf(
  country: { outline: { isoNumeric: string } | null },
  scale: OutlineScale = CHECK_SCALE,
): Outline | null {
  return country.outline ? countryOutline(country.outline.isoNumeric, scale) : null;
}
