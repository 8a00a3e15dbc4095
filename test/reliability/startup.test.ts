import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.join(import.meta.dirname, '..', '..', 'src', 'main.ts');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe('start-up failures', () => {
  it('names an unreachable database in one line and exits non-zero', () => {
    const { code, stderr } = start({
      DATABASE_URL: 'postgres://shilen:secret@127.0.0.1:1/nowhere',
      PORT: '0',
    });
    expect(code).toBe(3);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^shilen: cannot reach the database at postgres:\/\/shilen:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
    expect(stderr).not.toContain('secret');
  });

  it('names a data folder it cannot write', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-start-')), 'a-file');
    fs.writeFileSync(file, '');
    const { code, stderr } = start({ SHILEN_DATA_DIR: path.join(file, 'data'), PORT: '0' });
    expect(code).toBe(3);
    expect(stderr).toMatch(/^shilen: cannot write the data folder .*a-file\/data: (ENOTDIR|EEXIST)/);
  });

  it('names a bad setting', () => {
    const { code, stderr } = start({ PORT: 'eighty' });
    expect(code).toBe(3);
    expect(stderr).toBe('shilen: PORT must be a whole number from 0 to 65535, not "eighty"');
  });
});
