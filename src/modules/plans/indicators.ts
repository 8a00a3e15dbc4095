import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
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
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * Citizen-targeted performance indicators of organisations (commitment 3.3.1.2): an organisation
 * defines what it measures, the target and the actual value of each period, and reports them;
 * everyone sees the trend.
 */

export const PERIOD = /^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;
const NUMBER = /^-?[0-9]{1,15}([.,][0-9]{1,6})?$/;
const text = (v: string | undefined) => (v ?? '').trim();

export interface IndicatorInput {
  organization: string;
  nameMn?: string;
  nameEn?: string;
  definition: string;
  unit: string;
  direction: string;
}

export interface Indicator {
  id: number;
  organizationId: number;
  slug: string;
  orgMn: string;
  orgEn: string;
  nameMn: string | null;
  nameEn: string | null;
  definition: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

export interface IndicatorValue {
  period: string;
  target: string | null;
  actual: string | null;
  note: string | null;
}

const COLUMNS = sql`i.id, i.organization_id as "organizationId", o.slug, o.name_mn as "orgMn", o.name_en as "orgEn",
  i.name_mn as "nameMn", i.name_en as "nameEn", i.definition, i.unit, i.direction`;

export async function listIndicators(
  db: Queryable,
  organizationId?: number,
): Promise<(Indicator & { periods: number })[]> {
  return db.query(sql`select ${COLUMNS}, (select count(*)::int from plan_indicator_values v where v.indicator_id = i.id) as periods
    from plan_indicators i join organizations o on o.id = i.organization_id
    where ${organizationId === undefined ? sql`true` : sql`i.organization_id = ${organizationId}`}
    order by o.slug, i.id`);
}

export async function findIndicator(
  db: Queryable,
  id: number,
): Promise<(Indicator & { values: IndicatorValue[] }) | undefined> {
  const [row] =
    await db.query<Indicator>(sql`select ${COLUMNS} from plan_indicators i join organizations o on o.id = i.organization_id
    where i.id = ${id}`);
  if (!row) return undefined;
  const values =
    await db.query<IndicatorValue>(sql`select period, target::text as target, actual::text as actual, note
    from plan_indicator_values where indicator_id = ${id} order by period`);
  return { ...row, values };
}

export async function defineIndicator(
  ctx: ModuleContext,
  actor: Actor,
  input: IndicatorInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'plans.indicators');
  const problems: FieldProblem[] = [];
  const [org] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${text(input.organization)}`,
  );
  if (!org) problems.push(problem('organization', 'plans.error.organization'));
  else authorize(actor, 'plans.indicators', { organizationId: org.id });
  if (!text(input.nameMn) && !text(input.nameEn))
    problems.push(problem('nameEn', 'plans.error.titleMissing'));
  if ([input.nameMn, input.nameEn].some((v) => text(v).length > 300))
    problems.push(problem('nameEn', 'plans.error.tooLong'));
  const definition = text(input.definition);
  if (!definition) problems.push(problem('definition', 'plans.indicators.error.definition'));
  else if (definition.length > 5000) problems.push(problem('definition', 'plans.error.tooLong'));
  const unit = text(input.unit);
  if (!unit || unit.length > 50) problems.push(problem('unit', 'plans.indicators.error.unit'));
  if (input.direction !== 'increase' && input.direction !== 'decrease')
    problems.push(problem('direction', 'plans.evaluate.error.choose'));
  if (problems.length > 0) return refuse(problems);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_indicators
      (organization_id, name_mn, name_en, definition, unit, direction, created_by)
      values (${org!.id}, ${text(input.nameMn) || null}, ${text(input.nameEn) || null}, ${definition}, ${unit},
        ${input.direction}, ${actor.userId}) returning id`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, org!.id, 'plans.indicators'),
      action: 'plans.define-indicator',
      subject: { type: 'indicator', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { organization: input.organization },
    });
    return ok({ id: row!.id });
  });
}

const toNumber = (v: string) => (v ? v.replace(',', '.') : null);

/** Records (or corrects) the target and actual value of one period. */
export async function recordIndicatorValue(
  ctx: ModuleContext,
  actor: Actor,
  indicatorId: number,
  input: { period: string; target?: string; actual?: string; note?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.indicators');
  const indicator = await findIndicator(ctx.db, indicatorId);
  if (!indicator) throw notFound(`no indicator ${indicatorId}`);
  authorize(actor, 'plans.indicators', { organizationId: indicator.organizationId });
  const problems: FieldProblem[] = [];
  const period = text(input.period);
  if (!PERIOD.test(period)) problems.push(problem('period', 'plans.indicators.error.period'));
  const target = text(input.target);
  const actual = text(input.actual);
  if (target && !NUMBER.test(target)) problems.push(problem('target', 'plans.indicators.error.number'));
  if (actual && !NUMBER.test(actual)) problems.push(problem('actual', 'plans.indicators.error.number'));
  if (!target && !actual) problems.push(problem('actual', 'plans.indicators.error.value'));
  if (text(input.note).length > 2000) problems.push(problem('note', 'plans.error.tooLong'));
  if (problems.length > 0) return refuse(problems);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.query<{
      target: string | null;
      actual: string | null;
    }>(sql`select target::text as target,
      actual::text as actual from plan_indicator_values where indicator_id = ${indicatorId} and period = ${period} for update`);
    await tx.query(sql`insert into plan_indicator_values (indicator_id, period, target, actual, note, reported_by)
      values (${indicatorId}, ${period}, ${toNumber(target)}::numeric, ${toNumber(actual)}::numeric, ${text(input.note) || null}, ${actor.userId})
      on conflict (indicator_id, period) do update set target = excluded.target, actual = excluded.actual,
        note = excluded.note, reported_by = excluded.reported_by, updated_at = now()`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, indicator.organizationId, 'plans.indicators'),
      action: 'plans.indicator-value',
      subject: { type: 'indicator', id: indicatorId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: {
        period,
        target: { from: before?.target ?? null, to: toNumber(target) },
        actual: { from: before?.actual ?? null, to: toNumber(actual) },
      },
    });
    return ok(undefined);
  });
}
