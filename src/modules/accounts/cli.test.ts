import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabaseEnv, runShilen } from '../../../test/support/cli.ts';
import { modules } from '../index.ts';

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await isolatedDatabaseEnv();
});

describe('shilen users grant', () => {
  it('creates the first platform administrator with a link to choose a password, once', async () => {
    const first = await runShilen(
      ['users', 'grant', 'root@example.mn', 'platform-administrator', '--name', 'Root'],
      modules,
      env,
    );
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('Granted platform-administrator to root@example.mn.');
    expect(first.stdout).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
    const again = await runShilen(
      ['users', 'grant', 'root@example.mn', 'platform-administrator'],
      modules,
      env,
    );
    expect(again.stdout).toContain('already has platform-administrator');
    expect(again.stdout).not.toContain('/reset-password/');
  });

  it('scopes organisation roles and refuses bad arguments with exit code 2', async () => {
    const ok = await runShilen(
      ['users', 'grant', 'pub@example.mn', 'organization-publisher', '--organization', 'ministry-of-finance'],
      modules,
      env,
    );
    expect(ok.exitCode).toBe(0);
    for (const args of [
      ['users', 'grant', 'pub@example.mn', 'organization-publisher'],
      ['users', 'grant', 'pub@example.mn', 'moderator', '--organization', 'ministry-of-finance'],
      ['users', 'grant', 'pub@example.mn', 'king'],
      ['users', 'grant', 'not-an-email', 'moderator'],
      ['users', 'grant', 'pub@example.mn', 'organization-publisher', '--organization', 'no-such-body'],
    ]) {
      const res = await runShilen(args, modules, env);
      expect({ args, code: res.exitCode }).toEqual({ args, code: 2 });
      expect(res.stderr).toMatch(/^shilen: /);
    }
  });
});
