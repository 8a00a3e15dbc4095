/**
 * The Ulaanbaatar housing project and the airport expressway, each with its China Eximbank
 * credit (2011 and 2016): the loans and their terms are real (sources beside each).
 */
import {
  boardRoles,
  budgetFinancial,
  type DemoFamily,
  type DemoLender,
  madeUpNote,
  roadsPhysical,
} from './shared.ts';

const chinaExim: DemoLender = { nameEn: 'Export-Import Bank of China' };

export const chinaEximbank: DemoFamily = {
  projects: [
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
      funding: [
        { source: 'foreign-loan', amount: '99900000.00', currency: 'USD', loan: 'exim-housing-2011' },
      ],
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
  ],
  loans: [
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
          role: boardRoles.chair,
          startsOn: '2011-09-01',
          endsOn: '2016-07-08',
        },
        {
          person: 'demo-ch-bolormaa',
          role: boardRoles.member,
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
          role: boardRoles.chair,
          startsOn: '2016-08-01',
        },
      ],
      fictional: false,
    },
  ],
};
