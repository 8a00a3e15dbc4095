/**
 * OC4IDS 0.9 project packages of the register. Each project is one OC4IDS project: the id
 * `<oc4idsPrefix>-<slug>`; `language` is `mn`, so `title`, `description` and every other text are
 * the Mongolian text, and the English text is beside it in the OCDS way of translations, the same
 * field with `_en` (`title_en`, `description_en`); the stage as `status` (a cancelled project is
 * `cancelled`); sector, type, the implementing body as `publicAuthority`; parties (the bodies,
 * the borrowing body as payee, each lender as funder); places as GeoJSON; the budget with one
 * `budget.finance` entry per loan or grant (its grace period written out in its description, as
 * neither standard has a field for it); progress reports as `metrics` observations and documents;
 * feasibility studies and the project's files as documents; milestones; procurement processes by
 * OCID; disbursements as transactions. Every record is checked with the project's own encoding of
 * the schema (`oc4ids-schema.ts`) before it is served.
 */
import type { ProjectsPack } from '../../../country/projects-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type DocumentKind, oc4idsDocumentType } from '../codes.ts';
import { addMonths } from '../loans/schedule.ts';
import { entityName, entityRef, packLender } from './lenders.ts';
import { checkOc4idsPackage, checkOc4idsProject } from './oc4ids-schema.ts';
import {
  type LoanRow,
  type OrgRow,
  type ProjectBundle,
  prefetchedBundles,
  projectBundles,
  readProjects,
} from './rows.ts';

export const OC4IDS_VERSION = '0.9';

type Json = Record<string, unknown>;

export interface Oc4idsOptions {
  pack: ProjectsPack;
  publicUrl: string;
}

const dateTime = (date: string) => `${date}T00:00:00Z`;
const amount = (value: string) => Number(value);
/** A percent as OC4IDS's decimal fraction (0.2% = 0.002). */
const fraction = (percent: string) => Number((Number(percent) / 100).toPrecision(12));
const period = (start: string | null, end: string | null): Json | undefined =>
  start || end
    ? { ...(start ? { startDate: dateTime(start) } : {}), ...(end ? { endDate: dateTime(end) } : {}) }
    : undefined;
