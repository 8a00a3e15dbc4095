import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, can } from '../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { checkFile, documentsAndImages, type ReceivedFile, storeFile } from '../../platform/files/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { notifyFollowers } from './follow.ts';
import { afterPlanChange } from './publishing.ts';
import { type Completion, completions, todayIn } from './service.ts';

/**
 * Progress reports: a member of an organisation responsible for a commitment reports its
 * completion, what was done, when, and the evidence: records other modules published (found
 * through the platform's search index, so this module never reads their tables), web links and
 * uploaded documents. Every report is kept; the latest sets the commitment's completion.
 */

export interface ReportInput {
  organization: string;
  completion: string;
  narrative: string;
  reportedOn: string;
  milestoneId?: number | null;
  /** Records of other modules: `module:kind:key` (from the finder) or site addresses (`/procurement/…`). */
  records?: readonly string[];
  links?: readonly string[];
  /** Uploaded documents (checked here against the attachments policy, stored in the report's transaction). */
  files?: readonly ReceivedFile[];
  /** The form's one-time key: a retried submission makes no second report. */
  submissionKey?: string;
}

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

interface ResolvedRecord {
  module: string;
  kind: string;
  key: string;
  titleMn: string;
  titleEn: string;
  url: string;
}

/** A public record of the index, by `module:kind:key` or by its address on this site. */
async function resolveRecord(
  db: Queryable,
  reference: string,
  publicUrl: string,
): Promise<ResolvedRecord | undefined> {
  const ref = reference.trim();
  const byKey = /^([a-z][a-z0-9-]*):([a-z][a-z0-9-]*):(.{1,200})$/.exec(ref);
  let where: SqlQuery;
  if (byKey) where = sql`d.module = ${byKey[1]} and d.kind = ${byKey[2]} and d.key = ${byKey[3]}`;
  else {
    let path = ref;
    if (path.startsWith(publicUrl)) path = path.slice(publicUrl.length);
    if (!path.startsWith('/')) return undefined;
    where = sql`t.url = ${path.split('#')[0]!.split('?')[0]}`;
  }
  const [row] = await db.query<ResolvedRecord>(sql`select d.module, d.kind, d.key, t.title_mn as "titleMn",
      t.title_en as "titleEn", t.url
    from search_documents d join search_document_texts t on t.document_id = d.id
    where ${where} and d.restricted_action is null limit 1`);
  return row;
}

