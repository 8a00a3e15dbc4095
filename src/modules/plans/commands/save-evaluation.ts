import { type Static, Type } from 'typebox';
import { type FieldProblem, problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { earlyResults, evaluationCompletions, impacts } from '../evaluations.ts';
import { findCommitment } from '../reports.ts';
import { ogpValues } from '../service.ts';
import { checkboxes, checkedValues, plansCommand, textFields, wrote } from './frame.ts';

/** What the evaluator's form sends: one checkbox value arrives as a string, several as a list. */
export const EvaluationBody = Type.Object({
  ...textFields({
    verifiable: 100,
    potentialImpact: 100,
    completion: 100,
    earlyResults: 100,
    justification: 40000,
  }).properties,
  relevance: checkboxes(100, 20),
});
export type EvaluationInput = Static<typeof EvaluationBody>;

const among = (choices: readonly string[], value: string) => choices.includes(value);

function check(input: EvaluationInput, relevance: readonly string[], problems: FieldProblem[]): void {
  if (input.verifiable !== 'yes' && input.verifiable !== 'no')
    problems.push(problem('verifiable', 'plans.evaluate.error.choose'));
  if (relevance.some((v) => !among(ogpValues, v))) problems.push(problem('relevance', 'plans.error.value'));
  if (!among(impacts, input.potentialImpact ?? ''))
    problems.push(problem('potentialImpact', 'plans.evaluate.error.choose'));
  if (!among(evaluationCompletions, input.completion ?? ''))
    problems.push(problem('completion', 'plans.evaluate.error.choose'));
  if (input.earlyResults && !among(earlyResults, input.earlyResults))
    problems.push(problem('earlyResults', 'plans.evaluate.error.choose'));
  const justification = (input.justification ?? '').trim();
  if (!justification) problems.push(problem('justification', 'plans.evaluate.error.justification'));
  else if (justification.length > 20000) problems.push(problem('justification', 'plans.error.tooLong'));
}

/** Saves the evaluator's draft rating of a commitment (a new one, or the draft again). */
export const saveEvaluation = plansCommand(
  'plans.evaluate',
  (ctx, actor, commitmentId: number, input: EvaluationInput) => {
    const values = {
      verifiable: input.verifiable === 'yes',
      relevance: [...new Set(checkedValues(input.relevance))].sort(),
      impact: input.potentialImpact,
      completion: input.completion,
      early: input.earlyResults || null,
      justification: (input.justification ?? '').trim(),
    };
    return {
      check: async (problems) => {
        const commitment = await findCommitment(ctx.db, commitmentId);
        if (commitment?.planStatus !== 'published') throw notFound(`no published commitment ${commitmentId}`);
        check(input, values.relevance, problems);
      },
      write: async (tx) => {
        const [draft] = await tx.query<{
          id: number;
        }>(sql`select id from plan_evaluations where commitment_id = ${commitmentId}
        and evaluator_user_id = ${actor.userId} and status = 'draft' order by id desc limit 1 for update`);
        const [row] = draft
          ? await tx.query<{ id: number }>(sql`update plan_evaluations set verifiable = ${values.verifiable},
            relevance = ${values.relevance}, potential_impact = ${values.impact}, completion = ${values.completion},
            early_results = ${values.early}, justification = ${values.justification}, updated_at = now()
            where id = ${draft.id} returning id`)
          : await tx.query<{
              id: number;
            }>(sql`insert into plan_evaluations (commitment_id, evaluator_user_id, verifiable,
            relevance, potential_impact, completion, early_results, justification)
            values (${commitmentId}, ${actor.userId}, ${values.verifiable}, ${values.relevance}, ${values.impact},
              ${values.completion}, ${values.early}, ${values.justification}) returning id`);
        return wrote(
          { id: row!.id },
          {
            action: 'plans.evaluate',
            subject: { type: 'evaluation', id: row!.id },
            details: {
              commitment: commitmentId,
              verifiable: values.verifiable,
              relevance: values.relevance,
              potentialImpact: values.impact,
              completion: values.completion,
              earlyResults: values.early,
            },
          },
        );
      },
    };
  },
);
