import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** Reading plans: one plan as a tree, lists, and the figures the dashboard shows. */

export const completions = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn'] as const;
export type Completion = (typeof completions)[number];
export const ogpValues = [
  'access-to-information',
  'civic-participation',
  'public-accountability',
  'technology-and-innovation',
] as const;
export type OgpValue = (typeof ogpValues)[number];

export interface PlanRow {
  id: number;
  slug: string;
  titleMn: string | null;
  titleEn: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: 'draft' | 'published';
  sourceName: string | null;
  sourceSha256: string | null;
  importNotes: {
    unplaced: { line: number; text: string; reason: string }[];
    warnings: { line: number; message: string }[];
  };
  importedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface OrganizationLink {
  id: number;
  milestoneId: number | null;
  organizationId: number | null;
  slug: string | null;
  nameMn: string | null;
  nameEn: string | null;
  nameAsWritten: string;
  role: 'lead' | 'supporting';
  sourceLine: number | null;
}

/** What a commitment and a milestone both have: number, titles, dates as read and as written, completion. */
interface PlanItem {
  id: number;
  number: string | null;
  position: number;
  titleMn: string | null;
  titleEn: string | null;
  startDate: string | null;
  endDate: string | null;
  timelineText: string | null;
  completion: Completion | null;
  sourceLine: number | null;
}

export interface Milestone extends PlanItem {
  organizations: OrganizationLink[];
}

export interface Commitment extends PlanItem {
  planId: number;
  priorityId: number;
  ogpValues: OgpValue[];
  updatedAt: Date;
  milestones: Milestone[];
  /** Every link, the commitment's own and its milestones'. */
  organizations: OrganizationLink[];
  /** Its own dates, or the span of its milestones'. */
  start: string | null;
  due: string | null;
  reports: number;
  evidence: number;
  starred: boolean | null;
}

export interface Priority {
  id: number;
  number: string;
  code: string | null;
  titleMn: string | null;
  titleEn: string | null;
  position: number;
  sourceLine: number | null;
  commitments: Commitment[];
}

export interface PlanTree {
  plan: PlanRow;
  priorities: Priority[];
}

const PLAN_COLUMNS = sql`p.id, p.slug, p.title_mn as "titleMn", p.title_en as "titleEn",
  p.period_start as "periodStart", p.period_end as "periodEnd", p.status, p.source_name as "sourceName",
  p.source_sha256 as "sourceSha256", p.import_notes as "importNotes", p.imported_at as "importedAt",
  p.published_at as "publishedAt", p.updated_at as "updatedAt"`;

export async function findPlan(db: Queryable, slug: string): Promise<PlanRow | undefined> {
  const [row] = await db.query<PlanRow>(sql`select ${PLAN_COLUMNS} from plans p where p.slug = ${slug}`);
  return row;
}

export async function listPlans(
  db: Queryable,
  options: { drafts: boolean },
): Promise<(PlanRow & { commitments: number })[]> {
  return db.query(sql`select ${PLAN_COLUMNS},
      (select count(*)::int from plan_commitments c where c.plan_id = p.id) as commitments
    from plans p where ${options.drafts ? sql`true` : sql`p.status = 'published'`}
    order by p.period_start desc nulls last, p.id desc`);
}

/** The published plan people see first: the newest one. */
export async function currentPlan(db: Queryable): Promise<PlanRow | undefined> {
  const [row] = await db.query<PlanRow>(sql`select ${PLAN_COLUMNS} from plans p where p.status = 'published'
    order by p.period_start desc nulls last, p.id desc limit 1`);
  return row;
}

const minDate = (dates: (string | null)[]) => dates.filter(Boolean).sort()[0] ?? null;
const maxDate = (dates: (string | null)[]) => dates.filter(Boolean).sort().at(-1) ?? null;

/**
 * A plan with everything under it, in the document's order, in a handful of queries; with
 * `commitmentId`, only that commitment (and every priority area), for its own page.
 */
export async function planTree(
  db: Queryable,
  plan: PlanRow,
  options: { commitmentId?: number } = {},
): Promise<PlanTree> {
  const only = (column: string) =>
    options.commitmentId === undefined ? sql`` : sql` and ${sql.raw(column)} = ${options.commitmentId}`;
  const [priorities, commitments, milestones, links, reports, evaluations] = await Promise.all([
    db.query<
      Omit<Priority, 'commitments'>
    >(sql`select id, number, code, title_mn as "titleMn", title_en as "titleEn",
      position, source_line as "sourceLine" from plan_priorities where plan_id = ${plan.id} order by position`),
    db.query<
      Omit<Commitment, 'milestones' | 'organizations' | 'start' | 'due' | 'reports' | 'evidence' | 'starred'>
    >(
      sql`select id, plan_id as "planId", priority_id as "priorityId", number, position, title_mn as "titleMn",
        title_en as "titleEn", start_date as "startDate", end_date as "endDate", timeline_text as "timelineText",
        ogp_values as "ogpValues", completion, source_line as "sourceLine", updated_at as "updatedAt"
      from plan_commitments where plan_id = ${plan.id}${only('id')} order by position`,
    ),
    db.query<
      Omit<Milestone, 'organizations'> & { commitmentId: number }
    >(sql`select id, commitment_id as "commitmentId",
        number, position, title_mn as "titleMn", title_en as "titleEn", start_date as "startDate",
        end_date as "endDate", timeline_text as "timelineText", completion, source_line as "sourceLine"
      from plan_milestones where plan_id = ${plan.id}${only('commitment_id')} order by commitment_id, position`),
    db.query<OrganizationLink & { commitmentId: number }>(sql`select l.id, l.commitment_id as "commitmentId",
        l.milestone_id as "milestoneId", l.organization_id as "organizationId", o.slug, o.name_mn as "nameMn",
        o.name_en as "nameEn", l.name_as_written as "nameAsWritten", l.role, l.source_line as "sourceLine"
      from plan_item_organizations l left join organizations o on o.id = l.organization_id
      where l.plan_id = ${plan.id}${only('l.commitment_id')} order by l.commitment_id, l.milestone_id nulls first, l.position`),
    db.query<{ commitmentId: number; reports: number; evidence: number }>(sql`select id as "commitmentId",
        report_count as reports, evidence_count as evidence
      from plan_commitments where plan_id = ${plan.id}${only('id')} and report_count > 0`),
    db.query<{ commitmentId: number; starred: boolean }>(sql`select distinct on (e.commitment_id)
        e.commitment_id as "commitmentId", e.starred
      from plan_evaluations e join plan_commitments c on c.id = e.commitment_id
      where c.plan_id = ${plan.id}${only('c.id')} and e.status = 'published'
      order by e.commitment_id, e.published_at desc`),
  ]);
  const reportsOf = new Map(reports.map((r) => [r.commitmentId, r]));
  const starredOf = new Map(evaluations.map((e) => [e.commitmentId, e.starred]));
  const byPriority = new Map<number, Commitment[]>();
  const byId = new Map<number, Commitment>();
  for (const c of commitments) {
    const full: Commitment = {
      ...c,
      milestones: [],
      organizations: [],
      start: null,
      due: null,
      reports: reportsOf.get(c.id)?.reports ?? 0,
      evidence: reportsOf.get(c.id)?.evidence ?? 0,
      starred: starredOf.get(c.id) ?? null,
    };
    byId.set(c.id, full);
    byPriority.set(c.priorityId, [...(byPriority.get(c.priorityId) ?? []), full]);
  }
  const milestoneById = new Map<number, Milestone>();
  for (const { commitmentId, ...m } of milestones) {
    const full: Milestone = { ...m, organizations: [] };
    milestoneById.set(m.id, full);
    byId.get(commitmentId)?.milestones.push(full);
  }
  for (const { commitmentId, ...link } of links) {
    byId.get(commitmentId)?.organizations.push(link);
    if (link.milestoneId !== null) milestoneById.get(link.milestoneId)?.organizations.push(link);
  }
  for (const c of byId.values()) {
    c.start = c.startDate ?? minDate(c.milestones.map((m) => m.startDate));
    c.due = c.endDate ?? maxDate(c.milestones.map((m) => m.endDate));
  }
  return {
    plan,
    priorities: priorities.map((p) => ({ ...p, commitments: byPriority.get(p.id) ?? [] })),
  };
}

export function allCommitments(tree: PlanTree): Commitment[] {
  return tree.priorities.flatMap((p) => p.commitments);
}

/** The completion of a commitment for counting: what was last reported, or that nothing was. */
export type ProgressKey = Completion | 'not-reported';
export const progressKeys: readonly ProgressKey[] = ['not-reported', ...completions];

export function progressOf(commitments: readonly Commitment[]): Record<ProgressKey, number> {
  const counts = Object.fromEntries(progressKeys.map((k) => [k, 0])) as Record<ProgressKey, number>;
  for (const c of commitments) counts[c.completion ?? 'not-reported'] += 1;
  return counts;
}

/** Past due and neither complete nor withdrawn. */
export function isOverdue(c: Commitment, today: string): boolean {
  return c.due !== null && c.due < today && c.completion !== 'complete' && c.completion !== 'withdrawn';
}

/** Distinct organisations responsible for a commitment (matched ones), lead first. */
export function responsibleOrganizations(c: Commitment): OrganizationLink[] {
  const seen = new Set<number>();
  const out: OrganizationLink[] = [];
  for (const link of [...c.organizations].sort((a, b) =>
    a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1,
  )) {
    if (link.organizationId === null || seen.has(link.organizationId)) continue;
    seen.add(link.organizationId);
    out.push(link);
  }
  return out;
}

/** Today in the country's time zone (`ctx.country.timeZone`), `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}
