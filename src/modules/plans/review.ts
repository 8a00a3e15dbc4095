import { type AuditEntry, recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { actionRule, authorize } from '../../platform/auth/permissions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { type FieldError, notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { afterPlanChange } from './publishing.ts';
import { findPlan, ogpValues, type PlanRow } from './service.ts';

/**
 * The review of an imported plan: an official corrects numbers, titles, dates, organisations and
 * the OGP values of each item, then publishes. Every correction is audited with what it was.
 */

export interface Meta {
  ip?: string | null;
  requestId?: string | null;
}

export type CommandResult<T = undefined> = { ok: true; value: T } | { ok: false; problems: FieldError[] };

const NUMBER = /^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface ItemCorrection {
  number?: string;
  titleMn?: string;
  titleEn?: string;
  startDate?: string;
  endDate?: string;
  ogpValues?: string[];
}

export async function requirePlan(db: Queryable, slug: string): Promise<PlanRow> {
  const plan = await findPlan(db, slug);
  if (!plan) throw notFound(`no plan "${slug}"`);
  return plan;
}

/** Checked values of a correction; empty texts clear optional fields. */
function checkCorrection(input: ItemCorrection, kind: 'commitment' | 'milestone') {
  const problems: FieldError[] = [];
  const out: Record<string, string | string[] | null> = {};
  if (input.number !== undefined) {
    const n = input.number.trim();
    if (n && (!NUMBER.test(n) || n.length > 40))
      problems.push({ field: 'number', message: 'plans.error.number' });
    out.number = n || null;
  }
  for (const key of ['titleMn', 'titleEn'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key]!.trim();
    if (v.length > 5000) problems.push({ field: key, message: 'plans.error.tooLong' });
    out[key] = v || null;
  }
  if (input.titleMn !== undefined && input.titleEn !== undefined && !out.titleMn && !out.titleEn)
    problems.push({ field: 'titleEn', message: 'plans.error.titleMissing' });
  for (const key of ['startDate', 'endDate'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key]!.trim();
    if (v && !validDate(v)) problems.push({ field: key, message: 'plans.error.date' });
    out[key] = v || null;
  }
  if (out.startDate && out.endDate && out.startDate > out.endDate)
    problems.push({ field: 'endDate', message: 'plans.error.dateOrder' });
  if (kind === 'commitment' && input.ogpValues !== undefined) {
    const bad = input.ogpValues.filter((v) => !(ogpValues as readonly string[]).includes(v));
    if (bad.length > 0) problems.push({ field: 'ogpValues', message: 'plans.error.value' });
    out.ogpValues = [...new Set(input.ogpValues)].sort();
  }
  return { out, problems };
}

const COLUMNS: Record<string, string> = {
  number: 'number',
  titleMn: 'title_mn',
  titleEn: 'title_en',
  startDate: 'start_date',
  endDate: 'end_date',
  ogpValues: 'ogp_values',
};

/** Corrects a commitment or a milestone of a plan. */
export async function correctItem(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  kind: 'commitment' | 'milestone',
  id: number,
  input: ItemCorrection,
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const table = kind === 'commitment' ? 'plan_commitments' : 'plan_milestones';
  const { out, problems } = checkCorrection(input, kind);
  if (problems.length > 0) return { ok: false, problems };
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.query<Record<string, unknown>>(sql`select number, title_mn as "titleMn",
        title_en as "titleEn", start_date as "startDate", end_date as "endDate"
        ${kind === 'commitment' ? sql`, ogp_values as "ogpValues"` : sql``}
      from ${sql.id(table)} where id = ${id} and plan_id = ${plan.id} for update`);
    if (!current) throw notFound(`no ${kind} ${id} in plan ${planSlug}`);
    const merged = { ...current, ...out };
    if (merged.startDate && merged.endDate && String(merged.startDate) > String(merged.endDate))
      return { ok: false, problems: [{ field: 'endDate', message: 'plans.error.dateOrder' }] };
    if (!merged.titleMn && !merged.titleEn)
      return { ok: false, problems: [{ field: 'titleEn', message: 'plans.error.titleMissing' }] };
    if (out.number && out.number !== current.number) {
      const [taken] =
        await tx.query(sql`select 1 from plan_commitments where plan_id = ${plan.id} and number = ${out.number}
        union all select 1 from plan_milestones where plan_id = ${plan.id} and number = ${out.number}`);
      if (taken) return { ok: false, problems: [{ field: 'number', message: 'plans.error.numberTaken' }] };
    }
    const changed = Object.keys(out).filter(
      (k) => JSON.stringify(current[k] ?? null) !== JSON.stringify(out[k] ?? null),
    );
    if (changed.length === 0) return { ok: true, value: undefined };
    const sets = changed.map((k) => sql`${sql.id(COLUMNS[k]!)} = ${out[k] ?? null}`);
    await tx.query(sql`update ${sql.id(table)} set ${sql.join(sets)} where id = ${id}`);
    const commitmentId =
      kind === 'commitment'
        ? id
        : (
            await tx.query<{ c: number }>(
              sql`select commitment_id as c from plan_milestones where id = ${id}`,
            )
          )[0]!.c;
    await finishCorrection(tx, plan, actor, meta, [commitmentId], {
      action: 'plans.correct',
      subject: { type: kind, id },
      details: {
        plan: plan.slug,
        ...Object.fromEntries(
          changed.map((k) => [k, { from: (current[k] ?? null) as string, to: (out[k] ?? null) as string }]),
        ),
      },
    });
    return { ok: true, value: undefined };
  });
}

