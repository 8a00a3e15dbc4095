import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Once per run of the suite: a folder for the prepared PGlite databases and a name for this run's
 * template databases on a PostgreSQL server (`test/helpers.ts`), both removed when the run ends.
 * Test files learn them from the environment, which the test processes inherit.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shilen-prepared-'));
  const runId = randomBytes(4).toString('hex');
  process.env.SHILEN_TEST_PREPARED_DIR = dir;
  process.env.SHILEN_TEST_RUN_ID = runId;
  return async () => {
    await rm(dir, { recursive: true, force: true });
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) return;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`shilen_template_${runId}_%`],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    } finally {
      await admin.end();
    }
  };
}
