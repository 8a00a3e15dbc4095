import { spawn, spawnSync } from 'node:child_process';
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

describe('graceful shutdown', () => {
  it('serves, then on SIGTERM finishes, closes the database and releases its lock', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-term-'));
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        SHILEN_DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(new Error(`no start within 60 s: ${out.slice(-500)}`)), 60_000);
      // A process that dies before it serves (a demo loader that throws) says why, at once.
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before serving: ${err.slice(-800)}`));
      });
      child.stdout.on('data', (d) => {
        out += d;
        const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      });
    });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'shilen.lock'))).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'shilen.lock'))).toBe(false);
  }, 90_000);
});
