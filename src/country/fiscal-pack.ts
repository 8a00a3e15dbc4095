/**
 * The shape of a country pack's public-finance facts (`CountryPack.fiscal`): the glass-account duty,
 * the classifications of the budget by year, special funds, the population that per-person figures
 * divide by, and the grades and benefits of public servants. Module `fiscal` reads it through
 * `ctx.country.fiscal`.
 */

/** Words in both languages. */
export interface FiscalText {
  mn: string;
  en: string;
}

/** A source: what it is, where it is, and whether the figure was confirmed there. */
export interface FiscalSource {
  mn: string;
  en: string;
  url?: string;
  /** False when the fact is assumed or approximate; `note` says what could not be checked. */
  confirmed: boolean;
  note?: string;
}

/** One code of a classification: a parent code makes the tree (null at the top). */
export interface FiscalCode {
  code: string;
  parent: string | null;
  mn: string;
  en: string;
}

/** The codes of a classification in force for a run of fiscal years. */
export interface ClassificationVersion {
  /** First fiscal year of this version. */
  from: number;
  /** Last fiscal year (null: still in force). Versions of one classification never overlap. */
  until: number | null;
  codes: readonly FiscalCode[];
}

/** A classification of the budget other than the administrative one (the organisations tree) and place (admin units). */
export interface FiscalClassification {
  name: FiscalText;
  /**
   * The international standard it follows, for the Fiscal Data Package's types (`cofog`, `gfsm`)
   * or `generic` for a national list.
   */
  standard: 'cofog' | 'gfsm' | 'generic';
  source: FiscalSource;
  versions: readonly ClassificationVersion[];
}

export type FiscalScheme = 'functional' | 'economic' | 'programme' | 'funding';
export const fiscalSchemes: readonly FiscalScheme[] = ['functional', 'economic', 'programme', 'funding'];

/** A special fund of central or local government, with the years it existed. */
export interface SpecialFund {
  code: string;
  name: FiscalText;
  from: number;
  until: number | null;
  /** The law that set it up. */
  law: FiscalText;
}

export interface FiscalPack {
  /** The month the fiscal year starts (1: the calendar year), and the law that says so. */
  yearStartMonth: number;
  yearSource: FiscalSource;
  /**
   * The glass-account duty: every transaction above `threshold` (national currency) is published
   * one by one within `publicationDays` of its date, salaries excepted; `proposedThreshold` is the
   * lower figure civil society asked for, shown as "what if".
   */
  glassAccount: {
    threshold: number;
    proposedThreshold: number;
    proposedSource: FiscalSource;
    publicationDays: number;
    source: FiscalSource;
  };
  /**
   * Payments split to stay under the threshold: at least `minPayments` payments by one payer to one
   * payee within `windowDays`, each at or above `band` × threshold and not above it, together above
   * the threshold.
   */
  splitting: { band: number; windowDays: number; minPayments: number; source: FiscalSource };
  classifications: Readonly<Record<FiscalScheme, FiscalClassification>>;
  specialFunds: { funds: readonly SpecialFund[]; source: FiscalSource };
  /** Who gives non-budgetary income: never a person's name, only the kind of donor. */
  donorTypes: readonly FiscalCode[];
  /** The projections and assumptions behind a budget proposal, with their units. */
  assumptions: readonly { code: string; name: FiscalText; unit: FiscalText }[];
  /** Residents by aimag (or capital) code and year, for per-person figures. */
  population: { source: FiscalSource; byYear: Readonly<Record<number, Readonly<Record<string, number>>>> };
  /**
   * Social benefits of public servants, published only as aggregates: position grades, benefit
   * types, and the smallest number of recipients a published cell may count (smaller cells and
   * the cells that would give them away are suppressed).
   */
  benefits: {
    grades: readonly FiscalCode[];
    types: readonly FiscalCode[];
    minimumCell: number;
    source: FiscalSource;
  };
  /**
   * Bodies the glass-account law adds to the public bodies: state-owned enterprises and companies
   * with state shares, by their slug in `organizations`, with the state's share in per cent.
   */
  stateShares: readonly { slug: string; share: number; source: FiscalSource }[];
}
