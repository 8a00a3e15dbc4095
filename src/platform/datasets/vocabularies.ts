/**
 * The controlled vocabularies a dataset declaration picks from, with what each standard calls
 * them: EU data themes and frequencies (DCAT-AP), ISO 8601 repeating durations (Project Open
 * Data), licence identifiers (SPDX for people, CKAN's ids for CKAN clients, EU and Creative
 * Commons URIs for DCAT and data.json).
 */
import type { Bilingual } from '../i18n/index.ts';

const EU = 'http://publications.europa.eu/resource/authority';

/** The EU data-theme codes (DCAT-AP `dcat:theme`). */
export const dataThemes = {
  AGRI: {
    mn: 'Хөдөө аж ахуй, загас агнуур, ойн аж ахуй, хүнс',
    en: 'Agriculture, fisheries, forestry and food',
  },
  ECON: { mn: 'Эдийн засаг, санхүү', en: 'Economy and finance' },
  EDUC: { mn: 'Боловсрол, соёл, спорт', en: 'Education, culture and sport' },
  ENER: { mn: 'Эрчим хүч', en: 'Energy' },
  ENVI: { mn: 'Байгаль орчин', en: 'Environment' },
  GOVE: { mn: 'Засгийн газар, төрийн салбар', en: 'Government and public sector' },
  HEAL: { mn: 'Эрүүл мэнд', en: 'Health' },
  INTR: { mn: 'Олон улсын асуудал', en: 'International issues' },
  JUST: {
    mn: 'Хууль зүй, эрх зүйн тогтолцоо, олон нийтийн аюулгүй байдал',
    en: 'Justice, legal system and public safety',
  },
  OP_DATPRO: { mn: 'Түр зуурын өгөгдөл', en: 'Provisional data' },
  REGI: { mn: 'Бүс нутаг, хот', en: 'Regions and cities' },
  SOCI: { mn: 'Хүн ам, нийгэм', en: 'Population and society' },
  TECH: { mn: 'Шинжлэх ухаан, технологи', en: 'Science and technology' },
  TRAN: { mn: 'Тээвэр', en: 'Transport' },
} as const satisfies Record<string, Bilingual>;
export type DataTheme = keyof typeof dataThemes;
export const dataThemeCodes = Object.keys(dataThemes) as DataTheme[];

export function themeUri(theme: DataTheme): string {
  return `${EU}/data-theme/${theme}`;
}

/** How often a dataset is brought up to date, with the EU frequency code and the ISO 8601 form. */
export const updateFrequencies = {
  continuous: { eu: 'UPDATE_CONT', iso: 'R/PT1S', mn: 'Тасралтгүй', en: 'Continuously updated' },
  daily: { eu: 'DAILY', iso: 'R/P1D', mn: 'Өдөр бүр', en: 'Daily' },
  weekly: { eu: 'WEEKLY', iso: 'R/P1W', mn: 'Долоо хоног бүр', en: 'Weekly' },
  monthly: { eu: 'MONTHLY', iso: 'R/P1M', mn: 'Сар бүр', en: 'Monthly' },
  quarterly: { eu: 'QUARTERLY', iso: 'R/P3M', mn: 'Улирал бүр', en: 'Quarterly' },
  annual: { eu: 'ANNUAL', iso: 'R/P1Y', mn: 'Жил бүр', en: 'Annual' },
  irregular: { eu: 'IRREG', iso: 'irregular', mn: 'Тогтмол бус', en: 'Irregular' },
} as const;
export type UpdateFrequency = keyof typeof updateFrequencies;

export function frequencyUri(frequency: UpdateFrequency): string {
  return `${EU}/frequency/${updateFrequencies[frequency].eu}`;
}

/** Open licences a dataset may carry; CC BY 4.0 unless it says otherwise. */
export const licences = {
  'CC-BY-4.0': {
    title: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    eu: `${EU}/licence/CC_BY_4_0`,
    ckan: 'cc-by',
  },
  'CC-BY-SA-4.0': {
    title: 'Creative Commons Attribution Share-Alike 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    eu: `${EU}/licence/CC_BYSA_4_0`,
    ckan: 'cc-by-sa',
  },
  'CC0-1.0': {
    title: 'Creative Commons CCZero',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    eu: `${EU}/licence/CC0`,
    ckan: 'cc-zero',
  },
} as const;
export type LicenceId = keyof typeof licences;

/** ISO 3166-1 alpha-3 codes of the country packs' countries, for the EU country authority. */
const alpha3: Record<string, string> = { mn: 'MNG' };

/** The EU authority URI of a country by its pack code, if known. */
export function countryUri(code: string): string | undefined {
  const three = alpha3[code.toLowerCase()];
  return three ? `${EU}/country/${three}` : undefined;
}

export function fileTypeUri(code: string): string {
  return `${EU}/file-type/${code}`;
}

export function ianaMediaTypeUri(mediaType: string): string {
  return `https://www.iana.org/assignments/media-types/${mediaType}`;
}
