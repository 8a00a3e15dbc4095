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
  /**
   * Procurement (OCDS): the OCID prefix this installation publishes under (registered with the
   * Open Contracting Partnership; SHILEN_OCID_PREFIX overrides it), the disclosure duty of
   * commitment 3.3.1.8 and the limits the red flags compare against.
   */
  procurement: {
    ocidPrefix: 'ocds-mn0001',
    /** Contracts at or above this value (MNT) must be published… */
    disclosureThreshold: 80_000_000,
    /** …within this many calendar days of signing. */
    disclosureDays: 10,
    /** Scheme of suppliers' identifiers: the state register number of legal entities. */
    supplierScheme: 'MN-SRN',
    /** Scheme under which buyers are named by their slug in the organisations registry. */
    buyerScheme: 'MN-SHILEN-ORG',
    redFlags: {
      /** R003: fewer days than this between the start and the end of an open tender's submission. */
      minimumSubmissionDays: 14,
      /** Contract value raised by amendments by more than this share of the original value. */
      amendmentIncrease: 0.2,
      /** Splitting: contracts between this share of the threshold and the threshold… */
      splitBand: 0.8,
      /** …to the same supplier from the same buyer within this many days, together at or above it. */
      splitDays: 90,
      /** Supplier registered fewer than this many days before the award. */
      newSupplierDays: 180,
      /** One supplier holds more than this share of a buyer's contract value in a year… */
      supplierShare: 0.5,
      /** …counted only for buyers with at least this many contracts in that year. */
      supplierShareMinimumContracts: 5,
    },
  },
} as const;

export type CountryPack = typeof countryPack;
export type { AdminUnitSeed } from './admin-units.ts';
export type { OrganizationSeed } from './organizations.ts';
