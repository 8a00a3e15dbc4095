import fs from 'node:fs';
import path from 'node:path';
import type { ModuleNames } from './names.ts';

/** The templates of a module: one `.tmpl` file per file it gets, paths and text with `__token__`s. */
export const TEMPLATES_DIR = path.join(import.meta.dirname, 'templates');

/** Who may add a record: the permission the module declares and the authorisation table's rows say. */
export const CREATE_ROLES = [
  'organization-administrator',
  'organization-publisher',
  'platform-administrator',
];

/** The values of the templates' tokens. */
export function tokens(names: ModuleNames, publisher: string): Readonly<Record<string, string>> {
  return {
    name: names.name,
    table: names.table,
    camel: names.camel,
    Pascal: names.pascal,
    record: names.record,
    RecordPascal: names.recordPascal,
    titleEn: names.titleEn,
    titleMn: names.titleMn,
    publisher,
    createRoles: CREATE_ROLES.map((role) => `'${role}'`).join(', '),
  };
}

/** `__name__` and the like replaced; a token without a value is a mistake in the templates. */
export function fill(text: string, values: Readonly<Record<string, string>>, where: string): string {
  return text.replace(/__([A-Za-z]+)__/g, (_, token: string) => {
    const value = values[token];
    if (value === undefined) throw new Error(`template ${where}: unknown token __${token}__`);
    return value;
  });
}

export interface GeneratedFile {
  /** From the repository's root, with `/`. */
  path: string;
  text: string;
}

/** The module's files, from the templates, in path order. */
export function renderModule(values: Readonly<Record<string, string>>): GeneratedFile[] {
  const entries = fs.readdirSync(TEMPLATES_DIR, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tmpl'))
    .map((entry) => {
      const template = path.relative(TEMPLATES_DIR, path.join(entry.parentPath, entry.name));
      const relative = fill(template.replace(/\.tmpl$/, ''), values, template)
        .split(path.sep)
        .join('/');
      return {
        path: `src/modules/${values.name}/${relative}`,
        text: fill(fs.readFileSync(path.join(TEMPLATES_DIR, template), 'utf8'), values, template),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
