import { type FieldProblem, problem } from '../../../../platform/commands/index.ts';
import { isIsoDate } from '../../../../platform/patterns.ts';
import type { StepInput } from '../schemas.ts';
import { OUTCOMES, type Outcome, type Step } from '../stages.ts';

/** The largest penalty the register takes, in tögrögs (its column's precision). */
export const PENALTY_MAX = 99_999_999_999_999;
const TEXT_MAX = 4000;
const REPLY_MAX = 8000;

/** A day of a step: present, a real day, not after today, not before the case's last step. */
export function checkDay(
  field: string,
  value: string | undefined,
  bounds: { today: string; after?: string | null },
  problems: FieldProblem[],
): string | null {
  const v = (value ?? '').trim();
  let key: string | null = null;
  let params: Record<string, string> | undefined;
  if (v === '') key = 'extractives.environment.error.dateMissing';
  else if (!isIsoDate(v)) key = 'extractives.environment.error.date';
  else if (v > bounds.today) key = 'extractives.environment.error.dateFuture';
  else if (bounds.after && v < bounds.after) {
    key = 'extractives.environment.error.dateBeforeLast';
    params = { date: bounds.after };
  }
  if (key === null) return v;
  problems.push(problem(field, key, params));
  return null;
}

/** A penalty in tögrögs: digits (spaces and commas between thousands allowed), up to two decimals. */
export function checkPenalty(value: string | undefined, problems: FieldProblem[]): string | null {
  const v = (value ?? '').replace(/[\s,]/g, '');
  if (v === '') return null;
  if (!/^\d{1,14}(\.\d{1,2})?$/.test(v) || Number(v) > PENALTY_MAX) {
    problems.push(problem('penaltyMnt', 'extractives.environment.error.penalty'));
    return null;
  }
  return v;
}

const trimmed = (v: string | undefined) => (v ?? '').trim();

function checkText(
  field: string,
  value: string | undefined,
  max: number,
  problems: FieldProblem[],
  required: boolean,
): string | null {
  const v = trimmed(value);
  if (v === '') {
    if (required) problems.push(problem(field, 'extractives.environment.error.textMissing'));
    return null;
  }
  if (v.length > max) problems.push(problem(field, 'extractives.environment.error.tooLong', { max }));
  return v;
}

/** The step's own fields, checked: what goes into the event's details, and what the case takes from it. */
export interface StepFields {
  details: Record<string, string | number | boolean | null>;
  listed?: boolean;
  outcome?: Outcome;
  penaltyMnt?: string | null;
  remedy?: { mn: string; en: string; due: string } | null;
}

/** Checks the fields a step takes besides its day (the day is `date`, checked by the caller). */
export function checkStepFields(
  step: Step,
  input: StepInput,
  date: string | null,
  problems: FieldProblem[],
): StepFields {
  const note = checkText('note', input.note, TEXT_MAX, problems, false);
  switch (step) {
    case 'notice':
      return { details: {} };
    case 'reply': {
      const text = checkText('text', input.text, REPLY_MAX, problems, true);
      const language = trimmed(input.language);
      if (language !== 'mn' && language !== 'en')
        problems.push(problem('language', 'extractives.environment.error.language'));
      return { details: { text, language } };
    }
    case 'decision': {
      const listed = trimmed(input.listed);
      if (listed !== 'yes' && listed !== 'no')
        problems.push(problem('listed', 'extractives.environment.error.listed'));
      const penaltyMnt = checkPenalty(input.penaltyMnt, problems);
      const mn = checkText('remedyMn', input.remedyMn, TEXT_MAX, problems, false);
      const en = checkText('remedyEn', input.remedyEn, TEXT_MAX, problems, false);
      const dueRaw = trimmed(input.remedyDue);
      let remedy: StepFields['remedy'] = null;
      if (mn || en || dueRaw) {
        if (!mn) problems.push(problem('remedyMn', 'extractives.environment.error.remedyIncomplete'));
        if (!en) problems.push(problem('remedyEn', 'extractives.environment.error.remedyIncomplete'));
        if (!isIsoDate(dueRaw))
          problems.push(problem('remedyDue', 'extractives.environment.error.remedyDue'));
        else if (date && dueRaw <= date)
          problems.push(problem('remedyDue', 'extractives.environment.error.remedyDueBefore', { date }));
        if (mn && en && isIsoDate(dueRaw)) remedy = { mn, en, due: dueRaw };
      }
      return {
        details: {
          listed: listed === 'yes',
          penaltyMnt,
          remedyMn: remedy?.mn ?? null,
          remedyEn: remedy?.en ?? null,
          remedyDueOn: remedy?.due ?? null,
        },
        listed: listed === 'yes',
        penaltyMnt,
        remedy,
      };
    }
    case 'appeal':
      return { details: { grounds: note } };
    case 'appeal-outcome': {
      const outcome = trimmed(input.outcome) as Outcome;
      if (!OUTCOMES.includes(outcome))
        problems.push(problem('outcome', 'extractives.environment.error.outcome'));
      const penaltyMnt = checkPenalty(input.penaltyMnt, problems);
      if (penaltyMnt !== null && outcome !== 'varied')
        problems.push(problem('penaltyMnt', 'extractives.environment.error.penaltyOnlyVaried'));
      return { details: { outcome, note, penaltyMnt }, outcome, penaltyMnt };
    }
    case 'remedy-verified':
    case 'delisted':
      return { details: { note } };
  }
}
