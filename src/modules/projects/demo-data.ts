/**
 * The projects register's demo data, as data: the loans are real and their terms are the ones
 * published (each cited beside it); everything else — the project records' figures and dates
 * beyond the public facts, the feasibility studies, the quarterly reports, the milestones, the
 * disbursements and repayments, the board members (invented people) — is made up to be plausible,
 * and the four projects whose titles say so are fictional through and through (two of them built to
 * show the disbursement-ahead flag firing and not firing). The loader (`demo.ts`) writes it.
 *
 * The platform's demo exchange rates begin in 2014, so drawings before 2014 are not recorded: the
 * drawn share of the loans signed in 2008 and 2011 counts from 2014.
 */
import type { ProjectsText } from '../../country/projects-pack.ts';
import type { DocumentKind, ProjectType, RepaymentMethod, Stage, Status } from './codes.ts';

type Text = ProjectsText;
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

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    slug: 'demo-o-batbayar',
    name: { mn: 'О. Батбаяр', en: 'O. Batbayar' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Дэд сайд', en: 'Vice Minister' },
    startsOn: '2016-08-01',
  },
  {
    slug: 'demo-e-sarangerel',
    name: { mn: 'Э. Сарангэрэл', en: 'E. Sarangerel' },
    organization: 'ministry-of-finance',
    post: { mn: 'Өрийн удирдлагын газрын дарга', en: 'Director of Debt Management' },
    startsOn: '2014-01-15',
  },
  {
    slug: 'demo-kh-gantulga',
    name: { mn: 'Х. Гантулга', en: 'Kh. Gantulga' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Төсөл хэрэгжүүлэх нэгжийн захирал', en: 'Director of the project implementation unit' },
    startsOn: '2013-03-01',
  },
  {
    slug: 'demo-d-nomin',
    name: { mn: 'Д. Номин', en: 'D. Nomin' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2014-01-02',
  },
  {
    slug: 'demo-ch-bolormaa',
    name: { mn: 'Ч. Болормаа', en: 'Ch. Bolormaa' },
    organization: 'ministry-of-construction-and-urban-development',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2012-02-01',
  },
  {
    slug: 'demo-t-erdenebat',
    name: { mn: 'Т. Эрдэнэбат', en: 'T. Erdenebat' },
    organization: 'ministry-of-construction-and-urban-development',
    post: { mn: 'Дэд сайд', en: 'Vice Minister' },
    startsOn: '2011-09-01',
  },
  {
    slug: 'demo-b-tsolmon',
    name: { mn: 'Б. Цолмон', en: 'B. Tsolmon' },
    organization: 'ministry-of-education-and-science',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2024-09-01',
  },
];

/** Which person reports each project's progress. */
export const REPORTING_OFFICER: Readonly<Record<string, string>> = {
  'new-ulaanbaatar-international-airport': 'demo-d-nomin',
  'western-regional-road-corridor': 'demo-d-nomin',
  'ulaanbaatar-housing-and-infrastructure': 'demo-ch-bolormaa',
  'airport-expressway': 'demo-d-nomin',
  'olgii-school-dormitory': 'demo-b-tsolmon',
  'rural-road-disbursement-ahead': 'demo-d-nomin',
  'rural-road-disbursement-in-step': 'demo-d-nomin',
};

const fictionalNote: Text = {
  mn: 'Энэ бол жишээ өгөгдлийн зохиомол төсөл: бодит төсөл биш.',
  en: 'This is a fictional project of the demo data, not a real one.',
};

const madeUpNote: Text = {
  mn: 'Зээлийн нөхцөл нь нийтлэгдсэн бодит мэдээлэл; төслийн явц, тайлан, санхүүжилтийн олголт нь жишээ өгөгдөл.',
  en: 'The loan terms are the published ones; the progress, reports and disbursements are demo data.',
};

const roadsPhysical: Text = {
  mn: 'Гэрээнд заасан ажлын тоо хэмжээнээс гүйцэтгэсэн хувь (км, м³)',
  en: 'Share of the contracted quantities of works done (km, m³)',
};
const budgetFinancial: Text = {
  mn: 'Батлагдсан төсвөөс зарцуулсан хувь',
  en: 'Share of the approved budget spent',
};

export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    slug: 'new-ulaanbaatar-international-airport',
    organization: 'ministry-of-roads-and-transportation',
    supervising: 'ministry-of-finance',
    title: {
      mn: 'Улаанбаатар хотын шинэ олон улсын нисэх буудал',
      en: 'New Ulaanbaatar International Airport',
    },
    description: {
      mn: `Төв аймгийн Сэргэлэн сумын Хөшигийн хөндийд шинэ олон улсын нисэх буудал барих төсөл: 3600 м хөөрөх зурвас, зорчигчийн терминал, навигацийн систем. Японы Засгийн газрын хөнгөлөлттэй хоёр зээлээр (ЖАЙКА) санхүүжсэн. ${madeUpNote.mn}`,
      en: `A new international airport in the Khushig valley, Sergelen soum, Töv aimag: a 3,600 m runway, the passenger terminal and air navigation systems. Financed by two concessional Japanese ODA loans (JICA). ${madeUpNote.en}`,
    },
    sector: 'transport.air',
    type: 'construction',
    stage: 'completion',
    status: 'closed',
    budget: { amount: '65657000000', currency: 'JPY', approvedOn: '2008-05-01' },
    plannedStart: '2008-06-01',
    plannedEnd: '2021-07-04',
    actualStart: '2013-05-10',
    actualEnd: '2021-07-04',
    unit: '41',
    places: [
      {
        geometry: { type: 'Point', coordinates: [106.8197, 47.6467] },
        unit: '41',
        description: {
          mn: 'Хөшигийн хөндий, Сэргэлэн сум, Төв аймаг',
          en: 'Khushig valley, Sergelen soum, Töv aimag',
        },
      },
    ],
    revisions: [
      {
        on: '2008-05-01',
        budget: { amount: '28807000000', currency: 'JPY' },
        plannedStart: '2008-06-01',
        plannedEnd: '2013-12-31',
        reason: {
          mn: 'ЖАЙКА-гийн эхний зээлийн гэрээтэй хамт батлагдсан төлөвлөгөө',
          en: 'The plan approved with the first JICA loan agreement',
        },
      },
      {
        on: '2015-04-16',
        budget: { amount: '65657000000', currency: 'JPY' },
        plannedEnd: '2017-06-30',
        reason: {
          mn: 'Ажлыг дуусгахад ЖАЙКА-гийн хоёр дахь зээл (36 850 сая иен) нэмэгдсэн',
          en: 'A second JICA loan (¥36,850 million) added to complete the works',
        },
      },
      {
        on: '2019-12-20',
        plannedEnd: '2021-07-04',
        reason: {
          mn: 'Ашиглалтын гэрээ байгуулах, дараа нь цар тахлын хязгаарлалтын улмаас нээлт хойшилсон',
          en: 'Opening postponed until the operating arrangements were settled, then by the pandemic restrictions',
        },
      },
    ],
    studies: [
      {
        title: {
          mn: 'Шинэ олон улсын нисэх буудлын техник-эдийн засгийн үндэслэл',
          en: 'Feasibility study for the new international airport',
        },
        summary: {
          mn: 'Одоогийн нисэх буудлын байршлын хязгаарлалт (уулархаг орчин, салхины чиглэл), зорчигчийн урсгалын таамаг, шинэ байршлын сонголтыг судалсан.',
          en: 'Studied the limits of the existing airport’s site (mountains, prevailing winds), the traffic forecast, and the choice of a new site.',
        },
        author: 'JICA study team (demo)',
        startedOn: '2006-09-01',
        completedOn: '2007-11-30',
        cost: { amount: '50000000000', currency: 'JPY' },
        durationMonths: 66,
        benefits: {
          mn: 'Цаг агаарын нөхцөлөөс үл хамааран 24 цагийн нислэг, жилд 3 сая хүртэл зорчигч.',
          en: 'Flights round the clock whatever the weather, and up to 3 million passengers a year.',
        },
        economicIrr: '11.80',
        benefitCostRatio: '1.450',
      },
    ],
    progress: {
      firstQuarterEnd: '2014-03-31',
      lastQuarterEnd: '2021-09-30',
      points: [
        ['2014-03-31', 12, 10],
        ['2015-12-31', 38, 33],
        ['2017-06-30', 80, 72],
        ['2019-12-31', 97, 93],
        ['2021-09-30', 100, 100],
      ],
      physicalBasis: {
        mn: 'Гүйцэтгэгчийн гэрээний ажлын жагсаалт (BOQ)-аас гүйцэтгэсэн хувь',
        en: 'Share of the contractor’s bill of quantities done',
      },
      financialBasis: {
        mn: 'Хоёр зээлийн нийт дүнгээс зарцуулсан хувь',
        en: 'Share of the two loans’ total spent',
      },
      issues: {
        '2019-12-31': {
          mn: 'Ашиглалтын компанийн асуудал шийдэгдээгүй тул нээлт хойшилсон.',
          en: 'Opening delayed: the operating company was not settled.',
        },
      },
    },
    milestones: [
      {
        title: { mn: 'Хөөрөх зурвас дууссан', en: 'Runway completed' },
        dueOn: '2016-09-30',
        completedOn: '2016-12-31',
      },
      {
        title: { mn: 'Терминалын барилга дууссан', en: 'Terminal building completed' },
        dueOn: '2017-06-30',
        completedOn: '2018-06-30',
      },
      {
        title: { mn: 'Олон улсын нислэг эхэлсэн', en: 'International flights began' },
        dueOn: '2021-07-04',
        completedOn: '2021-07-04',
      },
    ],
    documents: [
      {
        kind: 'other',
        title: {
          mn: 'Японы ГХЯ: 28 807 сая иений зээлийн мэдээ (2008)',
          en: 'MOFA Japan: the ¥28,807 million loan (2008)',
        },
        url: 'https://www.mofa.go.jp/announce/announce/2008/3/1178654_990.html',
        publishedOn: '2008-03-03',
      },
      {
        kind: 'other',
        title: {
          mn: 'ЖАЙКА: зээлийн гэрээ байгуулсан тухай (2008)',
          en: 'JICA: loan agreement signed (2008)',
        },
        url: 'https://www.jica.go.jp/english/news/jbic_archive/autocontents/english/news/2008/000054/index.html',
        publishedOn: '2008-05-01',
      },
      {
        kind: 'other',
        title: {
          mn: 'Японы ГХЯ: 36 850 сая иений хоёр дахь зээл (2015)',
          en: 'MOFA Japan: the second loan of ¥36,850 million (2015)',
        },
        url: 'https://www.mofa.go.jp/mofaj/press/release/press4_002036.html',
        publishedOn: '2015-04-16',
      },
    ],
    funding: [
      { source: 'foreign-loan', amount: '28807000000', currency: 'JPY', loan: 'jica-airport-1' },
      { source: 'foreign-loan', amount: '36850000000', currency: 'JPY', loan: 'jica-airport-2' },
    ],
    fictional: false,
  },
  {
    slug: 'western-regional-road-corridor',
    organization: 'ministry-of-roads-and-transportation',
    supervising: 'ministry-of-finance',
    title: {
      mn: 'Баруун бүсийн авто замын коридор',
      en: 'Western Regional Road Corridor',
    },
    description: {
      mn: `Цагааннуур – Өлгий – Ховд – Булган чиглэлийн хатуу хучилттай авто зам: Орос, Хятадын хилийн боомтуудыг холбоно. Азийн хөгжлийн банкны хоёр зээлээр (2011, 2014) санхүүжсэн. ${madeUpNote.mn}`,
      en: `A paved road Tsagaannuur – Ölgii – Khovd – Bulgan linking the border crossings with Russia and China. Financed by two Asian Development Bank loans (2011 and 2014). ${madeUpNote.en}`,
    },
    sector: 'transport.road',
    type: 'construction',
    stage: 'implementation',
    status: 'active',
    budget: { amount: '318000000.00', currency: 'USD', approvedOn: '2011-12-15' },
    plannedStart: '2012-03-01',
    plannedEnd: '2027-06-30',
    actualStart: '2012-06-01',
    unit: '84',
    places: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [89.77, 49.52],
            [89.96, 48.97],
          ],
        },
        unit: '83',
        description: { mn: 'Цагааннуур – Өлгий хэсэг', en: 'Tsagaannuur – Ölgii section' },
      },
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [89.96, 48.97],
            [90.9, 48.45],
            [91.64, 48.0],
            [91.6, 47.2],
            [91.55, 46.1],
          ],
        },
        unit: '84',
        description: { mn: 'Өлгий – Ховд – Булган хэсэг', en: 'Ölgii – Khovd – Bulgan section' },
      },
    ],
    revisions: [
      {
        on: '2011-12-15',
        budget: { amount: '190000000.00', currency: 'USD' },
        plannedStart: '2012-03-01',
        plannedEnd: '2017-12-31',
        reason: {
          mn: 'АХБ-ны эхний зээлийн гэрээтэй хамт батлагдсан төлөвлөгөө',
          en: 'The plan approved with the first ADB loan agreement',
        },
      },
      {
        on: '2014-06-20',
        budget: { amount: '318000000.00', currency: 'USD' },
        plannedEnd: '2020-12-31',
        reason: {
          mn: 'Хоёр дахь үе шат (Ховд – Булган) АХБ-ны 125 сая ам.долларын зээлээр нэмэгдсэн',
          en: 'Phase 2 (Khovd – Bulgan) added with ADB’s $125 million loan',
        },
      },
      {
        on: '2021-03-01',
        plannedEnd: '2027-06-30',
        reason: {
          mn: 'Уулын хэсгийн гүүр, хоолойн ажил нэмэгдэж, цар тахлын үед ажил зогссон',
          en: 'More bridges and culverts in the mountain section, and works stopped during the pandemic',
        },
      },
    ],
    studies: [
      {
        title: {
          mn: 'Баруун бүсийн авто замын коридорын ТЭЗҮ',
          en: 'Feasibility study of the western regional road corridor',
        },
        summary: {
          mn: 'Замын чиглэл, хөдөлгөөний эрчим, хилийн худалдааны таамаг, байгаль орчны нөлөөллийн үнэлгээ.',
          en: 'Alignment, traffic counts, the forecast of cross-border trade, and the environmental assessment.',
        },
        author: 'Consultants of ADB’s project preparatory technical assistance (demo)',
        startedOn: '2010-03-01',
        completedOn: '2011-06-30',
        cost: { amount: '290000000.00', currency: 'USD' },
        durationMonths: 72,
        benefits: {
          mn: 'Аялалын хугацаа хоёр дахин богиносож, хилийн худалдаа нэмэгдэнэ.',
          en: 'Travel times halved and more cross-border trade.',
        },
        economicIrr: '14.20',
        benefitCostRatio: '1.600',
      },
      {
        title: {
          mn: 'Булган – Ярант хилийн боомт хүртэлх хэсгийн урьдчилсан судалгаа',
          en: 'Pre-feasibility study of the Bulgan – Yarant border crossing section',
        },
        summary: {
          mn: 'Булгангаас Ярантын боомт хүртэлх замын хувилбаруудыг судалж байна (үргэлжилж буй).',
          en: 'Studying the options for the road from Bulgan to the Yarant crossing (ongoing).',
        },
        author: 'Road Research Institute (demo)',
        startedOn: '2026-04-01',
        cost: { amount: '42000000.00', currency: 'USD' },
        durationMonths: 30,
        benefits: {
          mn: 'Ярантын боомт жилийн турш ажиллах боломж.',
          en: 'The Yarant crossing open all year.',
        },
      },
    ],
    progress: {
      firstQuarterEnd: '2014-03-31',
      lastQuarterEnd: '2026-09-30',
      points: [
        ['2014-03-31', 10, 8],
        ['2016-12-31', 35, 30],
        ['2018-12-31', 55, 50],
        ['2020-06-30', 63, 58],
        ['2022-12-31', 82, 77],
        ['2026-09-30', 94, 89],
      ],
      physicalBasis: roadsPhysical,
      financialBasis: budgetFinancial,
      issues: {
        '2020-06-30': {
          mn: 'Цар тахлын хязгаарлалтаар ажилчид, материал хилээр орж чадаагүй.',
          en: 'Pandemic restrictions kept workers and materials at the border.',
        },
        '2026-09-30': {
          mn: 'Булган орчмын 12 км хэсэгт гүүрийн ажил хоцорч байна.',
          en: 'Bridge works behind on a 12 km stretch near Bulgan.',
        },
      },
    },
    milestones: [
      {
        title: { mn: 'Цагааннуур – Өлгий хэсэг ашиглалтад орсон', en: 'Tsagaannuur – Ölgii section opened' },
        dueOn: '2016-10-31',
        completedOn: '2017-09-30',
      },
      {
        title: { mn: 'Өлгий – Ховд хэсэг ашиглалтад орсон', en: 'Ölgii – Khovd section opened' },
        dueOn: '2019-10-31',
        completedOn: '2020-09-30',
      },
      {
        title: { mn: 'Ховд – Булган хэсэг ашиглалтад орох', en: 'Khovd – Bulgan section to open' },
        dueOn: '2027-06-30',
      },
    ],
    documents: [
      {
        kind: 'other',
        title: {
          mn: 'People’s Daily: АХБ-ны 170 сая ам.долларын зээл (2011)',
          en: 'People’s Daily: ADB’s $170 million loan (2011)',
        },
        url: 'http://en.people.cn/90777/7663493.html',
        publishedOn: '2011-12-15',
      },
      {
        kind: 'other',
        title: {
          mn: 'Mongolia Economy: АХБ-ны 125 сая ам.долларын зээл (2014)',
          en: 'Mongolia Economy: ADB’s $125 million loan (2014)',
        },
        url: 'http://mongoliaeconomy.blogspot.com/2014/06/mongolia-signs-on-for-125-million-usd.html',
        publishedOn: '2014-06-20',
      },
    ],
    funding: [
      { source: 'foreign-loan', amount: '170000000.00', currency: 'USD', loan: 'adb-western-road-2011' },
      { source: 'foreign-loan', amount: '125000000.00', currency: 'USD', loan: 'adb-western-road-2014' },
      {
        source: 'budget',
        amount: '23000000.00',
        currency: 'USD',
        description: {
          mn: 'Засгийн газрын хамтын санхүүжилт (газар чөлөөлөлт, татвар)',
          en: 'The government’s counterpart funds (land acquisition, taxes)',
        },
      },
    ],
    contractSubjects: ['авто замын засвар', 'гүүрийн засвар'],
    fictional: false,
  },
  {
    slug: 'ulaanbaatar-housing-and-infrastructure',
    organization: 'ministry-of-construction-and-urban-development',
    supervising: 'ministry-of-finance',
    title: {
      mn: 'Улаанбаатар хотын орон сууц, дэд бүтэц',
      en: 'Ulaanbaatar Housing and Infrastructure',
    },
    description: {
      mn: `Улаанбаатар хотын зүүн хэсэгт орон сууцны хороолол, түүний дулаан, цахилгаан, ус хангамжийн шугам сүлжээ барих төсөл. Хятадын Экспорт-импортын банкны хөнгөлөлттэй зээлээр санхүүжсэн. ${madeUpNote.mn}`,
      en: `Apartment blocks in the east of Ulaanbaatar with their heating, power and water networks. Financed by a preferential credit of the Export-Import Bank of China. ${madeUpNote.en}`,
    },
    sector: 'socialHousing',
    type: 'construction',
    stage: 'completion',
    status: 'closed',
    budget: { amount: '99900000.00', currency: 'USD', approvedOn: '2011-06-13' },
    plannedStart: '2011-09-01',
    plannedEnd: '2017-12-31',
    actualStart: '2012-04-01',
    actualEnd: '2017-10-31',
    unit: '11',
    places: [
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [106.955, 47.912],
              [106.985, 47.912],
              [106.985, 47.928],
              [106.955, 47.928],
              [106.955, 47.912],
            ],
          ],
        },
        unit: '11',
        description: { mn: 'Улаанбаатар, зүүн хэсэг', en: 'Ulaanbaatar, east' },
      },
    ],
    revisions: [
      {
        on: '2011-06-13',
        budget: { amount: '99900000.00', currency: 'USD' },
        plannedStart: '2011-09-01',
        plannedEnd: '2015-12-31',
        reason: {
          mn: 'Зээлийн гэрээтэй хамт батлагдсан төлөвлөгөө',
          en: 'The plan approved with the loan agreement',
        },
      },
      {
        on: '2015-11-10',
        plannedEnd: '2017-12-31',
        reason: {
          mn: 'Дулаан, инженерийн шугам сүлжээний холболт хойшилсон',
          en: 'Connections to the heating and engineering networks delayed',
        },
      },
    ],
    studies: [
      {
        title: { mn: 'Орон сууцны хорооллын ТЭЗҮ', en: 'Feasibility study of the housing district' },
        summary: {
          mn: 'Орон сууцны эрэлт, газрын сонголт, инженерийн шугам сүлжээний хүчин чадал.',
          en: 'Housing demand, the choice of land, and the capacity of the engineering networks.',
        },
        author: 'Ministry of Construction and Urban Development (demo)',
        startedOn: '2010-05-01',
        completedOn: '2011-02-28',
        cost: { amount: '104000000.00', currency: 'USD' },
        durationMonths: 48,
        benefits: {
          mn: 'Гэр хорооллын 2500 өрх орон сууцтай болно.',
          en: 'Homes for 2,500 households of the ger districts.',
        },
      },
    ],
    progress: {
      firstQuarterEnd: '2014-03-31',
      lastQuarterEnd: '2017-12-31',
      points: [
        ['2014-03-31', 35, 30],
        ['2016-06-30', 78, 70],
        ['2017-12-31', 100, 100],
      ],
      physicalBasis: {
        mn: 'Барилга, шугам сүлжээний ажлын төлөвлөгөөнөөс гүйцэтгэсэн хувь',
        en: 'Share of the planned building and network works done',
      },
      financialBasis: budgetFinancial,
    },
    milestones: [
      {
        title: { mn: 'Эхний ээлжийн байрууд ашиглалтад орсон', en: 'First blocks handed over' },
        dueOn: '2014-12-31',
        completedOn: '2015-06-30',
      },
      {
        title: { mn: 'Дулааны шугам холбогдсон', en: 'Heating network connected' },
        dueOn: '2015-10-31',
        completedOn: '2017-03-31',
      },
    ],
    documents: [
      {
        kind: 'other',
        title: { mn: 'AidData: зээлийн нөхцөл', en: 'AidData: the loan’s terms' },
        url: 'https://china.aiddata.org/projects/66085',
        publishedOn: '2011-06-13',
      },
    ],
    funding: [{ source: 'foreign-loan', amount: '99900000.00', currency: 'USD', loan: 'exim-housing-2011' }],
    fictional: false,
  },
  {
    slug: 'airport-expressway',
    organization: 'ministry-of-roads-and-transportation',
    supervising: 'ministry-of-finance',
    title: {
      mn: 'Улаанбаатар – шинэ нисэх буудлын хурдны зам',
      en: 'Ulaanbaatar – New Airport Expressway',
    },
    description: {
      mn: `Улаанбаатар хотоос Хөшигийн хөндийн шинэ нисэх буудал хүртэлх хурдны зам. Хятадын Экспорт-импортын банкны 1 тэрбум ам.долларын хөнгөлөлттэй зээлийн хүрээний дэд зээлээр санхүүжсэн. ${madeUpNote.mn}`,
      en: `The expressway from Ulaanbaatar to the new airport in the Khushig valley. Financed by a sub-loan under the Export-Import Bank of China’s $1 billion preferential buyer’s credit. ${madeUpNote.en}`,
    },
    sector: 'transport.road',
    type: 'construction',
    stage: 'completion',
    status: 'closed',
    budget: { amount: '140300000.00', currency: 'USD', approvedOn: '2016-07-14' },
    plannedStart: '2016-10-01',
    plannedEnd: '2019-10-31',
    actualStart: '2017-03-15',
    actualEnd: '2019-12-20',
    unit: '41',
    places: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [106.905, 47.885],
            [106.85, 47.8],
            [106.83, 47.7],
            [106.8197, 47.6467],
          ],
        },
        unit: '41',
        description: { mn: 'Улаанбаатар – Хөшигийн хөндий', en: 'Ulaanbaatar – Khushig valley' },
      },
    ],
    revisions: [
      {
        on: '2016-07-14',
        budget: { amount: '140300000.00', currency: 'USD' },
        plannedStart: '2016-10-01',
        plannedEnd: '2019-10-31',
        reason: {
          mn: 'Дэд зээлийн гэрээтэй хамт батлагдсан төлөвлөгөө',
          en: 'The plan approved with the sub-loan agreement',
        },
      },
    ],
    studies: [
      {
        title: { mn: 'Хурдны замын ТЭЗҮ', en: 'Feasibility study of the expressway' },
        summary: {
          mn: 'Хөдөлгөөний таамаг, замын чиглэл, уулзваруудын шийдэл.',
          en: 'Traffic forecast, alignment and interchanges.',
        },
        author: 'Road Research Institute (demo)',
        startedOn: '2015-03-01',
        completedOn: '2015-12-15',
        cost: { amount: '138000000.00', currency: 'USD' },
        durationMonths: 36,
        benefits: {
          mn: 'Нисэх буудал хүрэх хугацаа 30 минут болно.',
          en: 'The airport within 30 minutes of the city.',
        },
      },
    ],
    progress: {
      firstQuarterEnd: '2017-03-31',
      lastQuarterEnd: '2019-12-31',
      points: [
        ['2017-03-31', 4, 6],
        ['2018-06-30', 52, 50],
        ['2019-12-31', 100, 100],
      ],
      physicalBasis: roadsPhysical,
      financialBasis: budgetFinancial,
    },
    milestones: [
      {
        title: { mn: 'Хурдны зам ашиглалтад орсон', en: 'Expressway opened' },
        dueOn: '2019-10-31',
        completedOn: '2019-12-20',
      },
    ],
    documents: [
      {
        kind: 'other',
        title: { mn: 'AidData: дэд зээлийн нөхцөл', en: 'AidData: the sub-loan’s terms' },
        url: 'https://china.aiddata.org/projects/97779',
        publishedOn: '2016-07-14',
      },
    ],
    funding: [
      { source: 'foreign-loan', amount: '140300000.00', currency: 'USD', loan: 'exim-expressway-2016' },
    ],
    fictional: false,
  },
  {
    slug: 'olgii-school-dormitory',
    organization: 'ministry-of-education-and-science',
    title: {
      mn: '(Зохиомол) Өлгий сумын сургуулийн дотуур байр',
      en: '(Fictional) School dormitory in Ölgii',
    },
    description: {
      mn: `Өлгий сумын ерөнхий боловсролын сургуулийн 150 ортой дотуур байр, улсын төсвийн хөрөнгөөр. ${fictionalNote.mn}`,
      en: `A 150-bed dormitory for a secondary school in Ölgii, paid from the state budget. ${fictionalNote.en}`,
    },
    sector: 'education',
    type: 'construction',
    stage: 'implementation',
    status: 'active',
    budget: { amount: '4850000000.00', currency: 'MNT', approvedOn: '2024-12-20' },
    plannedStart: '2025-04-01',
    plannedEnd: '2026-12-31',
    actualStart: '2025-05-05',
    unit: '83',
    places: [
      {
        geometry: { type: 'Point', coordinates: [89.9625, 48.9683] },
        unit: '83',
        description: { mn: 'Өлгий сум, Баян-Өлгий', en: 'Ölgii, Bayan-Ölgii' },
      },
    ],
    revisions: [
      {
        on: '2024-12-20',
        budget: { amount: '4850000000.00', currency: 'MNT' },
        plannedStart: '2025-04-01',
        plannedEnd: '2026-12-31',
        reason: {
          mn: '2025 оны улсын төсвийн хөрөнгө оруулалтын жагсаалтад батлагдсан',
          en: 'Approved in the 2025 budget’s list of investments',
        },
      },
    ],
    studies: [],
    progress: {
      firstQuarterEnd: '2025-06-30',
      lastQuarterEnd: '2026-09-30',
      points: [
        ['2025-06-30', 10, 12],
        ['2026-09-30', 64, 60],
      ],
      physicalBasis: {
        mn: 'Барилгын ажлын төсвөөс гүйцэтгэсэн хувь',
        en: 'Share of the construction estimate done',
      },
      financialBasis: budgetFinancial,
    },
    milestones: [
      {
        title: { mn: 'Суурь, каркас дууссан', en: 'Foundations and frame completed' },
        dueOn: '2025-10-31',
        completedOn: '2025-09-30',
      },
      {
        title: { mn: 'Ашиглалтад хүлээлгэн өгөх', en: 'Handover' },
        dueOn: '2026-12-31',
      },
    ],
    documents: [],
    funding: [
      {
        source: 'budget',
        amount: '4850000000.00',
        currency: 'MNT',
        description: {
          mn: 'Улсын төсвийн хөрөнгө оруулалт (зохиомол)',
          en: 'State budget investment (fictional)',
        },
      },
    ],
    contractSubjects: ['сургуулийн барилгын их засвар'],
    fictional: true,
  },
  {
    slug: 'rural-road-disbursement-ahead',
    organization: 'ministry-of-roads-and-transportation',
    title: {
      mn: '(Зохиомол) Хөдөөгийн зам: олголт ажлаасаа түрүүлсэн жишээ',
      en: '(Fictional) Rural road: disbursement ahead of the works',
    },
    description: {
      mn: `Зээлийн 80% олгогдсон атал ажлын 20% л гүйцэтгэгдсэн төслийн жишээ: «олголт биет гүйцэтгэлээс түрүүлсэн» дохио энд гарна. ${fictionalNote.mn}`,
      en: `A project with 80% of its loan drawn and 20% of the works done, built to show the flag “disbursement ahead of physical progress”. ${fictionalNote.en}`,
    },
    sector: 'transport.road',
    type: 'rehabilitation',
    stage: 'implementation',
    status: 'active',
    budget: { amount: '20000000.00', currency: 'USD', approvedOn: '2024-11-01' },
    plannedStart: '2025-01-01',
    plannedEnd: '2027-12-31',
    actualStart: '2025-02-01',
    unit: '41',
    places: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [105.9, 47.5],
            [106.05, 47.46],
            [106.2, 47.44],
          ],
        },
        unit: '41',
        description: { mn: 'Төв аймаг (зохиомол чиглэл)', en: 'Töv aimag (a fictional route)' },
      },
    ],
    revisions: [
      {
        on: '2024-11-01',
        budget: { amount: '20000000.00', currency: 'USD' },
        plannedStart: '2025-01-01',
        plannedEnd: '2027-12-31',
        reason: { mn: 'Батлагдсан төлөвлөгөө (зохиомол)', en: 'The approved plan (fictional)' },
      },
    ],
    studies: [],
    progress: {
      firstQuarterEnd: '2025-03-31',
      lastQuarterEnd: '2026-09-30',
      points: [
        ['2025-03-31', 3, 20],
        ['2026-09-30', 20, 80],
      ],
      physicalBasis: roadsPhysical,
      financialBasis: budgetFinancial,
      issues: {
        '2026-09-30': {
          mn: 'Урьдчилгаа төлбөр их, ажил удаан (зохиомол).',
          en: 'Large advance payments, slow works (fictional).',
        },
      },
    },
    milestones: [
      { title: { mn: 'Далан, суурь дууссан', en: 'Embankment and base completed' }, dueOn: '2026-06-30' },
    ],
    documents: [],
    funding: [
      {
        source: 'foreign-loan',
        amount: '20000000.00',
        currency: 'USD',
        loan: 'demo-loan-disbursement-ahead',
      },
    ],
    contractSubjects: ['авто замын засвар'],
    fictional: true,
  },
  {
    slug: 'rural-road-disbursement-in-step',
    organization: 'ministry-of-roads-and-transportation',
    title: {
      mn: '(Зохиомол) Хөдөөгийн зам: олголт ажилтайгаа зэрэгцсэн жишээ',
      en: '(Fictional) Rural road: disbursement in step with the works',
    },
    description: {
      mn: `Зээлийн олголт ажлын гүйцэтгэлтэй зэрэгцэн явж буй төслийн жишээ: «олголт түрүүлсэн» дохио энд гарахгүй. ${fictionalNote.mn}`,
      en: `A project whose loan is drawn in step with the works, built so that the flag “disbursement ahead of physical progress” does not fire. ${fictionalNote.en}`,
    },
    sector: 'transport.road',
    type: 'rehabilitation',
    stage: 'implementation',
    status: 'active',
    budget: { amount: '15000000.00', currency: 'USD', approvedOn: '2024-11-01' },
    plannedStart: '2025-01-01',
    plannedEnd: '2027-06-30',
    actualStart: '2025-02-15',
    unit: '41',
    places: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [107.3, 47.9],
            [107.45, 47.95],
            [107.6, 47.98],
          ],
        },
        unit: '41',
        description: { mn: 'Төв аймаг (зохиомол чиглэл)', en: 'Töv aimag (a fictional route)' },
      },
    ],
    revisions: [
      {
        on: '2024-11-01',
        budget: { amount: '15000000.00', currency: 'USD' },
        plannedStart: '2025-01-01',
        plannedEnd: '2027-06-30',
        reason: { mn: 'Батлагдсан төлөвлөгөө (зохиомол)', en: 'The approved plan (fictional)' },
      },
    ],
    studies: [],
    progress: {
      firstQuarterEnd: '2025-03-31',
      lastQuarterEnd: '2026-09-30',
      points: [
        ['2025-03-31', 4, 5],
        ['2026-09-30', 42, 45],
      ],
      physicalBasis: roadsPhysical,
      financialBasis: budgetFinancial,
    },
    milestones: [
      {
        title: { mn: 'Эхний 20 км хучилт дууссан', en: 'First 20 km paved' },
        dueOn: '2026-09-30',
        completedOn: '2026-09-30',
      },
    ],
    documents: [],
    funding: [
      {
        source: 'foreign-loan',
        amount: '15000000.00',
        currency: 'USD',
        loan: 'demo-loan-disbursement-in-step',
      },
    ],
    contractSubjects: ['гүүрийн засвар'],
    fictional: true,
  },
];

