import type { Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Completion } from './service.ts';

/**
 * Progress reports: a member of an organisation responsible for a commitment reports its
 * completion, what was done, when, and the evidence: records other modules published (found
 * through the platform's search index, so this module never reads their tables), web links and
 * uploaded documents. Every report is kept; the latest sets the commitment's completion.
 */

export interface CommitmentContext {
  id: number;
  planId: number;
  planSlug: string;
  planStatus: 'draft' | 'published';
  number: string | null;
  titleMn: string | null;
  titleEn: string | null;
  /** The registry's organisations responsible for it (lead or supporting, on it or its milestones). */
  organizations: { id: number; slug: string; nameMn: string; nameEn: string }[];
}

export async function findCommitment(db: Queryable, id: number): Promise<CommitmentContext | undefined> {
  const [row] = await db.query<
    Omit<CommitmentContext, 'organizations'>
  >(sql`select c.id, c.plan_id as "planId",
      p.slug as "planSlug", p.status as "planStatus", c.number, c.title_mn as "titleMn", c.title_en as "titleEn"
    from plan_commitments c join plans p on p.id = c.plan_id where c.id = ${id}`);
  if (!row) return undefined;
  const organizations = await db.query<
    CommitmentContext['organizations'][number]
  >(sql`select distinct o.id, o.slug,
      o.name_mn as "nameMn", o.name_en as "nameEn"
    from plan_item_organizations l join organizations o on o.id = l.organization_id
    where l.commitment_id = ${id} order by o.slug`);
  return { ...row, organizations };
}

/** The responsible organisations this actor may report for. */
export function reportingOrganizations(actor: Actor, commitment: CommitmentContext) {
  return commitment.organizations.filter((o) => can(actor, 'plans.report', { organizationId: o.id }));
}

export interface ReportView {
  id: number;
  completion: Completion;
  narrative: string;
  reportedOn: string;
  createdAt: Date;
  milestoneNumber: string | null;
  milestoneId: number | null;
  organization: { slug: string; nameMn: string; nameEn: string };
  evidence: {
    kind: 'file' | 'record' | 'link';
    titleMn: string | null;
    titleEn: string | null;
    url: string;
    module: string | null;
    /** Whether a linked record is still in the index (and public). */
    live: boolean;
  }[];
}

/** Every report of a commitment, newest first, with its evidence (live titles of records). */
export async function reportsOf(db: Queryable, commitmentId: number): Promise<ReportView[]> {
  const reports = await db.query<
    Omit<ReportView, 'organization' | 'evidence'> & { slug: string; nameMn: string; nameEn: string }
  >(
    sql`select r.id, r.completion, r.narrative, r.reported_on as "reportedOn", r.created_at as "createdAt",
        m.number as "milestoneNumber", r.milestone_id as "milestoneId", o.slug, o.name_mn as "nameMn", o.name_en as "nameEn"
      from plan_progress_reports r join organizations o on o.id = r.organization_id
      left join plan_milestones m on m.id = r.milestone_id
      where r.commitment_id = ${commitmentId} order by r.reported_on desc, r.created_at desc, r.id desc`,
  );
  if (reports.length === 0) return [];
  const evidence = await db.query<
    ReportView['evidence'][number] & { reportId: number }
  >(sql`select e.report_id as "reportId",
      e.kind, coalesce(t.title_mn, e.title_mn) as "titleMn", coalesce(t.title_en, e.title_en) as "titleEn",
      coalesce(t.url, e.url) as url, e.record_module as module, (e.kind <> 'record' or d.id is not null) as live
    from plan_report_evidence e
    left join search_documents d on e.kind = 'record' and d.module = e.record_module and d.kind = e.record_kind
      and d.key = e.record_key and d.restricted_action is null
    left join search_document_texts t on t.document_id = d.id
    where e.report_id = any(${reports.map((r) => r.id)}::bigint[]) order by e.report_id, e.position`);
  return reports.map(({ slug, nameMn, nameEn, ...r }) => ({
    ...r,
    organization: { slug, nameMn, nameEn },
    evidence: evidence.filter((e) => e.reportId === r.id).map(({ reportId: _, ...e }) => e),
  }));
}
