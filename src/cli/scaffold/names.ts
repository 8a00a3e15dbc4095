import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../session.ts';

/** A module's name: lower-case letters and digits in words joined by single hyphens, starting with a letter. */
export const MODULE_NAME = /^(?=.{1,40}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The spellings of a new module's names that its files use. */
export interface ModuleNames {
  /** kebab-case, the module's name, folder, URL and message prefix: `public-assets`. */
  name: string;
  /** The table: `public_assets`. */
  table: string;
  /** `publicAssets`, for values (`publicAssetsModule`). */
  camel: string;
  /** `PublicAssets`, for functions (`listPublicAssets`). */
  pascal: string;
  /** One record, kebab-case: `public-asset` (the command is `commands/create-public-asset.ts`). */
  record: string;
  /** `PublicAsset`, for the record's type and command. */
  recordPascal: string;
  titleEn: string;
  titleMn: string;
}

const words = (kebab: string) => kebab.split('-');
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
export const pascalCase = (kebab: string) => words(kebab).map(capital).join('');
export const camelCase = (kebab: string) => {
  const pascal = pascalCase(kebab);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
};

/** One record of a module: `gadgets` → `gadget`; a name without a plural `s` → `<name>-record`. */
export function recordOf(name: string): string {
  return /[^s]s$/.test(name) ? name.slice(0, -1) : `${name}-record`;
}

/** A title from a name: `public-assets` → `Public assets`. */
export function titleOf(name: string): string {
  return capital(words(name).join(' '));
}

/**
 * Text that goes into the generated TypeScript strings and ICU messages as it is: no quotes,
 * braces, backslashes, `$` or line breaks, at most 100 characters.
 */
function checkTitle(option: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 100 || /['"`\\{}$\p{Cc}]/u.test(trimmed))
    throw new UsageError(
      `${option} "${text}" must be 1 to 100 characters without quotes, braces, backslashes, $ or line breaks`,
    );
  return trimmed;
}

/** The names of a new module, checked: a bad name or option is a usage error naming it. */
export function moduleNames(
  name: string,
  options: { record?: string; title?: string; titleMn?: string },
): ModuleNames {
  if (!MODULE_NAME.test(name))
    throw new UsageError(
      `module name "${name}" must be lower-case letters and digits joined by hyphens, starting with a letter, at most 40 characters (e.g. public-assets)`,
    );
  const record = options.record ?? recordOf(name);
  if (!MODULE_NAME.test(record))
    throw new UsageError(`--record "${record}" must be lower-case letters and digits joined by hyphens`);
  const titleEn = checkTitle('--title', options.title ?? titleOf(name));
  return {
    name,
    table: name.replaceAll('-', '_'),
    camel: camelCase(name),
    pascal: pascalCase(name),
    record,
    recordPascal: pascalCase(record),
    titleEn,
    titleMn: checkTitle('--title-mn', options.titleMn ?? titleEn),
  };
}

/** Every `.sql` file under `dir`. */
function sqlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && entry.name.endsWith('.sql') ? [path.join(entry.parentPath, entry.name)] : [],
    );
}

/**
 * Refuses a name that is taken: a module of that name (its folder, the module list, a running
 * module), a first path segment a route already has (`/<name>`, `/api/v1/<name>`, from the
 * authorisation table that holds every route), or a table a migration already creates.
 */
export function checkNameFree(
  root: string,
  names: ModuleNames,
  known: { modules: readonly string[]; routes: readonly string[]; index: string },
): void {
  const { name } = names;
  if (
    fs.existsSync(path.join(root, 'src', 'modules', name)) ||
    known.modules.includes(name) ||
    known.index.includes(`'./${name}/module.ts'`)
  )
    throw new UsageError(`module ${name} exists already (src/modules/${name}); choose another name`);
  const segment = (url: string) => url.replace(/^\/api\/v1\//, '/').split(/[/.]/)[1];
  const clash = known.routes.find((url) => segment(url) === name);
  if (clash)
    throw new UsageError(`module name ${name} would clash with the route ${clash}; choose another name`);
  for (const file of sqlFiles(path.join(root, 'src')))
    if (
      new RegExp(`create table (if not exists )?${names.table}\\b`, 'i').test(fs.readFileSync(file, 'utf8'))
    )
      throw new UsageError(
        `table ${names.table} is created already by ${path.relative(root, file)}; choose another name`,
      );
}
