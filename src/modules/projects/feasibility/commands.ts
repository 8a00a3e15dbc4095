import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  changed,
  changeRecord,
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
import { documentsAndImages, type ReceivedFile, storeFile } from '../../../platform/files/index.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import {
  changeProjectChild,
  fileProblems,
  findParentProject,
  lockProject,
  readLinks,
} from '../child-records.ts';
import { feasibilityStudiesDataset } from './dataset.ts';
import { type FeasibilityStudy, findStudy } from './queries.ts';

export const STUDY_WRITE = 'projects.studies.write';

/** What the form and the API send for a feasibility study. */
export interface StudyInput {
  titleMn?: string;
  titleEn?: string;
  summaryMn?: string;
  summaryEn?: string;
  author?: string;
  startedOn?: string;
  /** Left empty while the study is ongoing. */
  completedOn?: string;
  costEstimate?: string | number;
  costCurrency?: string;
  durationMonths?: string | number;
  expectedBenefitsMn?: string;
  expectedBenefitsEn?: string;
  economicIrr?: string | number;
  benefitCostRatio?: string | number;
  /** The study's documents, uploaded (the form only): PDF or images, judged from their bytes. */
  files?: readonly ReceivedFile[];
  /** Addresses of the study's documents published elsewhere, one a line. */
  links?: string | readonly string[];
}

/** The documents' problems (files checked against the attachments policy, links' form). */
function documentProblems(input: StudyInput): { links: string[]; problems: FieldProblem[] } {
  const { links, problems } = readLinks(input.links, 'projects.studies.error.link');
  return {
    links,
    problems: [
      ...fileProblems('files', input.files ?? [], documentsAndImages, 'projects.studies.error.file'),
      ...problems,
    ],
  };
}

/** Stores the study's files and links as its documents (kind `feasibilityStudy`). */
async function writeDocuments(
  tx: Queryable,
  config: Pick<Config, 'dataDir'>,
  actor: Actor,
  projectId: number,
  studyId: number,
  files: readonly ReceivedFile[],
  links: readonly string[],
  on: string,
): Promise<number> {
  const documents: { title: string; fileId: string | null; url: string | null }[] = [];
  for (const file of files) {
    const stored = await storeFile(tx, config, file, { actor: actor.label });
    documents.push({ title: file.filename.slice(0, 300), fileId: stored.id, url: null });
  }
  for (const url of links) documents.push({ title: url.slice(0, 300), fileId: null, url });
  for (const d of documents)
    await tx.query(
      sql`insert into project_documents (project_id, kind, study_id, title_mn, title_en, file_id, url, published_on)
        values (${projectId}, 'feasibilityStudy', ${studyId}, ${d.title}, ${d.title}, ${d.fileId}::uuid, ${d.url}, ${on})`,
    );
  return documents.length;
}

const text = (v: string | number | undefined | null) => String(v ?? '').trim();

interface CheckedStudy {
  titleMn: string;
  titleEn: string;
  summaryMn: string;
  summaryEn: string;
  author: string;
  startedOn: string | null;
  completedOn: string | null;
  costEstimate: string;
  costCurrency: string;
  durationMonths: number | null;
  expectedBenefitsMn: string;
  expectedBenefitsEn: string;
  economicIrr: string | null;
  benefitCostRatio: string | null;
}

