import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runShilen } from '../../test/support/cli.ts';
import { modules } from '../modules/index.ts';

/**
 * The generator's promise, kept: a module it writes passes the project's checks at once. Slow
 * (a typecheck of the whole repository and the authorisation matrix, about three minutes), so
 * it has a file of its own; the generator's quick checks are in new-module.test.ts.
 */

const repository = path.resolve(import.meta.dirname, '..', '..');

/**
 * A copy of what a module's checks read (sources, tests, configuration, the written-down matrix),
 * with the repository's node_modules linked in, for the generator to write into.
 */
function copyOfRepository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-scaffold-'));
  onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const part of ['src', 'test', 'bench', 'docs/authorization-matrix.md']) {
    fs.cpSync(path.join(repository, part), path.join(root, part), { recursive: true });
  }
  for (const file of ['package.json', 'tsconfig.json', 'biome.json', 'vitest.config.ts', '.gitignore'])
    fs.copyFileSync(path.join(repository, file), path.join(root, file));
  fs.symlinkSync(
    fs.realpathSync(path.join(repository, 'node_modules')),
    path.join(root, 'node_modules'),
    'dir',
  );
  return root;
}

/** Runs a Node script of a package in `cwd`; resolves with its exit code and output. */
function run(cwd: string, script: string, args: readonly string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(cwd, 'node_modules', script), ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('shilen new module: a generated module', () => {
  it('passes typecheck, lint, its own test and the authorisation matrix at once', {
    timeout: 600_000,
  }, async () => {
    const root = copyOfRepository();
    const generated = await runShilen(['new', 'module', 'gadgets', '--root', root], modules, {});
    expect(generated.stderr).toBe('');
    expect(generated.exitCode).toBe(0);
    expect(generated.stdout).toContain('Wrote module gadgets (19 files):');
    expect(generated.stdout).toContain('test/authorization/expectations.ts (a row for each of its 9 routes)');
    // Typecheck the whole copy while the tests run: the two take about as long.
    const [tsc, vitest] = await Promise.all([
      run(root, 'typescript/bin/tsc', ['--noEmit']),
      run(root, 'vitest/vitest.mjs', ['run', 'src/modules/gadgets', 'test/authorization-matrix.test.ts']),
    ]);
    const biome = await run(root, '@biomejs/biome/bin/biome', [
      'ci',
      'src/modules/gadgets',
      'src/modules/index.ts',
      'test/authorization/expectations.ts',
    ]);
    expect({ code: tsc.code, output: tsc.output }).toEqual({ code: 0, output: '' });
    expect(biome.code, biome.output).toBe(0);
    expect(vitest.code, vitest.output.slice(-4000)).toBe(0);
    expect(vitest.output).toMatch(/Test Files {2}2 passed \(2\)/);
  });
});
