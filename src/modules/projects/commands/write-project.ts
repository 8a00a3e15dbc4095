import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { checkLocation } from '../../../platform/forms/location.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isSlug } from '../../../platform/patterns.ts';
import { outlineOf } from '../../../platform/places/outline.ts';
import {
  PROJECT_TYPES,
  type ProjectType,
  STAGES,
  STATUSES,
  type Stage,
  type Status,
  sectorByCode,
} from '../codes.ts';
import { projectsDataset } from '../dataset.ts';
import { type CheckedPlace, checkPlaces, placeUnits } from '../locations.ts';
import { findProject, type Project } from '../queries.ts';
import { indexProjects } from '../search.ts';
import {
  type CheckedFunding,
  checkFunding,
  type FundingLineInput,
  parseFundingLines,
  readBudget,
  readDate,
  text,
} from './checks.ts';

/** First path segments under /projects that are pages, never a project's slug. */
export const RESERVED_SLUGS = [
  'new',
  'map',
  'loans',
  'lenders',
  'agencies',
  'flags',
  'oc4ids.json',
  'iati-activities.xml',
  'edit',
];

/**
 * What the form and the API send to write a project. Dates are `YYYY-MM-DD` or empty; the places
 * are GeoJSON (locations.ts); the funding is one source a line on the form (checks.ts) or a list
 * on the API. The budget and the planned dates are the approved plan: given when the project is
 * added, changed afterwards only by a revision with its reason (add-revision.ts).
 */
export interface ProjectInput {
  organization: string;
  supervisingOrganization?: string | undefined;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  sector: string;
  projectType?: string | undefined;
  stage: string;
  status?: string | undefined;
  actualStart?: string | undefined;
  actualEnd?: string | undefined;
  aimag?: string | undefined;
  soum?: string | undefined;
  locations?: unknown;
  funding?: string | FundingLineInput[] | undefined;
}

export interface CreateProjectInput extends ProjectInput {
  slug: string;
  budgetAmount?: string | number | undefined;
  budgetCurrency?: string | undefined;
  budgetApprovedOn?: string | undefined;
  plannedStart?: string | undefined;
  plannedEnd?: string | undefined;
  planDecision?: string | undefined;
}

type Context = Pick<ModuleContext, 'db' | 'country'>;

const NAME_MAX = 300;
const DESCRIPTION_MAX = 20000;

/** The reason of a project's first revision: the plan as approved. */
export const APPROVED_PLAN = { mn: 'Батлагдсан анхны төлөвлөгөө', en: 'The plan as first approved' };

interface Checked {
  organizationId: number;
  supervisingId: number | null;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  sector: string;
  projectType: ProjectType | null;
  stage: Stage;
  status: Status;
  actualStart: string | null;
  actualEnd: string | null;
  adminUnit: string | null;
  places: { place: CheckedPlace; unit: string | null }[];
  funding: CheckedFunding[];
}

async function organizationId(db: Queryable, slug: string): Promise<number | undefined> {
  if (slug === '') return undefined;
  const [row] = await db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  return row ? Number(row.id) : undefined;
}

/**
 * Every field of a project checked, each problem a message key on its field. The implementing
 * body is checked first: the actor's grant there is required (403 otherwise).
 */
