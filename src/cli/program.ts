import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { modules as allModules } from '../modules/index.ts';
import { ConfigError } from '../platform/config.ts';
import { StartupError } from '../platform/db/open.ts';
import type { ShilenModule } from '../platform/module.ts';
import { registerAudit } from './commands/audit.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerNewModule } from './commands/new-module.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { type CliIo, createSession, type Session, UsageError } from './session.ts';

/** What `shilen` exits with; also in `shilen --help` and src/cli/README.md. */
export const EXIT = {
  ok: 0,
  /** The work failed: an import with problems, an unexpected error. */
  failed: 1,
  /** The command was called wrongly: unknown command, dataset or target, bad option, missing file. */
  usage: 2,
  /** Configuration or start-up: a bad environment variable, an unreachable database, an unwritable data folder. */
  startup: 3,
} as const;

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  the work failed (an import with problems, an unexpected error)
  2  usage error (unknown command, dataset or import target, bad option, missing file)
  3  configuration or start-up error (bad environment variable, unreachable database,
     unwritable data folder)

Settings come from the environment, then ./.env: DATABASE_URL (a PostgreSQL server;
unset means the embedded database in SHILEN_DATA_DIR, default ./data), LOG_LEVEL and the
rest in .env.example. Run \`shilen <command> --help\` for a command's options.`;

/**
 * The `shilen` program over a list of modules: the platform's commands, then whatever each
 * module's `cli` adds. Commander's own exits (help, version, usage errors) throw CommanderError
 * instead of ending the process, so `runCli` decides the exit code.
 */
export function buildProgram(
  modules: readonly ShilenModule[],
  session: Session = createSession(modules, processIo()),
) {
  const { io } = session;
  const program = new Command('shilen')
    .description(
      'Shilen, an open-government platform: run the site, look after its database, move data in and out.',
    )
    .version(pkg.version, '-v, --version', 'print the version of Shilen')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'shilen: ')),
    })
    .showHelpAfterError('(run `shilen --help` for the commands, `shilen <command> --help` for their options)')
    .addHelpText('after', EXIT_CODES_HELP);

  registerServe(program, session);
  registerMigrate(program, session);
  registerDemo(program, session);
  registerExport(program, session);
  registerImport(program, session);
  registerAudit(program, session);
  registerSearch(program, session);
  registerNewModule(program, session);
  for (const module of modules)
    module.cli?.(program, { open: () => session.open(), say: (line) => session.say(line) });
  return program;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

export interface CliResult {
  exitCode: number;
  /** A command left work running (`serve`); the process must stay up. */
  keepAlive: boolean;
}

/** Runs one command line (without `node` and the script) and returns how the process should end. */
export async function runCli(
  args: readonly string[],
  options: { modules?: readonly ShilenModule[]; io?: CliIo } = {},
): Promise<CliResult> {
  const modules = options.modules ?? allModules;
  const io = options.io ?? processIo();
  const session = createSession(modules, io);
  const fail = (code: number, message: string): CliResult => {
    io.stderr.write(`shilen: ${message}\n`);
    return { exitCode: code, keepAlive: false };
  };
  let result: CliResult;
  try {
    await buildProgram(modules, session).parseAsync([...args], { from: 'user' });
    result = { exitCode: session.exitCode, keepAlive: session.keepAlive };
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the help, the version or the usage error already.
      result = { exitCode: error.exitCode === 0 ? EXIT.ok : EXIT.usage, keepAlive: false };
    } else if (error instanceof UsageError) {
      result = fail(EXIT.usage, error.message);
    } else if (error instanceof ConfigError || error instanceof StartupError) {
      result = fail(EXIT.startup, error.message);
    } else {
      // Not the operator's to fix: the stack goes with it, for the bug report.
      result = fail(EXIT.failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
  if (!result.keepAlive) {
    try {
      await session.close();
    } catch (error) {
      return fail(EXIT.failed, `could not close the database cleanly: ${(error as Error).message}`);
    }
  }
  return result;
}
