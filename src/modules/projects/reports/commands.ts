import type { Actor } from '../../../platform/auth/actor.ts';
import {
  changed,
  type FieldProblem,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Config } from '../../../platform/config.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { localDate } from '../../../platform/deadlines/local-days.ts';
import {
  documentsAndImages,
  type FilePolicy,
  type ReceivedFile,
  storeFile,
} from '../../../platform/files/index.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { changeProjectChild, fileProblems, readLinks } from '../child-records.ts';
import { progressReportsDataset } from './dataset.ts';
import { findReport, type ProgressReport } from './queries.ts';

export const REPORT_WRITE = 'projects.reports.write';

/** What the form and the API send for a progress report: numbers as typed, dates `YYYY-MM-DD`. */
export interface ProgressReportInput {
  periodStart?: string;
  periodEnd?: string;
  reportedOn?: string;
  physicalPercent?: string | number;
  physicalBasisMn?: string;
  physicalBasisEn?: string;
  financialPercent?: string | number;
  financialBasisMn?: string;
  financialBasisEn?: string;
  spentAmount?: string | number;
  spentCurrency?: string;
  issuesMn?: string;
  issuesEn?: string;
  decreaseReasonMn?: string;
  decreaseReasonEn?: string;
  /** The reporting officer: the slug of an official of the register. */
  officer?: string;
  /** Ids of the project's planned milestones this report records as done. */
  milestones?: string | readonly (string | number)[];
  /** Photos of the works, uploaded (the form only): JPEG, PNG or WebP, judged from their bytes. */
  photos?: readonly ReceivedFile[];
  /** The report's own files, uploaded (the form only): PDF or images, judged from their bytes. */
  files?: readonly ReceivedFile[];
  /** Links to the report's documents published elsewhere, one address each. */
  links?: string | readonly string[];
}

/** Photos of the works: images only, 10 MB each. */
export const photoPolicy: FilePolicy = {
  maxBytes: documentsAndImages.maxBytes,
  types: ['image/jpeg', 'image/png', 'image/webp'],
};

const BASIS_MAX = 1000;
const TEXT_MAX = 10000;
const REASON_MAX = 2000;
/** numeric(20, 2): at most 18 digits before the point. */
const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;

const trimmed = (value: string | number | undefined | null) => String(value ?? '').trim();

/** A percentage of 0 to 100 with at most two decimals; a problem on its field otherwise. */
export function checkPercent(field: string, value: string | number | undefined, problems: FieldProblem[]) {
  const v = trimmed(value).replace(',', '.').replace(/\s*%$/, '');
  if (v === '') {
    problems.push(problem(field, 'projects.reports.error.percentMissing'));
    return null;
  }
  if (!/^-?\d+(\.\d+)?$/.test(v)) {
    problems.push(problem(field, 'projects.reports.error.percent'));
    return null;
  }
  const n = Number(v);
  if (n < 0 || n > 100) {
    problems.push(problem(field, 'projects.reports.error.percentRange', { value: v }));
    return null;
  }
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(v)) {
    problems.push(problem(field, 'projects.reports.error.percent'));
    return null;
  }
  return n;
}

/** A day `YYYY-MM-DD` that exists; a problem on its field otherwise. */
export function checkDay(field: string, value: string | undefined, problems: FieldProblem[]) {
  const v = trimmed(value);
  if (v === '') problems.push(problem(field, 'projects.reports.error.dateMissing'));
  else if (!isIsoDate(v)) problems.push(problem(field, 'projects.reports.error.date'));
  else return v;
  return null;
}

function checkText(
  field: string,
  value: string | undefined,
  max: number,
  problems: FieldProblem[],
  required: boolean,
): string | null {
  const v = trimmed(value);
  if (v === '') {
    if (required) problems.push(problem(field, 'projects.reports.error.textMissing'));
    return null;
  }
  if (v.length > max) {
    problems.push(problem(field, 'projects.reports.error.tooLong', { max }));
    return null;
  }
  return v;
}

