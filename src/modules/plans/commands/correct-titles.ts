import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { afterPlanChange } from '../publishing.ts';
import { requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

type Titles = { titleMn: string | null; titleEn: string | null };

/** Corrects the titles of the plan itself or of one priority area (both languages). */
export const correctTitles = plansCommand(
  'plans.manage',
  (
    ctx,
    actor,
    planSlug: string,
    target: { kind: 'plan' } | { kind: 'priority'; id: number },
    input: { titleMn?: string; titleEn?: string },
  ) => {
    const titleMn = (input.titleMn ?? '').trim() || null;
    const titleEn = (input.titleEn ?? '').trim() || null;
    return {
      check: async (problems) => {
        const plan = await requirePlan(ctx.db, planSlug);
        if (!titleMn && !titleEn) problems.push(problem('titleEn', 'plans.error.titleMissing'));
        else if ((titleMn?.length ?? 0) > 1000 || (titleEn?.length ?? 0) > 1000)
          problems.push(problem('titleEn', 'plans.error.tooLong'));
        return plan;
      },
      write: async (tx, plan) => {
        const [current] = await tx.query<Titles>(
          target.kind === 'plan'
            ? sql`select title_mn as "titleMn", title_en as "titleEn" from plans where id = ${plan.id} for update`
            : sql`select title_mn as "titleMn", title_en as "titleEn"
              from plan_priorities where id = ${target.id} and plan_id = ${plan.id} for update`,
        );
        if (!current)
          throw notFound(
            `no priority area ${target.kind === 'priority' ? target.id : ''} in plan ${planSlug}`,
          );
        if (current.titleMn === titleMn && current.titleEn === titleEn) return unchanged(undefined);
        if (target.kind === 'plan')
          await tx.query(
            sql`update plans set title_mn = ${titleMn}, title_en = ${titleEn}, updated_at = now() where id = ${plan.id}`,
          );
        else {
          await tx.query(
            sql`update plan_priorities set title_mn = ${titleMn}, title_en = ${titleEn} where id = ${target.id}`,
          );
          await tx.query(
            sql`update plan_commitments set updated_at = now() where priority_id = ${target.id}`,
          );
        }
        await afterPlanChange(tx, plan, actor);
        return wrote(undefined, {
          action: 'plans.correct',
          subject:
            target.kind === 'plan' ? { type: 'plan', id: plan.slug } : { type: 'priority', id: target.id },
          details: {
            plan: plan.slug,
            titleMn: { from: current.titleMn, to: titleMn },
            titleEn: { from: current.titleEn, to: titleEn },
          },
        });
      },
    };
  },
);
