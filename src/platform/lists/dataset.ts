import { type Bilingual, translator } from '../i18n/index.ts';
import type { DatasetFilter } from '../module.ts';
import type { ListDeclaration, ListFilter } from './define.ts';
import { maxLengthOf } from './query.ts';

/** Any text up to `max` characters without control characters. */
function anyText(max: number): RegExp {
  return new RegExp(`^[^\\p{Cc}]{1,${max}}$`, 'u');
}

function downloadFilter(filter: ListFilter): DatasetFilter {
  const { options, label } = filter;
  const values =
    filter.control === 'checkbox'
      ? ['1']
      : typeof options === 'function'
        ? (db: Parameters<typeof options>[0]) => options(db, 'mn')
        : options;
  return {
    name: filter.name,
    // Read when shown, so the module's messages are registered by then.
    get title(): Bilingual {
      return { mn: translator('mn')(label), en: translator('en')(label) };
    },
    ...(values ? { values } : { pattern: filter.pattern ?? anyText(maxLengthOf(filter)) }),
    where: filter.where,
    ...(filter.aimag ? { aimag: true } : {}),
  };
}

/**
 * The download filters of the list's dataset: the same parameters, choices, patterns and SQL as
 * the list (the dataset's `source` must hold the columns the conditions read, as `d`), so a list's
 * download links carry only what its downloads accept.
 */
export function datasetFilters(list: ListDeclaration): DatasetFilter[] {
  return list.filters.map(downloadFilter);
}
