import { drive, type Round, type Summary, summarise } from './load.ts';
import type { ServerProcess } from './server.ts';

export interface CompareOptions {
  connections: number[];
  warmup: number;
  duration: number;
  rounds: number;
  headers?: Record<string, string>;
  /** PostgreSQL backends of a server, by its application_name (engine postgres). */
  backendPids?: (application: string) => Promise<number[]>;
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/**
 * Loads each server at each connection count: first a warm-up of `warmup` s per server (not
 * measured), then `rounds` measured runs of `duration` s per server, taking turns
 * (A, B, A, B, ...) so that drift in the machine hits every server alike.
 * Returns summaries keyed by connection count, then server name.
 */
export async function compare(
  servers: readonly ServerProcess[],
  path: string,
  options: CompareOptions,
): Promise<Map<number, Map<string, Summary>>> {
  const out = new Map<number, Map<string, Summary>>();
  for (const connections of options.connections) {
    if (options.warmup > 0) {
      for (const server of servers) {
        say(`  warm-up ${server.name}, ${connections} connections, ${options.warmup} s`);
        await drive(server, path, { connections, duration: options.warmup, headers: options.headers });
      }
    }
    const rounds = new Map<string, Round[]>(servers.map((s) => [s.name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const server of servers) {
        const backends = options.backendPids;
        const app = server.dbApplication;
        const result = await drive(server, path, {
          connections,
          duration: options.duration,
          headers: options.headers,
          backendPids: backends && app ? () => backends(app) : undefined,
        });
        rounds.get(server.name)!.push(result);
        const rps = result.raw.totalCompletedRequests / result.raw.duration;
        say(`  round ${round} ${server.name}, ${connections} connections: ${Math.round(rps)} req/s`);
      }
    }
    out.set(
      connections,
      new Map(servers.map((s) => [s.name, summarise(rounds.get(s.name)!, `${s.url}${path}`, connections)])),
    );
  }
  return out;
}
