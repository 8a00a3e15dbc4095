import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import { problem } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import {
  checkFile,
  documentsAndImages,
  type ReceivedFile,
  storeFile,
} from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { notifyFollowers } from '../follow.ts';
import { afterPlanChange } from '../publishing.ts';
import { findCommitment } from '../reports.ts';
import { type Completion, completions, todayIn } from '../service.ts';
import { plansCommand, submissionKeyOf, unchanged, wrote } from './frame.ts';

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

/** Reports progress on a commitment for one of its responsible organisations, once per form. */
export const reportProgress = plansCommand(
  'plans.report',
  (ctx, actor, commitmentId: number, input: ReportInput) => {
    const narrative = input.narrative.trim();
    const reportedOn = input.reportedOn.trim();
    const links = (input.links ?? []).map((l) => l.trim()).filter(Boolean);
    return {
      check: async (problems) => {
        const commitment = await findCommitment(ctx.db, commitmentId);
        if (commitment?.planStatus !== 'published') throw notFound(`no published commitment ${commitmentId}`);
        const organization = commitment.organizations.find((o) => o.slug === input.organization);
        if (!organization) problems.push(problem('organization', 'plans.report.error.organization'));
        else authorize(actor, 'plans.report', { organizationId: organization.id });
        if (!(completions as readonly string[]).includes(input.completion))
          problems.push(problem('completion', 'plans.report.error.completion'));
        if (!narrative) problems.push(problem('narrative', 'plans.report.error.narrative'));
        else if (narrative.length > 20000) problems.push(problem('narrative', 'plans.error.tooLong'));
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
          else if (
            !records.some((r) => r.module === found.module && r.kind === found.kind && r.key === found.key)
          )
            records.push(found);
        }
        if (links.some((l) => !LINK.test(l) || l.length > 2000))
          problems.push(problem('links', 'plans.report.error.link'));
        for (const file of input.files ?? []) {
          const refused = checkFile(file, documentsAndImages, 'files');
          if (refused)
            problems.push(problem('files', 'plans.report.error.file', { detail: refused.message }));
        }
        return { commitment, organization: organization!, records };
      },
      write: async (tx, { commitment, organization, records }) => {
        const key = submissionKeyOf(input.submissionKey);
        const earlier = (k: string) =>
          tx.query<{ id: number }>(sql`select id from plan_progress_reports where submission_key = ${k}`);
        if (key) {
          const [done] = await earlier(key);
          if (done) return unchanged({ reportId: done.id });
        }
        const [report] = await tx.query<{ id: number }>(sql`insert into plan_progress_reports
        (commitment_id, milestone_id, organization_id, completion, narrative, reported_on, created_by, submission_key)
        values (${commitmentId}, ${input.milestoneId ?? null}, ${organization.id}, ${input.completion}, ${narrative},
          ${reportedOn}, ${actor.userId}, ${key})
        on conflict (submission_key) do nothing returning id`);
        if (!report) return unchanged({ reportId: (await earlier(key!))[0]!.id });
        const evidence = await writeEvidence(tx, ctx, actor, report.id, records, links, input.files ?? []);
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
        report_count = report_count + 1, evidence_count = evidence_count + ${evidence}, updated_at = now()
        where id = ${commitmentId}`);
        await afterPlanChange(tx, { id: commitment.planId, status: 'published' }, actor, [commitmentId]);
        await notifyFollowers(tx, ctx, commitment, 'report');
        return wrote(
          { reportId: report.id },
          {
            action: 'plans.report',
            subject: { type: 'commitment', id: commitmentId },
            organizationId: organization.id,
            details: {
              report: report.id,
              organization: organization.slug,
              completion: input.completion,
              evidence,
            },
          },
        );
      },
    };
  },
);

/** Writes a report's evidence in order: records, links, then the uploaded files; gives how many. */
async function writeEvidence(
  tx: Queryable,
  ctx: ModuleContext,
  actor: Actor,
  reportId: number,
  records: readonly ResolvedRecord[],
  links: readonly string[],
  files: readonly ReceivedFile[],
): Promise<number> {
  let position = 0;
  for (const r of records) {
    position += 1;
    await tx.query(sql`insert into plan_report_evidence (report_id, kind, record_module, record_kind, record_key,
        title_mn, title_en, url, position)
      values (${reportId}, 'record', ${r.module}, ${r.kind}, ${r.key}, ${r.titleMn}, ${r.titleEn}, ${r.url}, ${position})`);
  }
  for (const l of links) {
    position += 1;
    await tx.query(sql`insert into plan_report_evidence (report_id, kind, title_en, url, position)
      values (${reportId}, 'link', ${l.slice(0, 500)}, ${l}, ${position})`);
  }
  for (const received of files) {
    position += 1;
    const f = await storeFile(tx, ctx.config, received, { actor: actor.label });
    const name = f.filename.slice(0, 500) || 'document';
    await tx.query(sql`insert into plan_report_evidence (report_id, kind, file_id, file_name, title_mn, title_en, url, position)
      values (${reportId}, 'file', ${f.id}, ${f.filename}, ${name}, ${name}, ${`/plans/evidence/${f.id}`}, ${position})`);
  }
  return position;
}
