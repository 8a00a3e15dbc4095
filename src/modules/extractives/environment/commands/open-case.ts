import { recordAudit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { authorize } from '../../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../../platform/commands/index.ts';
import type { Queryable } from '../../../../platform/db/database.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { localDate } from '../../../../platform/deadlines/local-days.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { type EnvironmentCase, findCase } from '../queries.ts';
import type { OpenCaseInput } from '../schemas.ts';
import { WRITE } from './record-step.ts';
import { checkDay } from './step-rules.ts';

const FINDING_MAX = 4000;

/** The keeper of the list (the pack's `environmentalList.keeperSlug`), an organisation of the registry. */
export async function keeperOf(db: Queryable, ctx: Pick<ModuleContext, 'country'>): Promise<number> {
  const slug = ctx.country.extractives.environmentalList.keeperSlug;
  const [row] = await db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  if (!row) throw new Error(`the keeper of the environmental list, "${slug}", is not an organisation`);
  return Number(row.id);
}

/** The licences named by number, each found once (a number two kinds share is named ambiguous). */
async function findLicences(db: Queryable, text: string, problems: FieldProblem[]): Promise<number[]> {
  const numbers = [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  if (numbers.length === 0) return [];
  const rows = await db.query<{ id: number; number: string }>(
    sql`select id, number from extractive_licences where number = any(${numbers}::text[])`,
  );
  const ids: number[] = [];
  for (const n of numbers) {
    const found = rows.filter((r) => r.number === n);
    if (found.length === 1) ids.push(Number(found[0]!.id));
    else
      problems.push(
        problem(
          'licences',
          found.length === 0
            ? 'extractives.environment.error.licence'
            : 'extractives.environment.error.licenceAmbiguous',
          { number: n },
        ),
      );
  }
  return ids;
}

/**
 * Opens a case on an inspection, for the keeper of the list: the company (a legal entity of the
 * register), the finding in both languages, where (an admin unit, licences by number), the
 * inspection's day, inspecting body and report. The case starts at `inspected`, not public until
 * the company is notified. The case, its licences, its first event and the audit entry in one
 * transaction.
 */
export async function openCase(
  ctx: Pick<ModuleContext, 'db' | 'country'>,
  actor: Actor,
  input: OpenCaseInput,
  meta: RequestMeta,
): Promise<Result<EnvironmentCase>> {
  const { db } = ctx;
  const keeper = await keeperOf(db, ctx);
  authorize(actor, WRITE, { organizationId: keeper });
  const problems: FieldProblem[] = [];
  const companyId = /^\d{1,15}$/.test(input.company.trim()) ? Number(input.company.trim()) : null;
  const [entity] =
    companyId === null
      ? []
      : await db.query<{ id: number }>(sql`select id from legal_entities where id = ${companyId}`);
  if (!entity) problems.push(problem('company', 'extractives.environment.error.company'));
  const finding = { mn: input.findingMn.trim(), en: input.findingEn.trim() };
  for (const [field, value] of [
    ['findingMn', finding.mn],
    ['findingEn', finding.en],
  ] as const) {
    if (value === '') problems.push(problem(field, 'extractives.environment.error.textMissing'));
    else if (value.length > FINDING_MAX)
      problems.push(problem(field, 'extractives.environment.error.tooLong', { max: FINDING_MAX }));
  }
  const unit = (input.unit ?? '').trim();
  if (unit !== '') {
    const [found] = await db.query<{ code: string }>(sql`select code from admin_units where code = ${unit}`);
    if (!found) problems.push(problem('unit', 'extractives.environment.error.unit'));
  }
  const licences = await findLicences(db, input.licences ?? '', problems);
  const today = localDate(meta.now, ctx.country.timeZone);
  const inspectedOn = checkDay('inspectedOn', input.inspectedOn, { today }, problems);
  const [inspector] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${input.inspector.trim()}`,
  );
  if (!inspector) problems.push(problem('inspector', 'extractives.environment.error.inspector'));
  const reference = input.reportReference.trim();
  if (reference === '')
    problems.push(problem('reportReference', 'extractives.environment.error.textMissing'));
  if (problems.length > 0) return refuse(problems);
  return refusableTransaction(db, async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into extractive_environment_cases (organization_id, legal_entity_id, finding_mn, finding_en,
        admin_unit_code, inspected_on, inspector_id, report_reference, stage, created_at, updated_at)
      values (${keeper}, ${entity!.id}, ${finding.mn}, ${finding.en}, ${unit || null}, ${inspectedOn},
        ${inspector!.id}, ${reference}, 'inspected', ${meta.now}, ${meta.now})
      returning id`);
    const id = Number(row!.id);
    if (licences.length > 0)
      await tx.query(sql`insert into extractive_environment_case_licences (case_id, licence_id)
        select ${id}, unnest(${licences}::bigint[])`);
    await tx.query(sql`
      insert into extractive_environment_events (case_id, kind, occurred_on, details, recorded_by, recorded_at)
      values (${id}, 'inspection', ${inspectedOn}, ${JSON.stringify({ reportReference: reference })}::jsonb,
        ${actor.label}, ${meta.now})`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, keeper, WRITE),
      action: 'extractives.environment.open',
      subject: { type: 'environmental-case', id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { company: entity!.id, inspectedOn, licences },
    });
    const made = await findCase(tx, id);
    return made ? ok(made) : refuse('company', 'extractives.environment.error.company');
  });
}
