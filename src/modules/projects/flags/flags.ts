/**
 * The register's flags: what a reader should look at twice about a project, each explained with
 * its figures and the country pack's threshold. `evaluateFlags` is the rule, pure and tested on
 * its own; `projectFlags` gathers each project's facts with SQL and applies it.
 *
 * - **disbursement ahead**: the share drawn of the project's loans and grants (per currency, since
 *   amounts in different currencies do not add up) exceeds the latest report's physical progress
 *   by at least `disbursementAheadPoints` percentage points, once at least
 *   `disbursementMinimumPercent` is drawn;
 * - **cost overrun**: the current budget above the latest completed feasibility study's cost
 *   estimate (same currency only) by more than `costOverrunPercent`;
 * - **schedule overrun**: the planned duration (planned start to planned end) above the study's
 *   `duration_months` by more than `scheduleOverrunPercent`;
 * - **report missing**: a project in implementation (active) has no report covering the last
 *   complete reporting period (`periodMonths`, counted from 1 January), its report being due
 *   `dueDays` after the period ends.
 */
import type { ProjectsPack } from '../../../country/projects-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { localDate } from '../../../platform/deadlines/local-days.ts';

export type FlagThresholds = ProjectsPack['flags'];
export type ReportingRule = ProjectsPack['reporting'];

/** A loan or grant of the project, with what was drawn of it by the day asked. */
export interface LoanDraw {
  slug: string;
  currency: string;
  amount: number;
  drawn: number;
}

/** What the flags read about one project. */
export interface ProjectFacts {
  stage: string;
  status: string;
  budget: { amount: number; currency: string } | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  study: {
    title: { mn: string; en: string };
    costEstimate: number;
    currency: string;
    durationMonths: number | null;
  } | null;
  latestReport: { periodEnd: string; physicalPercent: number } | null;
  loans: readonly LoanDraw[];
}

export type Flag =
  | {
      kind: 'disbursement-ahead';
      currency: string;
      drawnPercent: number;
      physicalPercent: number;
      gapPoints: number;
      threshold: number;
      minimumPercent: number;
    }
  | {
      kind: 'cost-overrun';
      budget: number;
      estimate: number;
      currency: string;
      overrunPercent: number;
      threshold: number;
    }
  | {
      kind: 'schedule-overrun';
      plannedMonths: number;
      studyMonths: number;
      overrunPercent: number;
      threshold: number;
    }
  | {
      kind: 'report-missing';
      periodStart: string;
      periodEnd: string;
      dueOn: string;
      lastReported: string | null;
      periodMonths: number;
      dueDays: number;
    };