/**
 * The end of every correction, in its transaction: the commitments' time, their search documents
 * and open-data history (once published), and the audit entry, last.
 */
async function finishCorrection(
  tx: Queryable,
  plan: PlanRow,
  actor: Actor,
  meta: Meta,
  commitmentIds: readonly number[],
  entry: Pick<AuditEntry, 'action' | 'subject' | 'details'>,
): Promise<void> {
  await tx.query(
    sql`update plan_commitments set updated_at = now() where id = any(${[...commitmentIds]}::bigint[])`,
  );
  await afterPlanChange(tx, plan, actor, commitmentIds);
  await recordAudit(tx, {
    actor,
    role: roleOf(actor, 'plans.manage'),
    ip: meta.ip ?? null,
    requestId: meta.requestId ?? null,
    ...entry,
  });
}

/** The role an actor acted as, for the audit trail. */
export function roleOf(actor: Actor, action: string): string | null {
  const { allow } = actionRule(action);
  const allowed: readonly string[] = Array.isArray(allow) ? allow : [];
  return actor.roles.find((g) => allowed.includes(g.role))?.role ?? actor.roles[0]?.role ?? null;
}

/** Points an organisation as written at a body of the registry (or at none), and sets its role. */
export async function correctOrganizationLink(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  linkId: number,
  input: { organization?: string; role?: string },
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const problems: FieldError[] = [];
  if (input.role !== undefined && !['lead', 'supporting'].includes(input.role))
    problems.push({ field: 'role', message: 'plans.error.role' });
  let organizationId: number | null | undefined;
  if (input.organization !== undefined) {
    if (input.organization === '') organizationId = null;
    else {
      const [org] = await ctx.db.query<{ id: number }>(
        sql`select id from organizations where slug = ${input.organization}`,
      );
      if (!org) problems.push({ field: 'organization', message: 'plans.error.organization' });
      organizationId = org?.id;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return ctx.db.transaction(async (tx) => {
    const [link] = await tx.query<{
      organizationId: number | null;
      role: string;
      commitmentId: number;
      name: string;
    }>(
      sql`select organization_id as "organizationId", role, commitment_id as "commitmentId", name_as_written as name
        from plan_item_organizations where id = ${linkId} and plan_id = ${plan.id} for update`,
    );
    if (!link) throw notFound(`no organisation link ${linkId} in plan ${planSlug}`);
    const next = {
      organizationId: organizationId === undefined ? link.organizationId : organizationId,
      role: input.role ?? link.role,
    };
    if (next.organizationId === link.organizationId && next.role === link.role)
      return { ok: true, value: undefined };
    await tx.query(sql`update plan_item_organizations set organization_id = ${next.organizationId}, role = ${next.role}
      where id = ${linkId}`);
    await finishCorrection(tx, plan, actor, meta, [link.commitmentId], {
      action: 'plans.correct-organization',
      subject: { type: 'plan-organization', id: linkId },
      details: {
        plan: plan.slug,
        written: link.name,
        organization: { from: link.organizationId, to: next.organizationId },
        role: { from: link.role, to: next.role },
      },
    });
    return { ok: true, value: undefined };
  });
}

/** What stops a plan from being published: commitments the document left without a number. */
export async function publishBlockers(db: Queryable, plan: PlanRow): Promise<FieldError[]> {
  const rows = await db.query<{ id: number; position: number }>(sql`select id, position from plan_commitments
    where plan_id = ${plan.id} and number is null order by position`);
  return rows.map((r) => ({ field: `commitment-${r.id}`, message: 'plans.review.unnumbered' }));
}

/** Publishes a reviewed plan: it appears on the site, in search and in the downloads. */
export async function publishPlan(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  if (plan.status === 'published') return { ok: true, value: undefined };
  const blockers = await publishBlockers(ctx.db, plan);
  if (blockers.length > 0) return { ok: false, problems: blockers };
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{
      id: number;
    }>(sql`update plans set status = 'published', published_at = now(),
      updated_at = now() where id = ${plan.id} and status = 'draft' returning id`);
    // Published meanwhile by someone else: the same result, nothing more to record.
    if (!row) return { ok: true, value: undefined };
    await afterPlanChange(tx, { ...plan, status: 'published' }, actor);
    await recordAudit(tx, {
      actor,
      role: roleOf(actor, 'plans.manage'),
      action: 'plans.publish',
      subject: { type: 'plan', id: plan.slug },
      ip: meta.ip ?? null,
      requestId: meta.requestId ?? null,
      details: { sha256: plan.sourceSha256 },
    });
    return { ok: true, value: undefined };
  });
}

