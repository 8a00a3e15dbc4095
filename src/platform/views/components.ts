import type { FieldError } from '../http/errors.ts';
import { type PageContext, withQuery } from './context.ts';
import { type Html, type HtmlValue, html } from './html.ts';

export interface Column {
  key: string;
  label: string;
  /** Sortable columns get a header link that toggles `?sort=key` / `?sort=-key`. */
  sortable?: boolean;
  numeric?: boolean;
}

export interface TableOptions {
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly HtmlValue[])[];
  /** Current sort as in the query: `name` or `-name`. */
  sort?: string;
}

/** A data table whose sortable headers are plain links, so sorting works without JavaScript. */
export function table(ctx: PageContext, options: TableOptions): Html {
  const sortKey = options.sort?.replace(/^-/, '');
  const descending = options.sort?.startsWith('-') ?? false;
  const header = options.columns.map((col) => {
    const cls = col.numeric ? 'numeric' : undefined;
    if (!col.sortable) return html`<th scope="col" class="${cls}">${col.label}</th>`;
    const active = sortKey === col.key;
    const next = active && !descending ? `-${col.key}` : col.key;
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
    const arrow = active ? (descending ? '↓' : '↑') : '↕';
    return html`<th scope="col" aria-sort="${ariaSort}" class="${cls}"><a href="${withQuery(ctx.url, { sort: next, page: null })}">${col.label}<span aria-hidden="true" class="sort-arrow">${arrow}</span></a></th>`;
  });
  // A wide table scrolls inside its wrapper; keyboard users reach the scroll through its focus (WCAG 2.1.1).
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${options.caption}"><table class="data-table">
  <caption>${options.caption}</caption>
  <thead><tr>${header}</tr></thead>
  <tbody>${options.rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) => (options.columns[i]?.numeric ? html`<td class="numeric">${cell}</td>` : html`<td>${cell}</td>`))}</tr>`,
  )}</tbody>
</table></div>`;
}

export interface PaginationOptions {
  page: number;
  pageSize: number;
  total: number;
}

/** Previous / numbered / next links; every page is a plain GET URL. */
export function pagination(ctx: PageContext, { page, pageSize, total }: PaginationOptions): Html {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return html``;
  // Neighbours of the current page and both ends; a gap of one page shows that page, not "…".
  const near = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  if (near.has(page - 1) && page - 3 === 1) near.add(2);
  if (near.has(page + 1) && page + 3 === pages) near.add(pages - 1);
  const sorted = [...near].sort((a, b) => a - b);
  const items: Html[] = [];
  let last = 0;
  for (const p of sorted) {
    if (p - last > 1) items.push(html`<li class="ellipsis" aria-hidden="true">…</li>`);
    items.push(
      p === page
        ? html`<li><a href="${withQuery(ctx.url, { page: p })}" aria-current="page">${p}</a></li>`
        : html`<li><a href="${withQuery(ctx.url, { page: p })}" aria-label="${ctx.t('pagination.page', { page: p })}">${p}</a></li>`,
    );
    last = p;
  }
  return html`<nav class="pagination" aria-label="${ctx.t('pagination.label')}"><ul>
  ${page > 1 ? html`<li><a rel="prev" href="${withQuery(ctx.url, { page: page - 1 })}">← ${ctx.t('pagination.previous')}</a></li>` : ''}
  ${items}
  ${page < pages ? html`<li><a rel="next" href="${withQuery(ctx.url, { page: page + 1 })}">${ctx.t('pagination.next')} →</a></li>` : ''}
  </ul></nav>`;
}

/** GOV.UK-style summary of what is wrong, each linking to its field; shown first in `main`. */
export function errorSummary(ctx: PageContext, errors: readonly FieldError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">${ctx.t('errors.summary')}</h2>
  <ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

export function emptyState(title: string, body?: string): Html {
  return html`<div class="empty-state"><p class="empty-title">${title}</p>${body ? html`<p>${body}</p>` : ''}</div>`;
}

/** Key–value rows of a record's detail page. */
export function summaryList(rows: readonly { key: string; value: HtmlValue }[]): Html {
  return html`<dl class="summary-list">${rows.map(
    (r) => html`<div class="summary-row"><dt>${r.key}</dt><dd>${r.value ?? '—'}</dd></div>`,
  )}</dl>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export function selectField(
  id: string,
  label: string,
  options: readonly SelectOption[],
  selected?: string,
  anyLabel?: string,
): Html {
  return html`<div class="field"><label for="${id}">${label}</label>
  <select id="${id}" name="${id}">
    ${anyLabel !== undefined ? html`<option value="">${anyLabel}</option>` : ''}
    ${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}
  </select></div>`;
}

export interface TextFieldOptions {
  type?: string;
  error?: string;
  hint?: string;
  /** The autocomplete token (WCAG 1.3.5): `email`, `current-password`, `one-time-code`… */
  autocomplete?: string;
  inputmode?: string;
}

export function textField(id: string, label: string, value?: string, options: TextFieldOptions = {}): Html {
  const describedBy = [options.hint ? `${id}-hint` : '', options.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${options.error ? ' field-error' : ''}"><label for="${id}">${label}</label>
  ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
  ${options.error ? html`<p class="error-message" id="${id}-error">${options.error}</p>` : ''}
  <input id="${id}" name="${id}" type="${options.type ?? 'text'}" value="${value ?? ''}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${options.error ? html` aria-invalid="true"` : ''}>
</div>`;
}

/** A filter panel: a plain GET form, so filtered URLs can be shared and work without JavaScript. */
export function filterForm(ctx: PageContext, action: string, fields: readonly Html[]): Html {
  return html`<form class="filters" method="get" action="${action}" aria-label="${ctx.t('filters.label')}">
  <h2 class="filters-title">${ctx.t('filters.title')}</h2>
  ${fields}
  <div class="filter-actions"><button type="submit" class="button">${ctx.t('filters.apply')}</button>
  <a href="${action}">${ctx.t('filters.clear')}</a></div>
</form>`;
}

/** Links to the same data in other formats. */
export function downloads(ctx: PageContext, links: readonly { href: string; label: string }[]): Html {
  return html`<div class="downloads"><h2>${ctx.t('downloads.title')}</h2><ul>${links.map(
    (l) => html`<li><a href="${l.href}" download>${l.label}</a></li>`,
  )}</ul></div>`;
}
