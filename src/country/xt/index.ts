import type { CountryPack } from '../pack.ts';
import { extractives } from './extractives.ts';
import { fiscal } from './fiscal.ts';
import { participation } from './participation.ts';
import { projects } from './projects.ts';

/**
 * Testland: a small fictional country for tests (`SHILEN_COUNTRY=xt`; XA–XZ are the ISO 3166
 * codes left for private use, XTS the ISO 4217 code kept for testing). Every figure differs from
 * Mongolia's — another time zone, currency, thresholds and periods — so a test run on this pack
 * shows what is still hard-coded outside the country pack. Nothing here is a fact of any country.
 */
export const countryPack = {
  code: 'xt',
  name: { mn: 'Тестланд', en: 'Testland' },
  locales: ['mn', 'en'] as const,
  defaultLocale: 'mn' as const,
  currency: 'XTS',
  timeZone: 'Europe/Lisbon',
  mapCentre: { lat: 39.5, lon: -8.0, zoom: 7 },
  /** A fictional country has no outline in Natural Earth: its maps draw none and check none. */
  outline: null,
  adminUnits: [
    {
      code: '01',
      kind: 'capital',
      parentCode: null,
      nameMn: 'Нийслэл хот',
      nameEn: 'Capital City',
      centreMn: 'Нийслэл хот',
      centreEn: 'Capital City',
      lat: 39.5,
      lon: -8.0,
    },
    {
      code: '0101',
      kind: 'district',
      parentCode: '01',
      nameMn: 'Төв дүүрэг',
      nameEn: 'Central District',
      centreMn: null,
      centreEn: null,
      lat: 39.51,
      lon: -8.01,
    },
    {
      code: '02',
      kind: 'aimag',
      parentCode: null,
      nameMn: 'Хойд муж',
      nameEn: 'North Province',
      centreMn: 'Хойд хот',
      centreEn: 'North Town',
      lat: 40.2,
      lon: -7.9,
    },
    {
      code: '0201',
      kind: 'soum',
      parentCode: '02',
      nameMn: 'Голын тосгон',
      nameEn: 'River Village',
      centreMn: null,
      centreEn: null,
      lat: 40.25,
      lon: -7.85,
    },
  ],
  organizations: [
    {
      slug: 'testland-government',
      nameMn: 'Тестландын Засгийн газар',
      nameEn: 'Government of Testland',
      kind: 'government',
      parentSlug: null,
      adminUnitCode: null,
      aliases: ['Government'],
    },
    {
      slug: 'testland-treasury',
      nameMn: 'Сангийн газар',
      nameEn: 'Treasury of Testland',
      kind: 'ministry',
      parentSlug: 'testland-government',
      adminUnitCode: null,
    },
    {
      slug: 'testland-complaints-office',
      nameMn: 'Өргөдлийн төв',
      nameEn: 'Complaints Office',
      kind: 'agency',
      parentSlug: 'testland-government',
      adminUnitCode: null,
    },
    {
      slug: 'north-province-governor',
      nameMn: 'Хойд мужийн Засаг дарга',
      nameEn: 'Governor of North Province',
      kind: 'local-government',
      parentSlug: 'testland-government',
      adminUnitCode: '02',
    },
  ],
  thresholds: { procurementDisclosure: 50_000 },
  feedback: {
    answerDays: {
      complaint: 20,
      petition: 25,
      enquiry: 10,
      suggestion: 40,
      praise: 15,
      'information-request': 12,
    },
    maxExtensionDays: 10,
    reopenDays: 14,
    centreSlug: 'testland-complaints-office',
    anonymousUploadBytesPerDay: 5 * 1024 * 1024,
    unconfirmedMailsPerDay: 2,
  },
  /** Testland's (fictional) Open Records Act: ten working days, one extension of up to five. */
  questions: {
    answerDays: 10,
    count: 'working',
    maxExtensionDays: 5,
    source: {
      mn: 'Тестландын нээлттэй бүртгэлийн хууль (зохиомол)',
      en: 'Testland Open Records Act (fictional)',
    },
    confirmed: true,
  },
  /** Testland rests on Friday and Saturday, and keeps two holidays in 2026 (both fictional). */
  calendar: {
    weekend: [5, 6],
    holidays: {
      2026: {
        holidays: [
          { date: '2026-03-03', name: { mn: 'Тестийн өдөр', en: 'Test Day' } },
          { date: '2026-03-04', name: { mn: 'Тестийн өдөр', en: 'Test Day' } },
        ],
        sources: ['fictional'],
        complete: true,
      },
    },
  },
  // Fictional: Testland's government keeps its plan's committee itself.
  plans: { committeeSlug: 'testland-government' },
  exchangeRates: {
    publisherSlug: 'testland-treasury',
    source: {
      mn: 'Тестландын сангийн газрын ханш (зохиомол)',
      en: 'Rates of the Treasury of Testland (fictional)',
      url: 'https://treasury.testland.example/',
    },
    maxGapDays: 3,
  },
  legalEntities: {
    nationalScheme: 'XT-REG',
    register: {
      mn: 'Тестландын хуулийн этгээдийн бүртгэл (зохиомол)',
      en: 'Register of companies of Testland (fictional)',
    },
    numberPattern: /^\d{6}$/,
    numberFormat: { mn: '6 оронтой тоо', en: 'six digits' },
    // A fictional rule, to test that a pack's check rule is applied: the digits sum to a multiple of 3.
    checkRule: (identifier: string) => [...identifier].reduce((sum, d) => sum + Number(d), 0) % 3 === 0,
    source: 'Fictional.',
    legalForms: ['llc', 'plc', 'ххк'],
    transliteration: {
      а: 'a',
      б: 'b',
      в: 'v',
      г: 'g',
      д: 'd',
      е: 'e',
      и: 'i',
      к: 'k',
      л: 'l',
      м: 'm',
      н: 'n',
      о: 'o',
      п: 'p',
      р: 'r',
      с: 's',
      т: 't',
      у: 'u',
      х: 'kh',
    },
    transliterationSource: 'Fictional.',
  },
  procurement: {
    ocidPrefix: 'ocds-xt0001',
    disclosureThreshold: 50_000,
    disclosureDays: 7,
    supplierScheme: 'XT-REG',
    buyerScheme: 'XT-SHILEN-ORG',
    redFlags: {
      minimumSubmissionDays: 10,
      amendmentIncrease: 0.25,
      splitBand: 0.7,
      splitDays: 60,
      newSupplierDays: 90,
      supplierShare: 0.6,
      supplierShareMinimumContracts: 4,
    },
  },
  fiscal,
  extractives,
  projects,
  participation,
} as const satisfies CountryPack;
