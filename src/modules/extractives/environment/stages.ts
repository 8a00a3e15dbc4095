/**
 * The due process of the environmental list as a state machine: where a case stands (`Stage`),
 * the steps that may be recorded next, and where each step takes it. Pure: the commands ask it
 * before writing, the pages ask it which forms to offer.
 *
 * inspected → notice → noticed → (reply → replied) → decision → decided
 *   decided (listed) → appeal → appealed → appeal-outcome: upheld or varied → decided, overturned → overturned
 *   decided (listed) → remedy-verified → remedied
 *   remedied | overturned → delisted
 * A decision not to list closes the case at `decided`; an appeal is filed once.
 */

export const STAGES = [
  'inspected',
  'noticed',
  'replied',
  'decided',
  'appealed',
  'overturned',
  'remedied',
  'delisted',
] as const;
export type Stage = (typeof STAGES)[number];

/** The steps recorded after the inspection that opens a case, in the order of due process. */
export const STEPS = [
  'notice',
  'reply',
  'decision',
  'appeal',
  'appeal-outcome',
  'remedy-verified',
  'delisted',
] as const;
export type Step = (typeof STEPS)[number];

export const OUTCOMES = ['upheld', 'overturned', 'varied'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What decides the next steps: the stage, whether the company is listed, whether it has appealed. */
export interface CaseState {
  stage: Stage;
  listed: boolean;
  appealed: boolean;
}

const NEXT: Readonly<Record<Stage, readonly Step[]>> = {
  inspected: ['notice'],
  noticed: ['reply', 'decision'],
  replied: ['decision'],
  decided: ['appeal', 'remedy-verified'],
  appealed: ['appeal-outcome'],
  overturned: ['delisted'],
  remedied: ['delisted'],
  delisted: [],
};

/** The steps that may be recorded now. */
export function allowedSteps(state: CaseState): Step[] {
  if (state.stage === 'decided' && !state.listed) return [];
  return NEXT[state.stage].filter((step) => !(step === 'appeal' && state.appealed));
}

/** Where a step takes the case. */
export function stageAfter(step: Step, outcome?: Outcome): Stage {
  switch (step) {
    case 'notice':
      return 'noticed';
    case 'reply':
      return 'replied';
    case 'decision':
      return 'decided';
    case 'appeal':
      return 'appealed';
    case 'appeal-outcome':
      return outcome === 'overturned' ? 'overturned' : 'decided';
    case 'remedy-verified':
      return 'remedied';
    case 'delisted':
      return 'delisted';
  }
}

/** Whether the case is public: from the notice on (README: a company is not named before it is told). */
export const isPublicStage = (stage: Stage): boolean => stage !== 'inspected';

/**
 * Why a step may not be recorded now, as a message key (the command puts it on the step's date
 * field), or null when it may: the three refusals people meet most have their own words.
 */
export function refusalOf(state: CaseState, step: Step): string | null {
  if (allowedSteps(state).includes(step)) return null;
  const after = STAGES.indexOf(state.stage);
  if (step === 'reply' && after >= STAGES.indexOf('decided'))
    return 'extractives.environment.error.replyAfterDecision';
  if (step === 'delisted' && state.stage !== 'delisted')
    return 'extractives.environment.error.delistWithoutRemedy';
  if (step === 'appeal' && state.appealed) return 'extractives.environment.error.appealedOnce';
  return 'extractives.environment.error.stepNotAllowed';
}

/** A step as a message's `select` names it (ICU selectors take no hyphen): `appeal-outcome` → `appealOutcome`. */
export const stepSelector = (step: string): string =>
  step.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
