import { roles } from '../../platform/auth/actor.ts';
import type { ModuleNames } from './names.ts';

/**
 * `src/modules/index.ts` with the module added: its import among the others in path order (as
 * the formatter sorts them) and its manifest at the end of the list.
 */
export function registerInIndex(index: string, names: ModuleNames): string {
  const line = `import { ${names.camel}Module } from './${names.name}/module.ts';`;
  const lines = index.split('\n');
  const imports = lines.flatMap((text, i) => (/^import .* from '\.\/[^']+';$/.test(text) ? [i] : []));
  if (imports.length === 0) throw new Error('src/modules/index.ts has no module imports to add to');
  const source = (text: string) => /from '([^']+)'/.exec(text)?.[1] ?? '';
  const before = imports.find((i) => source(lines[i]!) > `./${names.name}/module.ts`);
  lines.splice(before ?? imports.at(-1)! + 1, 0, line);
  const text = lines.join('\n');
  const list = /(export const modules[^=]*= \[\n(?:[^\]]*\n)?)(\];)/.exec(text);
  if (!list) throw new Error('src/modules/index.ts has no `export const modules = [ … ];` list to add to');
  return text.replace(list[0], `${list[1]}  ${names.camel}Module,\n${list[2]}`);
}

/** One route of the module, as the authorisation table and its written-down matrix describe it. */
export interface RouteRow {
  method: string;
  url: string;
  /** The action its gate checks; public without. */
  action?: string;
  /** The last column: what another organisation's record gets (empty for a GET without parameters). */
  other: string;
}

/** The routes a generated module registers, each with what its row says. */
export function moduleRoutes(names: ModuleNames): RouteRow[] {
  const { name } = names;
  const action = `${name}.create`;
  const record = 'open: a published record, public to all';
  const create =
    'open: adds a new record; the command refuses an organisation outside the caller’s grants (the module’s test)';
  return [
    { method: 'GET', url: `/${name}`, other: '' },
    { method: 'GET', url: `/${name}.csv`, other: '' },
    { method: 'GET', url: `/${name}.json`, other: '' },
    { method: 'GET', url: `/${name}/:slug`, other: record },
    { method: 'GET', url: `/${name}/new`, action, other: '' },
    { method: 'POST', url: `/${name}/new`, action, other: create },
    { method: 'GET', url: `/api/v1/${name}`, other: '' },
    { method: 'POST', url: `/api/v1/${name}`, action, other: create },
    { method: 'GET', url: `/api/v1/${name}/:slug`, other: record },
  ];
}

/**
 * Whether each caller of the table gets through the route's gate: everyone for a public route;
 * for an action, the roles it allows (an official role only with a proved second factor, so never
 * the last caller, a platform administrator without one).
 */
export function gateCells(row: RouteRow, allowed: readonly string[]): boolean[] {
  if (!row.action) return [true, ...roles.map(() => true), true];
  return [false, ...roles.map((role) => allowed.includes(role)), false];
}

/** The URLs of the table's rows (`METHOD URL …` lines), to find a name a route already uses. */
export function tableUrls(expectations: string): string[] {
  return [...expectations.matchAll(/^[A-Z]+ +(\/\S*)/gm)].map((m) => m[1]!);
}

const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Inserts lines into sorted lines, each before the first that sorts after it; the rest keep their place. */
function insertSorted<T>(
  lines: string[],
  added: readonly T[],
  keyOfLine: (line: string) => string | undefined,
  keyOf: (item: T) => string,
  text: (item: T) => string,
  compare: (a: string, b: string) => number,
): string[] {
  const out = [...lines];
  for (const item of added) {
    const key = keyOf(item);
    const rows = out.flatMap((line, i) => (keyOfLine(line) === undefined ? [] : [i]));
    const at = rows.find((i) => compare(keyOfLine(out[i]!)!, key) > 0) ?? rows.at(-1)! + 1;
    out.splice(at, 0, text(item));
  }
  return out;
}

/**
 * `test/authorization/expectations.ts` with a row for each of the module's routes, in URL order
 * and aligned as the table is: the cells under the header's columns.
 */
export function addExpectationRows(
  expectations: string,
  rows: readonly RouteRow[],
  allowed: readonly string[],
): string {
  const lines = expectations.split('\n');
  const header = lines.find((line) => /^ +anon +citz/.test(line));
  if (!header) throw new Error('test/authorization/expectations.ts: no header line (anon citz …) found');
  const cellsAt = header.indexOf('anon');
  const rowKey = (line: string) => {
    const m = /^([A-Z]+) +(\/\S*)/.exec(line);
    return m ? `${m[2]} ${m[1]}` : undefined;
  };
  const text = (row: RouteRow) => {
    const start = `${row.method.padEnd(7)}${row.url}`;
    const cells = gateCells(row, allowed)
      .map((yes) => (yes ? 'Y' : '-'))
      .join('    ');
    return `${start.padEnd(cellsAt - 1)} ${cells}${row.other ? `    ${row.other}` : ''}`;
  };
  return insertSorted(lines, rows, rowKey, (r) => `${r.url} ${r.method}`, text, ascii).join('\n');
}

/**
 * `docs/authorization-matrix.md` with the module's rows, as `test/authorization-matrix.test.ts`
 * writes them (routes in `localeCompare` order of `URL METHOD`), so that its snapshot holds.
 */
export function addMatrixRows(doc: string, rows: readonly RouteRow[], allowed: readonly string[]): string {
  const rowKey = (line: string) => {
    const m = /^\| `([A-Z]+) (\/[^`]*)`/.exec(line);
    return m ? `${m[2]} ${m[1]}` : undefined;
  };
  const text = (row: RouteRow) => {
    const cells = gateCells(row, allowed).map((yes) => (yes ? 'yes' : '—'));
    const action = row.action ? ` (${row.action})` : '';
    return `| \`${row.method} ${row.url}\`${action} | ${cells.join(' | ')} | ${row.other} |`;
  };
  if (!doc.split('\n').some((line) => rowKey(line) !== undefined))
    throw new Error('docs/authorization-matrix.md: no route rows found');
  return insertSorted(
    doc.split('\n'),
    rows,
    rowKey,
    (r) => `${r.url} ${r.method}`,
    text,
    (a, b) => a.localeCompare(b),
  ).join('\n');
}
