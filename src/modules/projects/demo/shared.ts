/**
 * What every demo family file shares: the shapes of the demo's projects, loans and people, the
 * lender named by more than one family, and the sentences the records repeat.
 */
import type { ProjectsText } from '../../../country/projects-pack.ts';
import type { DocumentKind, ProjectType, RepaymentMethod, Stage, Status } from '../codes.ts';

export type Text = ProjectsText;
type Position = [number, number];

export interface DemoPlace {
  geometry:
    | { type: 'Point'; coordinates: Position }
    | { type: 'LineString'; coordinates: Position[] }
    | { type: 'Polygon'; coordinates: Position[][] };
  unit: string;
  description: Text;
}

export interface DemoRevision {
  on: string;
  budget?: { amount: string; currency: string };
  plannedStart?: string;
  plannedEnd?: string;
  reason: Text;
  decision?: string;
}

export interface DemoStudy {
  title: Text;
  summary: Text;
  author: string;
  startedOn: string;
  /** Absent: the study is still going on. */
  completedOn?: string;
  cost: { amount: string; currency: string };
  durationMonths?: number;
  benefits: Text;
  economicIrr?: string;
  benefitCostRatio?: string;
}

/** The progress curve: points (quarter end, physical %, financial %) the quarterly reports follow between. */
export interface DemoProgress {
  firstQuarterEnd: string;
  lastQuarterEnd: string;
  points: readonly [string, number, number][];
  physicalBasis: Text;
  financialBasis: Text;
  /** Issues written into the reports ending on these dates. */
  issues?: Readonly<Record<string, Text>>;
}

export interface DemoMilestone {
  title: Text;
  dueOn: string;
  /** Completed in the report of the quarter that contains this date. */
  completedOn?: string;
}

export interface DemoDocument {
  kind: DocumentKind;
  title: Text;
  url: string;
  publishedOn: string;
}

export interface DemoFunding {
  source: 'budget' | 'foreign-loan' | 'grant';
  amount: string;
  currency: string;
  loan?: string;
  description?: Text;
}

export interface DemoProject {
  slug: string;
  organization: string;
  supervising?: string;
  title: Text;
  description: Text;
  sector: string;
  type: ProjectType;
  stage: Stage;
  status: Status;
  budget: { amount: string; currency: string; approvedOn: string };
  plannedStart: string;
  plannedEnd: string;
  actualStart?: string;
  actualEnd?: string;
  unit: string;
  places: readonly DemoPlace[];
  revisions: readonly DemoRevision[];
  studies: readonly DemoStudy[];
  progress?: DemoProgress;
  milestones: readonly DemoMilestone[];
  documents: readonly DemoDocument[];
  funding: readonly DemoFunding[];
  /** Words the loader looks for in the titles of the procurement demo's works, to link a few by OCID. */
  contractSubjects?: readonly string[];
  fictional: boolean;
}

/** A lender of the country pack, by its IATI organisation identifier or (none known) its English name. */
export type DemoLender = { iatiRef: string } | { nameEn: string };

export interface DemoBoardMember {
  person: string;
  role: Text;
  startsOn: string;
  endsOn?: string;
}

export interface DemoLoan {
  slug: string;
  project: string | null;
  organization: string;
  lender: DemoLender;
  kind: 'loan' | 'grant';
  title: Text;
  agreementNumber?: string;
  agreementOn: string;
  effectiveOn?: string;
  closingOn?: string;
  amount: string;
  currency: string;
  concessional: boolean;
  tiedStatus?: 'tied' | 'partially-tied' | 'untied';
  rate: { kind: 'fixed'; percent: number } | { kind: 'variable'; baseName: string; margin: number };
  /** For a variable rate: the base rate of each period (start, end, percent). */
  baseRates?: readonly [string, string, number][];
  maturityMonths: number;
  graceMonths: number;
  method: Exclude<RepaymentMethod, 'other'>;
  paymentsPerYear: 1 | 2 | 4 | 12;
  fees: readonly { kind: 'commitment' | 'front-end' | 'management'; rate: number; note: Text }[];
  conditions: Text;
  /** The drawn share of the amount (%), by date; quarterly disbursements follow between the points. */
  draws: readonly [string, number][];
  board: readonly DemoBoardMember[];
  fictional: boolean;
}

/** Invented people: the board members and reporting officers (their source says so). */
export interface DemoPerson {
  slug: string;
  name: Text;
  organization: string;
  post: Text;
  startsOn: string;
}

/** One loan family: its projects and its loans, each in the order the index lists them. */
export interface DemoFamily {
  projects: readonly DemoProject[];
  loans: readonly DemoLoan[];
}

export const jica: DemoLender = { iatiRef: 'XM-DAC-701-8' };

export const madeUpNote: Text = {
  mn: 'Зээлийн нөхцөл нь нийтлэгдсэн бодит мэдээлэл; төслийн явц, тайлан, санхүүжилтийн олголт нь жишээ өгөгдөл.',
  en: 'The loan terms are the published ones; the progress, reports and disbursements are demo data.',
};

export const roadsPhysical: Text = {
  mn: 'Гэрээнд заасан ажлын тоо хэмжээнээс гүйцэтгэсэн хувь (км, м³)',
  en: 'Share of the contracted quantities of works done (km, m³)',
};
export const budgetFinancial: Text = {
  mn: 'Батлагдсан төсвөөс зарцуулсан хувь',
  en: 'Share of the approved budget spent',
};

/** The roles board members hold in the demo's loans. */
export const boardRoles = {
  chair: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
  member: { mn: 'Удирдах хорооны гишүүн', en: 'Member of the steering committee' },
  secretary: { mn: 'Удирдах хорооны нарийн бичгийн дарга', en: 'Secretary of the steering committee' },
  director: { mn: 'Төслийн захирал', en: 'Project director' },
} as const satisfies Record<string, Text>;
