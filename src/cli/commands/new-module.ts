import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { countryPackFor, defaultCountry } from '../../country/index.ts';
import { SLUG } from '../../platform/patterns.ts';
import { checkNameFree, type ModuleNames, moduleNames } from '../scaffold/names.ts';
import {
  addExpectationRows,
  addMatrixRows,
  moduleRoutes,
  registerInIndex,
  tableUrls,
} from '../scaffold/register.ts';
import { CREATE_ROLES, type GeneratedFile, renderModule, tokens } from '../scaffold/render.ts';
import { type Session, UsageError } from '../session.ts';

const INDEX = 'src/modules/index.ts';
const EXPECTATIONS = 'test/authorization/expectations.ts';
const MATRIX = 'docs/authorization-matrix.md';

export interface NewModuleOptions {
  record?: string;
  title?: string;
  titleMn?: string;
  publisher?: string;
  dryRun?: boolean;
  root?: string;
}

/** What generating a module writes: new files, and the files it changes with their new text. */
export interface ModulePlan {
  names: ModuleNames;
  created: GeneratedFile[];
  changed: GeneratedFile[];
}

/** The publisher of the module's dataset: the one asked for, or the chosen pack's government. */
function publisherOf(asked: string | undefined, env: NodeJS.ProcessEnv): string {
  const pack = countryPackFor(env.SHILEN_COUNTRY || defaultCountry);
  if (asked === undefined)
    return (pack.organizations.find((o) => o.kind === 'government') ?? pack.organizations[0]!).slug;
  if (!SLUG.test(asked) || !pack.organizations.some((o) => o.slug === asked))
    throw new UsageError(
      `--publisher ${asked} is not a public body of the country pack ${pack.code} (give its slug, e.g. ${pack.organizations[0]?.slug})`,
    );
  return asked;
}

/** Everything `shilen new module` would write into the repository at `root`, checked, nothing written. */
export function planModule(
  root: string,
  name: string,
  options: NewModuleOptions,
  known: { modules: readonly string[]; env: NodeJS.ProcessEnv },
): ModulePlan {
  const read = (file: string) => {
    const full = path.join(root, file);
    if (!fs.existsSync(full))
      throw new UsageError(`${full} not found: run this in the repository's root, or give --root`);
    return fs.readFileSync(full, 'utf8');
  };
  const index = read(INDEX);
  const expectations = read(EXPECTATIONS);
  const matrix = read(MATRIX);
  const names = moduleNames(name, options);
  checkNameFree(root, names, { modules: known.modules, routes: tableUrls(expectations), index });
  const publisher = publisherOf(options.publisher, known.env);
  const routes = moduleRoutes(names);
  return {
    names,
    created: renderModule(tokens(names, publisher)),
    changed: [
      { path: INDEX, text: registerInIndex(index, names) },
      { path: EXPECTATIONS, text: addExpectationRows(expectations, routes, CREATE_ROLES) },
      { path: MATRIX, text: addMatrixRows(matrix, routes, CREATE_ROLES) },
    ],
  };
}

/** Writes a plan: the new files (refusing to overwrite one), then the changed ones. */
export function writePlan(root: string, plan: ModulePlan): void {
  for (const file of plan.created)
    if (fs.existsSync(path.join(root, file.path))) throw new UsageError(`${file.path} exists already`);
  for (const file of [...plan.created, ...plan.changed]) {
    const full = path.join(root, file.path);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file.text);
  }
}

/**
 * Formats the written TypeScript with the project's own formatter (`biome check --write`: layout,
 * import order), so that a name of any length gives code that passes `biome ci`. Its own
 * failure is the command's: the files are there, and the message says what to run.
 */
export function formatWritten(root: string, files: readonly string[]): void {
  const biome = path.join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  const typescript = files.filter((file) => file.endsWith('.ts'));
  const run = spawnSync(process.execPath, [biome, 'check', '--write', ...typescript], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0)
    throw new Error(
      `the files are written, but formatting them failed (${run.error?.message ?? run.stderr.trim()}); run: npx biome check --write ${typescript.join(' ')}`,
    );
}

export function registerNewModule(program: Command, session: Session): void {
  const command = program
    .command('new')
    .summary('generate code in the project’s layout')
    .description('Generates code that follows docs/decisions/0007-one-module-layout.md.');

  command
    .command('module <name>')
    .summary('generate a module: migration, list, dataset, pages, API, command, form, messages, test')
    .description(
      'Writes src/modules/<name>/ in the layout of docs/decisions/0007-one-module-layout.md, calling the ' +
        'platform for every part, and registers it: src/modules/index.ts, a row per route in ' +
        'test/authorization/expectations.ts and docs/authorization-matrix.md. <name> is lower-case ' +
        'letters and digits joined by hyphens, not a module, route or table already there.',
    )
    .option('--record <noun>', 'one record, kebab-case (default: the name without its plural s)')
    .option('--title <text>', 'the English title (default: from the name)')
    .option('--title-mn <text>', 'the Mongolian title (default: the English one, to translate)')
    .option('--publisher <slug>', 'the public body that publishes its dataset (default: the government)')
    .option('--root <dir>', 'the repository to write into (default: the current directory)')
    .option('--dry-run', 'list the files it would write and change, writing nothing')
    .action((name: string, options: NewModuleOptions) => {
      const root = path.resolve(options.root ?? '.');
      const plan = planModule(root, name, options, {
        modules: session.modules.map((m) => m.name),
        env: session.io.env,
      });
      const verb = options.dryRun ? 'Would write' : 'Wrote';
      if (!options.dryRun) {
        writePlan(root, plan);
        formatWritten(root, [...plan.created.map((f) => f.path), INDEX]);
      }
      session.say(`${verb} module ${plan.names.name} (${plan.created.length} files):`);
      for (const file of plan.created) session.say(`  ${file.path}`);
      session.say(`${options.dryRun ? 'Would change' : 'Changed'}:`);
      session.say(`  ${INDEX} (import and list entry)`);
      session.say(`  ${EXPECTATIONS} (a row for each of its ${moduleRoutes(plan.names).length} routes)`);
      session.say(`  ${MATRIX} (the same rows, as the matrix test writes them)`);
      if (options.dryRun) return;
      session.say('Next:');
      if (options.titleMn === undefined)
        session.say('  translate the Mongolian title (messages.ts, pages/messages.ts, dataset.ts)');
      session.say(
        `  npx tsc --noEmit && npx biome ci src/modules/${name} && npx vitest run src/modules/${name} test/authorization-matrix.test.ts`,
      );
    });
}