/** Corrects the titles of the plan itself or of one priority area (both languages). */
export async function correctTitles(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  target: { kind: 'plan' } | { kind: 'priority'; id: number },
  input: { titleMn?: string; titleEn?: string },
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const titleMn = (input.titleMn ?? '').trim() || null;
  const titleEn = (input.titleEn ?? '').trim() || null;
  if (!titleMn && !titleEn)
    return { ok: false, problems: [{ field: 'titleEn', message: 'plans.error.titleMissing' }] };
  if ((titleMn?.length ?? 0) > 1000 || (titleEn?.length ?? 0) > 1000)
    return { ok: false, problems: [{ field: 'titleEn', message: 'plans.error.tooLong' }] };
  return ctx.db.transaction(async (tx) => {
    const [current] =
      target.kind === 'plan'
        ? await tx.query<{
            titleMn: string | null;
            titleEn: string | null;
          }>(sql`select title_mn as "titleMn", title_en as "titleEn"
            from plans where id = ${plan.id} for update`)
        : await tx.query<{
            titleMn: string | null;
            titleEn: string | null;
          }>(sql`select title_mn as "titleMn", title_en as "titleEn"
            from plan_priorities where id = ${target.id} and plan_id = ${plan.id} for update`);
    if (!current)
      throw notFound(`no priority area ${target.kind === 'priority' ? target.id : ''} in plan ${planSlug}`);
    if (current.titleMn === titleMn && current.titleEn === titleEn) return { ok: true, value: undefined };
    if (target.kind === 'plan')
      await tx.query(
        sql`update plans set title_mn = ${titleMn}, title_en = ${titleEn}, updated_at = now() where id = ${plan.id}`,
      );
    else {
      await tx.query(
        sql`update plan_priorities set title_mn = ${titleMn}, title_en = ${titleEn} where id = ${target.id}`,
      );
      await tx.query(sql`update plan_commitments set updated_at = now() where priority_id = ${target.id}`);
    }
    await afterPlanChange(tx, plan, actor);
    await recordAudit(tx, {
      actor,
      role: roleOf(actor, 'plans.manage'),
      action: 'plans.correct',
      subject: target.kind === 'plan' ? { type: 'plan', id: plan.slug } : { type: 'priority', id: target.id },
      ip: meta.ip ?? null,
      requestId: meta.requestId ?? null,
      details: {
        plan: plan.slug,
        titleMn: { from: current.titleMn, to: titleMn },
        titleEn: { from: current.titleEn, to: titleEn },
      },
    });
    return { ok: true, value: undefined };
  });
}