/** Leaves out members that are undefined and lists that are empty (OC4IDS lists have at least one item). */
function compact(object: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

const orgId = (org: OrgRow) => `org-${org.slug}`;
const orgRef = (org: OrgRow) => ({ id: orgId(org), name: org.nameMn });

/** The project's OC4IDS status: its stage, or `cancelled`. */
export const oc4idsStatus = (stage: string, status: string) => (status === 'cancelled' ? 'cancelled' : stage);

/** When a loan starts to run: its effective date, else its agreement's. */
const loanStart = (loan: LoanRow) => loan.effectiveOn ?? loan.agreementOn;

/** The last repayment: as agreed, else the schedule's last instalment, else the start plus maturity. */
export function loanEnd(loan: LoanRow): string | null {
  if (loan.finalRepaymentOn) return loan.finalRepaymentOn;
  if (loan.scheduleLast) return loan.scheduleLast;
  return loan.maturityMonths === null ? null : addMonths(loanStart(loan), loan.maturityMonths);
}

/** The first repayment: as agreed, else the schedule's first instalment, else the end of the grace period. */
export function loanFirstRepayment(loan: LoanRow): string | null {
  if (loan.firstRepaymentOn) return loan.firstRepaymentOn;
  if (loan.scheduleFirst) return loan.scheduleFirst;
  return loan.graceMonths === null ? null : addMonths(loanStart(loan), loan.graceMonths);
}

/** The grace period and maturity in words, in both languages (neither standard has a field for grace). */
export function graceText(loan: LoanRow): { mn: string; en: string } | null {
  if (loan.graceMonths === null || loan.maturityMonths === null) return null;
  return {
    mn: `Үндсэн төлбөрөөс чөлөөлөх хугацаа ${loan.graceMonths} сар; зээлийн нийт хугацаа ${loan.maturityMonths} сар.`,
    en: `Grace period: ${loan.graceMonths} months, during which no principal is repaid; maturity: ${loan.maturityMonths} months.`,
  };
}

function finance(loan: LoanRow, pack: ProjectsPack): Json {
  const grace = graceText(loan);
  const end = loanEnd(loan);
  const first = loanFirstRepayment(loan);
  const interestRate =
    loan.rateKind === 'fixed' && loan.fixedRate !== null
      ? { margin: fraction(loan.fixedRate), fixed: true }
      : loan.rateKind === 'variable' && loan.baseRateName && loan.margin !== null
        ? compact({
            base: loan.baseRateName,
            margin: fraction(loan.margin),
            fixed: false,
            notes:
              loan.latestBaseRate === null
                ? undefined
                : `${loan.baseRateName}: ${Number(loan.latestBaseRate)}% (the latest period recorded)`,
          })
        : undefined;
  return compact({
    id: `${loan.kind}-${loan.slug}`,
    title: loan.titleMn,
    title_en: loan.titleEn,
    description: grace?.mn,
    description_en: grace?.en,
    value: { amount: amount(loan.amount), currency: loan.currency },
    financingParty: { id: entityRef(pack, loan.lender), name: entityName(loan.lender, 'mn') },
    financingPartyType: packLender(pack, loan.lender)?.kind ?? 'other',
    type: loan.kind,
    concessional: loan.concessional,
    period: period(loanStart(loan), end),
    paymentPeriod: loan.kind === 'loan' && first ? period(first, end) : undefined,
    paymentFrequency: loan.paymentsPerYear ? 365 / loan.paymentsPerYear : undefined,
    interestRate,
  });
}

/** One project as OC4IDS 0.9. */
export function oc4idsProject(bundle: ProjectBundle, options: Oc4idsOptions): Json {
  const { project: p, loans } = bundle;
  const { pack, publicUrl } = options;
  const page = `${publicUrl}/projects/${p.slug}`;

  const parties = new Map<string, Json & { roles: string[] }>();
  const addParty = (id: string, name: string, nameEn: string | null, role: string, identifier?: Json) => {
    const found = parties.get(id);
    if (found) {
      if (!found.roles.includes(role)) found.roles.push(role);
      return;
    }
    parties.set(id, compact({ id, name, name_en: nameEn ?? undefined, identifier, roles: [role] }) as never);
  };
  addParty(orgId(p.organization), p.organization.nameMn, p.organization.nameEn, 'publicAuthority');
  if (p.supervising)
    addParty(orgId(p.supervising), p.supervising.nameMn, p.supervising.nameEn, 'administrativeEntity');
  for (const loan of loans) {
    const lender = loan.lender;
    addParty(
      entityRef(pack, lender),
      entityName(lender, 'mn'),
      lender.nameEn,
      'funder',
      lender.scheme === 'unidentified' ? undefined : { scheme: lender.scheme, id: lender.identifier },
    );
    addParty(orgId(loan.organization), loan.organization.nameMn, loan.organization.nameEn, 'payee');
  }
  const loanById = new Map(loans.map((l) => [l.id, l]));

  const observations = (which: 'physical' | 'financial') =>
    bundle.reports.map((r) => ({
      id: `report-${r.id}`,
      period: period(r.periodStart, r.periodEnd),
      measure: Number(which === 'physical' ? r.physicalPercent : r.financialPercent),
      unit: { name: 'percent' },
      notes: which === 'physical' ? r.physicalBasisMn : r.financialBasisMn,
      notes_en: which === 'physical' ? r.physicalBasisEn : r.financialBasisEn,
    }));
  const metrics =
    bundle.reports.length === 0
      ? []
      : [
          {
            id: 'physicalProgress',
            title: 'Биет гүйцэтгэл',
            title_en: 'Physical progress',
            description: 'Тайлант хугацааны эцэст гүйцэтгэсэн ажлын хувь',
            description_en: 'Percent of the works done at the end of each reporting period',
            observations: observations('physical'),
          },
          {
            id: 'financialProgress',
            title: 'Санхүүгийн гүйцэтгэл',
            title_en: 'Financial progress',
            description: 'Тайлант хугацааны эцэст зарцуулсан төсвийн хувь',
            description_en: 'Percent of the budget spent at the end of each reporting period',
            observations: observations('financial'),
          },
        ];

  const documents: Json[] = [
    ...bundle.studies.map((s) =>
      compact({
        id: `feasibility-study-${s.id}`,
        documentType: 'feasibilityStudy',
        title: s.titleMn,
        title_en: s.titleEn,
        description: s.summaryMn,
        description_en: s.summaryEn,
        author: s.author,
        url: page,
        datePublished: s.completedOn ? dateTime(s.completedOn) : undefined,
      }),
    ),
    ...bundle.reports.map((r) => ({
      id: `progress-report-${r.id}`,
      documentType: 'physicalProgressReport',
      title: `Гүйцэтгэлийн тайлан, ${r.periodStart} – ${r.periodEnd}`,
      title_en: `Progress report, ${r.periodStart} to ${r.periodEnd}`,
      url: `${page}/reports/${r.id}`,
      datePublished: dateTime(r.reportedOn),
    })),
    ...bundle.documents.map((d) =>
      compact({
        id: `document-${d.id}`,
        documentType: oc4idsDocumentType(d.kind as DocumentKind) ?? undefined,
        title: d.titleMn,
        title_en: d.titleEn,
        url: d.url ?? (d.reportId === null ? page : `${page}/reports/${d.reportId}`),
        datePublished: dateTime(d.publishedOn),
      }),
    ),
  ];

  const financeList = loans.map((l) => finance(l, pack));
  const budget = compact({
    amount:
      p.budgetAmount !== null && p.budgetCurrency !== null
        ? { amount: amount(p.budgetAmount), currency: p.budgetCurrency }
        : undefined,
    approvalDate: p.budgetApprovedOn ? dateTime(p.budgetApprovedOn) : undefined,
    finance: financeList,
  });

  return compact({
    id: `${pack.identifiers.oc4idsPrefix}-${p.slug}`,
    updated: new Date(p.updatedAt).toISOString(),
    language: 'mn',
    title: p.titleMn,
    title_en: p.titleEn,
    description: p.descriptionMn,
    description_en: p.descriptionEn,
    status: oc4idsStatus(p.stage, p.status),
    type: p.projectType ?? undefined,
    sector: [p.sector],
    publicAuthority: orgRef(p.organization),
    parties: [...parties.values()],
    locations: bundle.locations.map((l) =>
      compact({
        id: `location-${l.id}`,
        description: l.descriptionMn ?? undefined,
        description_en: l.descriptionEn ?? undefined,
        geometry: { type: l.geometry.type, coordinates: l.geometry.coordinates },
      }),
    ),
    budget: Object.keys(budget).length > 0 ? budget : undefined,
    period: period(p.plannedStart, p.plannedEnd),
    implementationPeriod: period(p.actualStart, p.actualEnd),
    metrics,
    milestones: bundle.milestones.map((m) =>
      compact({
        id: `milestone-${m.id}`,
        title: m.titleMn,
        title_en: m.titleEn,
        type: 'delivery',
        dueDate: dateTime(m.dueOn),
        dateMet: m.completedOn ? dateTime(m.completedOn) : undefined,
        status: m.completedOn ? 'met' : 'scheduled',
      }),
    ),
    documents,
    contractingProcesses: bundle.ocids.map((ocid) => ({ id: ocid, summary: { ocid } })),
    transactions: bundle.disbursements.flatMap((d) => {
      const loan = loanById.get(d.loanId);
      if (!loan) return [];
      return [
        {
          id: `disbursement-${d.id}`,
          date: dateTime(d.on),
          value: { amount: amount(d.amount), currency: loan.currency },
          payer: { id: entityRef(pack, loan.lender), name: entityName(loan.lender, 'mn') },
          payee: orgRef(loan.organization),
        },
      ];
    }),
  });
}

/** The package's members before its projects: its URI, publisher, date and version. */
export async function packageHead(
  db: Queryable,
  options: Oc4idsOptions & { uri: string; slug?: string },
): Promise<Json> {
  const [row] = await db.query<{ nameMn: string | null; modified: Date | null }>(sql`
    select (select name_mn from organizations where slug = ${options.pack.publisherSlug}) as "nameMn",
      (select max(updated_at) from projects ${options.slug ? sql`where slug = ${options.slug}` : sql.empty}) as modified`);
  return {
    uri: options.uri,
    publisher: { name: row?.nameMn ?? options.pack.publisherSlug },
    publishedDate: new Date(row?.modified ?? Date.now()).toISOString(),
    version: OC4IDS_VERSION,
  };
}

/** One project's package, checked; undefined when there is no such project. */
export async function projectPackage(
  db: Queryable,
  slug: string,
  options: Oc4idsOptions,
): Promise<Json | undefined> {
  const rows = await readProjects(db, { slug });
  if (rows.length === 0) return undefined;
  const [bundle] = await projectBundles(db, rows);
  const head = await packageHead(db, {
    ...options,
    slug,
    uri: `${options.publicUrl}/projects/${slug}/oc4ids.json`,
  });
  const document = { ...head, projects: [oc4idsProject(bundle as ProjectBundle, options)] };
  const problems = checkOc4idsPackage(document);
  if (problems) throw new Error(`the OC4IDS package of ${slug} does not conform: ${problems}`);
  return document;
}

/**
 * The package of every project as text chunks: the head, then each project as it is built from
 * its batch, each checked before it is written (a project that fails is left out and reported to
 * `onProblem`), then the end. Memory holds two batches (the next is read while one is written).
 */
export async function* allProjectsPackage(
  db: Queryable,
  options: Oc4idsOptions & { onProblem: (slug: string, problems: string) => void },
): AsyncGenerator<string> {
  const head = await packageHead(db, { ...options, uri: `${options.publicUrl}/projects/oc4ids.json` });
  const text = JSON.stringify({ ...head, projects: [] });
  yield `${text.slice(0, -2)}\n`;
  let first = true;
  const batches = prefetchedBundles(
    (afterId, limit) => readProjects(db, { afterId, limit }),
    (rows) => projectBundles(db, rows),
  );
  for await (const bundles of batches) {
    const parts: string[] = [];
    for (const bundle of bundles) {
      const project = oc4idsProject(bundle, options);
      const problems = checkOc4idsProject(project);
      if (problems) {
        options.onProblem(bundle.project.slug, problems);
        continue;
      }
      parts.push(`${first ? '' : ',\n'}${JSON.stringify(project)}`);
      first = false;
    }
    if (parts.length > 0) yield parts.join('');
  }
  yield '\n]}\n';
}