async function checkProject(
  ctx: Context,
  actor: Actor,
  input: ProjectInput,
  projectId: number | null,
): Promise<Result<Checked>> {
  const problems: FieldProblem[] = [];
  const organization = await organizationId(ctx.db, text(input.organization));
  if (organization === undefined) return refuse('organization', 'projects.error.organization');
  authorize(actor, 'projects.write', { organizationId: organization });
  const supervisingSlug = text(input.supervisingOrganization);
  const supervising =
    supervisingSlug === '' ? null : ((await organizationId(ctx.db, supervisingSlug)) ?? null);
  if (supervisingSlug !== '' && supervising === null)
    problems.push(problem('supervisingOrganization', 'projects.error.organization'));
  const titles = { titleMn: text(input.titleMn), titleEn: text(input.titleEn) };
  for (const [field, value] of Object.entries(titles)) {
    if (value === '') problems.push(problem(field, 'projects.error.nameMissing'));
    else if (value.length > NAME_MAX)
      problems.push(problem(field, 'projects.error.tooLong', { max: NAME_MAX }));
  }
  const descriptions = { descriptionMn: text(input.descriptionMn), descriptionEn: text(input.descriptionEn) };
  for (const [field, value] of Object.entries(descriptions)) {
    if (value === '') problems.push(problem(field, 'projects.error.descriptionMissing'));
    else if (value.length > DESCRIPTION_MAX)
      problems.push(problem(field, 'projects.error.tooLong', { max: DESCRIPTION_MAX }));
  }
  const sector = text(input.sector);
  if (!sectorByCode.has(sector)) problems.push(problem('sector', 'projects.error.sector'));
  const projectType = text(input.projectType);
  if (projectType !== '' && !PROJECT_TYPES.includes(projectType as ProjectType))
    problems.push(problem('projectType', 'projects.error.projectType'));
  const stage = text(input.stage) as Stage;
  if (!STAGES.includes(stage)) problems.push(problem('stage', 'projects.error.stage'));
  const status = (text(input.status) || 'active') as Status;
  if (!STATUSES.includes(status)) problems.push(problem('status', 'projects.error.status'));
  const actualStart = readDate(problems, 'actualStart', input.actualStart);
  const actualEnd = readDate(problems, 'actualEnd', input.actualEnd);
  if (actualStart && actualEnd && actualEnd < actualStart)
    problems.push(problem('actualEnd', 'projects.error.endBeforeStart'));
  if (actualEnd && !actualStart) problems.push(problem('actualStart', 'projects.error.startMissing'));
  const location = await checkLocation(ctx.db, { aimag: input.aimag, soum: input.soum });
  problems.push(...location.problems);
  const checkedPlaces = checkPlaces(input.locations, outlineOf(ctx.country));
  problems.push(...checkedPlaces.problems);
  const units = await placeUnits(ctx.db, checkedPlaces.places);
  problems.push(...units.problems);
  const lines =
    typeof input.funding === 'string'
      ? parseFundingLines(input.funding)
      : { lines: input.funding ?? [], problems: [] };
  problems.push(...lines.problems);
  const funding = await checkFunding(ctx.db, lines.lines, projectId);
  problems.push(...funding.problems);
  if (problems.length > 0) return refuse(problems);
  return ok({
    organizationId: organization,
    supervisingId: supervising,
    ...titles,
    ...descriptions,
    sector,
    projectType: (projectType || null) as ProjectType | null,
    stage,
    status,
    actualStart,
    actualEnd,
    // The unit entered, else the first place's.
    adminUnit: location.soum ?? location.aimag ?? units.units.find((u) => u !== null) ?? null,
    places: checkedPlaces.places.map((place, i) => ({ place, unit: units.units[i] ?? null })),
    funding: funding.funding,
  });
}

/** Places and funding replaced by the ones given, in the transaction. */
async function writeParts(tx: Queryable, id: number, c: Checked): Promise<void> {
  await tx.query(sql`delete from project_locations where project_id = ${id}`);
  for (const { place, unit } of c.places)
    await tx.query(sql`
      insert into project_locations (project_id, geometry, min_lon, min_lat, max_lon, max_lat, admin_unit_code,
        description_mn, description_en)
      values (${id}, ${JSON.stringify(place.geometry)}::jsonb, ${place.box.minLon}, ${place.box.minLat},
        ${place.box.maxLon}, ${place.box.maxLat}, ${unit}, ${place.descriptionMn}, ${place.descriptionEn})`);
  await tx.query(sql`delete from project_funding where project_id = ${id}`);
  for (const f of c.funding)
    await tx.query(sql`
      insert into project_funding (project_id, source, amount, currency, loan_id, budget_line_ref, description_mn, description_en)
      values (${id}, ${f.source}, ${f.amount}::numeric, ${f.currency}, ${f.loanId}, ${f.budgetLineRef},
        ${f.descriptionMn}, ${f.descriptionEn})`);
}

/** The project's dataset version, search document and audit entry, in the transaction that wrote it. */
export async function publishProject(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  action: string,
  id: number,
  organizationId: number,
  details: Record<string, string | null>,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    role: auditRole(actor, organizationId, 'projects.write'),
    action,
    subject: { type: 'project', id },
    ip: meta.ip,
    requestId: meta.requestId,
    details,
  });
  const [row] = await tx.query<{ slug: string }>(sql`select slug from projects where id = ${id}`);
  await recordCurrentVersions(tx, projectsDataset, actor.label, [row!.slug]);
  await indexProjects(tx, [id]);
}

/**
 * Adds a project: every field checked (each problem a message key on its field), the actor's
 * grant at the implementing body checked (403 otherwise), then in one transaction the project,
 * its places, its funding, the approved plan as its first revision (when a budget or planned
 * dates are given), the audit entry, the dataset's version and the search document.
 */
