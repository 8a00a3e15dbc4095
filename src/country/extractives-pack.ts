/**
 * The shape of a country pack's facts about natural resources (`CountryPack.extractives`): the
 * kinds of licence and their legal limits (terms, extensions, areas), the kinds of resource
 * contract, the bodies that keep the registers, and the periods of due process before a company
 * is put on the environmental list. Module `extractives` reads it through `ctx.country.extractives`.
 */
import type { FiscalSource, FiscalText } from './fiscal-pack.ts';

export type ExtractivesText = FiscalText;
/** A source, and whether the fact was confirmed there (`note` says what could not be checked). */
export type ExtractivesSource = FiscalSource;

/** What a licence is over: the platform groups kinds by it (maps, filters, which body issues). */
export type ResourceKind = 'mineral' | 'petroleum' | 'land' | 'water';

/** A kind of licence and the limits its law sets, checked when a licence is written. */
export interface LicenceType {
  /** Stable code, kebab-case, e.g. `mineral-exploration`. */
  code: string;
  resource: ResourceKind;
  name: ExtractivesText;
  /** The organisation that issues it and keeps its register (a slug of `organizations`). */
  issuerSlug: string;
  /** Longest first term in years (`null`: no term, e.g. ownership of land). */
  initialTermYears: number | null;
  /** How many times and for how long the term may be extended. */
  extensions: { count: number; years: number } | null;
  /** Smallest and largest area in hectares (`null` where the law sets none). */
  areaHa: { min: number | null; max: number | null } | null;
  /** Whether the licence must carry a polygon (land ownership plots may be points of a cadastre). */
  polygonRequired: boolean;
  source: ExtractivesSource;
}

/** A kind of resource contract (investment, stability, production sharing, concession …). */
export interface ContractType {
  code: string;
  name: ExtractivesText;
  /** Longest term in years where the law sets one. */
  maxTermYears: number | null;
  source: ExtractivesSource;
}

export interface ExtractivesPack {
  licenceTypes: readonly LicenceType[];
  contractTypes: readonly ContractType[];
  /** The organisation that publishes resource contracts and their annotations (a slug of `organizations`). */
  contractsPublisherSlug: string;
  contractsPublisherSource: ExtractivesSource;
  /** Counts the register held on a date, for the demo data and for comparison on the pages. */
  licenceCounts: readonly { type: string; count: number; asOf: string; source: ExtractivesSource }[];
  /**
   * Due process before and after a company is listed for harming the environment or people's
   * health: days it has to reply to a notice, days to appeal a decision, and the body that keeps
   * the list (a slug of `organizations`).
   */
  environmentalList: {
    keeperSlug: string;
    replyDays: number;
    appealDays: number;
    source: ExtractivesSource;
  };
  /** The country's protected-area and water-source layers, by the geographic layer's code, for overlaps. */
  restrictedLayers: readonly { layer: string; name: ExtractivesText }[];
}
