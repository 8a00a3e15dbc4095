/**
 * The New Ulaanbaatar International Airport and its two JICA loans (2008 and 2015): the loans and
 * their terms are real (sources beside each); the project's figures beyond the public facts are the demo's.
 */
import { boardRoles, type DemoFamily, jica, madeUpNote, type Text } from './shared.ts';

const jicaConditions: Text = {
  mn: 'Японы нөхцөлтэй (STEP): гол гүйцэтгэгч нь Японы компани байна. Худалдан авалт ЖАЙКА-гийн зээлийн журмаар.',
  en: 'Tied to Japan (STEP): the prime contractor is a Japanese firm. Procurement under JICA’s guidelines for ODA loans.',
};

export const jicaAirport: DemoFamily = {
  projects: [
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
  ],
  loans: [
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
          role: boardRoles.chair,
          startsOn: '2016-08-01',
        },
        {
          person: 'demo-e-sarangerel',
          role: boardRoles.member,
          startsOn: '2014-01-15',
        },
        {
          person: 'demo-kh-gantulga',
          role: boardRoles.secretary,
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
          role: boardRoles.chair,
          startsOn: '2016-08-01',
        },
        {
          person: 'demo-e-sarangerel',
          role: boardRoles.member,
          startsOn: '2015-04-16',
        },
      ],
      fictional: false,
    },
  ],
};
