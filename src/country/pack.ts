import type { ExtractivesPack } from './extractives-pack.ts';
import type { FiscalPack } from './fiscal-pack.ts';
import type { ParticipationPack } from './participation-pack.ts';
import type { ProjectsPack } from './projects-pack.ts';

/**
 * The shape of a country pack: everything that is a fact of a country rather than of the software —
 * languages, money, time zone, administrative units, public bodies, statutory figures, each with
 * its source in the pack. The platform reaches the chosen pack through the module context
 * (`ctx.country`), never by importing a country's folder; `SHILEN_COUNTRY` chooses it.
 */

export interface AdminUnitSeed {
  /** The national statistics office's code (in Mongolia: 2 digits for the capital and aimags, 4 for districts and soums). Unique. */
  code: string;
  kind: 'capital' | 'aimag' | 'district' | 'soum';
  /** District or soum: the code of its capital or aimag. */
  parentCode: string | null;
  /** Official name in Mongolian Cyrillic, e.g. 'Архангай'. */
  nameMn: string;
  /** Common English transliteration, e.g. 'Arkhangai'. */
  nameEn: string;
  /** Administrative centre (aimag centre town), Mongolian. */
  centreMn: string | null;
  centreEn: string | null;
  /** Coordinates of the centre, WGS84, 4 decimals. */
  lat: number;
  lon: number;
  /** ISO 3166-2:MN code, for the capital and aimags only. */
  iso3166_2?: string;
}

export interface OrganizationSeed {
  /** Stable kebab-case latin id, e.g. 'cabinet-secretariat'. */
  slug: string;
  nameMn: string;
  nameEn: string;
  /** Common abbreviation, e.g. 'МХЕГ'. */
  abbreviation?: string;
  kind:
    | 'government'
    | 'ministry'
    | 'agency'
    | 'authority'
    | 'council'
    | 'committee'
    | 'local-government'
    | 'parliament'
    | 'court'
    | 'state-owned-enterprise'
    | 'other';
  /** Parent body: agencies under their ministry, governors' offices under the government, etc. */
  parentSlug: string | null;
  /** Code from admin-units.ts for local bodies; null for national bodies. */
  adminUnitCode: string | null;
  website?: string;
  email?: string;
  phone?: string;
  address?: string;
  /** Other spellings, including every spelling used in the action plan. */
  aliases?: string[];
}

/** A public holiday: a day off for everyone. */
export interface HolidaySeed {
  /** `YYYY-MM-DD`. */
  date: string;
  name: { mn: string; en: string };
}

/** One year's public holidays, with where each date comes from. */
export interface HolidayYear {
  holidays: readonly HolidaySeed[];
  /** The law for the fixed days, and the announcements or calendars for the lunar ones. */
  sources: readonly string[];
  /**
   * False when a holiday of the year could not be confirmed and is left out (`note` names it):
   * periods counted in working days across such a year say so.
   */
  complete: boolean;
  note?: string;
}

