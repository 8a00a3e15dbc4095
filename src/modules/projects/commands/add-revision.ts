import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { findProject, type Project, projectRevisions } from '../queries.ts';
import { readBudget, readDate, text } from './checks.ts';
import { publishProject } from './write-project.ts';

/** A revision of a project's budget or schedule as the form and the API send it. */
export interface RevisionInput {
  revisedOn: string;
  budgetAmount?: string | number | undefined;
  budgetCurrency?: string | undefined;
  plannedStart?: string | undefined;
  plannedEnd?: string | undefined;
  reasonMn: string;
  reasonEn?: string | undefined;
  decision?: string | undefined;
}

/**
 * Revises a project's budget or schedule: a real date no earlier than the last revision's, at
 * least one new value, the reason in Mongolian (every change needs one), the schedule that results
 * ending after it starts. The project's row then holds the latest values; the revision, the row,
 * the audit entry, the dataset's version and the search document are written in one transaction.
 */
export async function addRevision(
  db: Database,
  actor: Actor,
  slug: string,
  input: RevisionInput,
  meta: RequestMeta,
): Promise<Result<Project>> {
  const project = await findProject(db, slug);
  if (!project) throw notFound(`no project "${slug}"`);
  authorize(actor, 'projects.write', { organizationId: project.organizationId });
  const problems: FieldProblem[] = [];
  const revisedOn = readDate(problems, 'revisedOn', input.revisedOn);
  if (revisedOn === null && !problems.some((p) => p.field === 'revisedOn'))
    problems.push(problem('revisedOn', 'projects.error.dateMissing'));
  const last = (await projectRevisions(db, project.id)).at(-1);
  if (revisedOn && last && revisedOn < last.revisedOn)
    problems.push(problem('revisedOn', 'projects.error.revision.order', { date: last.revisedOn }));
  const budget = readBudget(
    problems,
    'budgetAmount',
    'budgetCurrency',
    input.budgetAmount,
    input.budgetCurrency,
  );
  const plannedStart = readDate(problems, 'plannedStart', input.plannedStart);
  const plannedEnd = readDate(problems, 'plannedEnd', input.plannedEnd);
  const given = [input.budgetAmount, input.budgetCurrency, input.plannedStart, input.plannedEnd].some(
    (v) => text(v) !== '',
  );
  if (!given) problems.push(problem('budgetAmount', 'projects.error.revision.nothing'));
  const start = plannedStart ?? project.plannedStart;
  const end = plannedEnd ?? project.plannedEnd;
  if (start && end && end <= start)
    problems.push(problem(plannedEnd ? 'plannedEnd' : 'plannedStart', 'projects.error.endBeforeStart'));
  const [reasonMn, reasonEn, decision] = [text(input.reasonMn), text(input.reasonEn), text(input.decision)];
  if (reasonMn === '') problems.push(problem('reasonMn', 'projects.error.revision.reason'));
  for (const [field, value, max] of [
    ['reasonMn', reasonMn, 2000],
    ['reasonEn', reasonEn, 2000],
    ['decision', decision, 300],
  ] as const)
    if (value.length > max) problems.push(problem(field, 'projects.error.tooLong', { max }));
  if (problems.length > 0) return refuse(problems);
  return refusableTransaction(db, async (tx) => {
    await tx.query(sql`
      insert into project_revisions (project_id, revised_on, budget_amount, budget_currency, planned_start,
        planned_end, reason_mn, reason_en, decision, created_at)
      values (${project.id}, ${revisedOn}::date, ${budget?.amount ?? null}::numeric, ${budget?.currency ?? null},
        ${plannedStart}::date, ${plannedEnd}::date, ${reasonMn}, ${reasonEn || null}, ${decision || null}, ${meta.now})`);
    // The row holds the latest revision's values (revisions are in date order: this one is the latest).
    await tx.query(sql`
      update projects set budget_amount = coalesce(${budget?.amount ?? null}::numeric, budget_amount),
        budget_currency = coalesce(${budget?.currency ?? null}, budget_currency),
        budget_approved_on = coalesce(budget_approved_on, case when ${budget !== null} then ${revisedOn}::date end),
        planned_start = coalesce(${plannedStart}::date, planned_start),
        planned_end = coalesce(${plannedEnd}::date, planned_end), updated_at = ${meta.now}
      where id = ${project.id}`);
    await publishProject(tx, actor, meta, 'projects.revise', project.id, project.organizationId, {
      slug,
      revisedOn,
    });
    return ok((await findProject(tx, project.id))!);
  });
}
