import autocannon, { type RawResult } from 'autocannon';
import { machineJiffies, procCpuMs, type ServerProcess } from './server.ts';

export interface DriveOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
  /** PostgreSQL backends serving this server, to charge their CPU time to it (engine postgres). */
  backendPids?: () => Promise<number[]>;
}

/** One measured run: autocannon's raw figures plus the server's CPU time during it. */
export interface Round {
  raw: RawResult;
  /** ms of CPU the server process used during the run. */
  serverCpuMs: number;
  /** ms of CPU its PostgreSQL backends used during the run (undefined on PGlite). */
  dbCpuMs?: number;
  /** Share of the whole machine's CPU time that was busy during the run, 0..1. */
  machineBusy: number;
  /** ms of CPU the whole machine used during the run (all processes, kernel included). */
  machineCpuMs: number;
  /** ms of CPU this process (the load generator) used during the run. */
  loadCpuMs: number;
}

/**
 * Drives `server` at `path` with autocannon on loopback: `connections` keep-alive connections,
 * pipelining 1 (each connection waits for its answer), for `duration` seconds.
 */
export async function drive(server: ServerProcess, path: string, options: DriveOptions): Promise<Round> {
  const url = `${server.url}${path}`;
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`refusing to load anything but loopback: ${url}`);
  const pidsBefore = options.backendPids ? await options.backendPids() : [];
  const dbBefore = new Map(pidsBefore.map((pid) => [pid, procCpuMs(pid)]));
  const machineBefore = machineJiffies();
  const loadBefore = process.cpuUsage();
  const cpuBefore = server.cpuMs();
  const raw = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    pipelining: 1,
    timeout: 10,
    headers: options.headers,
    skipAggregateResult: true,
  });
  const serverCpuMs = server.cpuMs() - cpuBefore;
  server.served += raw.totalCompletedRequests;
  const load = process.cpuUsage(loadBefore);
  const loadCpuMs = (load.user + load.system) / 1000;
  const machineAfter = machineJiffies();
  let dbCpuMs: number | undefined;
  if (options.backendPids) {
    dbCpuMs = 0;
    for (const pid of new Set([...pidsBefore, ...(await options.backendPids())])) {
      dbCpuMs += procCpuMs(pid) - (dbBefore.get(pid) ?? 0);
    }
  }
  const machineBusy =
    (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total || 1);
  // /proc/stat counts in USER_HZ ticks, 100 per second on Linux.
  const machineCpuMs = (machineAfter.busy - machineBefore.busy) * 10;
  return { raw, serverCpuMs, dbCpuMs, machineBusy, machineCpuMs, loadCpuMs };
}

/** Figures of a series of rounds taken together. */
export interface Summary {
  connections: number;
  rounds: number;
  /** Completed requests over the rounds' summed duration. */
  rps: number;
  /** Requests/s of each round, to show the spread. */
  roundRps: number[];
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerResponse: number;
  /** Server CPU time per request, ms (user + system of the server process only). */
  serverCpuMsPerRequest: number;
  /** CPU time of its PostgreSQL backends per request, ms (engine postgres). */
  dbCpuMsPerRequest?: number;
  /** Mean share of the machine's CPU that was busy during the rounds, 0..1. */
  machineBusy: number;
  /** CPU time of the whole machine per request, ms: server, database, load generator, kernel. */
  machineCpuMsPerRequest: number;
  /** CPU time of the load generator per request, ms. */
  loadCpuMsPerRequest: number;
}

/** Merges rounds: latency histograms are combined by autocannon, so percentiles are of all requests. */
export function summarise(rounds: Round[], url: string, connections: number): Summary {
  const merged = autocannon.aggregateResult(
    rounds.map((r) => r.raw),
    { url, connections },
  );
  const requests = rounds.reduce((n, r) => n + r.raw.totalCompletedRequests, 0);
  const seconds = rounds.reduce((n, r) => n + r.raw.duration, 0);
  const bytes = rounds.reduce((n, r) => n + r.raw.totalBytes, 0);
  const cpu = rounds.reduce((n, r) => n + r.serverCpuMs, 0);
  return {
    connections,
    rounds: rounds.length,
    rps: requests / seconds,
    roundRps: rounds.map((r) => r.raw.totalCompletedRequests / r.raw.duration),
    latencyMs: {
      mean: merged.latency.mean,
      p50: merged.latency.p50,
      p90: merged.latency.p90,
      p99: merged.latency.p99,
      max: merged.latency.max,
    },
    requests,
    errors: rounds.reduce((n, r) => n + r.raw.errors, 0),
    timeouts: rounds.reduce((n, r) => n + r.raw.timeouts, 0),
    non2xx: rounds.reduce((n, r) => n + r.raw.non2xx, 0),
    bytesPerResponse: requests ? bytes / requests : 0,
    serverCpuMsPerRequest: requests ? cpu / requests : 0,
    dbCpuMsPerRequest: rounds.every((r) => r.dbCpuMs !== undefined)
      ? rounds.reduce((n, r) => n + r.dbCpuMs!, 0) / (requests || 1)
      : undefined,
    machineBusy: rounds.reduce((n, r) => n + r.machineBusy, 0) / rounds.length,
    machineCpuMsPerRequest: requests ? rounds.reduce((n, r) => n + r.machineCpuMs, 0) / requests : 0,
    loadCpuMsPerRequest: requests ? rounds.reduce((n, r) => n + r.loadCpuMs, 0) / requests : 0,
  };
}

/**
 * CPU the stack itself spends per request, ms: the server process, its PostgreSQL backends and
 * the load generator (not the kernel's network work, not other processes on the machine).
 * The ratio of two of these estimates their throughput ratio on a quiet, CPU-bound machine.
 */
export function stackCpuMs(s: Summary): number {
  return s.serverCpuMsPerRequest + (s.dbCpuMsPerRequest ?? 0) + s.loadCpuMsPerRequest;
}
