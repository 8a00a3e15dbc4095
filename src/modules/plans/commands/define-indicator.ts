import type { Static } from 'typebox';
import { authorize } from '../../../platform/auth/permissions.ts';
import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { plansCommand, text, textFields, wrote } from './frame.ts';

/** What the indicator form sends; the command judges each field. */
export const IndicatorBody = textFields({
  organization: 200,
  nameMn: 1000,
  nameEn: 1000,
  definition: 20000,
  unit: 200,
  direction: 100,
});
export type IndicatorInput = Static<typeof IndicatorBody>;

/** Defines a performance indicator of the actor's own organisation. */
export const defineIndicator = plansCommand('plans.indicators', (ctx, actor, input: IndicatorInput) => ({
  check: async (problems) => {
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
    return { organizationId: org?.id ?? 0, definition, unit };
  },
  write: async (tx, { organizationId, definition, unit }) => {
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_indicators
      (organization_id, name_mn, name_en, definition, unit, direction, created_by)
      values (${organizationId}, ${text(input.nameMn) || null}, ${text(input.nameEn) || null}, ${definition}, ${unit},
        ${input.direction}, ${actor.userId}) returning id`);
    return wrote(
      { id: row!.id },
      {
        action: 'plans.define-indicator',
        subject: { type: 'indicator', id: row!.id },
        details: { organization: input.organization },
        organizationId,
      },
    );
  },
}));
