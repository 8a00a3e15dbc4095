/**
 * The fictional projects, whose titles say so: a budget-funded school dormitory in Ölgii, and two
 * rural roads with made-up loans built to show the disbursement-ahead flag firing and not firing.
 */
import { budgetFinancial, type DemoFamily, type DemoLender, roadsPhysical, type Text } from './shared.ts';

const ida: DemoLender = { iatiRef: 'XM-DAC-44002' };

const fictionalNote: Text = {
  mn: 'Энэ бол жишээ өгөгдлийн зохиомол төсөл: бодит төсөл биш.',
  en: 'This is a fictional project of the demo data, not a real one.',
};

export const fictional: DemoFamily = {
  projects: [
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
  ],
  loans: [
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
  ],
};

/** The shares the two flag examples are built to show (percent), read by the test. */
export const FLAG_EXAMPLES = {
  ahead: { project: 'rural-road-disbursement-ahead', drawn: 80, physical: 20 },
  inStep: { project: 'rural-road-disbursement-in-step', drawn: 45, physical: 42 },
} as const;
