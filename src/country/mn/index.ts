import type { CountryPack } from '../pack.ts';
import { adminUnits } from './admin-units.ts';
import { extractives } from './extractives.ts';
import { fiscal } from './fiscal.ts';
import { holidays } from './holidays.ts';
import { legalForms, transliteration } from './legal-entities.ts';
import { organizations } from './organizations.ts';
import { participation } from './participation.ts';
import { projects } from './projects.ts';

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
  /** Mongolia is 496 in ISO 3166-1 numeric (https://www.iso.org/obp/ui/#iso:code:3166:MN), as Natural Earth keys it. */
  outline: { isoNumeric: '496' },
  adminUnits,
  organizations,
  thresholds: {
    /** Commitment 3.3.1.8: procurement contracts at or above this value must be disclosed (MNT). */
    procurementDisclosure: 80_000_000,
  },
  /**
   * The citizen feedback centre (module `feedback`). Legal basis: the Law on Settling Petitions and
   * Complaints Submitted by Citizens to State Bodies and Officials (Иргэдээс төрийн байгууллага,
   * албан тушаалтанд гаргасан өргөдөл, гомдлыг шийдвэрлэх тухай хууль, 17 April 1995,
   * legalinfo.mn lawId=294), article 16: a petition or complaint is settled within 30 days of
   * receipt; where needed the organisation's head may extend that by up to 30 days, and the
   * submitter is told. Checked through the search tool (legalinfo.mn, and the article quoted on
   * erdenet.mn). Article 16 also gives suggestion-type petitions a longer period (quoted as 90 days
   * on one page, 60 on another — not settled, so suggestions keep 30 here until it is). The period
   * for information requests under the 2011 Law on Information Transparency and the Right to
   * Information could not be confirmed; 30 days until it is. Days are calendar days counted in
   * `timeZone`: the period ends at midnight at the end of its last day.
   */
  feedback: {
    answerDays: {
      complaint: 30,
      petition: 30,
      enquiry: 30,
      suggestion: 30,
      praise: 30,
      'information-request': 30,
    },
    /** Once per case, with a stated reason, by at most this many days. */
    maxExtensionDays: 30,
    /** A submitter unhappy with the answer may reopen the case this many days after it (policy, not statute). */
    reopenDays: 30,
    /** The organisation that runs the centre: its operators enter cases, it is told of every escalation. */
    centreSlug: 'government-11-11-centre',
    /**
     * What a stranger may make the centre do in a day (policy, not statute; days in `timeZone`).
     * Bytes of files attached to cases filed without signing in, per network address (an IPv6
     * /64): 25 MB, five photographs from a phone; a signed-in citizen's files are not counted.
     */
    anonymousUploadBytesPerDay: 25 * 1024 * 1024,
    /**
     * Acknowledgements mailed to one address that no signed-in submitter confirmed as their own:
     * a person files a few cases a day at most; past this the case is still filed and its page
     * shows the number and link, but no more mail goes to that address until the next day.
     */
    unconfirmedMailsPerDay: 3,
  },
  /**
   * Public questions about a record. NOT CONFIRMED: no period for a citizen's question about a
   * public record was found in Mongolian law (the 2021 Law on Public Information's period for
   * information requests could not be checked), so the Law on Settling Petitions and Complaints'
   * article 16 is used, as for feedback: 30 calendar days from receipt, extendable once by up to 30
   * days by the organisation's head with the asker told. Replace it when the period is confirmed.
   */
  questions: {
    answerDays: 30,
    count: 'calendar',
    maxExtensionDays: 30,
    source: {
      mn: 'Иргэдээс төрийн байгууллага, албан тушаалтанд гаргасан өргөдөл, гомдлыг шийдвэрлэх тухай хууль, 16 дугаар зүйл (асуултад зориулсан хугацаа батлагдаагүй тул түр мөрдөв)',
      en: 'Law on Settling Petitions and Complaints Submitted by Citizens to State Bodies and Officials, article 16 (used until a period for questions is confirmed)',
      url: 'https://legalinfo.mn/mn/detail/294',
    },
    confirmed: false,
  },
  /** Saturday and Sunday are days off (Labour Law); the public holidays per year are in holidays.ts. */
  calendar: { weekend: [0, 6], holidays },
  /**
   * The official exchange rates of the tögrög are set by the Bank of Mongolia, the central bank, and
   * published on its site (mongolbank.mn, "Албан ханш") for each day it sets them; the article of
   * its law that gives it the task was not checked here. Whether a rate is set on weekends and public holidays
   * could not be confirmed, so the longest gap allowed covers the longest run of days off seen in
   * a year (Tsagaan Sar's three days with a weekend, Naadam's five) with a margin: 7 days, policy
   * until a source settles it.
   */
  // The national committee that monitors the plan (seed, section II.2); its members hold the post
  // "member of the national committee" there (plans' migration 003 uses the same slug).
  plans: { committeeSlug: 'ogp-national-committee' },
  exchangeRates: {
    publisherSlug: 'bank-of-mongolia',
    source: {
      mn: 'Монголбанкны тогтоосон төгрөгийн албан ханш',
      en: 'Official exchange rates of the tögrög set by the Bank of Mongolia',
      url: 'https://www.mongolbank.mn/',
    },
    maxGapDays: 7,
  },
  /**
   * The state register of legal entities (Улсын бүртгэлийн ерөнхий газар keeps it). Register
   * numbers of legal entities are seven digits, as printed on registration certificates and listed
   * with suppliers on the e-procurement portal (tender.gov.mn); the pattern is what those sources
   * show — no law or register page seen states it, and no check digit is published, so none is
   * checked. `MN-SRN` is this platform's own scheme code: org-id.guide lists no Mongolian scheme.
   */
  legalEntities: {
    nationalScheme: 'MN-SRN',
    register: {
      mn: 'Хуулийн этгээдийн улсын бүртгэл (Улсын бүртгэлийн ерөнхий газар)',
      en: 'State register of legal entities (General Authority for State Registration)',
      url: 'https://burtgel.gov.mn/',
    },
    numberPattern: /^\d{7}$/,
    numberFormat: { mn: '7 оронтой тоо', en: 'seven digits' },
    checkRule: null,
    source:
      'Seven digits as shown on registration certificates and supplier lists of tender.gov.mn; unconfirmed by a legal text; no check digit published.',
    legalForms,
    transliteration,
    transliterationSource: 'MNS 5217:2012, Mongolian Cyrillic to Latin (ө, ү folded to o, u for matching)',
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
  fiscal,
  extractives,
  projects,
  participation,
} as const satisfies CountryPack;

export type { AdminUnitSeed, CountryPack, OrganizationSeed } from '../pack.ts';