const idsOf = (value: ProgressReportInput['milestones']): string[] =>
  value === undefined
    ? []
    : (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter(Boolean);

/** The report before this one (by period), for the checks of order and of progress going backwards. */
async function previousReport(tx: Queryable, projectId: number) {
  const [row] = await tx.query<{ periodEnd: string; physical: number; financial: number }>(
    sql`select period_end::text as "periodEnd", physical_percent::float8 as physical,
        financial_percent::float8 as financial
      from project_progress_reports where project_id = ${projectId}
      order by period_end desc limit 1`,
  );
  return row;
}

/**
 * Records a project's progress report for a period. Refused, each problem on its field, with
 * nothing stored: a percentage missing, not a number or outside 0–100; a period that ends before
 * it starts, overlaps the previous report's or comes before it (`periodStart`); a report dated
 * before its period starts or after today (`reportedOn`); physical or financial progress below
 * the previous report's without a stated reason (`decreaseReasonMn`); an officer who is not in
 * the officials register; a milestone that is not the project's or is already done. The milestones
 * named are recorded done on the report's date; the row, the dataset's change history and the
 * audit entry are written in one transaction under the project's lock (so two reports cannot
 * pass the order check together).
 */
export function recordProgressReport(
  ctx: { db: Database; country: { timeZone: string }; config: Pick<Config, 'dataDir'> },
  actor: Actor,
  projectSlug: string,
  input: ProgressReportInput,
  meta: RequestMeta,
): Promise<Result<ProgressReport>> {
  return changeProjectChild(ctx.db, {
    actor,
    meta,
    action: 'projects.reports.record',
    permission: REPORT_WRITE,
    projectSlug,
    lock: true,
    change: async (tx, project, now) => {
      const problems: FieldProblem[] = [];
      const periodStart = checkDay('periodStart', input.periodStart, problems);
      const periodEnd = checkDay('periodEnd', input.periodEnd, problems);
      const reportedOn = checkDay('reportedOn', input.reportedOn, problems);
      const physical = checkPercent('physicalPercent', input.physicalPercent, problems);
      const financial = checkPercent('financialPercent', input.financialPercent, problems);
      const text = {
        physicalBasisMn: checkText('physicalBasisMn', input.physicalBasisMn, BASIS_MAX, problems, true),
        physicalBasisEn: checkText('physicalBasisEn', input.physicalBasisEn, BASIS_MAX, problems, true),
        financialBasisMn: checkText('financialBasisMn', input.financialBasisMn, BASIS_MAX, problems, true),
        financialBasisEn: checkText('financialBasisEn', input.financialBasisEn, BASIS_MAX, problems, true),
        issuesMn: checkText('issuesMn', input.issuesMn, TEXT_MAX, problems, false),
        issuesEn: checkText('issuesEn', input.issuesEn, TEXT_MAX, problems, false),
        decreaseReasonMn: checkText('decreaseReasonMn', input.decreaseReasonMn, REASON_MAX, problems, false),
        decreaseReasonEn: checkText('decreaseReasonEn', input.decreaseReasonEn, REASON_MAX, problems, false),
      };
      if (periodStart && periodEnd && periodEnd <= periodStart)
        problems.push(problem('periodEnd', 'projects.reports.error.periodEnd'));
      const today = localDate(now, ctx.country.timeZone);
      if (reportedOn && reportedOn > today)
        problems.push(problem('reportedOn', 'projects.reports.error.reportedFuture'));
      else if (reportedOn && periodStart && reportedOn < periodStart)
        problems.push(problem('reportedOn', 'projects.reports.error.reportedBeforePeriod'));
      const previous = await previousReport(tx, project.id);
      if (previous && periodStart && periodEnd && periodEnd > periodStart) {
        if (periodEnd <= previous.periodEnd)
          problems.push(
            problem('periodStart', 'projects.reports.error.periodOutOfOrder', { date: previous.periodEnd }),
          );
        else if (periodStart <= previous.periodEnd)
          problems.push(
            problem('periodStart', 'projects.reports.error.periodOverlap', { date: previous.periodEnd }),
          );
      }
      const wentBack =
        previous &&
        ((physical !== null && physical < previous.physical) ||
          (financial !== null && financial < previous.financial));
      if (wentBack && text.decreaseReasonMn === null && !problems.some((p) => p.field === 'decreaseReasonMn'))
        problems.push(
          problem('decreaseReasonMn', 'projects.reports.error.decreaseReason', {
            physical: previous.physical,
            financial: previous.financial,
          }),
        );
      let spent: string | null = null;
      let spentCurrency: string | null = null;
      const spentText = trimmed(input.spentAmount).replace(/[\s,]/g, '');
      if (spentText !== '') {
        if (!AMOUNT.test(spentText)) problems.push(problem('spentAmount', 'projects.reports.error.amount'));
        else spent = spentText;
        const currency = trimmed(input.spentCurrency).toUpperCase() || project.budgetCurrency;
        if (!currency || !/^[A-Z]{3}$/.test(currency))
          problems.push(problem('spentCurrency', 'projects.reports.error.currency'));
        else spentCurrency = currency;
      }
      let officerId: number | null = null;
      const officer = trimmed(input.officer);
      if (officer !== '') {
        const [found] = await tx.query<{ id: number }>(sql`select id from officials where slug = ${officer}`);
        if (!found) problems.push(problem('officer', 'projects.reports.error.officer', { slug: officer }));
        else officerId = found.id;
      }
      const milestoneIds = idsOf(input.milestones);
      let milestones: number[] = [];
      if (milestoneIds.length > 0) {
        const numeric = milestoneIds.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
        const open = await tx.query<{ id: number }>(
          sql`select id from project_milestones where project_id = ${project.id}
            and completed_on is null and id = any(${numeric}::bigint[])`,
        );
        if (open.length !== milestoneIds.length)
          problems.push(problem('milestones', 'projects.reports.error.milestone'));
        milestones = open.map((m) => m.id);
      }
      problems.push(
        ...fileProblems('photos', input.photos ?? [], photoPolicy, 'projects.reports.error.file'),
        ...fileProblems('files', input.files ?? [], documentsAndImages, 'projects.reports.error.file'),
      );
      const { links, problems: linkProblems } = readLinks(input.links, 'projects.reports.error.link');
      problems.push(...linkProblems);
      if (problems.length > 0) return refuse(problems);
      const [row] = await tx.query<{ id: number }>(
        sql`insert into project_progress_reports (project_id, period_start, period_end, reported_on,
            physical_percent, physical_basis_mn, physical_basis_en, financial_percent, financial_basis_mn,
            financial_basis_en, spent_amount, spent_currency, issues_mn, issues_en, decrease_reason_mn,
            decrease_reason_en, officer_id, created_at)
          values (${project.id}, ${periodStart}, ${periodEnd}, ${reportedOn}, ${physical}, ${text.physicalBasisMn},
            ${text.physicalBasisEn}, ${financial}, ${text.financialBasisMn}, ${text.financialBasisEn},
            ${spent}::numeric, ${spentCurrency}, ${text.issuesMn}, ${text.issuesEn}, ${text.decreaseReasonMn},
            ${text.decreaseReasonEn}, ${officerId}, ${now})
          returning id`,
      );
      const id = row!.id;
      if (milestones.length > 0)
        await tx.query(
          sql`update project_milestones set completed_on = ${reportedOn}, report_id = ${id}
            where id = any(${milestones}::bigint[])`,
        );
      const documents: { kind: string; title: string; fileId: string | null; url: string | null }[] = [];
      for (const [kind, files] of [
        ['photo', input.photos ?? []],
        ['physicalProgressReport', input.files ?? []],
      ] as const)
        for (const file of files) {
          const stored = await storeFile(tx, ctx.config, file, { actor: actor.label });
          documents.push({ kind, title: file.filename.slice(0, 300), fileId: stored.id, url: null });
        }
      for (const url of links)
        documents.push({ kind: 'physicalProgressReport', title: url.slice(0, 300), fileId: null, url });
      for (const d of documents)
        await tx.query(
          sql`insert into project_documents (project_id, kind, report_id, title_mn, title_en, file_id, url, published_on, created_at)
            values (${project.id}, ${d.kind}, ${id}, ${d.title}, ${d.title}, ${d.fileId}::uuid, ${d.url}, ${reportedOn}, ${now})`,
        );
      await tx.query(sql`update projects set updated_at = ${now} where id = ${project.id}`);
      await recordCurrentVersions(tx, progressReportsDataset, actor.label, [String(id)]);
      const report = await findReport(tx, project.slug, id);
      if (!report) throw new Error(`report ${id} vanished`);
      return changed(report, {
        project: project.slug,
        report: id,
        physicalPercent: physical,
        financialPercent: financial,
        milestones,
        documents: documents.length,
      });
    },
  });
}

/** What the form and the API send to plan a milestone. */
export interface MilestoneInput {
  titleMn?: string;
  titleEn?: string;
  dueOn?: string;
}

export interface Milestone {
  id: number;
  projectId: number;
  titleMn: string;
  titleEn: string;
  dueOn: string;
  completedOn: string | null;
  reportId: number | null;
}

/** Plans a milestone of a project with its due date (completed later by a progress report). */
export function planMilestone(
  db: Database,
  actor: Actor,
  projectSlug: string,
  input: MilestoneInput,
  meta: RequestMeta,
): Promise<Result<Milestone>> {
  return changeProjectChild(db, {
    actor,
    meta,
    action: 'projects.milestones.plan',
    permission: REPORT_WRITE,
    projectSlug,
    lock: false,
    change: async (tx, project, now) => {
      const problems: FieldProblem[] = [];
      const titleMn = checkText('titleMn', input.titleMn, 300, problems, true);
      const titleEn = checkText('titleEn', input.titleEn, 300, problems, true);
      const dueOn = checkDay('dueOn', input.dueOn, problems);
      if (problems.length > 0) return refuse(problems);
      const [row] = await tx.query<Milestone>(
        sql`insert into project_milestones (project_id, title_mn, title_en, due_on, created_at)
          values (${project.id}, ${titleMn}, ${titleEn}, ${dueOn}, ${now})
          returning id, project_id as "projectId", title_mn as "titleMn", title_en as "titleEn",
            due_on::text as "dueOn", completed_on::text as "completedOn", report_id as "reportId"`,
      );
      return changed(row!, { project: project.slug, milestone: row!.id, dueOn });
    },
  });
}