export type FlagKind = Flag['kind'];
export const FLAG_KINDS: readonly FlagKind[] = [
  'disbursement-ahead',
  'cost-overrun',
  'schedule-overrun',
  'report-missing',
];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The share drawn of loans in each currency, in percent (amounts of one currency only are added). */
export function drawnShares(loans: readonly LoanDraw[]): { currency: string; percent: number }[] {
  const byCurrency = new Map<string, { amount: number; drawn: number }>();
  for (const loan of loans) {
    const sum = byCurrency.get(loan.currency) ?? { amount: 0, drawn: 0 };
    sum.amount += loan.amount;
    sum.drawn += loan.drawn;
    byCurrency.set(loan.currency, sum);
  }
  return [...byCurrency]
    .filter(([, s]) => s.amount > 0)
    .map(([currency, s]) => ({ currency, percent: round1((s.drawn / s.amount) * 100) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

const parseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(parseDay(day) + days * 86_400_000);

/** Months between two days, as a decimal (days over the mean month), to one decimal. */
export function monthsBetween(start: string, end: string): number {
  return round1(((parseDay(end) - parseDay(start)) / 86_400_000) * (12 / 365.25));
}

/**
 * The last reporting period (of `periodMonths`, counted from 1 January) whose report is due by
 * `today` (its end plus `dueDays` is before today): its first and last day and the due day.
 */
export function lastDuePeriod(today: string, rule: Pick<ReportingRule, 'periodMonths' | 'dueDays'>) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  // Periods start on months 1, 1 + periodMonths, …; walk back from the one containing today.
  let startIndex = year * 12 + Math.floor((month - 1) / rule.periodMonths) * rule.periodMonths;
  for (;;) {
    const endIndex = startIndex + rule.periodMonths;
    const start = isoDay(Date.UTC(Math.floor(startIndex / 12), startIndex % 12, 1));
    const end = isoDay(Date.UTC(Math.floor(endIndex / 12), endIndex % 12, 1) - 86_400_000);
    const dueOn = addDays(end, rule.dueDays);
    if (dueOn < today) return { start, end, dueOn };
    startIndex -= rule.periodMonths;
  }
}

/** The flags of one project on `today` (`YYYY-MM-DD`), under the pack's thresholds and reporting rule. */
export function evaluateFlags(
  facts: ProjectFacts,
  pack: { flags: FlagThresholds; reporting: ReportingRule },
  today: string,
): Flag[] {
  const flags: Flag[] = [];
  const { flags: limits } = pack;
  // Without a report the works done are unknown, so nothing drawn can be compared with them.
  if (facts.latestReport) {
    const physical = facts.latestReport.physicalPercent;
    for (const share of drawnShares(facts.loans)) {
      const gap = round1(share.percent - physical);
      if (share.percent >= limits.disbursementMinimumPercent && gap >= limits.disbursementAheadPoints)
        flags.push({
          kind: 'disbursement-ahead',
          currency: share.currency,
          drawnPercent: share.percent,
          physicalPercent: physical,
          gapPoints: gap,
          threshold: limits.disbursementAheadPoints,
          minimumPercent: limits.disbursementMinimumPercent,
        });
    }
  }
  const study = facts.study;
  if (study && facts.budget && facts.budget.currency === study.currency) {
    const overrun = round1(((facts.budget.amount - study.costEstimate) / study.costEstimate) * 100);
    if (overrun > limits.costOverrunPercent)
      flags.push({
        kind: 'cost-overrun',
        budget: facts.budget.amount,
        estimate: study.costEstimate,
        currency: study.currency,
        overrunPercent: overrun,
        threshold: limits.costOverrunPercent,
      });
  }
  if (study?.durationMonths && facts.plannedStart && facts.plannedEnd) {
    const planned = monthsBetween(facts.plannedStart, facts.plannedEnd);
    const overrun = round1(((planned - study.durationMonths) / study.durationMonths) * 100);
    if (overrun > limits.scheduleOverrunPercent)
      flags.push({
        kind: 'schedule-overrun',
        plannedMonths: planned,
        studyMonths: study.durationMonths,
        overrunPercent: overrun,
        threshold: limits.scheduleOverrunPercent,
      });
  }
  if (facts.stage === 'implementation' && facts.status === 'active') {
    const period = lastDuePeriod(today, pack.reporting);
    const started = facts.actualStart ?? facts.plannedStart;
    const covered = facts.latestReport !== null && facts.latestReport.periodEnd >= period.end;
    if (!covered && (started === null || started <= period.end))
      flags.push({
        kind: 'report-missing',
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: period.dueOn,
        lastReported: facts.latestReport?.periodEnd ?? null,
        periodMonths: pack.reporting.periodMonths,
        dueDays: pack.reporting.dueDays,
      });
  }
  return flags;
}

/** A project with its flags. */
export interface FlaggedProject {
  id: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  organizationId: number;
  flags: Flag[];
}

/**
 * Each project's flags on `today` (the country's day by default), for the projects named or all:
 * the facts read with three queries (projects with their latest completed study and latest
 * report; their loans and grants with what was drawn by today), then `evaluateFlags`.
 */
export async function projectFlags(
  db: Queryable,
  country: { timeZone: string; projects: Pick<ProjectsPack, 'flags' | 'reporting'> },
  options: { projectIds?: readonly number[]; today?: string } = {},
): Promise<FlaggedProject[]> {
  const today = options.today ?? localDate(new Date(), country.timeZone);
  const only = options.projectIds ? sql`where p.id = any(${[...options.projectIds]}::bigint[])` : sql``;
  const rows = await db.query<{
    id: number;
    slug: string;
    titleMn: string;
    titleEn: string;
    organizationId: number;
    stage: string;
    status: string;
    budgetAmount: number | null;
    budgetCurrency: string | null;
    plannedStart: string | null;
    plannedEnd: string | null;
    actualStart: string | null;
    studyTitleMn: string | null;
    studyTitleEn: string | null;
    costEstimate: number | null;
    costCurrency: string | null;
    durationMonths: number | null;
    reportEnd: string | null;
    physical: number | null;
  }>(sql`
    select p.id, p.slug, p.title_mn as "titleMn", p.title_en as "titleEn", p.organization_id as "organizationId",
      p.stage, p.status, p.budget_amount::float8 as "budgetAmount", p.budget_currency as "budgetCurrency",
      p.planned_start::text as "plannedStart", p.planned_end::text as "plannedEnd",
      p.actual_start::text as "actualStart",
      s.title_mn as "studyTitleMn", s.title_en as "studyTitleEn", s.cost_estimate::float8 as "costEstimate",
      s.cost_currency as "costCurrency", s.duration_months as "durationMonths",
      r.period_end::text as "reportEnd", r.physical_percent::float8 as physical
    from projects p
    left join lateral (
      select title_mn, title_en, cost_estimate, cost_currency, duration_months
      from project_feasibility_studies where project_id = p.id and completed_on is not null and completed_on <= ${today}
      order by completed_on desc, id desc limit 1) s on true
    left join lateral (
      select period_end, physical_percent from project_progress_reports
      where project_id = p.id and reported_on <= ${today}
      order by period_end desc limit 1) r on true
    ${only}
    order by p.slug`);
  if (rows.length === 0) return [];
  const loans = await projectLoanDraws(
    db,
    rows.map((r) => r.id),
    today,
  );
  return rows.map((r) => {
    const facts: ProjectFacts = {
      stage: r.stage,
      status: r.status,
      budget:
        r.budgetAmount !== null && r.budgetCurrency
          ? { amount: r.budgetAmount, currency: r.budgetCurrency }
          : null,
      plannedStart: r.plannedStart,
      plannedEnd: r.plannedEnd,
      actualStart: r.actualStart,
      study:
        r.costEstimate !== null && r.costCurrency
          ? {
              title: { mn: r.studyTitleMn ?? '', en: r.studyTitleEn ?? '' },
              costEstimate: r.costEstimate,
              currency: r.costCurrency,
              durationMonths: r.durationMonths,
            }
          : null,
      latestReport:
        r.reportEnd !== null && r.physical !== null
          ? { periodEnd: r.reportEnd, physicalPercent: r.physical }
          : null,
      loans: loans.get(r.id) ?? [],
    };
    return {
      id: r.id,
      slug: r.slug,
      titleMn: r.titleMn,
      titleEn: r.titleEn,
      organizationId: r.organizationId,
      flags: evaluateFlags(facts, country.projects, today),
    };
  });
}

/**
 * The loans and grants of each project (by `project_loans.project_id`) with what was drawn of each
 * by `onDay`, in its own currency.
 */
export async function projectLoanDraws(
  db: Queryable,
  projectIds: readonly number[],
  onDay: string,
): Promise<Map<number, LoanDraw[]>> {
  const rows = await db.query<{ projectId: number } & LoanDraw>(sql`
    select l.project_id as "projectId", l.slug, l.currency, l.amount::float8 as amount,
      coalesce((select sum(d.amount) from project_loan_disbursements d
        where d.loan_id = l.id and d.disbursed_on <= ${onDay}), 0)::float8 as drawn
    from project_loans l where l.project_id = any(${[...projectIds]}::bigint[])
    order by l.project_id, l.slug`);
  const byProject = new Map<number, LoanDraw[]>();
  for (const { projectId, ...loan } of rows) {
    const list = byProject.get(projectId) ?? [];
    list.push(loan);
    byProject.set(projectId, list);
  }
  return byProject;
}

/** A project's loans and grants with what was drawn of each by each of `days`, in one query. */
export async function loanDrawsOnDays(
  db: Queryable,
  projectId: number,
  days: readonly string[],
): Promise<Map<string, LoanDraw[]>> {
  const byDay = new Map<string, LoanDraw[]>(days.map((d) => [d, []]));
  if (days.length === 0) return byDay;
  const rows = await db.query<{ day: string } & LoanDraw>(sql`
    select x.day::text as day, l.slug, l.currency, l.amount::float8 as amount,
      coalesce(sum(d.amount) filter (where d.disbursed_on <= x.day), 0)::float8 as drawn
    from project_loans l
    cross join unnest(${[...days]}::date[]) as x(day)
    left join project_loan_disbursements d on d.loan_id = l.id
    where l.project_id = ${projectId}
    group by x.day, l.id
    order by x.day, l.slug`);
  for (const { day, ...loan } of rows) byDay.get(day)?.push(loan);
  return byDay;
}
