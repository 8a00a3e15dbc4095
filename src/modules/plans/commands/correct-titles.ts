import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import { ok, type RequestMeta, type Result, refuse } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { afterPlanChange } from '../publishing.ts';
import { requirePlan, reviewAudit } from './correction.ts';

type Titles = { titleMn: string | null; titleEn: string | null };

/** Corrects the titles of the plan itself or of one priority area (both languages). */
export async function correctTitles(
  ctx: ModuleContext,
  actor: Actor,
  planSlug: string,
  target: { kind: 'plan' } | { kind: 'priority'; id: number },
  input: { titleMn?: string; titleEn?: string },
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.manage');
  const plan = await requirePlan(ctx.db, planSlug);
  const titleMn = (input.titleMn ?? '').trim() || null;
  const titleEn = (input.titleEn ?? '').trim() || null;
  if (!titleMn && !titleEn) return refuse('titleEn', 'plans.error.titleMissing');
  if ((titleMn?.length ?? 0) > 1000 || (titleEn?.length ?? 0) > 1000)
    return refuse('titleEn', 'plans.error.tooLong');
  return ctx.db.transaction(async (tx) => {
    const [current] =
      target.kind === 'plan'
        ? await tx.query<Titles>(sql`select title_mn as "titleMn", title_en as "titleEn"
            from plans where id = ${plan.id} for update`)
        : await tx.query<Titles>(sql`select title_mn as "titleMn", title_en as "titleEn"
            from plan_priorities where id = ${target.id} and plan_id = ${plan.id} for update`);
    if (!current)
      throw notFound(`no priority area ${target.kind === 'priority' ? target.id : ''} in plan ${planSlug}`);
    if (current.titleMn === titleMn && current.titleEn === titleEn) return ok(undefined);
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
    await recordAudit(
      tx,
      reviewAudit(actor, meta, {
        action: 'plans.correct',
        subject:
          target.kind === 'plan' ? { type: 'plan', id: plan.slug } : { type: 'priority', id: target.id },
        details: {
          plan: plan.slug,
          titleMn: { from: current.titleMn, to: titleMn },
          titleEn: { from: current.titleEn, to: titleEn },
        },
      }),
    );
    return ok(undefined);
  });
}
