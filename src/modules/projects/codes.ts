/**
 * The codes of the projects register: OC4IDS codelists (projectSector, projectStatus, projectType,
 * documentType, financingPartyType) as the module speaks them, and where IATI 2.03 needs its own
 * codes (DAC 5-digit sectors, LoanRepaymentType, LoanRepaymentPeriod, TransactionType) the one
 * mapping from ours to theirs. Standard codes, not country facts: they stay here, not in the pack.
 */
import type { ProjectsText } from '../../country/projects-pack.ts';

export interface Sector {
  /** OC4IDS projectSector code. */
  code: string;
  name: ProjectsText;
  /** The DAC CRS purpose code IATI's `sector` carries (vocabulary 1). */
  dac: string;
}

/** OC4IDS projectSector (0.9), each with its nearest DAC 5-digit purpose code. */
export const SECTORS: readonly Sector[] = [
  { code: 'education', name: { mn: 'Боловсрол', en: 'Education' }, dac: '11120' },
  { code: 'health', name: { mn: 'Эрүүл мэнд', en: 'Health' }, dac: '12230' },
  { code: 'energy', name: { mn: 'Эрчим хүч', en: 'Energy' }, dac: '23110' },
  { code: 'energy.solar', name: { mn: 'Нарны эрчим хүч', en: 'Solar energy' }, dac: '23230' },
  { code: 'energy.wind', name: { mn: 'Салхины эрчим хүч', en: 'Wind energy' }, dac: '23240' },
  { code: 'energy.hydropower', name: { mn: 'Усан цахилгаан', en: 'Hydropower' }, dac: '23220' },
  { code: 'energy.biomass', name: { mn: 'Биомассын эрчим хүч', en: 'Biomass energy' }, dac: '23270' },
  { code: 'energy.geothermal', name: { mn: 'Газрын гүний дулаан', en: 'Geothermal energy' }, dac: '23250' },
  { code: 'communications', name: { mn: 'Харилцаа холбоо', en: 'Communications' }, dac: '22010' },
  { code: 'waterAndWaste', name: { mn: 'Ус, хог хаягдал', en: 'Water and waste' }, dac: '14020' },
  { code: 'governance', name: { mn: 'Засаглал', en: 'Governance' }, dac: '15110' },
  { code: 'economy', name: { mn: 'Эдийн засаг', en: 'Economy' }, dac: '25010' },
  {
    code: 'cultureSportsAndRecreation',
    name: { mn: 'Соёл, спорт, амралт', en: 'Culture, sports and recreation' },
    dac: '16061',
  },
  { code: 'transport', name: { mn: 'Тээвэр', en: 'Transport' }, dac: '21010' },
  { code: 'transport.air', name: { mn: 'Агаарын тээвэр', en: 'Air transport' }, dac: '21050' },
  { code: 'transport.water', name: { mn: 'Усан тээвэр', en: 'Water transport' }, dac: '21040' },
  { code: 'transport.rail', name: { mn: 'Төмөр замын тээвэр', en: 'Rail transport' }, dac: '21030' },
  { code: 'transport.road', name: { mn: 'Авто замын тээвэр', en: 'Road transport' }, dac: '21020' },
  { code: 'transport.urban', name: { mn: 'Хотын тээвэр', en: 'Urban transport' }, dac: '21020' },
  {
    code: 'transport.lowCarbon',
    name: { mn: 'Бага нүүрстөрөгчийн тээвэр', en: 'Low-carbon transport' },
    dac: '21010',
  },
  { code: 'socialHousing', name: { mn: 'Нийгмийн орон сууц', en: 'Social housing' }, dac: '16040' },
  { code: 'naturalResources', name: { mn: 'Байгалийн нөөц', en: 'Natural resources' }, dac: '41010' },
  {
    code: 'naturalResources.floodProtection',
    name: { mn: 'Үерээс хамгаалах', en: 'Flood protection' },
    dac: '41050',
  },
];

export const sectorByCode: ReadonlyMap<string, Sector> = new Map(SECTORS.map((s) => [s.code, s]));

/** The stages of a project, in OC4IDS projectStatus terms, in order. */
export const STAGES = ['identification', 'preparation', 'implementation', 'completion'] as const;
export type Stage = (typeof STAGES)[number];

/** Where a project stands beside its stage; `cancelled` is OC4IDS's status `cancelled`. */
export const STATUSES = ['active', 'suspended', 'cancelled', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** OC4IDS projectType. */
export const PROJECT_TYPES = [
  'construction',
  'rehabilitation',
  'replacement',
  'expansion',
  'decommissioning',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** What funds a project. */
export const FUNDING_SOURCES = ['budget', 'foreign-loan', 'grant', 'concession', 'ppp'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A project document's kind: OC4IDS documentType codes, and `photo` (OC4IDS `illustration`). */
export const DOCUMENT_KINDS = [
  'feasibilityStudy',
  'physicalProgressReport',
  'financialProgressReport',
  'photo',
  'projectPlan',
  'environmentalImpact',
  'contractSigned',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The OC4IDS documentType of a kind (`other` has none in OC4IDS; it is published without a type). */
export const oc4idsDocumentType = (kind: DocumentKind): string | null =>
  kind === 'photo' ? 'illustration' : kind === 'other' ? null : kind;

/** How a loan is repaid, with IATI's LoanRepaymentType code. */
export const REPAYMENT_METHODS = ['annuity', 'equal-principal', 'lump-sum', 'other'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];
export const iatiRepaymentType: Readonly<Record<RepaymentMethod, string>> = {
  'equal-principal': '1',
  annuity: '2',
  'lump-sum': '3',
  other: '5',
};

/** Payments a year, with IATI's LoanRepaymentPeriod code (1 annual, 2 semi-annual, 4 quarterly, 12 monthly). */
export const PAYMENTS_PER_YEAR = [1, 2, 4, 12] as const;
export const iatiRepaymentPlan = (perYear: number): string => String(perYear);

/** IATI TransactionType codes the register publishes. */
export const IATI_TRANSACTION = {
  incomingCommitment: '11',
  disbursement: '3',
  interestPayment: '5',
  loanRepayment: '6',
} as const;

/** IATI FinanceType: 421 standard loan, 110 standard grant. */
export const iatiFinanceType = (kind: 'loan' | 'grant'): string => (kind === 'loan' ? '421' : '110');

/** The smallest unit of a currency (ISO 4217 minor units: 0 for the yen, 2 for the dollar), from Intl. */
export function minorUnits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
