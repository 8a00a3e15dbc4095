/**
 * The western regional road corridor and its two ADB loans (2011 and 2014): the loans and their
 * terms are real (sources beside each, with what the demo assumed where they are silent).
 */
import {
  boardRoles,
  budgetFinancial,
  type DemoFamily,
  type DemoLender,
  madeUpNote,
  roadsPhysical,
} from './shared.ts';

const adb: DemoLender = { iatiRef: 'XM-DAC-46004' };

export const adbWesternRoad: DemoFamily = {
  projects: [
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
          title: {
            mn: 'Цагааннуур – Өлгий хэсэг ашиглалтад орсон',
            en: 'Tsagaannuur – Ölgii section opened',
          },
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
  ],
  loans: [
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
          role: boardRoles.chair,
          startsOn: '2016-08-01',
        },
        {
          person: 'demo-kh-gantulga',
          role: boardRoles.director,
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
          role: boardRoles.chair,
          startsOn: '2016-08-01',
        },
        {
          person: 'demo-e-sarangerel',
          role: boardRoles.member,
          startsOn: '2014-06-20',
        },
      ],
      fictional: false,
    },
  ],
};
