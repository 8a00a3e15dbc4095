import type { Actor } from '../../../../platform/auth/actor.ts';
import { authorize } from '../../../../platform/auth/permissions.ts';
import {
  changed,
  changeRecord,
  type FieldProblem,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../../platform/db/database.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { localDate, startOfLocalDate } from '../../../../platform/deadlines/local-days.ts';
import { deadlineAfter, WorkingCalendar } from '../../../../platform/deadlines/periods.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { environmentDataset } from '../dataset.ts';
import { caseEvents, type EnvironmentCase, findCase } from '../queries.ts';
import type { StepInput } from '../schemas.ts';
import { indexCase } from '../search.ts';
import { refusalOf, type Step, stageAfter } from '../stages.ts';
import { checkDay, checkStepFields } from './step-rules.ts';

export const WRITE = 'extractives.environment.write';

/** The deadline a period of `days` calendar days from `date` ends at (the platform's deadline engine). */
export function periodFrom(date: string, days: number, calendar: WorkingCalendar) {
  return deadlineAfter(startOfLocalDate(date, calendar.timeZone), { days, count: 'calendar' }, calendar);
}

async function lockCase(tx: Queryable, id: number): Promise<EnvironmentCase> {
  await tx.query(sql`select id from extractive_environment_cases where id = ${id} for update`);
  const found = await findCase(tx, id);
  if (!found) throw new Error(`case ${id} vanished under its lock`);
  return found;
}

/** The refusals that depend on the dates of due process: the right of reply, the appeal period. */
function timingProblems(step: Step, current: EnvironmentCase, date: string | null): FieldProblem[] {
  if (date === null) return [];
  if (
    step === 'decision' &&
    current.stage === 'noticed' &&
    current.replyLastDay &&
    date <= current.replyLastDay
  )
    return [
      problem('date', 'extractives.environment.error.decisionBeforeReplyDeadline', {
        lastDay: current.replyLastDay,
      }),
    ];
  if (step === 'appeal' && current.appealLastDay && date > current.appealLastDay)
    return [problem('date', 'extractives.environment.error.appealLate', { lastDay: current.appealLastDay })];
  return [];
}

/**
 * Records one step of due process on a case, for the keeper of the list: the step must be one the
 * case's stage allows (else a problem on its date field that says why: a reply after the decision,
 * a delisting without a verified remedy or an overturned decision), its day no later than today
 * and no earlier than the case's last step, its fields checked. A notice starts the reply period
 * and a decision the appeal period (calendar days of the country pack, through the platform's
 * deadline engine); a decision before the reply period has run without a reply, and an appeal
 * after its period, are refused. The event is appended, the case moved on, its search document
 * written (public from the notice on) and the audit entry made, in one transaction.
 */
export function recordStep(
  ctx: Pick<ModuleContext, 'db' | 'country'>,
  actor: Actor,
  caseId: number,
  step: Step,
  input: StepInput,
  meta: RequestMeta,
): Promise<Result<EnvironmentCase>> {
  const calendar = new WorkingCalendar(ctx.country);
  const { replyDays, appealDays } = ctx.country.extractives.environmentalList;
  return changeRecord(ctx.db, {
    actor,
    meta,
    action: `extractives.environment.${step}`,
    permission: WRITE,
    subject: { type: 'environmental-case', id: caseId },
    load: (db) => findCase(db, caseId),
    authorise: (found) => authorize(actor, WRITE, { organizationId: found.organizationId }),
    lock: (tx, found) => lockCase(tx, found.id),
    organizationId: (found) => found.organizationId,
    change: async (tx, current, now) => {
      const refusal = refusalOf(current, step);
      if (refusal)
        return refuse(
          'date',
          refusal,
          refusal === 'extractives.environment.error.stepNotAllowed' ? { stage: current.stage } : undefined,
        );
      const events = await caseEvents(tx, current.id);
      const last = events.at(-1)?.occurredOn ?? current.inspectedOn;
      const problems: FieldProblem[] = [];
      const date = checkDay(
        'date',
        input.date,
        { today: localDate(now, calendar.timeZone), after: last },
        problems,
      );
      const fields = checkStepFields(step, input, date, problems);
      problems.push(...timingProblems(step, current, date));
      if (problems.length > 0 || date === null) return refuse(problems);
      const period =
        step === 'notice'
          ? periodFrom(date, replyDays, calendar)
          : step === 'decision'
            ? periodFrom(date, appealDays, calendar)
            : null;
      const details = { ...fields.details };
      if (step === 'reply') details.late = current.replyLastDay !== null && date > current.replyLastDay;
      if (step === 'remedy-verified')
        details.late = current.remedyDueOn !== null && date > current.remedyDueOn;
      await tx.query(sql`
        insert into extractive_environment_events (case_id, kind, occurred_on, due_at, last_day, details, recorded_by, recorded_at)
        values (${current.id}, ${step}, ${date}, ${period?.due ?? null}, ${period?.lastDay ?? null},
          ${JSON.stringify(details)}::jsonb, ${actor.label}, ${now})`);
      const stage = stageAfter(step, fields.outcome);
      const listed =
        step === 'decision'
          ? Boolean(fields.listed)
          : step === 'delisted' || (step === 'appeal-outcome' && fields.outcome === 'overturned')
            ? false
            : current.listed;
      await tx.query(sql`
        update extractive_environment_cases set stage = ${stage}, listed = ${listed}, updated_at = ${now},
          noticed_on = case when ${step} = 'notice' then ${date}::date else noticed_on end,
          reply_due_at = case when ${step} = 'notice' then ${period?.due ?? null}::timestamptz else reply_due_at end,
          reply_last_day = case when ${step} = 'notice' then ${period?.lastDay ?? null}::date else reply_last_day end,
          decided_on = case when ${step} = 'decision' then ${date}::date else decided_on end,
          appeal_last_day = case when ${step} = 'decision' then ${period?.lastDay ?? null}::date else appeal_last_day end,
          penalty_mnt = case when ${step} = 'decision' or ${fields.penaltyMnt ?? null}::numeric is not null
            then ${fields.penaltyMnt ?? null}::numeric else penalty_mnt end,
          remedy_mn = case when ${step} = 'decision' then ${fields.remedy?.mn ?? null} else remedy_mn end,
          remedy_en = case when ${step} = 'decision' then ${fields.remedy?.en ?? null} else remedy_en end,
          remedy_due_on = case when ${step} = 'decision' then ${fields.remedy?.due ?? null}::date else remedy_due_on end
        where id = ${current.id}`);
      await indexCase(tx, current.id);
      // The dataset's change history (public rows only: a case enters it with its notice).
      await recordCurrentVersions(tx, environmentDataset, actor.label, [String(current.id)]);
      const after = await findCase(tx, current.id);
      if (!after) throw new Error(`case ${current.id} vanished`);
      return changed(after, { step, date, stage, listed });
    },
  });
}
