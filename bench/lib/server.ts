import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** One server under test, in a child process of its own. */
export interface ServerProcess {
  name: string;
  /** application_name of its PostgreSQL connections, to find their backends. */
  dbApplication?: string;
  url: string;
  pid: number;
  /** Requests it has answered under load so far (warm-ups included), counted by the driver. */
  served: number;
  /** Peak resident memory since the process started (VmHWM), MiB. */
  peakRssMiB(): number;
  /** Resident memory now (VmRSS), MiB. */
  rssMiB(): number;
  /** CPU time (user + system) the process has used so far, ms. */
  cpuMs(): number;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
  /** SIGTERM, then waits for it to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function procStatus(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
    fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
  );
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** utime + stime of a process, from /proc/<pid>/stat, in ms (clock ticks are 100 Hz on Linux); 0 if gone. */
export function procCpuMs(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
export function machineJiffies(): { busy: number; total: number } {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: total - idle, total };
}

export interface StartOptions {
  /** Script to run with this Node, relative to the repository root. */
  script: string;
  env: Record<string, string>;
  port: number;
  nodeArgs?: string[];
  readyPath?: string;
  timeoutMs?: number;
}

/**
 * Starts `node <script>` listening on 127.0.0.1:<port> and waits until `readyPath` answers 200.
 * The child is this very Node binary (process.execPath), so --cpu-prof and /proc figures are the
 * server's own, not a wrapper's.
 */
export async function startProcess(
  name: string,
  options: StartOptions & { dbApplication?: string },
): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : null);
      resolve();
    }),
  );
  const pid = child.pid;
  if (!pid) throw new Error(`${name}: could not start ${options.script}`);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`${name} exited with ${exited} before it was ready:\n${log}`);
    try {
      const response = await fetch(`${url}${options.readyPath ?? '/readyz'}`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${options.timeoutMs ?? 120_000} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name,
    dbApplication: options.dbApplication,
    url,
    pid,
    served: 0,
    peakRssMiB: () => procStatus(pid, 'VmHWM'),
    rssMiB: () => procStatus(pid, 'VmRSS'),
    cpuMs: () => procCpuMs(pid),
    output: () => log,
    async stop(graceMs = 15_000) {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

const publicUrl = 'http://shilen.bench';

/** The real Shilen server (`src/main.ts`, what `npm start` runs) with LOG_LEVEL=warn. */
export async function startShilen(
  dataEnv: Record<string, string>,
  options: { pool: number; nodeArgs?: string[] },
): Promise<ServerProcess> {
  const port = await freePort();
  return startProcess('shilen', {
    script: 'src/main.ts',
    dbApplication: 'shilen',
    port,
    nodeArgs: options.nodeArgs,
    env: {
      ...dataEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHILEN_DEMO: 'true',
      SHILEN_PUBLIC_URL: publicUrl,
      DATABASE_POOL_MAX: String(options.pool),
    },
  });
}

export type BareDriver = 'postgres.js' | 'pg' | 'pg-prepared';

/** The ceiling: bench/lib/bare-server.ts on the same data (see that file). */
export async function startBare(
  bare: { databaseUrl?: string; pgliteDir?: string },
  options: { pool: number; nodeArgs?: string[]; with?: string[]; driver?: BareDriver },
): Promise<ServerProcess> {
  const port = await freePort();
  const driver = options.driver ?? 'postgres.js';
  const name = [
    'bare',
    driver !== 'postgres.js' && bare.databaseUrl ? `[${driver}]` : '',
    options.with?.length ? `+${options.with.join('+')}` : '',
  ].join('');
  return startProcess(name, {
    script: 'bench/lib/bare-server.ts',
    dbApplication: `shilen-bench-${driver}`,
    port,
    nodeArgs: options.nodeArgs,
    env: {
      PORT: String(port),
      BARE_DATABASE_URL: bare.databaseUrl ?? '',
      BARE_PGLITE_DIR: bare.pgliteDir ?? '',
      BARE_POOL_MAX: String(options.pool),
      BARE_PUBLIC_URL: publicUrl,
      BARE_WITH: (options.with ?? []).join(','),
      BARE_DRIVER: driver,
    },
  });
}