export async function createProject(
  ctx: Context,
  actor: Actor,
  input: CreateProjectInput,
  meta: RequestMeta,
): Promise<Result<Project>> {
  const slug = text(input.slug);
  const slugProblems: FieldProblem[] = [];
  if (!isSlug(slug) || RESERVED_SLUGS.includes(slug))
    slugProblems.push(problem('slug', 'projects.error.slug'));
  const checked = await checkProject(ctx, actor, input, null);
  const problems = [...slugProblems, ...(checked.ok ? [] : checked.problems)];
  const budget = readBudget(
    problems,
    'budgetAmount',
    'budgetCurrency',
    input.budgetAmount,
    input.budgetCurrency,
  );
  const approvedOn = readDate(problems, 'budgetApprovedOn', input.budgetApprovedOn);
  const plannedStart = readDate(problems, 'plannedStart', input.plannedStart);
  const plannedEnd = readDate(problems, 'plannedEnd', input.plannedEnd);
  if (plannedStart && plannedEnd && plannedEnd <= plannedStart)
    problems.push(problem('plannedEnd', 'projects.error.endBeforeStart'));
  const decision = text(input.planDecision);
  if (decision.length > 300) problems.push(problem('planDecision', 'projects.error.tooLong', { max: 300 }));
  if (problems.length > 0 || !checked.ok) return refuse(problems);
  const c = checked.value;
  return refusableTransaction(ctx.db, async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into projects (organization_id, supervising_organization_id, slug, title_mn, title_en, description_mn,
        description_en, sector, project_type, stage, status, budget_amount, budget_currency, budget_approved_on,
        planned_start, planned_end, actual_start, actual_end, admin_unit_code, created_at, updated_at)
      values (${c.organizationId}, ${c.supervisingId}, ${slug}, ${c.titleMn}, ${c.titleEn}, ${c.descriptionMn},
        ${c.descriptionEn}, ${c.sector}, ${c.projectType}, ${c.stage}, ${c.status}, ${budget?.amount ?? null}::numeric,
        ${budget?.currency ?? null}, ${approvedOn}::date, ${plannedStart}::date, ${plannedEnd}::date,
        ${c.actualStart}::date, ${c.actualEnd}::date, ${c.adminUnit}, ${meta.now}, ${meta.now})
      on conflict (slug) do nothing returning id`);
    if (!row) return refuse('slug', 'projects.error.slugTaken', { slug });
    const id = Number(row.id);
    await writeParts(tx, id, c);
    if (budget || plannedStart || plannedEnd)
      await tx.query(sql`
        insert into project_revisions (project_id, revised_on, budget_amount, budget_currency, planned_start,
          planned_end, reason_mn, reason_en, decision, created_at)
        values (${id}, ${approvedOn ?? meta.now.toISOString().slice(0, 10)}::date, ${budget?.amount ?? null}::numeric,
          ${budget?.currency ?? null}, ${plannedStart}::date, ${plannedEnd}::date, ${APPROVED_PLAN.mn},
          ${APPROVED_PLAN.en}, ${decision || null}, ${meta.now})`);
    await publishProject(tx, actor, meta, 'projects.create', id, c.organizationId, {
      slug,
      organization: text(input.organization),
    });
    return ok((await findProject(tx, id))!);
  });
}

/**
 * Changes a project (its slug, budget and planned dates stay: those change by a revision): the
 * same checks as adding one, the actor's grant at the implementing body before and after; its
 * places and funding replaced by the ones given.
 */
export async function updateProject(
  ctx: Context,
  actor: Actor,
  slug: string,
  input: ProjectInput,
  meta: RequestMeta,
): Promise<Result<Project>> {
  const current = await findProject(ctx.db, slug);
  if (!current) throw notFound(`no project "${slug}"`);
  authorize(actor, 'projects.write', { organizationId: current.organizationId });
  const checked = await checkProject(ctx, actor, input, current.id);
  if (!checked.ok) return checked;
  const c = checked.value;
  return refusableTransaction(ctx.db, async (tx) => {
    await tx.query(sql`
      update projects set organization_id = ${c.organizationId}, supervising_organization_id = ${c.supervisingId},
        title_mn = ${c.titleMn}, title_en = ${c.titleEn}, description_mn = ${c.descriptionMn},
        description_en = ${c.descriptionEn}, sector = ${c.sector}, project_type = ${c.projectType},
        stage = ${c.stage}, status = ${c.status}, actual_start = ${c.actualStart}::date,
        actual_end = ${c.actualEnd}::date, admin_unit_code = ${c.adminUnit}, updated_at = ${meta.now}
      where id = ${current.id}`);
    await writeParts(tx, current.id, c);
    await publishProject(tx, actor, meta, 'projects.update', current.id, c.organizationId, {
      slug,
      stage: c.stage,
      status: c.status,
    });
    return ok((await findProject(tx, current.id))!);
  });
}
