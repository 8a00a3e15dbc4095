import type { ProjectsPack, ProjectsSource } from '../projects-pack.ts';

const dacList: ProjectsSource = {
  mn: 'ЭЗХАБ-ын Хөгжлийн туслалцааны хорооны (DAC) байгууллагын код, IATI-ийн OrganisationRegistrationAgency "XM-DAC"',
  en: 'OECD DAC channel and donor codes, as used by IATI’s organisation identifiers (registration agency XM-DAC)',
  url: 'https://org-id.guide/list/XM-DAC',
  confirmed: true,
};

const recalledIatiId: ProjectsSource = {
  ...dacList,
  confirmed: false,
  note: 'The identifier is as recalled from the lender’s own IATI publications; it was not re-read in the IATI registry.',
};

const noIatiId: ProjectsSource = {
  mn: 'IATI-д нийтлэгчийн бүртгэл олдсонгүй',
  en: 'No IATI publisher record was found for this lender',
  confirmed: false,
  note: 'The lender does not publish to IATI as far as was checked; it is registered here under its name only, and its IATI organisation element carries no ref.',
};

const policy: ProjectsSource = {
  mn: 'Платформын бодлого (хууль тогтоомжид заагаагүй)',
  en: 'Platform policy: no law sets these figures',
  confirmed: false,
  note: 'The thresholds follow the practice of project monitoring (CoST, OC4IDS red flags); an administrator may change them in the pack.',
};

/** Mongolia's public investment and foreign-loan projects. */
export const projects: ProjectsPack = {
  publisherSlug: 'ministry-of-finance',
  publisherSource: {
    mn: 'Өрийн удирдлагын тухай хууль (2015)',
    en: 'Law on Debt Management (2015)',
    url: 'https://legalinfo.mn/mn/detail/11268',
    confirmed: false,
    note: 'The Ministry of Finance keeps the register of government debt and foreign loans; the article was not re-read.',
  },
  reporting: {
    periodMonths: 3,
    dueDays: 30,
    source: {
      mn: 'Төсвийн тухай хууль (2011), улирлын гүйцэтгэлийн тайлан',
      en: 'Integrated Budget Law (2011): quarterly performance reporting of investment projects',
      url: 'https://legalinfo.mn/mn/detail/367',
      confirmed: false,
      note: 'Quarterly reporting within 30 days of the quarter is as recalled; the article was not re-read.',
    },
  },
  flags: {
    disbursementAheadPoints: 30,
    disbursementMinimumPercent: 25,
    costOverrunPercent: 10,
    scheduleOverrunPercent: 20,
    source: policy,
  },
  lenders: [
    {
      registration: { scheme: 'XM-DAC', identifier: '46004' },
      iatiRef: 'XM-DAC-46004',
      iatiType: '40',
      kind: 'multilateral',
      name: { mn: 'Азийн хөгжлийн банк', en: 'Asian Development Bank' },
      source: dacList,
    },
    {
      registration: { scheme: 'XM-DAC', identifier: '44002' },
      iatiRef: 'XM-DAC-44002',
      iatiType: '40',
      kind: 'multilateral',
      name: {
        mn: 'Олон улсын хөгжлийн ассоциаци (Дэлхийн банк)',
        en: 'International Development Association (World Bank)',
      },
      source: dacList,
    },
    {
      registration: { scheme: 'XM-DAC', identifier: '701-8' },
      iatiRef: 'XM-DAC-701-8',
      iatiType: '10',
      kind: 'bilateral',
      name: {
        mn: 'Японы олон улсын хамтын ажиллагааны агентлаг (ЖАЙКА)',
        en: 'Japan International Cooperation Agency (JICA)',
      },
      source: recalledIatiId,
    },
    {
      registration: { scheme: 'XM-DAC', identifier: '701' },
      iatiRef: 'XM-DAC-701',
      iatiType: '10',
      kind: 'bilateral',
      name: { mn: 'Японы Засгийн газар', en: 'Government of Japan' },
      source: dacList,
    },
    {
      registration: null,
      iatiRef: null,
      iatiType: '10',
      kind: 'bilateral',
      name: { mn: 'Бүгд Найрамдах Хятад Ард Улсын Экспорт-импортын банк', en: 'Export-Import Bank of China' },
      source: noIatiId,
    },
    {
      registration: null,
      iatiRef: null,
      iatiType: '10',
      kind: 'bilateral',
      name: { mn: 'Энэтхэгийн Экспорт-импортын банк', en: 'Export-Import Bank of India' },
      source: noIatiId,
    },
  ],
  identifiers: {
    oc4idsPrefix: 'oc4ids-mnshln',
    iatiReportingOrg: {
      ref: 'MN-GOV-MOF',
      type: '10',
      name: { mn: 'Сангийн яам', en: 'Ministry of Finance of Mongolia' },
    },
    source: {
      mn: 'Бүртгүүлээгүй танигч',
      en: 'Identifiers not yet registered',
      confirmed: false,
      note: 'No OC4IDS prefix has been registered with the Open Contracting Partnership and the Ministry of Finance has no IATI organisation identifier on record; both are placeholders an administrator replaces once registered.',
    },
  },
};