export interface CountryPack {
  /** ISO 3166-1 alpha-2 (or a private-use code such as `xt` for a fictional pack). */
  code: string;
  name: { mn: string; en: string };
  locales: readonly ['mn', 'en'];
  defaultLocale: 'mn';
  /** ISO 4217 code of the national currency. */
  currency: string;
  /** IANA time zone in which days, deadlines and dates are counted. */
  timeZone: string;
  /** Map centre and zoom for the whole country. */
  mapCentre: { lat: number; lon: number; zoom: number };
  /**
   * The country's outline in Natural Earth (the `world-atlas` package), by its ISO 3166-1 numeric
   * code: drawn behind every map and used to check that imported boundaries lie inside the country
   * (src/platform/places/outline.ts); `null` for a country Natural Earth does not have.
   */
  outline: { isoNumeric: string } | null;
  adminUnits: readonly AdminUnitSeed[];
  organizations: readonly OrganizationSeed[];
  thresholds: {
    /** Procurement contracts at or above this value must be disclosed (national currency). */
    procurementDisclosure: number;
  };
  /** The citizen feedback centre: statutory answer periods and the centre's own policies. */
  feedback: {
    answerDays: Readonly<
      Record<'complaint' | 'petition' | 'enquiry' | 'suggestion' | 'praise' | 'information-request', number>
    >;
    maxExtensionDays: number;
    reopenDays: number;
    /** The organisation that runs the centre (a slug of `organizations`). */
    centreSlug: string;
    anonymousUploadBytesPerDay: number;
    unconfirmedMailsPerDay: number;
  };
  /**
   * Public questions about a record (module `questions`): the period the responsible organisation
   * has to answer, in calendar or working days, its one extension, and the law that sets them.
   * `confirmed: false` says the period was not found in a law for such questions and is borrowed.
   */
  questions: {
    answerDays: number;
    count: 'calendar' | 'working';
    maxExtensionDays: number;
    source: { mn: string; en: string; url?: string };
    confirmed: boolean;
  };
  /**
   * Working days: the days of the week off (0 Sunday … 6 Saturday) and the public holidays as a
   * table per year (lunar holidays move, so they are listed, never computed). A year missing from
   * the table counts only weekends, and periods that cross it say so.
   */
  calendar: {
    weekend: readonly number[];
    holidays: Readonly<Record<number, HolidayYear>>;
  };
  /** The action plan's national committee (OGP): the body its members' post belongs to. */
  plans: {
    /** The committee's organisation (a slug of `organizations`). */
    committeeSlug: string;
  };
  /**
   * The official exchange rates: who sets them (a slug of \`organizations\`), where they are
   * published, and the longest run of days a currency may go without a rate before a file with
   * such a gap is refused and "the rate on a date" finds none.
   */
  exchangeRates: {
    publisherSlug: string;
    source: { mn: string; en: string; url: string };
    maxGapDays: number;
  };
  /**
   * Legal entities: the national register's scheme and the shape of its numbers (a check rule only
   * where a source gives one), the legal forms written beside names (dropped when names are
   * matched), and how the national script is written in Latin letters for matching.
   */
  legalEntities: {
    /** The org-id style scheme of the state register of legal entities, e.g. `MN-SRN`. */
    nationalScheme: string;
    register: { mn: string; en: string; url?: string };
    /** What a register number looks like, and the same in words for error messages. */
    numberPattern: RegExp;
    numberFormat: { mn: string; en: string };
    /** A check digit rule, only where a published source gives one (`null`: none is published). */
    checkRule: null | ((identifier: string) => boolean);
    /** Where the format comes from, and what could not be confirmed. */
    source: string;
    /** Legal forms as written in names (`ХХК`, `LLC`), lower case, dropped from match keys. */
    legalForms: readonly string[];
    /** Letters of the national script and their Latin spelling for match keys (lower case). */
    transliteration: Readonly<Record<string, string>>;
    /** The standard the transliteration follows. */
    transliterationSource: string;
  };
  /** Procurement (OCDS): OCID prefix, disclosure duty, identifier schemes and red-flag limits. */
  procurement: {
    ocidPrefix: string;
    disclosureThreshold: number;
    disclosureDays: number;
    /** Scheme of suppliers' identifiers (the state register of legal entities). */
    supplierScheme: string;
    /** Scheme under which buyers are named by their slug in the organisations registry. */
    buyerScheme: string;
    redFlags: {
      minimumSubmissionDays: number;
      amendmentIncrease: number;
      splitBand: number;
      splitDays: number;
      newSupplierDays: number;
      supplierShare: number;
      supplierShareMinimumContracts: number;
    };
  };
  /** Public finance (module `fiscal`): the glass-account duty, classifications by year, funds, population. */
  fiscal: FiscalPack;
  /** Natural resources (module `extractives`): licence kinds and their limits, contract kinds, the environmental list. */
  extractives: ExtractivesPack;
  /** Investment and foreign-loan projects (module `projects`): reporting period, flag thresholds, lenders, identifiers. */
  projects: ProjectsPack;
  /** Public participation (module `participation`): consulted act kinds and their minimum periods, hearings, review answers, event, digest, moderation and report policies. */
  participation: ParticipationPack;
}