/** The study's fields checked, each problem on its field; the values as the table takes them. */
export function checkStudy(
  input: StudyInput,
  today: string,
): { values: CheckedStudy; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const required = (field: string, value: string | undefined, max: number) => {
    const v = text(value);
    if (v === '') problems.push(problem(field, 'projects.studies.error.missing'));
    else if (v.length > max) problems.push(problem(field, 'projects.studies.error.tooLong', { max }));
    return v;
  };
  const day = (field: string, value: string | undefined) => {
    const v = text(value);
    if (v === '') return null;
    if (!isIsoDate(v)) problems.push(problem(field, 'projects.studies.error.date'));
    else if (v > today) problems.push(problem(field, 'projects.studies.error.dateFuture'));
    else return v;
    return null;
  };
  const values: CheckedStudy = {
    titleMn: required('titleMn', input.titleMn, 300),
    titleEn: required('titleEn', input.titleEn, 300),
    summaryMn: required('summaryMn', input.summaryMn, 20000),
    summaryEn: required('summaryEn', input.summaryEn, 20000),
    author: required('author', input.author, 300),
    startedOn: day('startedOn', input.startedOn),
    completedOn: day('completedOn', input.completedOn),
    costEstimate: '',
    costCurrency: text(input.costCurrency).toUpperCase(),
    durationMonths: null,
    expectedBenefitsMn: required('expectedBenefitsMn', input.expectedBenefitsMn, 10000),
    expectedBenefitsEn: required('expectedBenefitsEn', input.expectedBenefitsEn, 10000),
    economicIrr: null,
    benefitCostRatio: null,
  };
  if (values.startedOn && values.completedOn && values.completedOn < values.startedOn)
    problems.push(problem('completedOn', 'projects.studies.error.completedBeforeStart'));
  const cost = text(input.costEstimate).replace(/[\s,]/g, '');
  if (cost === '') problems.push(problem('costEstimate', 'projects.studies.error.missing'));
  else if (!/^\d{1,18}(\.\d{1,2})?$/.test(cost) || Number(cost) <= 0)
    problems.push(problem('costEstimate', 'projects.studies.error.amount'));
  else values.costEstimate = cost;
  if (!/^[A-Z]{3}$/.test(values.costCurrency))
    problems.push(problem('costCurrency', 'projects.studies.error.currency'));
  const duration = text(input.durationMonths);
  if (duration !== '') {
    if (!/^\d{1,4}$/.test(duration) || Number(duration) <= 0)
      problems.push(problem('durationMonths', 'projects.studies.error.months'));
    else values.durationMonths = Number(duration);
  }
  const irr = text(input.economicIrr).replace(',', '.').replace(/\s*%$/, '');
  if (irr !== '') {
    if (!/^-?\d{1,4}(\.\d{1,2})?$/.test(irr))
      problems.push(problem('economicIrr', 'projects.studies.error.irr'));
    else values.economicIrr = irr;
  }
  const bcr = text(input.benefitCostRatio).replace(',', '.');
  if (bcr !== '') {
    if (!/^\d{1,6}(\.\d{1,3})?$/.test(bcr))
      problems.push(problem('benefitCostRatio', 'projects.studies.error.ratio'));
    else values.benefitCostRatio = bcr;
  }
  return { values, problems };
}

/**
 * Adds a feasibility study to a project (ongoing while it has no completion date): the fields
 * checked, the implementing body's grant checked, the row, its version in the dataset's history
 * and the audit entry in one transaction.
 */
