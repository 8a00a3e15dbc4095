import fs from 'node:fs';
import { defineConfig } from 'vitest/config';
import { seedsDir, standardsDir } from './test/conformance/standards.ts';

// Conformance: what the project produces and accepts, compared with the official files of the
// standards (and the seed documents) kept outside the repository. `npm run test:conformance`.
// Without those files the run fails in CI and is skipped, with a message, elsewhere.
const missing = [standardsDir(), seedsDir()].filter((dir) => !fs.existsSync(dir));
if (missing.length > 0) {
  const message = `the official files are missing: ${missing.join(', ')} (set SHILEN_STANDARDS_DIR and SHILEN_SEEDS_DIR)`;
  if (process.env.CI) throw new Error(`conformance cannot run: ${message}`);
  console.warn(`conformance skipped: ${message}`);
}

export default defineConfig({
  test: {
    include: missing.length > 0 ? [] : ['src/**/*.conformance.test.ts', 'test/**/*.conformance.test.ts'],
    passWithNoTests: missing.length > 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
