import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feedbackToken } from '../../bench/lib/feedback-load.ts';
import { modules } from '../../src/modules/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { sql } from '../../src/platform/db/sql.ts';
import { openContext } from '../../src/platform/runtime.ts';
import { createServerDatabaseUrl, serverUrl } from '../helpers.ts';

/**
 * The real server (src/main.ts) in a child process, killed with SIGKILL in the middle of a burst
 * of case submissions that carry Idempotency-Keys; restarted; every submission not acknowledged
 * is sent again with its key. Every acknowledged case must be stored, and no case stored twice.
 */

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const TOTAL = 240;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHILEN_DEMO: 'false',
      SHILEN_PUBLIC_URL: 'http://shilen.test',
      SHILEN_TOKEN_WRITES_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      const res = await fetch(`${url}/readyz`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`server not ready: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, log: () => log };
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** The case number the server acknowledged, or undefined; `last` keeps what it said otherwise. */
let last = '';
async function submit(url: string, token: string, n: number): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/api/v1/feedback/cases`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `reliability-${n}`,
      },
      body: JSON.stringify({
        kind: 'complaint',
        category: 'roads',
        subject: `Burst case ${n}`,
        body: `Case number ${n} of the burst.`,
        aimag: '65',
      }),
    });
    const text = await res.text();
    last = `${res.status} ${text.slice(0, 300)}`;
    const body = JSON.parse(text) as { number?: string };
    return res.status === 201 || res.status === 200 ? body.number : undefined;
  } catch (error) {
    last = String(error);
    return undefined;
  }
}

describe('the server killed in the middle of a burst of submissions', () => {
  it('keeps every acknowledged case, and retries with the same keys store none twice', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-feedback-kill-'));
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = serverUrl
      ? { DATABASE_URL: await createServerDatabaseUrl() }
      : { SHILEN_DATA_DIR: dataDir };
    // Migrate and issue the token first: the embedded database is locked to one process at a time.
    const config = { ...loadConfig({ ...env, LOG_LEVEL: 'silent' }), demo: false };
    const setup = await openContext(config, modules);
    const token = await feedbackToken(setup.db);
    await setup.db.close();

    const acknowledged = new Map<number, string>();
    const first = await startServer(env);
    let next = 0;
    // A burst from 16 clients; the kill comes once a third is acknowledged, with requests in flight.
    await new Promise<void>((resolve) => {
      let stopping = false;
      const worker = async () => {
        while (!stopping && next < TOTAL) {
          const n = next++;
          const number = await submit(first.url, token, n);
          if (number) acknowledged.set(n, number);
          if (!stopping && acknowledged.size >= TOTAL / 3) {
            stopping = true;
            await killed(first.child);
            resolve();
          }
        }
      };
      for (let i = 0; i < 16; i++) void worker();
    });
    await killed(first.child);
    expect(acknowledged.size).toBeGreaterThanOrEqual(TOTAL / 3);
    expect(acknowledged.size).toBeLessThan(TOTAL);

    const second = await startServer(env);
    try {
      // Every submission again with its key: unacknowledged ones are stored now, acknowledged ones answer with their first number.
      for (let n = 0; n < TOTAL; n++) {
        const number = await submit(second.url, token, n);
        expect(number, `submission ${n}: ${last} — ${second.log().slice(-300)}`).toBeDefined();
        if (acknowledged.has(n)) expect(number).toBe(acknowledged.get(n));
      }
    } finally {
      await new Promise<void>((resolve) => {
        second.child.once('exit', () => resolve());
        second.child.kill('SIGTERM');
      });
    }

    const check = await openContext(config, modules);
    try {
      const rows = await check.db.query<{ key: string; number: string; subject: string }>(sql`
        select idempotency_key as key, number, subject from feedback_cases where idempotency_key like 'reliability-%'`);
      expect(rows).toHaveLength(TOTAL);
      expect(new Set(rows.map((r) => r.key)).size).toBe(TOTAL);
      const stored = new Map(rows.map((r) => [r.number, r]));
      for (const [n, number] of acknowledged) expect(stored.get(number)?.subject).toBe(`Burst case ${n}`);
      const [events] = await check.db.query<{
        n: number;
      }>(sql`select count(*)::int as n from feedback_events e
        join feedback_cases c on c.id = e.case_id where c.idempotency_key like 'reliability-%' and e.kind = 'submitted'`);
      expect(events?.n).toBe(TOTAL);
    } finally {
      await check.db.close();
    }
  }, 240_000);
});
