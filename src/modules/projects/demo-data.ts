/**
 * The projects register's demo data, as data: the loans are real and their terms are the ones
 * published (each cited beside it); everything else — the project records' figures and dates
 * beyond the public facts, the feasibility studies, the quarterly reports, the milestones, the
 * disbursements and repayments, the board members (invented people) — is made up to be plausible,
 * and the four projects whose titles say so are fictional through and through (two of them built to
 * show the disbursement-ahead flag firing and not firing). The loader (`demo.ts`) writes it.
 *
 * One file a loan family under `demo/` (shared shapes in `demo/shared.ts`, people in
 * `demo/people.ts`); this index lists the families in order, the order the projects and loans are
 * written in.
 *
 * The platform's demo exchange rates begin in 2014, so drawings before 2014 are not recorded: the
 * drawn share of the loans signed in 2008 and 2011 counts from 2014.
 */
import { adbWesternRoad } from './demo/adb-western-road.ts';
import { chinaEximbank } from './demo/china-eximbank.ts';
import { fictional } from './demo/fictional.ts';
import { jicaAirport } from './demo/jica-airport.ts';
import { jicaBudgetSupport } from './demo/jica-budget-support.ts';
import type { DemoFamily, DemoLoan, DemoProject, Text } from './demo/shared.ts';

export { FLAG_EXAMPLES } from './demo/fictional.ts';
export { DEMO_PEOPLE, REPORTING_OFFICER } from './demo/people.ts';

const FAMILIES: readonly DemoFamily[] = [
  jicaAirport,
  adbWesternRoad,
  chinaEximbank,
  jicaBudgetSupport,
  fictional,
];

export const DEMO_PROJECTS: readonly DemoProject[] = FAMILIES.flatMap((family) => family.projects);

/**
 * The loans. Terms are the published ones (source beside each); where a source is silent the
 * comment says what the demo assumed. Drawings are the demo's.
 */
export const DEMO_LOANS: readonly DemoLoan[] = FAMILIES.flatMap((family) => family.loans);

/** The last day the demo has happened by: repayments due after it are not yet paid. */
export const DEMO_TODAY = '2026-11-30';

/** The general conditions of contract written on the demo's links to procurement processes. */
export const DEMO_CONTRACT_CONDITIONS: Text = {
  mn: 'Ажил гүйцэтгэх гэрээний ерөнхий нөхцөл: гүйцэтгэлийн баталгаа гэрээний үнийн 10%, урьдчилгаа 15% хүртэл баталгаатай, саатлын алданги өдөрт 0.05%, согогийн хариуцлагын хугацаа 12 сар, маргааныг Монгол Улсын шүүх шийднэ.',
  en: 'General conditions of the works contract: a performance security of 10% of the price, an advance of up to 15% against a guarantee, delay damages of 0.05% a day, a 12-month defects liability period, disputes settled by the courts of Mongolia.',
};