export function addStudy(
  ctx: { db: Database; country: { timeZone: string }; config: Pick<Config, 'dataDir'> },
  actor: Actor,
  projectSlug: string,
  input: StudyInput,
  meta: RequestMeta,
): Promise<Result<FeasibilityStudy>> {
  return changeProjectChild(ctx.db, {
    actor,
    meta,
    action: 'projects.studies.add',
    permission: STUDY_WRITE,
    projectSlug,
    lock: true,
    change: async (tx, project, now) => {
      const today = localDate(now, ctx.country.timeZone);
      const { values: v, problems } = checkStudy(input, today);
      const documents = documentProblems(input);
      problems.push(...documents.problems);
      if (problems.length > 0) return refuse(problems);
      const [row] = await tx.query<{ id: number }>(
        sql`insert into project_feasibility_studies (project_id, title_mn, title_en, summary_mn, summary_en, author,
            started_on, completed_on, cost_estimate, cost_currency, duration_months, expected_benefits_mn,
            expected_benefits_en, economic_irr, benefit_cost_ratio, created_at, updated_at)
          values (${project.id}, ${v.titleMn}, ${v.titleEn}, ${v.summaryMn}, ${v.summaryEn}, ${v.author}, ${v.startedOn},
            ${v.completedOn}, ${v.costEstimate}::numeric, ${v.costCurrency}, ${v.durationMonths}, ${v.expectedBenefitsMn},
            ${v.expectedBenefitsEn}, ${v.economicIrr}::numeric, ${v.benefitCostRatio}::numeric, ${now}, ${now})
          returning id`,
      );
      await writeDocuments(
        tx,
        ctx.config,
        actor,
        project.id,
        row!.id,
        input.files ?? [],
        documents.links,
        today,
      );
      await recordCurrentVersions(tx, feasibilityStudiesDataset, actor.label, [String(row!.id)]);
      const study = await findStudy(tx, row!.id);
      if (!study) throw new Error(`study ${row!.id} vanished`);
      return changed(study, { project: project.slug, study: study.id, ongoing: v.completedOn === null });
    },
  });
}

/** Changes a project's study (its completion date once done, a revised estimate): as `addStudy`. */
export function editStudy(
  ctx: { db: Database; country: { timeZone: string }; config: Pick<Config, 'dataDir'> },
  actor: Actor,
  projectSlug: string,
  studyRef: string,
  input: StudyInput,
  meta: RequestMeta,
): Promise<Result<FeasibilityStudy>> {
  const studyId = /^\d{1,15}$/.test(studyRef.trim()) ? Number(studyRef.trim()) : 0;
  return changeRecord(ctx.db, {
    actor,
    meta,
    action: 'projects.studies.edit',
    permission: STUDY_WRITE,
    subject: { type: 'feasibility-study', id: studyId },
    load: async (q) => {
      if (!Number.isSafeInteger(studyId) || studyId <= 0) return undefined;
      const study = await findStudy(q, studyId);
      const project = await findParentProject(q, projectSlug);
      return study && project && study.projectId === project.id ? { study, project } : undefined;
    },
    authorise: (found) => authorize(actor, STUDY_WRITE, { organizationId: found.project.organizationId }),
    organizationId: (found) => found.project.organizationId,
    lock: async (tx, found) => {
      await lockProject(tx, found.project.id);
      return found;
    },
    change: async (tx, { project }, now) => {
      const today = localDate(now, ctx.country.timeZone);
      const { values: v, problems } = checkStudy(input, today);
      const documents = documentProblems(input);
      problems.push(...documents.problems);
      if (problems.length > 0) return refuse(problems);
      await writeDocuments(
        tx,
        ctx.config,
        actor,
        project.id,
        studyId,
        input.files ?? [],
        documents.links,
        today,
      );
      await tx.query(
        sql`update project_feasibility_studies set title_mn = ${v.titleMn}, title_en = ${v.titleEn},
            summary_mn = ${v.summaryMn}, summary_en = ${v.summaryEn}, author = ${v.author}, started_on = ${v.startedOn},
            completed_on = ${v.completedOn}, cost_estimate = ${v.costEstimate}::numeric, cost_currency = ${v.costCurrency},
            duration_months = ${v.durationMonths}, expected_benefits_mn = ${v.expectedBenefitsMn},
            expected_benefits_en = ${v.expectedBenefitsEn}, economic_irr = ${v.economicIrr}::numeric,
            benefit_cost_ratio = ${v.benefitCostRatio}::numeric, updated_at = ${now}
          where id = ${studyId}`,
      );
      await recordCurrentVersions(tx, feasibilityStudiesDataset, actor.label, [String(studyId)]);
      const study = await findStudy(tx, studyId);
      if (!study) throw new Error(`study ${studyId} vanished`);
      return changed(study, { project: project.slug, study: studyId, ongoing: v.completedOn === null });
    },
  });
}
