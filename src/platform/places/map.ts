import type { CountryPack } from '../../country/pack.ts';
import { topLevelUnits } from '../admin-units.ts';
import type { Queryable } from '../db/database.ts';
import type { Locale } from '../i18n/index.ts';
import type { Html } from '../views/html.ts';
import type { ChoroplethOptions } from '../views/maps/choropleth.ts';
import '../views/maps/messages.ts';
import { shapeMap } from '../views/maps/shapes.ts';
import { tileGridMap } from '../views/maps/tile-grid.ts';
import { boundariesOf } from './boundaries.ts';
import { DRAW_SCALE, OUTLINE_SOURCE, outlineOf, ringsOf } from './outline.ts';

export type UnitMapOptions = Omit<ChoroplethOptions, 'units'> & { locale: Locale };

/** Sources and licences of a set of boundaries, each once, as the caption says them. */
function sourcesOf(boundaries: readonly { source: string; licence: string }[]): string {
  return [...new Set(boundaries.map((b) => `${b.source} (${b.licence})`))].join('; ');
}

/**
 * The one map of figures by aimag (the capital and the aimags): drawn in their real shapes when
 * every one of them has an imported boundary, otherwise as the labelled tile-grid schematic; the
 * country's outline (Natural Earth) behind either. Every module's map of top-level units goes
 * through here, so that importing boundaries changes every map at once.
 */
export async function unitMap(
  db: Queryable,
  country: Pick<CountryPack, 'outline'>,
  options: UnitMapOptions,
): Promise<Html> {
  const { t, locale } = options;
  const units = await topLevelUnits(db, locale);
  const mapUnits = units.map((u) => ({
    code: u.code,
    name: t.pick({ mn: u.nameMn, en: u.nameEn }),
    lat: u.lat,
    lon: u.lon,
  }));
  const outline = outlineOf(country, DRAW_SCALE);
  const rings = outline ? ringsOf(outline.geometry) : undefined;
  const boundaries = await boundariesOf(
    db,
    units.map((u) => u.code),
  );
  if (units.length > 0 && boundaries.size === units.length) {
    const note = t('components.map.boundaries', { sources: sourcesOf([...boundaries.values()]) });
    return shapeMap({
      ...options,
      units: mapUnits.map((u) => ({ ...u, geometry: boundaries.get(u.code)!.geometry })),
      ...(rings ? { outline: rings } : {}),
      note: outline ? `${note} ${t.pick(OUTLINE_SOURCE)}.` : note,
    });
  }
  return tileGridMap({
    ...options,
    units: mapUnits,
    ...(rings ? { outline: rings, outlineSource: t.pick(OUTLINE_SOURCE) } : {}),
  });
}

/**
 * A map of some units' real shapes (a unit and its children, on its page) with a figure for each
 * (their areas, say), in the country's outline; `null` when none of them has a boundary.
 */
export async function shapesMap(
  db: Queryable,
  country: Pick<CountryPack, 'outline'>,
  options: ChoroplethOptions,
): Promise<Html | null> {
  const { t } = options;
  const boundaries = await boundariesOf(
    db,
    options.units.map((u) => u.code),
  );
  if (boundaries.size === 0) return null;
  const outline = outlineOf(country, DRAW_SCALE);
  const note = t('components.map.boundaries', { sources: sourcesOf([...boundaries.values()]) });
  return shapeMap({
    ...options,
    units: options.units
      .filter((u) => boundaries.has(u.code))
      .map((u) => ({ ...u, geometry: boundaries.get(u.code)!.geometry })),
    ...(outline ? { outline: ringsOf(outline.geometry) } : {}),
    note: outline ? `${note} ${t.pick(OUTLINE_SOURCE)}.` : note,
    fit: 'units',
  });
}
