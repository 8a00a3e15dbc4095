/**
 * The closed codelists of BODS 0.4 (Beneficial Ownership Data Standard), written from the
 * published standard: the project's own copy, used by the encoding of the schema (`schema.ts`),
 * the tables' checks (migration 004) and the forms. `bods.conformance.test.ts` compares each with
 * the official CSV files.
 */
export const BODS_VERSION = '0.4';

export const bodsCodelists = {
  'recordType.csv': ['entity', 'person', 'relationship'],
  'recordStatus.csv': ['new', 'updated', 'closed'],
  'entityType.csv': [
    'registeredEntity',
    'legalEntity',
    'arrangement',
    'anonymousEntity',
    'unknownEntity',
    'state',
    'stateBody',
  ],
  'entitySubtype.csv': ['governmentDepartment', 'stateAgency', 'other', 'trust', 'nomination'],
  'personType.csv': ['knownPerson', 'anonymousPerson', 'unknownPerson'],
  'nameType.csv': ['legal', 'translation', 'transliteration', 'former', 'alternative', 'birth'],
  'addressType.csv': ['placeOfBirth', 'residence', 'registered', 'service', 'alternative', 'business'],
  'sourceType.csv': ['selfDeclaration', 'officialRegister', 'thirdParty', 'primaryResearch', 'verified'],
  'directOrIndirect.csv': ['direct', 'indirect', 'unknown'],
  'securitiesIdentifierSchemes.csv': ['isin', 'figi', 'cusip', 'cins'],
  'unspecifiedReason.csv': [
    'noBeneficialOwners',
    'subjectUnableToConfirmOrIdentifyBeneficialOwner',
    'interestedPartyHasNotProvidedInformation',
    'subjectExemptFromDisclosure',
    'interestedPartyExemptFromDisclosure',
    'unknown',
    'informationUnknownToPublisher',
  ],
  'interestType.csv': [
    'shareholding',
    'votingRights',
    'appointmentOfBoard',
    'otherInfluenceOrControl',
    'seniorManagingOfficial',
    'settlor',
    'trustee',
    'protector',
    'beneficiaryOfLegalArrangement',
    'rightsToSurplusAssetsOnDissolution',
    'rightsToProfitOrIncome',
    'rightsGrantedByContract',
    'conditionalRightsGrantedByContract',
    'controlViaCompanyRulesOrArticles',
    'controlByLegalFramework',
    'boardMember',
    'boardChair',
    'unknownInterest',
    'unpublishedInterest',
    'enjoymentAndUseOfAssets',
    'rightToProfitOrIncomeFromAssets',
    'nominee',
    'nominator',
  ],
} as const satisfies Record<string, readonly string[]>;

export type InterestType = (typeof bodsCodelists)['interestType.csv'][number];
export type SourceType = (typeof bodsCodelists)['sourceType.csv'][number];
export type DirectOrIndirect = (typeof bodsCodelists)['directOrIndirect.csv'][number];
export const PEP_STATUSES = ['isPep', 'isNotPep', 'unknown'] as const;
export type PepStatus = (typeof PEP_STATUSES)[number];

/** The interest types the register keeper's form offers (the common ones of company ownership). */
export const FORM_INTERESTS: readonly InterestType[] = [
  'shareholding',
  'votingRights',
  'appointmentOfBoard',
  'otherInfluenceOrControl',
  'seniorManagingOfficial',
  'rightsToProfitOrIncome',
  'controlByLegalFramework',
];

const regionNames = {
  mn: new Intl.DisplayNames(['mn'], { type: 'region', fallback: 'none' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
};

/** The name of an ISO 3166-1 alpha-2 country in a language; undefined when the code names none. */
export function countryName(code: string, locale: 'mn' | 'en' = 'en'): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = regionNames[locale].of(code);
  return name && name !== code ? name : undefined;
}
