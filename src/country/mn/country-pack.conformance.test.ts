import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../../test/conformance/standards.ts';
import { EMBEDDED_ORG_CELLS, orgCellsFromSeed, SEED_NAME, seedNameMatch } from './test-support.ts';

// The organisation cells country-pack.test.ts matches are the seed document's own column.
const cells = orgCellsFromSeed(readFileSync(path.join(seedsDir(), SEED_NAME), 'utf8'));

describe("the seed action plan's organisation column", () => {
  it('is the embedded copy, cell for cell', () => {
    expect(cells).toEqual(EMBEDDED_ORG_CELLS);
  });

  it("is matched at least 90% by the pack's names and aliases", () => {
    const { names, ratio } = seedNameMatch(cells);
    expect(names.length).toBeGreaterThan(40);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});
