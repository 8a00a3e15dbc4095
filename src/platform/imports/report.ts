import type { Locale } from '../i18n/index.ts';
import type { ImportProblem } from './types.ts';

/** Where a problem is, in words: `line 12, column email`. */
export function problemPlace(problem: ImportProblem, locale: Locale): string {
  const parts: string[] = [];
  if (problem.line !== undefined)
    parts.push(locale === 'mn' ? `${problem.line}-р мөр` : `line ${problem.line}`);
  if (problem.column !== undefined)
    parts.push(locale === 'mn' ? `"${problem.column}" багана` : `column ${problem.column}`);
  return parts.join(', ') || (locale === 'mn' ? 'файл' : 'file');
}

/** A problem as the CLI's report prints it. */
export function describeProblem(problem: ImportProblem, locale: Locale): { where: string; message: string } {
  return { where: problemPlace(problem, locale), message: problem.message[locale] };
}
