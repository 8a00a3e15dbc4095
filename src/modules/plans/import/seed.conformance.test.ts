import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../../../test/conformance/standards.ts';
import { parsePlan } from './parse-plan.ts';

// The demo copy that `npm test` and the demo read is the seed document itself, kept beside the
// repository: the same text, so what parse-plan.test.ts checks holds of the seed.
const NAME = 'ogp-action-plan-mongolia-2014-2015.txt';
const seed = fs.readFileSync(path.join(seedsDir(), NAME), 'utf8');
const demoCopy = fs.readFileSync(new URL(`../demo/${NAME}`, import.meta.url), 'utf8');

describe('the seed action plan', () => {
  it('is the text of the demo copy', () => {
    expect(seed.length).toBeGreaterThan(9000);
    expect(demoCopy).toBe(seed);
  });

  it('parses without problems into the 33 commitments parse-plan.test.ts counts', () => {
    const plan = parsePlan(seed);
    expect(plan.problems).toEqual([]);
    expect(plan.priorities.flatMap((p) => p.commitments)).toHaveLength(33);
  });
});
