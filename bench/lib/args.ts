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

/**
 * A benchmark's options, each given by its default: a string for an option that takes a value
 * (`undefined` for one without a default), a boolean for a flag.
 */
export type OptionDefaults = Record<string, string | boolean | undefined>;

/** The parsed options: the benchmark's own and the two every benchmark has, --pg-url and --no-docs. */
export function parseOptions(
  argv: string[],
  defaults: OptionDefaults,
): Record<string, string | boolean | undefined> {
  const all: OptionDefaults = {
    'pg-url': process.env.BENCH_PG_URL ?? defaultPgUrl,
    'no-docs': false,
    ...defaults,
  };
  const options = Object.fromEntries(
    Object.entries(all).map(([name, value]) => [
      name,
      typeof value === 'boolean'
        ? { type: 'boolean' as const, default: value }
        : { type: 'string' as const, ...(value === undefined ? {} : { default: value }) },
    ]),
  );
  return parseArgs({ args: argv, allowPositionals: false, options }).values;
}

/** The option `--key` as a whole number of at least `min`, or an error naming it. */
export function wholeOption(values: Record<string, unknown>, key: string, min = 0): number {
  const n = Number(values[key]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${key} must be a whole number >= ${min}`);
  return n;
}

/** The option `--key` as a database engine. */
export function engineOption(values: Record<string, unknown>, key = 'engine'): Engine {
  const engine = values[key];
  if (engine !== 'pglite' && engine !== 'postgres')
    throw new Error(`--${key} must be pglite or postgres, not ${engine}`);
  return engine;
}

/** The command line a run was made with, as it can be typed again. */
export function benchCommand(name: string, argv: string[]): string {
  return ['npm run bench --', name, ...argv.map(shellQuote)].join(' ');
}

export function parseCommon(
  argv: string[],
  name: string,
  extra: OptionDefaults = {},
): { options: CommonOptions; values: Record<string, string | boolean | undefined> } {
  const values = parseOptions(argv, {
    engine: 'postgres',
    records: '0',
    connections: '10,50',
    warmup: '10',
    duration: '10',
    rounds: '2',
    pool: '10',
    profile: false,
    ...extra,
  });
  const connections = String(values.connections)
    .split(',')
    .map((c) => Number(c.trim()));
  if (connections.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error('--connections: a list like 10,50');
  return {
    options: {
      engine: engineOption(values),
      pgUrl: String(values['pg-url']),
      records: wholeOption(values, 'records', 0),
      connections,
      warmup: wholeOption(values, 'warmup', 0),
      duration: wholeOption(values, 'duration', 1),
      rounds: wholeOption(values, 'rounds', 1),
      pool: wholeOption(values, 'pool', 1),
      docs: !values['no-docs'],
      profile: Boolean(values.profile),
      command: benchCommand(name, argv),
    },
    values,
  };
}
