import type { Writable } from 'node:stream';
import pino from 'pino';
import { type Config, loadConfig, redactUrl } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { openDatabase } from '../platform/db/open.ts';
import { type ModuleContext, moduleContext, type ShilenModule } from '../platform/module.ts';
import { prepareDatabase } from '../platform/setup.ts';

/** Where the CLI reads its settings and writes its output; tests pass their own. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A problem with how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * One run of the CLI: the modules, the output streams, and a database opened at most once and
 * closed when the command ends. Commands ask for what they need; `--help` never opens anything.
 */
export interface Session {
  modules: readonly ShilenModule[];
  io: CliIo;
  /** Exit code of work that failed without an exception (an import with problems). */
  exitCode: number;
  /** True when the command left something running (`serve`): the process must not be ended. */
  keepAlive: boolean;
  config(): Config;
  /** The database and its context as they are: no migration, no seeding. */
  openBare(): Promise<ModuleContext>;
  /** The database migrated and seeded, each applied migration noted on stderr. */
  open(): Promise<ModuleContext>;
  close(): Promise<void>;
  /** A line on stdout. */
  say(line: string): void;
}

/** Where the database is, for the first line of commands that change it. */
export function describeDatabase(config: Config): string {
  return config.databaseUrl
    ? `PostgreSQL at ${redactUrl(config.databaseUrl)}`
    : `embedded database in ${config.dataDir}`;
}

export function createSession(modules: readonly ShilenModule[], io: CliIo): Session {
  let config: Config | undefined;
  let bare: Promise<ModuleContext> | undefined;
  let prepared: Promise<ModuleContext> | undefined;
  let db: Database | undefined;

  const session: Session = {
    modules,
    io,
    exitCode: 0,
    keepAlive: false,
    config() {
      config ??= loadConfig(io.env);
      return config;
    },
    openBare() {
      bare ??= (async () => {
        const cfg = session.config();
        // Logs go to stderr, so stdout carries only what the command prints (an export, a report).
        const level = io.env.LOG_LEVEL ? cfg.logLevel : 'warn';
        const log = pino({ level }, io.stderr);
        db = await openDatabase(cfg);
        return moduleContext({ config: cfg, db, log });
      })();
      return bare;
    },
    open() {
      prepared ??= (async () => {
        const ctx = await session.openBare();
        await prepareDatabase(ctx, modules, (id) => io.stderr.write(`migrated ${id}\n`));
        return ctx;
      })();
      return prepared;
    },
    async close() {
      const open = db;
      db = undefined;
      await open?.close();
    },
    say(line) {
      io.stdout.write(`${line}\n`);
    },
  };
  return session;
}
