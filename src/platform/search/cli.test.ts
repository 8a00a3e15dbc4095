import { describe, expect, it } from 'vitest';
import { isolatedDatabaseEnv, runShilen } from '../../../test/support/cli.ts';
import { modules as allModules } from '../../modules/index.ts';
import { searchTestModule } from './test-support.ts';

const testModule = searchTestModule();
testModule.documents.push({
  kind: 'record',
  key: 'one',
  title: { mn: 'Оюу Толгой', en: 'Oyu Tolgoi' },
  url: '/test/one',
});
const modules = [...allModules, testModule];
const env = await isolatedDatabaseEnv();

describe('shilen search reindex', () => {
  it('rebuilds every module’s documents and says how many', async () => {
    const { exitCode, stdout, stderr } = await runShilen(['search', 'reindex'], modules, env);
    expect(stderr).not.toContain('Error');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^organizations: \d+ documents$/m);
    expect(stdout).toContain('search-test: 1 documents');
    expect(stdout).toContain('Search index rebuilt');
  });

  it('rebuilds one module with --module, and refuses a module without documents', async () => {
    const one = await runShilen(['search', 'reindex', '--module', 'search-test'], modules, env);
    expect(one.exitCode).toBe(0);
    expect(one.stdout).toContain('search-test: 1 documents');
    expect(one.stdout).not.toContain('organizations:');
    const bad = await runShilen(['search', 'reindex', '--module', 'accounts'], modules, env);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('module accounts has no search documents');
  });
});
