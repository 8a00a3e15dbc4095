import { defineConfig } from 'vitest/config';

/**
 * What runs a second time on the fictional country pack (Testland, `SHILEN_COUNTRY=xt`): the
 * platform's parts that take nothing of a country, so anything Mongolian hard-coded in them fails
 * here. Grows as modules move onto `ctx.country`.
 */
const onFictionalPack = [
  'src/country/**/*.test.ts',
  'src/platform/commands/**/*.test.ts',
  'src/platform/forms/**/*.test.ts',
  'src/platform/jobs/**/*.test.ts',
  'src/platform/lists/**/*.test.ts',
  'src/platform/views/**/*.test.ts',
];

/**
 * Test files that read a registry of the whole process (every message defined, every key used): they
 * run each in a process of its own, since the others share their processes (`isolate: false`) and
 * register test-only entries.
 */
const ownProcess = [
  'src/platform/i18n/keys.test.ts',
  'src/platform/i18n/catalogues.test.ts',
  'src/platform/http/app.test.ts',
];

const exclude = ['test/browser/**', 'node_modules/**', '**/*.conformance.test.ts', '**/*.slow.test.ts'];

// One suite, two engines: PGlite by default, a PostgreSQL server when DATABASE_URL is set.
// Test files share each worker's process and its imported modules (`isolate: false`): importing
// the platform and starting a database cost more than most files' tests. Each file still opens
// its own database (`test/helpers.ts`), so files share no rows.
export default defineConfig({
  test: {
    exclude,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Each set of modules is migrated and seeded once per run; test files start from a copy.
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'mn',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...exclude, ...ownProcess],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'mn-own-process', include: ownProcess, isolate: true } },
      {
        extends: true,
        test: {
          name: 'fictional-pack',
          include: onFictionalPack,
          env: { SHILEN_COUNTRY: 'xt' },
          isolate: false,
        },
      },
    ],
  },
});
