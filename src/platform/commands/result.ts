import { type FieldError, validationFailed } from '../http/errors.ts';
import { type MessageParams, type Translator, translator } from '../i18n/index.ts';

/** Parameters of a message: `{max}` in "at most {max} characters", a name as `{ mn, en }`. */
export type { MessageParams };

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

/**
 * The outcome of every command: its value, or the refusal that stopped it (nothing written).
 * `R` names the refusals of the command as a whole that its callers tell apart (an invitation
 * already used, a link expired); a command without any leaves it out.
 */
export type Result<T, R extends string = never> = { ok: true; value: T } | Refused<R>;

/** A command refused: the field problems (none when it is refused as a whole). */
export interface Refused<R extends string = never> {
  ok: false;
  problems: FieldProblem[];
  /** Why the command as a whole was refused, when no field is to blame and the caller answers otherwise. */
  refusal?: R;
  /**
   * Refused for too many attempts: the seconds before the next may be made. A form page and the
   * API answer 429 with `Retry-After` (the problems say it in words on a form).
   */
  retryAfterSeconds?: number;
}

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

/** A refusal of the command as a whole, for the caller to tell apart: `refusedAs('used')`. */
export const refusedAs = <R extends string>(
  refusal: R,
  problems: readonly FieldProblem[] = [],
): Refused<R> => ({
  ok: false,
  problems: [...problems],
  refusal,
});

/**
 * Refused for too many attempts: wait `seconds` (at least 1). The problems say it on the form;
 * pages and the API answer 429 with `Retry-After`.
 */
export const tooManyAttempts = (seconds: number, problems: readonly FieldProblem[]): Refused => ({
  ok: false,
  problems: [...problems],
  retryAfterSeconds: Math.max(1, Math.ceil(seconds)),
});

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
