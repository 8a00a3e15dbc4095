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

// One suite, two engines: PGlite by default, a PostgreSQL server when DATABASE_URL is set.
export default defineConfig({
  test: {
    exclude: ['test/browser/**', 'node_modules/**', '**/*.conformance.test.ts', '**/*.slow.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'mn', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'fictional-pack', include: onFictionalPack, env: { SHILEN_COUNTRY: 'xt' } },
      },
    ],
  },
});
