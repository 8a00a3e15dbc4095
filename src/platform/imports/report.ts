import type { Locale } from '../i18n/index.ts';
import type { ImportFormat, ImportProblem } from './types.ts';

const UNIT: Record<ImportFormat, { mn: string; en: string }> = {
  csv: { mn: 'мөр', en: 'line' },
  ndjson: { mn: 'мөр', en: 'line' },
  xlsx: { mn: 'мөр', en: 'row' },
  json: { mn: 'бичлэг', en: 'record' },
};

/** Where a problem is, in words: `line 12, column email` (a row of a sheet, a record of JSON). */
export function problemPlace(problem: ImportProblem, locale: Locale, format: ImportFormat = 'csv'): string {
  const parts: string[] = [];
  const unit = UNIT[format][locale];
  if (problem.line !== undefined)
    parts.push(locale === 'mn' ? `${problem.line}-р ${unit}` : `${unit} ${problem.line}`);
  if (problem.column !== undefined)
    parts.push(locale === 'mn' ? `"${problem.column}" багана` : `column ${problem.column}`);
  return parts.join(', ') || (locale === 'mn' ? 'файл' : 'file');
}

/** A problem as the CLI's report prints it. */
export function describeProblem(
  problem: ImportProblem,
  locale: Locale,
  format?: ImportFormat,
): { where: string; message: string } {
  return { where: problemPlace(problem, locale, format), message: problem.message[locale] };
}
