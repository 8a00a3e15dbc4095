import { describe, expect, it } from 'vitest';
import { allowedSteps, refusalOf, stageAfter } from './stages.ts';

describe('the due-process state machine', () => {
  it('allows only the next steps of each stage', () => {
    expect(allowedSteps({ stage: 'inspected', listed: false, appealed: false })).toEqual(['notice']);
    expect(allowedSteps({ stage: 'noticed', listed: false, appealed: false })).toEqual(['reply', 'decision']);
    expect(allowedSteps({ stage: 'decided', listed: true, appealed: false })).toEqual([
      'appeal',
      'remedy-verified',
    ]);
    expect(allowedSteps({ stage: 'decided', listed: true, appealed: true })).toEqual(['remedy-verified']);
    expect(allowedSteps({ stage: 'decided', listed: false, appealed: false })).toEqual([]);
    expect(allowedSteps({ stage: 'delisted', listed: false, appealed: false })).toEqual([]);
  });

  it('moves an appeal’s outcome back to decided unless it was overturned', () => {
    expect(stageAfter('appeal-outcome', 'upheld')).toBe('decided');
    expect(stageAfter('appeal-outcome', 'varied')).toBe('decided');
    expect(stageAfter('appeal-outcome', 'overturned')).toBe('overturned');
  });

  it('says why a step may not be taken in the words people meet most', () => {
    const decided = { stage: 'decided', listed: true, appealed: false } as const;
    expect(refusalOf(decided, 'reply')).toBe('extractives.environment.error.replyAfterDecision');
    expect(refusalOf(decided, 'delisted')).toBe('extractives.environment.error.delistWithoutRemedy');
    expect(refusalOf({ ...decided, appealed: true }, 'appeal')).toBe(
      'extractives.environment.error.appealedOnce',
    );
    expect(refusalOf({ stage: 'inspected', listed: false, appealed: false }, 'decision')).toBe(
      'extractives.environment.error.stepNotAllowed',
    );
    expect(refusalOf(decided, 'appeal')).toBeNull();
  });
});
