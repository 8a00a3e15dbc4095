import { adminUnits } from './admin-units.ts';
import { organizations } from './organizations.ts';

/**
 * The Mongolian country pack: everything that is a fact of the country rather than of the
 * software — languages, money, time zone, administrative units, public bodies, statutory figures.
 * Another country runs Shilen by writing its own pack of the same shape.
 */
export const countryPack = {
  code: 'mn',
  name: { mn: 'Монгол Улс', en: 'Mongolia' },
  locales: ['mn', 'en'] as const,
  defaultLocale: 'mn' as const,
  currency: 'MNT',
  timeZone: 'Asia/Ulaanbaatar',
  /** Map centre and zoom for the whole country. */
  mapCentre: { lat: 46.86, lon: 103.85, zoom: 5 },
  adminUnits,
  organizations,
  thresholds: {
    /** Commitment 3.3.1.8: procurement contracts at or above this value must be disclosed (MNT). */
    procurementDisclosure: 80_000_000,
    /** Glass Account law: transactions above this value are published one by one (MNT). */
    glassAccountTransaction: 5_000_000,
  },
} as const;

export type CountryPack = typeof countryPack;
export type { AdminUnitSeed } from './admin-units.ts';
export type { OrganizationSeed } from './organizations.ts';
