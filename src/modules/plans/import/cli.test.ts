import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedDatabaseEnv, runShilen, tempDir } from '../../../../test/support/cli.ts';
import { modules } from '../../index.ts';

const SEED = new URL('../demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);
const env = await isolatedDatabaseEnv();

describe('shilen import action-plan', () => {
  it('imports the seed, lists what to review, and changes nothing the second time', {
    timeout: 180_000,
  }, async () => {
    const first = await runShilen(['import', 'action-plan', SEED.pathname], modules, env);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('64 added, 0 changed, 0 unchanged.');
    expect(first.stdout).toContain('13 to review:');
    expect(first.stdout).toContain('line 32: not placed: "F E r"');
    const again = await runShilen(['import', 'action-plan', SEED.pathname], modules, env);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('0 added, 0 changed, 64 unchanged.');
  });

  it('reports a bad file with exit code 1 and writes nothing', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.txt');
    fs.writeFileSync(
      file,
      'No\tPriorities\tCommitments\tOrganisations\tTimeline\nI)\tArea\t1.1 One\tGovernment\tsometime\n',
    );
    const run = await runShilen(['import', 'action-plan', file, '--dry-run'], modules, env);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('line 2: timeline "sometime" is not a date or a period');
  });
});