const LINK = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export async function reportProgress(
  ctx: ModuleContext,
  actor: Actor,
  commitmentId: number,
  input: ReportInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ reportId: number }>> {
  authorize(actor, 'plans.report');
  const commitment = await findCommitment(ctx.db, commitmentId);
  if (commitment?.planStatus !== 'published') throw notFound(`no published commitment ${commitmentId}`);
  const problems: FieldProblem[] = [];
  const organization = commitment.organizations.find((o) => o.slug === input.organization);
  if (!organization) problems.push(problem('organization', 'plans.report.error.organization'));
  else authorize(actor, 'plans.report', { organizationId: organization.id });
  if (!(completions as readonly string[]).includes(input.completion))
    problems.push(problem('completion', 'plans.report.error.completion'));
  const narrative = input.narrative.trim();
  if (!narrative) problems.push(problem('narrative', 'plans.report.error.narrative'));
  else if (narrative.length > 20000) problems.push(problem('narrative', 'plans.error.tooLong'));
  const reportedOn = input.reportedOn.trim();
  if (!isIsoDate(reportedOn)) problems.push(problem('reportedOn', 'plans.error.date'));
  else if (reportedOn > todayIn(ctx.country.timeZone))
    problems.push(problem('reportedOn', 'plans.report.error.future'));
  if (input.milestoneId != null) {
    const [m] = await ctx.db.query(
      sql`select 1 from plan_milestones where id = ${input.milestoneId} and commitment_id = ${commitmentId}`,
    );
    if (!m) problems.push(problem('milestone', 'plans.report.error.milestone'));
  }
  const records: ResolvedRecord[] = [];
  for (const reference of input.records ?? []) {
    if (!reference.trim()) continue;
    const found = await resolveRecord(ctx.db, reference, ctx.config.publicUrl);
    if (!found) problems.push(problem('records', 'plans.report.error.record'));
    else if (!records.some((r) => r.module === found.module && r.kind === found.kind && r.key === found.key))
      records.push(found);
  }
  const links = (input.links ?? []).map((l) => l.trim()).filter(Boolean);
  if (links.some((l) => !LINK.test(l) || l.length > 2000))
    problems.push(problem('links', 'plans.report.error.link'));
  for (const file of input.files ?? []) {
    const refused = checkFile(file, documentsAndImages, 'files');
    if (refused) problems.push(problem('files', 'plans.report.error.file', { detail: refused.message }));
  }
  if (problems.length > 0) return refuse(problems);
  const key =
    input.submissionKey && /^[A-Za-z0-9_-]{16,64}$/.test(input.submissionKey) ? input.submissionKey : null;
  return ctx.db.transaction(async (tx) => {
    if (key) {
      const [done] = await tx.query<{ id: number }>(
        sql`select id from plan_progress_reports where submission_key = ${key}`,
      );
      if (done) return ok({ reportId: done.id });
    }
    const [report] = await tx.query<{ id: number }>(sql`insert into plan_progress_reports
      (commitment_id, milestone_id, organization_id, completion, narrative, reported_on, created_by, submission_key)
      values (${commitmentId}, ${input.milestoneId ?? null}, ${organization!.id}, ${input.completion}, ${narrative},
        ${reportedOn}, ${actor.userId}, ${key})
      on conflict (submission_key) do nothing returning id`);
    if (!report) {
      const [done] = await tx.query<{ id: number }>(
        sql`select id from plan_progress_reports where submission_key = ${key}`,
      );
      return ok({ reportId: done!.id });
    }
    let position = 0;
    for (const r of records) {
      position += 1;
      await tx.query(sql`insert into plan_report_evidence (report_id, kind, record_module, record_kind, record_key,
          title_mn, title_en, url, position)
        values (${report.id}, 'record', ${r.module}, ${r.kind}, ${r.key}, ${r.titleMn}, ${r.titleEn}, ${r.url}, ${position})`);
    }
    for (const l of links) {
      position += 1;
      await tx.query(sql`insert into plan_report_evidence (report_id, kind, title_en, url, position)
        values (${report.id}, 'link', ${l.slice(0, 500)}, ${l}, ${position})`);
    }
    for (const received of input.files ?? []) {
      position += 1;
      const f = await storeFile(tx, ctx.config, received, { actor: actor.label });
      const name = f.filename.slice(0, 500) || 'document';
      await tx.query(sql`insert into plan_report_evidence (report_id, kind, file_id, file_name, title_mn, title_en, url, position)
        values (${report.id}, 'file', ${f.id}, ${f.filename}, ${name}, ${name}, ${`/plans/evidence/${f.id}`}, ${position})`);
    }
    // The latest report (by its date, then by when it was made) gives the commitment's completion.
    const completion: Completion =
      (
        await tx.query<{ completion: Completion }>(sql`select completion from plan_progress_reports
        where commitment_id = ${commitmentId} and milestone_id is null
        order by reported_on desc, created_at desc, id desc limit 1`)
      )[0]?.completion ?? (input.completion as Completion);
    if (input.milestoneId != null) {
      await tx.query(
        sql`update plan_milestones set completion = ${input.completion} where id = ${input.milestoneId}`,
      );
    }
    await tx.query(sql`update plan_commitments set completion = ${input.milestoneId != null ? sql`completion` : completion},
      report_count = report_count + 1, evidence_count = evidence_count + ${position}, updated_at = now()
      where id = ${commitmentId}`);
    await afterPlanChange(tx, { id: commitment.planId, status: 'published' }, actor, [commitmentId]);
    await notifyFollowers(tx, ctx, commitment, 'report');
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organization!.id, 'plans.report'),
      action: 'plans.report',
      subject: { type: 'commitment', id: commitmentId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: {
        report: report.id,
        organization: organization!.slug,
        completion: input.completion,
        evidence: position,
      },
    });
    return ok({ reportId: report.id });
  });
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
