import type { Static } from 'typebox';
import { authorize } from '../../../platform/auth/permissions.ts';
import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { findIndicator, PERIOD } from '../indicators.ts';
import { plansCommand, text, textFields, wrote } from './frame.ts';

/** What the form for one period's values sends. */
export const ValueBody = textFields({
  period: 100,
  target: 100,
  actual: 100,
  note: 4000,
});
export type ValueInput = Static<typeof ValueBody>;

const NUMBER = /^-?[0-9]{1,15}([.,][0-9]{1,6})?$/;
const toNumber = (v: string) => (v ? v.replace(',', '.') : null);

/** Records (or corrects) the target and actual value of one period. */
export const recordIndicatorValue = plansCommand(
  'plans.indicators',
  (ctx, actor, indicatorId: number, input: ValueInput) => {
    const period = text(input.period);
    const target = text(input.target);
    const actual = text(input.actual);
    return {
      check: async (problems) => {
        const indicator = await findIndicator(ctx.db, indicatorId);
        if (!indicator) throw notFound(`no indicator ${indicatorId}`);
        authorize(actor, 'plans.indicators', { organizationId: indicator.organizationId });
        if (!PERIOD.test(period)) problems.push(problem('period', 'plans.indicators.error.period'));
        if (target && !NUMBER.test(target)) problems.push(problem('target', 'plans.indicators.error.number'));
        if (actual && !NUMBER.test(actual)) problems.push(problem('actual', 'plans.indicators.error.number'));
        if (!target && !actual) problems.push(problem('actual', 'plans.indicators.error.value'));
        if (text(input.note).length > 2000) problems.push(problem('note', 'plans.error.tooLong'));
        return indicator;
      },
      write: async (tx, indicator) => {
        const [before] = await tx.query<{
          target: string | null;
          actual: string | null;
        }>(sql`select target::text as target,
        actual::text as actual from plan_indicator_values where indicator_id = ${indicatorId} and period = ${period} for update`);
        await tx.query(sql`insert into plan_indicator_values (indicator_id, period, target, actual, note, reported_by)
        values (${indicatorId}, ${period}, ${toNumber(target)}::numeric, ${toNumber(actual)}::numeric, ${text(input.note) || null}, ${actor.userId})
        on conflict (indicator_id, period) do update set target = excluded.target, actual = excluded.actual,
          note = excluded.note, reported_by = excluded.reported_by, updated_at = now()`);
        return wrote(undefined, {
          action: 'plans.indicator-value',
          subject: { type: 'indicator', id: indicatorId },
          organizationId: indicator.organizationId,
          details: {
            period,
            target: { from: before?.target ?? null, to: toNumber(target) },
            actual: { from: before?.actual ?? null, to: toNumber(actual) },
          },
        });
      },
    };
  },
);
