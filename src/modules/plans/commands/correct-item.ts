import { type FieldProblem, problem, refuse } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { ogpValues } from '../service.ts';
import { afterCorrection, requirePlan } from './correction.ts';
import { plansCommand, unchanged, wrote } from './frame.ts';

/** A commitment's or milestone's number as a plan writes it: 3.3.1.2, I.4.a. */
const NUMBER = /^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$/;

export interface ItemCorrection {
  number?: string;
  titleMn?: string;
  titleEn?: string;
  startDate?: string;
  endDate?: string;
  ogpValues?: string[];
}

/** Checked values of a correction; empty texts clear optional fields. */
function checkCorrection(input: ItemCorrection, kind: 'commitment' | 'milestone') {
  const problems: FieldProblem[] = [];
  const out: Record<string, string | string[] | null> = {};
  if (input.number !== undefined) {
    const n = input.number.trim();
    if (n && (!NUMBER.test(n) || n.length > 40)) problems.push(problem('number', 'plans.error.number'));
    out.number = n || null;
  }
  for (const key of ['titleMn', 'titleEn'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key]!.trim();
    if (v.length > 5000) problems.push(problem(key, 'plans.error.tooLong'));
    out[key] = v || null;
  }
  if (input.titleMn !== undefined && input.titleEn !== undefined && !out.titleMn && !out.titleEn)
    problems.push(problem('titleEn', 'plans.error.titleMissing'));
  for (const key of ['startDate', 'endDate'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key]!.trim();
    if (v && !isIsoDate(v)) problems.push(problem(key, 'plans.error.date'));
    out[key] = v || null;
  }
  if (out.startDate && out.endDate && out.startDate > out.endDate)
    problems.push(problem('endDate', 'plans.error.dateOrder'));
  if (kind === 'commitment' && input.ogpValues !== undefined) {
    const bad = input.ogpValues.filter((v) => !(ogpValues as readonly string[]).includes(v));
    if (bad.length > 0) problems.push(problem('ogpValues', 'plans.error.value'));
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
export const correctItem = plansCommand(
  'plans.manage',
  (ctx, actor, planSlug: string, kind: 'commitment' | 'milestone', id: number, input: ItemCorrection) => {
    const table = kind === 'commitment' ? 'plan_commitments' : 'plan_milestones';
    const { out, problems: found } = checkCorrection(input, kind);
    return {
      check: async (problems) => {
        const plan = await requirePlan(ctx.db, planSlug);
        problems.push(...found);
        return plan;
      },
      write: async (tx, plan) => {
        const [current] = await tx.query<Record<string, unknown>>(sql`select number, title_mn as "titleMn",
          title_en as "titleEn", start_date as "startDate", end_date as "endDate"
          ${kind === 'commitment' ? sql`, ogp_values as "ogpValues"` : sql``}
        from ${sql.id(table)} where id = ${id} and plan_id = ${plan.id} for update`);
        if (!current) throw notFound(`no ${kind} ${id} in plan ${planSlug}`);
        const merged = { ...current, ...out };
        if (merged.startDate && merged.endDate && String(merged.startDate) > String(merged.endDate))
          return refuse('endDate', 'plans.error.dateOrder');
        if (!merged.titleMn && !merged.titleEn) return refuse('titleEn', 'plans.error.titleMissing');
        if (out.number && out.number !== current.number) {
          const [taken] =
            await tx.query(sql`select 1 from plan_commitments where plan_id = ${plan.id} and number = ${out.number}
          union all select 1 from plan_milestones where plan_id = ${plan.id} and number = ${out.number}`);
          if (taken) return refuse('number', 'plans.error.numberTaken');
        }
        const changed = Object.keys(out).filter(
          (k) => JSON.stringify(current[k] ?? null) !== JSON.stringify(out[k] ?? null),
        );
        if (changed.length === 0) return unchanged(undefined);
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
        await afterCorrection(tx, plan, actor, [commitmentId]);
        return wrote(undefined, {
          action: 'plans.correct',
          subject: { type: kind, id },
          details: {
            plan: plan.slug,
            ...Object.fromEntries(
              changed.map((k) => [
                k,
                { from: (current[k] ?? null) as string, to: (out[k] ?? null) as string },
              ]),
            ),
          },
        });
      },
    };
  },
);
