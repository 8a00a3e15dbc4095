import { filterQuery } from '../datasets/filters.ts';
import {
  type Column,
  downloads,
  emptyState,
  filterForm,
  pagination,
  selectField,
  table,
  textField,
} from '../views/components.ts';
import type { PageContext } from '../views/context.ts';
import { type Html, type HtmlValue, html } from '../views/html.ts';
import type { Crumb, PageOptions } from '../views/layout.ts';
import type { ListDeclaration, ListFilter } from './define.ts';
import type { ListFilterValues, PageQuery } from './query.ts';

/** A checkbox filter: checked sends `name=1`, unchecked sends nothing. */
function checkboxFilter(filter: ListFilter, label: string, checked: boolean): Html {
  return html`<div class="field field-checkbox"><input type="checkbox" id="${filter.name}" name="${filter.name}" value="1"${checked ? html` checked` : ''}>
  <label for="${filter.name}">${label}</label></div>`;
}

/** The fields of a list's filter form, each in its declared control, holding the values read. */
export function listFilterFields(ctx: PageContext, list: ListDeclaration, query: PageQuery): Html[] {
  const { t } = ctx;
  return list.filters.map((filter) => {
    const label = t(filter.label);
    const value = query.filters[filter.name];
    if (filter.form === false)
      return value === undefined
        ? html``
        : html`<input type="hidden" name="${filter.name}" value="${value}">`;
    if (filter.control === 'checkbox') return checkboxFilter(filter, label, value === '1');
    if (filter.control === 'text') return textField(filter.name, label, value, filter.input ?? {});
    const labelOf =
      typeof filter.options === 'function'
        ? (o: { value: string; label: { mn: string; en: string } }) => t.pick(o.label)
        : (o: { value: string }) => filter.optionLabel?.(o.value, t) ?? o.value;
    const choices = (query.options.get(filter.name) ?? []).map((o) => ({
      value: o.value,
      label: labelOf(o),
    }));
    return selectField(filter.name, label, choices, value, filter.default ? undefined : t('filters.any'));
  });
}

/** The list's filter form: a plain GET form, so a filtered list is a URL and works without JavaScript. */
export function listFilterForm(
  ctx: PageContext,
  list: ListDeclaration,
  path: string,
  query: PageQuery,
): Html {
  return filterForm(ctx, path, listFilterFields(ctx, list, query));
}

/** `?kind=ministry&q=…` of the filters understood, in a stable order; empty without filters. */
export function listSearch(filters: ListFilterValues): string {
  return filterQuery(filters);
}

export interface ListPageOptions {
  list: ListDeclaration;
  /** What `readPageQuery` read. */
  query: PageQuery;
  /** The page's path; also the base of its downloads (`/organizations.csv`). */
  path: string;
  title: string;
  lead?: string;
  /** Default: the title alone. */
  breadcrumbs?: readonly Crumb[];
  /** The sentence above the table, e.g. "1 body" (a status, read out when it changes). */
  count: string;
  total: number;
  table: { caption: string; columns: readonly Column[]; rows: readonly (readonly HtmlValue[])[] };
  empty: { title: string; hint?: string };
  /** Download formats served at `<path>.<format>` with the same filters, and the API's path. */
  downloads?: { formats: readonly ('csv' | 'json')[]; api?: string };
  /** More in the sidebar, after the filters and downloads. */
  aside?: Html;
  /** Between the lead and the list (links to related pages). */
  intro?: Html;
}

const mediaTypes = { csv: 'text/csv', json: 'application/json' } as const;

/**
 * A whole list page: heading and lead, the filter form and downloads in a sidebar, the count,
 * the table with sortable headers (or the empty state), pagination, and `<link rel=alternate>`
 * for the CSV and the API with the same filters. Everything is links and GET forms.
 */
export function listPage(ctx: PageContext, options: ListPageOptions): PageOptions {
  const { list, query, path } = options;
  const search = listSearch(query.filters);
  const formats = options.downloads?.formats ?? [];
  const api = options.downloads?.api;
  const alternates = [
    ...formats
      .filter((f) => f === 'csv')
      .map((f) => ({ href: `${path}.${f}${search}`, type: mediaTypes[f] })),
    ...(api ? [{ href: `${api}${search}`, type: 'application/json' }] : []),
  ];
  const links = [
    ...formats.map((f) => ({ href: `${path}.${f}${search}`, label: f.toUpperCase() })),
    ...(api ? [{ href: `${api}${search}`, label: 'API' }] : []),
  ];
  return {
    title: options.title,
    ...(options.lead ? { description: options.lead } : {}),
    breadcrumbs: options.breadcrumbs ?? [{ label: options.title }],
    alternates,
    main: html`<h1>${options.title}</h1>
${options.lead ? html`<p class="lead">${options.lead}</p>` : ''}
${options.intro ?? ''}
<div class="with-sidebar">
<aside class="sidebar">
${listFilterForm(ctx, list, path, query)}
${links.length > 0 ? downloads(ctx, links) : ''}
${options.aside ?? ''}
</aside>
<div class="results-panel">
<p class="result-count" role="status">${options.count}</p>
${
  options.table.rows.length === 0
    ? emptyState(options.empty.title, options.empty.hint)
    : html`${table(ctx, { ...options.table, sort: query.sort })}
${pagination(ctx, { page: query.page, pageSize: list.pageSize, total: options.total })}`
}
</div>
</div>`,
  };
}
