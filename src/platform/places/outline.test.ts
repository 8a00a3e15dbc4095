import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import {
  countryOutline,
  DRAW_SCALE,
  insideCountry,
  insideOutline,
  kmOutside,
  OUTLINE_TOLERANCE_KM,
  ringsOf,
} from './outline.ts';

const mongolia = countryOutline('496')!;
const KM_PER_DEGREE_LATITUDE = 111.32;

describe("Mongolia's outline (Natural Earth 1:10m)", () => {
  it('is found by its ISO numeric code, at the scales that check and draw', () => {
    expect(mongolia.properties.name).toBe('Mongolia');
    expect(ringsOf(mongolia.geometry).flat().length).toBeGreaterThan(1000);
    expect(ringsOf(countryOutline('496', DRAW_SCALE)!.geometry).flat().length).toBeLessThan(1000);
    expect(countryOutline('999')).toBeNull();
  });

  it('holds the capital and every aimag centre, and not Beijing or Irkutsk', () => {
    expect(kmOutside(mongolia, 106.9172, 47.9203)).toBe(0);
    expect(insideCountry(mongolia, 89.9694, 48.9683)).toBe(true); // Ölgii, the far west
    expect(insideCountry(mongolia, 116.4, 39.9)).toBe(false);
    expect(insideCountry(mongolia, 104.3, 52.28)).toBe(false);
  });

  it(`allows ${OUTLINE_TOLERANCE_KM} km beyond the line, and no more`, () => {
    // North of the northernmost point of the outline: every other point lies further south, so the
    // distance to the outline is at least the step north and at most the step itself.
    const north = ringsOf(mongolia.geometry)
      .flat()
      .reduce((a, b) => (b[1]! > a[1]! ? b : a));
    const at = (km: number) => kmOutside(mongolia, north[0]!, north[1]! + km / KM_PER_DEGREE_LATITUDE);
    expect(at(5)).toBeGreaterThan(4.9);
    expect(at(5)).toBeLessThanOrEqual(5.01);
    expect(insideCountry(mongolia, north[0]!, north[1]! + 5 / KM_PER_DEGREE_LATITUDE)).toBe(true);
    expect(insideCountry(mongolia, north[0]!, north[1]! + 9.9 / KM_PER_DEGREE_LATITUDE)).toBe(true);
    expect(at(10.5)).toBeGreaterThan(OUTLINE_TOLERANCE_KM);
    expect(insideCountry(mongolia, north[0]!, north[1]! + 25 / KM_PER_DEGREE_LATITUDE)).toBe(false);
  });
});

describe('the fast test of "inside the outline"', () => {
  it("agrees with turf's point-in-polygon on a grid over the country and beyond", () => {
    let compared = 0;
    for (let lat = 40.05; lat < 53.5; lat += 0.13)
      for (let lon = 86.05; lon < 121; lon += 0.17) {
        expect(insideOutline(mongolia, lon, lat), `${lon}, ${lat}`).toBe(
          booleanPointInPolygon([lon, lat], mongolia),
        );
        compared++;
      }
    expect(compared).toBeGreaterThan(20_000);
  });
});
