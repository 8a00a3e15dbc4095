import { parseArgs } from 'node:util';

export type Engine = 'pglite' | 'postgres';

/** Options every benchmark understands. */
export interface CommonOptions {
  engine: Engine;
  /** PostgreSQL server where a fresh database is made for the run (engine postgres). */
  pgUrl: string;
  /** Synthetic records added on top of the demo data. */
  records: number;
  /** Concurrent connections, one measured series per entry. */
  connections: number[];
  /** Warm-up seconds per server and connection count, not measured. */
  warmup: number;
  /** Measured seconds per round. */
  duration: number;
  /** Rounds per server and connection count, alternating between the servers. */
  rounds: number;
  /** Pool size of both servers (DATABASE_POOL_MAX). */
  pool: number;
  /** Write the results section into docs/benchmarks.md. */
  docs: boolean;
  /** Run the servers with --cpu-prof and summarise where their time went. */
  profile: boolean;
  /** The exact command line, for the report. */
  command: string;
}

/** An argument as it must be typed in a POSIX shell. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

export const defaultPgUrl = 'postgres://postgres@127.0.0.1:5432/test';

export function parseCommon(
  argv: string[],
  name: string,
  extra: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }> = {},
): { options: CommonOptions; values: Record<string, string | boolean | undefined> } {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      engine: { type: 'string', default: 'postgres' },
      'pg-url': { type: 'string', default: process.env.BENCH_PG_URL ?? defaultPgUrl },
      records: { type: 'string', default: '0' },
      connections: { type: 'string', default: '10,50' },
      warmup: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      pool: { type: 'string', default: '10' },
      'no-docs': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      ...extra,
    },
  });
  const engine = values.engine;
  if (engine !== 'pglite' && engine !== 'postgres')
    throw new Error(`--engine must be pglite or postgres, not ${engine}`);
  const whole = (key: string, min: number): number => {
    const n = Number((values as Record<string, unknown>)[key]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${key} must be a whole number >= ${min}`);
    return n;
  };
  const connections = String(values.connections)
    .split(',')
    .map((c) => Number(c.trim()));
  if (connections.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error('--connections: a list like 10,50');
  return {
    options: {
      engine,
      pgUrl: String(values['pg-url']),
      records: whole('records', 0),
      connections,
      warmup: whole('warmup', 0),
      duration: whole('duration', 1),
      rounds: whole('rounds', 1),
      pool: whole('pool', 1),
      docs: !values['no-docs'],
      profile: Boolean(values.profile),
      command: ['npm run bench --', name, ...argv.map(shellQuote)].join(' '),
    },
    values: values as Record<string, string | boolean | undefined>,
  };
}
