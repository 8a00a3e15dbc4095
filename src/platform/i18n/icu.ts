/**
 * ICU MessageFormat for the catalogues, through `intl-messageformat`: `{name}` placeholders,
 * `{count, plural, one {# item} other {# items}}` and `{kind, select, a {…} other {…}}`.
 *
 * A message is compiled once, when it is registered; a text that is not valid ICU is an error
 * then, at start-up, never while a page renders. A plain `{name}` keeps what the platform always
 * did: a number is written in the locale's number format, a missing value shows `{name}`.
 */
import { IntlMessageFormat } from 'intl-messageformat';

/** Values a message's placeholders take; a name in both languages is given as `{ mn, en }`, and each language uses its own. */
export type MessageParams = Readonly<
  Record<string, string | number | { readonly mn: string; readonly en: string }>
>;
/** Params with every bilingual value resolved to the reader's language. */
export type PlainParams = Readonly<Record<string, string | number>>;

type Ast = ReturnType<IntlMessageFormat['getAst']>;
type AstElement = Ast[number];

/** The parser's element types (`TYPE` of `@formatjs/icu-messageformat-parser`). */
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;

/**
 * Plain `{name}` arguments are renamed in the compiled form so that the same parameter can be a
 * plural's number (`#`) and a plain, locale-formatted placeholder in one message.
 */
const PLAIN = 'plain\u0000';

export interface CompiledMessage {
  /** The message as written in the catalogue. */
  readonly source: string;
  /** The text itself when the message has no arguments at all. */
  readonly literal?: string;
  readonly format?: IntlMessageFormat;
  /** Names used as plain `{name}` placeholders. */
  readonly plain: readonly string[];
  /** Names a plural or number argument reads: they need a value, a number. */
  readonly numeric: readonly string[];
  /** Names a select, date or time argument reads: they need a value, given as it is. */
  readonly choice: readonly string[];
}

export class MessageSyntaxError extends Error {}

interface Names {
  plain: Set<string>;
  numeric: Set<string>;
  choice: Set<string>;
}

function walk(elements: Ast, names: Names): void {
  for (const element of elements as AstElement[]) {
    if (element.type === ARGUMENT) {
      names.plain.add(element.value);
      element.value = PLAIN + element.value;
    } else if (element.type === PLURAL || element.type === SELECT) {
      (element.type === PLURAL ? names.numeric : names.choice).add(element.value);
      for (const option of Object.values(element.options)) walk(option.value, names);
    } else if (element.type === NUMBER) {
      names.numeric.add(element.value);
    } else if (element.type === DATE || element.type === TIME) {
      names.choice.add(element.value);
    }
  }
}

/** Compiles one message for one Intl locale; throws `MessageSyntaxError` naming the problem. */
export function compileMessage(source: string, intlLocale: string): CompiledMessage {
  let ast: Ast;
  try {
    ast = structuredClone(new IntlMessageFormat(source, intlLocale, undefined, { ignoreTag: true }).getAst());
  } catch (error) {
    // The parser names the problem by a code (`MISSING_OTHER_CLAUSE`); the text shows where.
    const code = error instanceof Error ? error.message : String(error);
    throw new MessageSyntaxError(`${code} in ${JSON.stringify(source)}`);
  }
  const names: Names = { plain: new Set(), numeric: new Set(), choice: new Set() };
  walk(ast, names);
  const only = ast.length === 1 ? ast[0] : undefined;
  if (ast.length === 0 || (only && only.type === 0))
    return { source, literal: only?.type === 0 ? only.value : '', plain: [], numeric: [], choice: [] };
  return {
    source,
    format: new IntlMessageFormat(ast, intlLocale, undefined, { ignoreTag: true }),
    plain: [...names.plain],
    numeric: [...names.numeric],
    choice: [...names.choice],
  };
}

const separators = new WeakMap<Intl.NumberFormat, { group: string; decimal: string }>();

/**
 * A count that arrives as text still chooses its form: a database `count(*)` (`'12'`) or a figure
 * already written with `t.number` (`'12,345'`), read back with the locale's own separators.
 */
function typedValue(value: string | number, numberFormat: Intl.NumberFormat): string | number {
  if (typeof value === 'number') return value;
  let marks = separators.get(numberFormat);
  if (!marks) {
    const parts = numberFormat.formatToParts(12345.6);
    marks = {
      group: parts.find((p) => p.type === 'group')?.value ?? '',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separators.set(numberFormat, marks);
  }
  const plain = (marks.group ? value.split(marks.group).join('') : value).replace(marks.decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value;
}

/**
 * Formats a compiled message. A plural or select without its value cannot choose a form: the
 * message then shows `[key]`, as a missing key does.
 */
export function formatMessage(
  key: string,
  message: CompiledMessage,
  params: PlainParams | undefined,
  numberFormat: Intl.NumberFormat,
): string {
  if (message.literal !== undefined || !message.format) return message.literal ?? '';
  const values: Record<string, string | number> = {};
  for (const name of message.plain) {
    const value = params?.[name];
    values[PLAIN + name] =
      value === undefined ? `{${name}}` : typeof value === 'number' ? numberFormat.format(value) : value;
  }
  for (const name of [...message.numeric, ...message.choice]) {
    const value = params?.[name];
    if (value === undefined) return `[${key}]`;
    values[name] = message.numeric.includes(name) ? typedValue(value, numberFormat) : value;
  }
  try {
    return String(message.format.format(values));
  } catch {
    // A value the argument cannot take (text for a `{when, date}`): as loud as a missing key.
    return `[${key}]`;
  }
}
