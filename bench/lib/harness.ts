import path from 'node:path';
import {
  benchCommand,
  type CommonOptions,
  type Engine,
  engineOption,
  type OptionDefaults,
  parseCommon,
  parseOptions,
  wholeOption,
} from './args.ts';
import { type BenchData, type Loader, prepareData } from './engine.ts';
import { describeMachine, loadAverage, type Machine, machineLine, warnIfBusy } from './machine.ts';
import { type BenchReport, printReport, saveJson, writeDocsMarkdown, writeDocsSection } from './report.ts';
import { repoRoot } from './server.ts';

/**
 * What every benchmark does around its measurement: read its options, note the machine and its
 * load, make the database, and write the figures with the command that produced them.
 */
export interface Bench {
  values: Record<string, string | boolean | undefined>;
  /** `--key` as a whole number of at least `min`. */
  whole(key: string, min?: number): number;
  /** `--engine` (or `--key`), checked. */
  engine(key?: string): Engine;
  pgUrl: string;
  /** Whether to write the figures into docs/benchmarks.md (not with --no-docs). */
  docs: boolean;
  /** The command line, as it can be typed again. */
  command: string;
  say(text: string): void;
  machine: Machine;
  /** The 1-minute load average before the run (a warning was said when it was over 1). */
  loadBefore: number;
  /** `YYYY-MM-DD HH:MM` (UTC), when the run began. */
  date: string;
  /** `Measured <date> UTC with \`<command>\``, the first line of a results section. */
  measured: string;
  /** `Load average (1 min) of the machine: … before the run, … after`, the load after taken now. */
  loadLine(): string;
  /** `- Machine: …` and `- <loadLine>`, the first facts of a results section. */
  machineLines(): string[];
  /**
   * A fresh database with the demo data and what `load` adds (engine.ts), said as it goes; the
   * PostgreSQL server's version joins the machine's description.
   */
  prepare(engine: Engine, load: Loader): Promise<BenchData>;
  /** Prints a results section and, unless --no-docs, writes it into docs/benchmarks.md as `id`. */
  publish(id: string, markdown: string): void;
  /**
   * Prints a report of series (report.ts) dated, with this machine and command, saves its figures
   * (with `extra`) as JSON and, unless --no-docs, writes its section into docs/benchmarks.md.
   */
  publishReport(report: Omit<BenchReport, 'date' | 'machine' | 'command'>, extra?: unknown): void;
}

/** Starts a benchmark `name` with its options (given by their defaults, see `parseOptions`). */
export function startBench(
  name: string,
  argv: string[],
  defaults: OptionDefaults,
  out: NodeJS.WriteStream = process.stderr,
): Bench {
  return benchOf(name, argv, parseOptions(argv, defaults), out);
}

/** The same for a benchmark of servers under load, with the options they share (`parseCommon`). */
export function startLoadBench(
  name: string,
  argv: string[],
  extra: OptionDefaults,
): Bench & { options: CommonOptions } {
  const { options, values } = parseCommon(argv, name, extra);
  return { ...benchOf(name, argv, values, process.stderr), options };
}

function benchOf(
  name: string,
  argv: string[],
  values: Record<string, string | boolean | undefined>,
  out: NodeJS.WriteStream,
): Bench {
  const say = (text: string) => {
    out.write(`${text}\n`);
  };
  const command = benchCommand(name, argv);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = describeMachine();
  const loadBefore = warnIfBusy(say);
  const pgUrl = String(values['pg-url']);
  const docs = !values['no-docs'];
  const loadLine = () =>
    `Load average (1 min) of the machine: ${loadBefore} before the run, ${loadAverage()} after`;
  return {
    values,
    whole: (key, min = 0) => wholeOption(values, key, min),
    engine: (key) => engineOption(values, key),
    pgUrl,
    docs,
    command,
    say,
    machine,
    loadBefore,
    date,
    measured: `Measured ${date} UTC with \`${command}\``,
    loadLine,
    machineLines: () => [`- Machine: ${machineLine(machine)}`, `- ${loadLine()}`],
    async prepare(engine, load) {
      say(`preparing a fresh ${engine} database...`);
      const data = await prepareData(engine, pgUrl, load);
      if (data.serverVersion) machine.postgres = data.serverVersion;
      say(`  ${data.loaded}`);
      return data;
    },
    publish(id, markdown) {
      process.stdout.write(`${markdown}\n`);
      if (docs) writeDocsMarkdown(id, markdown);
    },
    publishReport(parts, extra) {
      const report: BenchReport = { ...parts, date: `${date} UTC`, machine, command };
      printReport(report);
      say(`figures saved to ${path.relative(repoRoot, saveJson(report, extra))}`);
      if (docs) {
        writeDocsSection(report);
        say('docs/benchmarks.md updated');
      }
    },
  };
}

/** The p-th percentile of ascending values (nearest rank); 0 for none. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
