/**
 * Every page the browser suite visits, in one place: add a page here and it is checked for
 * accessibility in both languages. Keep paths relative to the server root.
 */
export interface PageUnderTest {
  name: string;
  path: string;
  /** Expected HTTP status (200 unless said). */
  status?: number;
}

export const pagesUnderTest: readonly PageUnderTest[] = [
  { name: 'home', path: '/' },
  { name: 'organisations', path: '/organizations' },
  { name: 'organisations filtered to ministries', path: '/organizations?kind=ministry' },
  { name: 'organisations filtered with no results', path: '/organizations?q=zzzz-nothing-matches' },
  { name: 'organisations page 2', path: '/organizations?page=2' },
  { name: 'organisation: government', path: '/organizations/government' },
  { name: 'organisation: ministry of finance', path: '/organizations/ministry-of-finance' },
  { name: 'search form', path: '/search' },
  { name: 'search results', path: `/search?q=${encodeURIComponent('Сангийн')}` },
  { name: 'API reference', path: '/api' },
  { name: 'problem type: not-found', path: '/problems/not-found' },
  { name: 'unknown path (404 page)', path: '/no-such-page', status: 404 },
  { name: 'action plans', path: '/plans' },
  { name: 'action plan dashboard', path: '/plans/action-plan-2014-2015' },
  { name: 'overdue commitments', path: '/plans/action-plan-2014-2015/overdue' },
  { name: 'organisation scorecards', path: '/plans/action-plan-2014-2015/organizations' },
  {
    name: 'scorecard: ministry of finance',
    path: '/plans/action-plan-2014-2015/organizations/ministry-of-finance',
  },
  { name: 'national committee', path: '/plans/committee' },
  { name: 'performance indicators', path: '/plans/indicators' },
  { name: 'feedback centre', path: '/feedback' },
  { name: 'feedback: file a case', path: '/feedback/new' },
  { name: 'feedback: kiosk form', path: '/kiosk/feedback' },
  { name: 'feedback: performance report', path: '/feedback/reports' },
  { name: 'feedback: published cases', path: '/feedback/published' },
  { name: 'exchange rates', path: '/exchange-rates' },
  { name: 'exchange rate of a currency', path: '/exchange-rates/USD' },
  { name: 'places', path: '/places' },
  { name: 'place: an aimag', path: '/places/65' },
  { name: 'extractives: map of licence areas', path: '/extractives/map' },
  { name: 'projects', path: '/projects' },
  {
    name: 'projects in implementation funded by foreign loans',
    path: '/projects?stage=implementation&funding=foreign-loan',
  },
  { name: 'projects: map', path: '/projects/map' },
  {
    name: 'project: new Ulaanbaatar international airport',
    path: '/projects/new-ulaanbaatar-international-airport',
  },
  { name: 'project: western regional road corridor', path: '/projects/western-regional-road-corridor' },
  { name: 'projects of an implementing body', path: '/projects/agencies/ministry-of-finance' },
  { name: 'extractives: overlapping licence areas', path: '/extractives/overlaps' },
  { name: 'public officials', path: '/officials' },
  { name: 'public official', path: '/officials/b-enkhjargal' },
  { name: 'beneficial owners', path: '/extractives/owners' },
  { name: 'beneficial owners with a politically exposed owner', path: '/extractives/owners?pep=1' },
  { name: 'legal entities', path: '/legal-entities' },
  { name: 'legal entities found by a Latin spelling', path: '/legal-entities?q=Erdenet' },
  // The demo's first entity: its import runs before any other module's demo names a party.
  { name: 'legal entity', path: '/legal-entities/1' },
  { name: 'state-owned enterprise with its entity', path: '/organizations/erdenes-mongol' },
  { name: 'environmental list', path: '/extractives/environment' },
  { name: 'environmental list filtered by stage', path: '/extractives/environment?stage=delisted' },
  // The demo's second case (environment/demo.ts): listed, with the company's reply beside the finding.
  { name: 'environmental case with a reply and a decision', path: '/extractives/environment/2' },
  { name: 'procurement list', path: '/procurement' },
  { name: 'procurement list filtered by flag', path: '/procurement?flag=split' },
  { name: 'procurement contract page', path: '/procurement/processes/ocds-mn0001-2025-90002' },
  { name: 'procurement buyer profile', path: '/procurement/buyers/governor-darkhan-uul' },
  { name: 'procurement disclosure duty', path: '/procurement/disclosure' },
  { name: 'fiscal transactions', path: '/fiscal/transactions' },
  {
    name: 'fiscal transactions above the threshold',
    path: '/fiscal/transactions?threshold=above&sort=-amount',
  },
  {
    name: 'fiscal: a transaction paid under a procurement contract',
    path: '/fiscal/transactions/GA2025-016393',
  },
  { name: 'natural resources overview', path: '/extractives' },
  { name: 'licence register', path: '/extractives/licences' },
  { name: 'licence register: mining in Ömnögovi', path: '/extractives/licences?type=mining&aimag=46' },
  { name: 'licence: Oyu Tolgoi mining licence', path: '/extractives/licences/mining-mv-006709' },
  { name: 'licence: oil block XIX', path: '/extractives/licences/petroleum-psc-block-xix' },
  { name: 'foreign loans and grants', path: '/projects/loans' },
  { name: 'loan: JICA airport loan I, with its schedule and charts', path: '/projects/loans/jica-airport-1' },
  { name: 'loan: ADB western road 2011', path: '/projects/loans/adb-western-road-2011' },
  { name: 'lenders', path: '/projects/lenders' },
  {
    name: 'fiscal: a budget line followed to its transactions and contracts',
    path: '/fiscal/budget/lines/BL2025-governor-district-bayanzurkh-E07',
  },
  { name: 'fiscal threshold splitting', path: '/fiscal/splitting' },
  { name: 'fiscal what-if threshold', path: '/fiscal/splitting/what-if' },
  { name: 'fiscal publication compliance', path: '/fiscal/compliance' },
  { name: 'fiscal compliance of a body', path: '/fiscal/compliance/ministry-of-health' },
  { name: 'public questions', path: '/questions' },
  { name: 'public questions answered', path: '/questions?status=answered' },
  { name: 'public question with its answer', path: '/questions/1' },
  { name: 'who answers on time', path: '/requests/league' },
  { name: 'map of the public layers', path: '/map' },
  { name: 'map of one layer in one aimag', path: '/map?layer=organizations&unit=11' },
  { name: 'fiscal: special funds', path: '/fiscal/funds' },
  { name: 'fiscal: a special fund', path: '/fiscal/funds/social-insurance' },
  { name: 'fiscal: non-budgetary income', path: '/fiscal/donations' },
  { name: 'fiscal: public servants’ benefits', path: '/fiscal/benefits' },
  { name: 'glass account', path: '/fiscal' },
  { name: 'budget explorer', path: '/fiscal/budget' },
  { name: 'budget explorer drilled into health', path: '/fiscal/budget?by=functional&node=07' },
  { name: 'budget explorer by organisation', path: '/fiscal/budget?by=administrative' },
  { name: 'reporting body: ministry of health', path: '/fiscal/bodies/ministry-of-health' },
  { name: 'reporting body: oyu tolgoi', path: '/fiscal/bodies/oyu-tolgoi' },
  { name: 'citizens’ budget', path: '/fiscal/citizens-budget/2025' },
  { name: 'spending per resident by aimag', path: '/fiscal/aimags' },
  { name: 'where does my tax go: Ulaanbaatar', path: '/fiscal/aimags/11?paid=1200000' },
  // Resource contracts (demo: src/modules/extractives/contracts/demo.ts).
  { name: 'resource contracts', path: '/extractives/contracts' },
  { name: 'resource contracts searched', path: '/extractives/contracts?q=royalty' },
  { name: 'resource contract', path: '/extractives/contracts/oyu-tolgoi-investment-agreement' },
  {
    name: 'resource contract page text',
    path: '/extractives/contracts/oyu-tolgoi-investment-agreement/pages/2',
  },
  {
    name: 'resource contract scanned page',
    path: '/extractives/contracts/oyu-tolgoi-investment-agreement/pages/5',
  },
  { name: 'contract clauses compared', path: '/extractives/contracts/compare?category=royalties' },
  {
    name: 'project flags: loans drawn ahead of the works, overruns, missing reports',
    path: '/projects/flags',
  },
];

export const locales = ['mn', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The path in a language: Mongolian is the default (no parameter), English adds `lang=en`. */
export function inLocale(path: string, locale: Locale): string {
  if (locale === 'mn') return path;
  const url = new URL(path, 'http://local');
  url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}`;
}