/** The shares the two flag examples are built to show (percent), read by the test. */
export const FLAG_EXAMPLES = {
  ahead: { project: 'rural-road-disbursement-ahead', drawn: 80, physical: 20 },
  inStep: { project: 'rural-road-disbursement-in-step', drawn: 45, physical: 42 },
} as const;

const jica: DemoLender = { iatiRef: 'XM-DAC-701-8' };
const adb: DemoLender = { iatiRef: 'XM-DAC-46004' };
const ida: DemoLender = { iatiRef: 'XM-DAC-44002' };
const chinaExim: DemoLender = { nameEn: 'Export-Import Bank of China' };

const jicaConditions: Text = {
  mn: 'Японы нөхцөлтэй (STEP): гол гүйцэтгэгч нь Японы компани байна. Худалдан авалт ЖАЙКА-гийн зээлийн журмаар.',
  en: 'Tied to Japan (STEP): the prime contractor is a Japanese firm. Procurement under JICA’s guidelines for ODA loans.',
};

/**
 * The loans. Terms are the published ones (source beside each); where a source is silent the
 * comment says what the demo assumed. Drawings are the demo's.
 */
export const DEMO_LOANS: readonly DemoLoan[] = [
  // MOFA Japan, 3 Mar 2008 (https://www.mofa.go.jp/announce/announce/2008/3/1178654_990.html) and
  // JICA, 1 May 2008 (https://www.jica.go.jp/english/news/jbic_archive/autocontents/english/news/2008/000054/index.html):
  // ¥28,807 million, 0.20 % a year (0.01 % on the consulting portion), 40 years including 10 of
  // grace, tied (STEP). Half-yearly equal principal is JICA's practice (assumed).
  {
    slug: 'jica-airport-1',
    project: 'new-ulaanbaatar-international-airport',
    organization: 'ministry-of-finance',
    lender: jica,
    kind: 'loan',
    title: {
      mn: 'Шинэ олон улсын нисэх буудлын зээл (I)',
      en: 'New Ulaanbaatar International Airport Construction Project loan (I)',
    },
    agreementOn: '2008-05-01',
    closingOn: '2018-06-30',
    amount: '28807000000',
    currency: 'JPY',
    concessional: true,
    tiedStatus: 'tied',
    rate: { kind: 'fixed', percent: 0.2 },
    maturityMonths: 480,
    graceMonths: 120,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: {
      mn: `${jicaConditions.mn} Зөвлөх үйлчилгээний хэсгийн хүү жилийн 0.01%.`,
      en: `${jicaConditions.en} The consulting services portion bears 0.01% a year.`,
    },
    draws: [
      ['2014-03-31', 3],
      ['2015-12-31', 48],
      ['2017-06-30', 90],
      ['2018-06-30', 99.2],
    ],
    board: [
      {
        person: 'demo-o-batbayar',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2016-08-01',
      },
      {
        person: 'demo-e-sarangerel',
        role: { mn: 'Удирдах хорооны гишүүн', en: 'Member of the steering committee' },
        startsOn: '2014-01-15',
      },
      {
        person: 'demo-kh-gantulga',
        role: { mn: 'Удирдах хорооны нарийн бичгийн дарга', en: 'Secretary of the steering committee' },
        startsOn: '2013-03-01',
      },
    ],
    fictional: false,
  },
  // MOFA Japan, 16 Apr 2015 (https://www.mofa.go.jp/mofaj/press/release/press4_002036.html):
  // ¥36,850 million, 0.10 %, 40 years including 10 of grace, tied.
  {
    slug: 'jica-airport-2',
    project: 'new-ulaanbaatar-international-airport',
    organization: 'ministry-of-finance',
    lender: jica,
    kind: 'loan',
    title: {
      mn: 'Шинэ олон улсын нисэх буудлын зээл (II)',
      en: 'New Ulaanbaatar International Airport Construction Project loan (II)',
    },
    agreementOn: '2015-04-16',
    closingOn: '2021-12-31',
    amount: '36850000000',
    currency: 'JPY',
    concessional: true,
    tiedStatus: 'tied',
    rate: { kind: 'fixed', percent: 0.1 },
    maturityMonths: 480,
    graceMonths: 120,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: jicaConditions,
    draws: [
      ['2015-09-30', 2],
      ['2017-06-30', 40],
      ['2019-12-31', 86],
      ['2021-06-30', 96.5],
    ],
    board: [
      {
        person: 'demo-o-batbayar',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2016-08-01',
      },
      {
        person: 'demo-e-sarangerel',
        role: { mn: 'Удирдах хорооны гишүүн', en: 'Member of the steering committee' },
        startsOn: '2015-04-16',
      },
    ],
    fictional: false,
  },
  // People's Daily, Dec 2011 (http://en.people.cn/90777/7663493.html): $170 million, 32 years, 1 %.
  // The source gives no grace: the demo takes the 8 years of ADB's concessional (ADF) terms of the time.
  {
    slug: 'adb-western-road-2011',
    project: 'western-regional-road-corridor',
    organization: 'ministry-of-finance',
    lender: adb,
    kind: 'loan',
    title: {
      mn: 'Баруун бүсийн авто замын коридорын зээл (2011)',
      en: 'Western Regional Road Corridor Investment Program loan (2011)',
    },
    agreementOn: '2011-12-15',
    effectiveOn: '2012-03-01',
    closingOn: '2020-12-31',
    amount: '170000000.00',
    currency: 'USD',
    concessional: true,
    tiedStatus: 'untied',
    rate: { kind: 'fixed', percent: 1 },
    maturityMonths: 384,
    graceMonths: 96,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: {
      mn: 'Худалдан авалт АХБ-ны журмаар, олон улсын нээлттэй тендер. Газар чөлөөлөлтийн зардлыг Засгийн газар хариуцна.',
      en: 'Procurement under ADB’s guidelines, by international competitive bidding. The government bears the cost of land acquisition.',
    },
    draws: [
      ['2014-03-31', 12],
      ['2016-12-31', 55],
      ['2018-12-31', 86],
      ['2020-12-31', 100],
    ],
    board: [
      {
        person: 'demo-o-batbayar',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2016-08-01',
      },
      {
        person: 'demo-kh-gantulga',
        role: { mn: 'Төслийн захирал', en: 'Project director' },
        startsOn: '2013-03-01',
      },
    ],
    fictional: false,
  },
  // Mongolia Economy, Jun 2014 (http://mongoliaeconomy.blogspot.com/2014/06/mongolia-signs-on-for-125-million-usd.html):
  // $125 million, 15 years, 5 of grace (as reported). The rate is not in the source: the demo takes
  // a floating rate (six-month USD LIBOR, SOFR-based after 2023, plus a 0.50 % spread) with
  // plausible base rates by half-year.
  {
    slug: 'adb-western-road-2014',
    project: 'western-regional-road-corridor',
    organization: 'ministry-of-finance',
    lender: adb,
    kind: 'loan',
    title: {
      mn: 'Баруун бүсийн авто замын коридорын зээл, II үе шат (2014)',
      en: 'Western Regional Road Corridor Investment Program loan, phase 2 (2014)',
    },
    agreementOn: '2014-06-20',
    effectiveOn: '2014-09-01',
    closingOn: '2027-06-30',
    amount: '125000000.00',
    currency: 'USD',
    concessional: false,
    tiedStatus: 'untied',
    rate: { kind: 'variable', baseName: '6-month USD LIBOR / Term SOFR', margin: 0.5 },
    baseRates: [
      ['2014-09-01', '2015-03-01', 0.33],
      ['2015-03-01', '2015-09-01', 0.4],
      ['2015-09-01', '2016-03-01', 0.6],
      ['2016-03-01', '2016-09-01', 0.9],
      ['2016-09-01', '2017-03-01', 1.3],
      ['2017-03-01', '2017-09-01', 1.45],
      ['2017-09-01', '2018-03-01', 1.8],
      ['2018-03-01', '2018-09-01', 2.5],
      ['2018-09-01', '2019-03-01', 2.85],
      ['2019-03-01', '2019-09-01', 2.4],
      ['2019-09-01', '2020-03-01', 1.9],
      ['2020-03-01', '2020-09-01', 0.6],
      ['2020-09-01', '2021-03-01', 0.25],
      ['2021-03-01', '2021-09-01', 0.18],
      ['2021-09-01', '2022-03-01', 0.5],
      ['2022-03-01', '2022-09-01', 2.9],
      ['2022-09-01', '2023-03-01', 5.0],
      ['2023-03-01', '2023-09-01', 5.4],
      ['2023-09-01', '2024-03-01', 5.35],
      ['2024-03-01', '2024-09-01', 5.2],
      ['2024-09-01', '2025-03-01', 4.25],
      ['2025-03-01', '2025-09-01', 4.15],
      ['2025-09-01', '2026-03-01', 3.85],
      ['2026-03-01', '2026-09-01', 3.6],
      ['2026-09-01', '2027-03-01', 3.55],
    ],
    maturityMonths: 180,
    graceMonths: 60,
    method: 'annuity',
    paymentsPerYear: 2,
    fees: [
      {
        kind: 'commitment',
        rate: 0.15,
        note: {
          mn: 'Олгогдоогүй үлдэгдэлд жилийн 0.15% (жишээ өгөгдөл)',
          en: '0.15% a year on the undrawn balance (demo assumption)',
        },
      },
    ],
    conditions: {
      mn: 'Худалдан авалт АХБ-ны журмаар. Хоёр дахь үе шатны ажил эхлэхээс өмнө газар чөлөөлөлтийн төлөвлөгөө батлагдсан байна.',
      en: 'Procurement under ADB’s guidelines. The resettlement plan is approved before phase 2 works begin.',
    },
    draws: [
      ['2015-06-30', 4],
      ['2018-12-31', 30],
      ['2022-12-31', 70],
      ['2026-09-30', 88],
    ],
    board: [
      {
        person: 'demo-o-batbayar',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2016-08-01',
      },
      {
        person: 'demo-e-sarangerel',
        role: { mn: 'Удирдах хорооны гишүүн', en: 'Member of the steering committee' },
        startsOn: '2014-06-20',
      },
    ],
    fictional: false,
  },
  // AidData 66085 (https://china.aiddata.org/projects/66085): 13 Jun 2011, $99.9 million, 25 years
  // with 9 of grace, 1.75 %, 32 equal semi-annual repayments (which the schedule gives).
  {
    slug: 'exim-housing-2011',
    project: 'ulaanbaatar-housing-and-infrastructure',
    organization: 'ministry-of-finance',
    lender: chinaExim,
    kind: 'loan',
    title: {
      mn: 'Улаанбаатар хотын орон сууц, дэд бүтцийн хөнгөлөлттэй зээл',
      en: 'Ulaanbaatar Housing and Infrastructure preferential loan',
    },
    agreementOn: '2011-06-13',
    closingOn: '2017-12-31',
    amount: '99900000.00',
    currency: 'USD',
    concessional: true,
    tiedStatus: 'tied',
    rate: { kind: 'fixed', percent: 1.75 },
    maturityMonths: 300,
    graceMonths: 108,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: {
      mn: 'Гүйцэтгэгч, гол тоног төхөөрөмж БНХАУ-аас. 32 тэнцүү хагас жилийн төлөлт.',
      en: 'Contractor and main equipment from China. 32 equal semi-annual repayments.',
    },
    draws: [
      ['2014-03-31', 5],
      ['2016-06-30', 70],
      ['2017-12-31', 100],
    ],
    board: [
      {
        person: 'demo-t-erdenebat',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2011-09-01',
        endsOn: '2016-07-08',
      },
      {
        person: 'demo-ch-bolormaa',
        role: { mn: 'Удирдах хорооны гишүүн', en: 'Member of the steering committee' },
        startsOn: '2012-02-01',
      },
    ],
    fictional: false,
  },
  // AidData 97779 (https://china.aiddata.org/projects/97779): sub-loan of 14 Jul 2016 under the
  // $1 billion buyer's credit of 10 Nov 2015, $140.3 million, 20 years, 7 of grace, 2 %, 0.25 %
  // commitment fee. Half-yearly equal principal is assumed.
  {
    slug: 'exim-expressway-2016',
    project: 'airport-expressway',
    organization: 'ministry-of-finance',
    lender: chinaExim,
    kind: 'loan',
    title: {
      mn: 'Улаанбаатар – шинэ нисэх буудлын хурдны замын дэд зээл',
      en: 'Ulaanbaatar – New Airport Expressway sub-loan',
    },
    agreementOn: '2016-07-14',
    closingOn: '2020-06-30',
    amount: '140300000.00',
    currency: 'USD',
    concessional: true,
    tiedStatus: 'tied',
    rate: { kind: 'fixed', percent: 2 },
    maturityMonths: 240,
    graceMonths: 84,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [
      {
        kind: 'commitment',
        rate: 0.25,
        note: { mn: 'Олгогдоогүй үлдэгдэлд жилийн 0.25%', en: '0.25% a year on the undrawn balance' },
      },
    ],
    conditions: {
      mn: 'БНХАУ-ын Экспорт-импортын банкны 1 тэрбум ам.долларын хөнгөлөлттэй зээлийн ерөнхий гэрээний (2015.11.10) хүрээнд. Гүйцэтгэгч БНХАУ-ын компани.',
      en: 'Under the general agreement of 10 Nov 2015 for a $1 billion preferential buyer’s credit of the Export-Import Bank of China. The contractor is a Chinese firm.',
    },
    draws: [
      ['2017-03-31', 8],
      ['2018-06-30', 55],
      ['2019-12-31', 100],
    ],
    board: [
      {
        person: 'demo-o-batbayar',
        role: { mn: 'Удирдах хорооны дарга', en: 'Chair of the steering committee' },
        startsOn: '2016-08-01',
      },
    ],
    fictional: false,
  },
  // Ministry of Finance, 21 Feb 2018 (https://mof.gov.mn/en/article/entry/article-2018-02-21-01):
  // ¥32,000 million budget support alongside the IMF's Extended Fund Facility, December 2017,
  // 0.8 %, 20 years including 6 of grace. The day of the month is the demo's.
  {
    slug: 'jica-budget-support-2017',
    project: null,
    organization: 'ministry-of-finance',
    lender: jica,
    kind: 'loan',
    title: {
      mn: 'Төсвийн дэмжлэгийн зээл (ОУВС-гийн өргөтгөсөн санхүүжилтийн хөтөлбөртэй хамт)',
      en: 'Budget support loan (with the IMF Extended Fund Facility)',
    },
    agreementOn: '2017-12-22',
    closingOn: '2018-12-31',
    amount: '32000000000',
    currency: 'JPY',
    concessional: true,
    tiedStatus: 'untied',
    rate: { kind: 'fixed', percent: 0.8 },
    maturityMonths: 240,
    graceMonths: 72,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: {
      mn: 'ОУВС-гийн өргөтгөсөн санхүүжилтийн хөтөлбөрийн бодлогын арга хэмжээ хэрэгжсэн байх.',
      en: 'Disbursed once the policy actions of the IMF programme are met.',
    },
    draws: [['2018-03-15', 100]],
    board: [],
    fictional: false,
  },
  {
    slug: 'demo-loan-disbursement-ahead',
    project: 'rural-road-disbursement-ahead',
    organization: 'ministry-of-finance',
    lender: ida,
    kind: 'loan',
    title: {
      mn: '(Зохиомол) Хөдөөгийн замын зээл: олголт түрүүлсэн жишээ',
      en: '(Fictional) Rural road loan: disbursement ahead example',
    },
    agreementOn: '2024-11-01',
    effectiveOn: '2025-01-15',
    closingOn: '2027-12-31',
    amount: '20000000.00',
    currency: 'USD',
    concessional: true,
    tiedStatus: 'untied',
    rate: { kind: 'fixed', percent: 1.25 },
    maturityMonths: 360,
    graceMonths: 60,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: fictionalNote,
    draws: [
      ['2025-03-31', 20],
      ['2026-09-30', 80],
    ],
    board: [],
    fictional: true,
  },
  {
    slug: 'demo-loan-disbursement-in-step',
    project: 'rural-road-disbursement-in-step',
    organization: 'ministry-of-finance',
    lender: ida,
    kind: 'loan',
    title: {
      mn: '(Зохиомол) Хөдөөгийн замын зээл: олголт зэрэгцсэн жишээ',
      en: '(Fictional) Rural road loan: disbursement in step example',
    },
    agreementOn: '2024-11-01',
    effectiveOn: '2025-01-15',
    closingOn: '2027-06-30',
    amount: '15000000.00',
    currency: 'USD',
    concessional: true,
    tiedStatus: 'untied',
    rate: { kind: 'fixed', percent: 1.25 },
    maturityMonths: 360,
    graceMonths: 60,
    method: 'equal-principal',
    paymentsPerYear: 2,
    fees: [],
    conditions: fictionalNote,
    draws: [
      ['2025-03-31', 5],
      ['2026-09-30', 45],
    ],
    board: [],
    fictional: true,
  },
];

/** The last day the demo has happened by: repayments due after it are not yet paid. */
export const DEMO_TODAY = '2026-11-30';

/** The general conditions of contract written on the demo's links to procurement processes. */
export const DEMO_CONTRACT_CONDITIONS: Text = {
  mn: 'Ажил гүйцэтгэх гэрээний ерөнхий нөхцөл: гүйцэтгэлийн баталгаа гэрээний үнийн 10%, урьдчилгаа 15% хүртэл баталгаатай, саатлын алданги өдөрт 0.05%, согогийн хариуцлагын хугацаа 12 сар, маргааныг Монгол Улсын шүүх шийднэ.',
  en: 'General conditions of the works contract: a performance security of 10% of the price, an advance of up to 15% against a guarantee, delay damages of 0.05% a day, a 12-month defects liability period, disputes settled by the courts of Mongolia.',
};