/** Adds an organisation the document left out to a commitment or milestone (as lead or supporting). */
export async function addOrganizationLink(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  item: { kind: 'commitment' | 'milestone'; id: number },
  input: { organization?: string; role?: string },
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const problems: FieldError[] = [];
  const [org] = input.organization
    ? await ctx.db.query<{ id: number; nameEn: string }>(
        sql`select id, name_en as "nameEn" from organizations where slug = ${input.organization}`,
      )
    : [];
  if (!org) problems.push({ field: 'add-organization', message: 'plans.error.organization' });
  if (!['lead', 'supporting'].includes(input.role ?? ''))
    problems.push({ field: 'add-role', message: 'plans.error.role' });
  if (problems.length > 0) return { ok: false, problems };
  return ctx.db.transaction(async (tx) => {
    const [target] =
      item.kind === 'commitment'
        ? await tx.query<{
            commitmentId: number;
            milestoneId: number | null;
          }>(sql`select id as "commitmentId", null::bigint as "milestoneId"
            from plan_commitments where id = ${item.id} and plan_id = ${plan.id} for update`)
        : await tx.query<{
            commitmentId: number;
            milestoneId: number | null;
          }>(sql`select commitment_id as "commitmentId", id as "milestoneId"
            from plan_milestones where id = ${item.id} and plan_id = ${plan.id} for update`);
    if (!target) throw notFound(`no ${item.kind} ${item.id} in plan ${planSlug}`);
    const [already] =
      await tx.query(sql`select 1 from plan_item_organizations where commitment_id = ${target.commitmentId}
      and milestone_id is not distinct from ${target.milestoneId} and organization_id = ${org!.id}`);
    if (already) return { ok: true, value: undefined };
    await tx.query(sql`insert into plan_item_organizations
      (plan_id, commitment_id, milestone_id, organization_id, name_as_written, role, position)
      values (${plan.id}, ${target.commitmentId}, ${target.milestoneId}, ${org!.id}, ${org!.nameEn}, ${input.role},
        (select coalesce(max(position), 0) + 1 from plan_item_organizations where commitment_id = ${target.commitmentId}))`);
    await finishCorrection(tx, plan, actor, meta, [target.commitmentId], {
      action: 'plans.add-organization',
      subject: { type: item.kind, id: item.id },
      details: { plan: plan.slug, organization: input.organization ?? null, role: input.role ?? null },
    });
    return { ok: true, value: undefined };
  });
}

/** Removes an organisation link the import got wrong; the audit trail keeps what it was. */
export async function removeOrganizationLink(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  linkId: number,
  meta: Meta = {},
): Promise<CommandResult> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  return ctx.db.transaction(async (tx) => {
    const [link] = await tx.query<{
      commitmentId: number;
      organizationId: number | null;
      name: string;
      role: string;
      line: number | null;
    }>(
      sql`delete from plan_item_organizations where id = ${linkId} and plan_id = ${plan.id}
        returning commitment_id as "commitmentId", organization_id as "organizationId", name_as_written as name, role, source_line as line`,
    );
    if (!link) return { ok: true, value: undefined };
    await finishCorrection(tx, plan, actor, meta, [link.commitmentId], {
      action: 'plans.remove-organization',
      subject: { type: 'plan-organization', id: linkId },
      details: {
        plan: plan.slug,
        written: link.name,
        organization: link.organizationId,
        role: link.role,
        line: link.line,
      },
    });
    return { ok: true, value: undefined };
  });
}
