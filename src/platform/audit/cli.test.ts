import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabaseEnv, runShilen, tempDir } from '../../../test/support/cli.ts';
import { countryPackFor } from '../../country/index.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open.ts';
import { recordAuditNow } from './audit.ts';
import { GENESIS_HASH } from './chain.ts';
import { allDailyHeads, recordDailyHeads } from './heads.ts';
import { asAttacker, sampleEntry } from './test-support.ts';

/** `shilen audit ...` in-process, on a database of this file's own. */

const dir = tempDir('shilen-audit-cli-');
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await isolatedDatabaseEnv();
});

const shilen = (...args: string[]) => runShilen(args, [], env);
/** The time zone of the country pack the CLI runs with. */
const zone = countryPackFor(loadConfig(process.env).country).timeZone;

/** Opens the same database for the test's own work, and closes it (the embedded one is single-process). */
async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(loadConfig(env));
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

describe('shilen audit', { timeout: 60_000 }, () => {
  it('lists its commands', async () => {
    const { exitCode, stdout } = await shilen('audit', '--help');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^ {2}verify \[options\] +recompute the hash chain/m);
    expect(stdout).toMatch(/^ {2}head +print the current head/m);
  });

  it('says so, with exit code 1, when the database has no audit trail yet', async () => {
    const { exitCode, stdout, stderr } = await shilen('audit', 'verify');
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('shilen: this database has no audit trail yet; run `shilen migrate` first\n');
  });

  it('verifies an empty trail and prints its genesis head', async () => {
    expect((await shilen('migrate')).exitCode).toBe(0);
    expect(await shilen('audit', 'head')).toEqual({ exitCode: 0, stdout: `0 ${GENESIS_HASH}\n`, stderr: '' });
    const { exitCode, stdout } = await shilen('audit', 'verify');
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      `The audit trail is intact: 0 entries, head 0 ${GENESIS_HASH}; 0 published heads match.\n`,
    );
  });

  it('verifies a trail with published heads, exit code 0', async () => {
    let head = '';
    await withDatabase(async (db) => {
      for (let n = 1; n <= 6; n++)
        head = (await recordAuditNow(db, sampleEntry(n, new Date(Date.UTC(2026, 1, n))))).hash;
      await recordDailyHeads(db, new Date(Date.UTC(2026, 1, 8)), zone);
      fs.writeFileSync(path.join(dir, 'heads.json'), JSON.stringify({ heads: await allDailyHeads(db) }));
    });
    expect((await shilen('audit', 'head')).stdout).toBe(`6 ${head}\n`);
    const { exitCode, stdout } = await shilen('audit', 'verify', '--heads', path.join(dir, 'heads.json'));
    expect(exitCode).toBe(0);
    expect(stdout).toBe(`The audit trail is intact: 6 entries, head 6 ${head}; 14 published heads match.\n`);
  });

  it('exits 2 when the saved heads file is missing or is not heads.json', async () => {
    const missing = await shilen('audit', 'verify', '--heads', path.join(dir, 'nope.json'));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(`shilen: file not found: ${path.join(dir, 'nope.json')}\n`);
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, '{"heads": [{"day": "yesterday"}]}');
    const bad = await shilen('audit', 'verify', '--heads', file);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain(`shilen: ${file} is not a saved /audit/heads.json: heads[0] is not`);
  });

  it('exits 1 naming the first altered entry', async () => {
    await withDatabase((db) =>
      asAttacker(db, (tx) => tx.exec(`update audit_log set purpose = 'routine' where seq = 3`)),
    );
    const { exitCode, stdout } = await shilen('audit', 'verify');
    expect(exitCode).toBe(1);
    const [problem, intact] = stdout.trimEnd().split('\n');
    expect(problem).toBe(
      'The audit trail is NOT intact (altered at entry 3): entry 3 was altered: its contents no longer match its hash',
    );
    expect(intact).toMatch(
      /^Entries 1 to 2 are intact \(head 2 [0-9a-f]{64}\); 2 published heads matched before the problem\.$/,
    );
  });
});
