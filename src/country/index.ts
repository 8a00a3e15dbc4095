import { countryPack as mn } from './mn/index.ts';
import type { CountryPack } from './pack.ts';
import { countryPack as xt } from './xt/index.ts';

export type { AdminUnitSeed, CountryPack, OrganizationSeed } from './pack.ts';

/**
 * The country packs this build knows, by code. An installation chooses one with `SHILEN_COUNTRY`
 * (default `mn`); `xt` is the fictional pack the tests run on to find anything hard-coded.
 */
export const countryPacks: Readonly<Record<string, CountryPack>> = { mn, xt };

export const defaultCountry = 'mn';

/** The pack for a code; an unknown code is a programming or configuration error. */
export function countryPackFor(code: string): CountryPack {
  const pack = countryPacks[code];
  if (!pack) throw new Error(`no country pack "${code}"; known: ${Object.keys(countryPacks).join(', ')}`);
  return pack;
}
