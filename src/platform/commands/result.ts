import { type FieldError, validationFailed } from '../http/errors.ts';
import { type Translator, translator } from '../i18n/index.ts';

/** Parameters of a message: `{max}` in "at most {max} characters". */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * What is wrong with one field of a command's input: a message key with its parameters, never a
 * sentence. It is translated only when shown (a page in the reader's language, the API in English).
 */
export interface FieldProblem {
  /** The input field, as the form names it (`email`, `lines.2.amount`). */
  field: string;
  /** The message key (`feedback.error.tooLong`). */
  key: string;
  params?: MessageParams;
}

/** The outcome of every command: its value, or the field problems that stopped it (nothing written). */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** One field problem. */
export const problem = (field: string, key: string, params?: MessageParams): FieldProblem =>
  params ? { field, key, params } : { field, key };

/** A refusal: the problems given, or one built from `field`, `key` and `params`. */
export function refuse(problems: readonly FieldProblem[]): { ok: false; problems: FieldProblem[] };
export function refuse(
  field: string,
  key: string,
  params?: MessageParams,
): { ok: false; problems: FieldProblem[] };
export function refuse(
  first: string | readonly FieldProblem[],
  key?: string,
  params?: MessageParams,
): { ok: false; problems: FieldProblem[] } {
  return {
    ok: false,
    problems: typeof first === 'string' ? [problem(first, key ?? '', params)] : [...first],
  };
}

/** Problems in the reader's language, for a page (`prefix` puts them where a client sent them: `body.`). */
export function translateProblems(
  t: Translator,
  problems: readonly FieldProblem[],
  prefix = '',
): FieldError[] {
  return problems.map((p) => ({ field: `${prefix}${p.field}`, message: t(p.key, p.params) }));
}

/**
 * The API's answer to a refused command: a 422 `validation-failed` problem whose errors name the
 * body fields (`body.email`), in English as every API message is. Throw it from a route.
 */
export function refusedForApi(problems: readonly FieldProblem[], where = 'body.') {
  return validationFailed(translateProblems(translator('en'), problems, where));
}
