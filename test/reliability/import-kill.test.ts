import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/open.ts';
import { sql } from '../../src/platform/db/sql.ts';
import { cleanEnv, isolatedDatabaseEnv, tempDir } from '../support/cli.ts';

const writer = path.join(import.meta.dirname, 'import-writer.ts');

/** Runs the import in a child; resolves when it prints `until` (then it is killed) or ends. */
function runImport(
  env: NodeJS.ProcessEnv,
  file: string,
  until?: string,
  target?: 'first-load',
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [writer, file, ...(target ? [target] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cleanEnv(env),
    });
    const lines: string[] = [];
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`import did not reach ${until} in 120 s: ${lines.join(' ')} ${stderr.slice(-500)}`));
    }, 120_000);
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    let buffer = '';
    child.stdout?.on('data', (data) => {
      buffer += data;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (until && line === until && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`import exited ${code}: ${stderr.slice(-1000)}`));
      else resolve({ lines, killed });
    });
  });
}

/** Everything an import touches, as one fingerprint: the table, its history, the audit trail, the index. */
async function fingerprint(env: NodeJS.ProcessEnv) {
  const db = await openDatabase(loadConfig(cleanEnv(env)));
  try {
    const [row] = await db.query<{
      organizations: string;
      versions: number;
      audit: number;
      search: number;
    }>(sql`select
      (select md5(coalesce(string_agg(o::text, '|' order by o.slug), '')) from organizations o) as organizations,
      (select count(*) from record_versions) as versions,
      (select count(*) from audit_log) as audit,
      (select count(*) from search_documents) as search`);
    const imports = await db.query<{ status: string }>(sql`select status from imports order by id`);
    if (!row) throw new Error('no fingerprint');
    return { ...row, imports: imports.map((i) => i.status) };
  } finally {
    await db.close();
  }
}

describe('an import killed half way', () => {
  it('leaves the dataset exactly as it was, whether killed while reading or inside the merge; the next import commits', async () => {
    const env = await isolatedDatabaseEnv();
    const dir = tempDir('shilen-import-kill-');
    const lines = ['slug,name_mn,name_en,kind,parent_slug'];
    // A change to a seeded body as well as many new ones, some with parents added by the same file.
    lines.push(
      'cabinet-secretariat,Засгийн газрын Хэрэг эрхлэх газар (шинэ),Cabinet Secretariat (renamed),government,government',
    );
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `kill-test-${i},Туршилт ${i},Kill test ${i},agency,${i > 0 && i % 10 === 0 ? `kill-test-${i - 1}` : ''}`,
      );
    const file = path.join(dir, 'kill.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);

    await runImport(env, path.join(dir, 'not-read-killed-when-ready.csv'), 'ready');
    const before = await fingerprint(env);

    const reading = await runImport(env, file, 'phase:checking');
    expect(reading.killed).toBe(true);
    const afterReading = await fingerprint(env);
    expect({ ...afterReading, imports: [] }).toEqual({ ...before, imports: [] });
    expect(afterReading.imports.at(-1)).toBe('running');

    const merging = await runImport(env, file, 'phase:history');
    expect(merging.killed).toBe(true);
    const afterMerging = await fingerprint(env);
    expect({ ...afterMerging, imports: [] }).toEqual({ ...before, imports: [] });
    // Killed inside the transaction: the history never saw it succeed. The import killed before
    // it was found dead when this one started.
    expect(afterMerging.imports.slice(-2)).toEqual(['interrupted', 'running']);

    const whole = await runImport(env, file);
    expect(whole.lines).toContain('done:succeeded');
    const after = await fingerprint(env);
    expect(after.organizations).not.toBe(before.organizations);
    expect(Number(after.versions)).toBe(Number(before.versions) + 20_001);
    expect(after.imports.slice(before.imports.length)).toEqual(['interrupted', 'interrupted', 'succeeded']);
    // What the killed imports left in staging is gone.
    const db = await openDatabase(loadConfig(cleanEnv(env)));
    try {
      const staging = await db.query(
        sql`select tablename from pg_tables where tablename ~ '^import_(rows|diff)_[0-9]+$'`,
      );
      expect(staging).toEqual([]);
    } finally {
      await db.close();
    }
  }, 300_000);

  it('leaves a first load killed after all its rows were copied with nothing of it; the next one loads them all', async () => {
    const env = await isolatedDatabaseEnv();
    const dir = tempDir('shilen-first-load-kill-');
    const lines = ['code,name,amount'];
    for (let i = 0; i < 20_000; i++) lines.push(`K-${i},Туршилт ${i},${i}.50`);
    const file = path.join(dir, 'first.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    // The register, its history and its imports, and the audit trail.
    const state = async () => {
      const db = await openDatabase(loadConfig(cleanEnv(env)));
      try {
        const [row] = await db.query<{ rows: number; versions: number; batches: number; audit: number }>(sql`
          select (select count(*)::int from kill_first_items) as rows,
            (select count(*)::int from record_versions where dataset = 'kill-first-items') as versions,
            (select count(*)::int from record_version_batches where dataset = 'kill-first-items') as batches,
            (select count(*)::int from audit_log) as audit`);
        const imports = await db.query<{ status: string }>(
          sql`select status from imports where dataset = 'kill-first-items' order by id`,
        );
        return { ...row!, imports: imports.map((i) => i.status) };
      } finally {
        await db.close();
      }
    };

    // Killed when every row is in the table's transaction, just before its history and commit.
    const killed = await runImport(env, file, 'phase:history', 'first-load');
    expect(killed.killed).toBe(true);
    const afterKill = await state();
    expect(afterKill).toMatchObject({ rows: 0, versions: 0, batches: 0, imports: ['running'] });

    const whole = await runImport(env, file, undefined, 'first-load');
    expect(whole.lines).toContain('done:succeeded');
    const loaded = await state();
    // Loaded as a first load again (its history one batch), the killed import marked interrupted.
    expect(loaded).toMatchObject({ rows: 20_000, batches: 1, imports: ['interrupted', 'succeeded'] });
    expect(loaded.audit).toBe(afterKill.audit + 1);
  }, 300_000);
});
