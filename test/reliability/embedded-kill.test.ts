import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/open.ts';
import { sql } from '../../src/platform/db/sql.ts';
import { engine } from '../helpers.ts';

const writer = path.join(import.meta.dirname, 'embedded-writer.ts');

/**
 * Starts the writer; resolves once it has acknowledged `count` commits. The returned list keeps
 * growing with what the writer acknowledges until it is killed.
 */
function runWriter(dataDir: string, count: number): Promise<{ child: ChildProcess; acked: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let settled = false;
    const onEarlyExit = (code: number | null) => {
      settled = true;
      reject(new Error(`writer exited early (${code}): ${stderr}`));
    };
    const timer = setTimeout(() => {
      settled = true;
      child.off('exit', onEarlyExit);
      child.kill('SIGKILL');
      reject(
        new Error(`writer acknowledged ${acked.length} of ${count} in 45 s; stderr: ${stderr.slice(-500)}`),
      );
    }, 45_000);
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', onEarlyExit);
    // Every acknowledged number is kept, also those printed after the caller got its count.
    child.stdout?.on('data', (data) => {
      buffer += data;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (/^\d+$/.test(line)) acked.push(Number(line));
      if (!settled && acked.length >= count) {
        settled = true;
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve({ child, acked });
      }
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

// The embedded engine only: with DATABASE_URL set the suite is about the server, which has its own WAL and fsync.
describe.runIf(engine === 'pglite')('embedded database killed with SIGKILL', () => {
  it('keeps every acknowledged commit and opens again, twice over', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-kill-'));
    const all: number[] = [];
    for (let round = 0; round < 2; round++) {
      const { child, acked } = await runWriter(dataDir, 150);
      await killHard(child);
      all.push(...acked);
      // The dead process's lock file is still there; the next open takes it over.
      expect(fs.existsSync(path.join(dataDir, 'shilen.lock'))).toBe(true);
    }
    const db = await openDatabase({ databaseUrl: undefined, dataDir, poolMax: 1 });
    try {
      const rows = await db.query<{ n: number }>(sql`select n from acknowledged order by n`);
      const stored = new Set(rows.map((r) => r.n));
      const lost = all.filter((n) => !stored.has(n));
      expect(lost).toEqual([]);
      // Numbers are consecutive: nothing stored twice, nothing skipped.
      expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => i + 1));
    } finally {
      await db.close();
    }
  }, 120_000);

  it('refuses a second process on the same data folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-lock-'));
    const { child } = await runWriter(dataDir, 1);
    try {
      await expect(openDatabase({ databaseUrl: undefined, dataDir, poolMax: 1 })).rejects.toThrow(
        new RegExp(`in use by process ${child.pid}`),
      );
    } finally {
      await killHard(child);
    }
  }, 60_000);
});
