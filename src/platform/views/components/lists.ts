import { type PageContext, withQuery } from '../context.ts';
import { type Html, type HtmlValue, html } from '../html.ts';
import type { WordsContext } from './fields.ts';
import './messages.ts';

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

/**
 * A data table whose sortable headers are plain links, so sorting works without JavaScript.
 *
 * @example
 * table(ctx, { caption: 'Bodies', sort: 'name', rows: [['<Finance>', 3]],
 *   columns: [{ key: 'name', label: 'Name', sortable: true }, { key: 'count', label: 'Count', numeric: true }] })
 */
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

/**
 * Previous / numbered / next links; every page is a plain GET URL. Nothing for a single page.
 *
 * @example
 * pagination(ctx, { page: 5, pageSize: 10, total: 100 })
 */
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

/**
 * Key–value rows of a record's detail page; an absent value shows "—".
 *
 * @example
 * summaryList([{ key: 'Name', value: 'A&B' }, { key: 'Phone', value: null }])
 */
export function summaryList(rows: readonly { key: string; value: HtmlValue }[]): Html {
  return html`<dl class="summary-list">${rows.map(
    (r) => html`<div class="summary-row"><dt>${r.key}</dt><dd>${r.value ?? '—'}</dd></div>`,
  )}</dl>`;
}

/**
 * Links to the same data in other formats.
 *
 * @example
 * downloads(ctx, [{ href: '/x.csv', label: 'CSV' }])
 */
export function downloads(ctx: PageContext, links: readonly { href: string; label: string }[]): Html {
  return html`<div class="downloads"><h2>${ctx.t('downloads.title')}</h2><ul>${links.map(
    (l) => html`<li><a href="${l.href}" download>${l.label}</a></li>`,
  )}</ul></div>`;
}

export interface AnswerRow {
  key: string;
  value: HtmlValue;
  /** Where to change this answer; the link reads "Change" followed by the key for screen readers. */
  change?: string;
}

/**
 * Check your answers before sending: a summary list whose rows link back to the question.
 * An empty answer shows "—".
 *
 * @example
 * checkAnswers(ctx, [{ key: 'Name', value: 'Bat <Dorj>', change: '/feedback/new#name' }, { key: 'Phone', value: '' }])
 */
export function checkAnswers(ctx: WordsContext, rows: readonly AnswerRow[]): Html {
  return html`<dl class="summary-list check-answers">${rows.map(
    (r) =>
      html`<div class="summary-row${r.change ? ' has-action' : ''}"><dt>${r.key}</dt><dd>${r.value === '' || r.value === null || r.value === undefined ? '—' : r.value}</dd>${r.change ? html`<dd class="summary-action"><a href="${r.change}">${ctx.t('components.change')}<span class="visually-hidden"> ${r.key}</span></a></dd>` : ''}</div>`,
  )}</dl>`;
}

/** A task's state: its words come from the module, its look from the tone. */
export interface TaskStatus {
  label: string;
  tone: 'done' | 'in-progress' | 'to-do' | 'cannot-start';
}

export interface Task {
  title: string;
  /** Left out while the task cannot be started: the title is then plain text. */
  href?: string;
  hint?: string;
  status: TaskStatus;
}

/**
 * The steps of a longer job with the state of each (GOV.UK task list). Each link names its status
 * through `aria-describedby`, so a screen reader hears "Evidence, Completed".
 *
 * @example
 * taskList({ id: 'report', tasks: [
 *   { title: 'Narrative', href: '/plans/p/report#narrative', status: { label: 'Completed', tone: 'done' } },
 *   { title: 'Evidence', hint: 'Links and files', status: { label: 'Cannot start yet', tone: 'cannot-start' } }] })
 */
export function taskList(p: { id: string; tasks: readonly Task[] }): Html {
  return html`<ul class="task-list">${p.tasks.map((task, i) => {
    const base = `${p.id}-${i + 1}`;
    const ids = [task.hint ? `${base}-hint` : '', `${base}-status`].filter(Boolean).join(' ');
    const title = task.href
      ? html`<a href="${task.href}" aria-describedby="${ids}">${task.title}</a>`
      : task.title;
    return html`<li class="task${task.href ? ' task-link' : ''}"><div class="task-name">${title}${task.hint ? html`<p class="hint" id="${base}-hint">${task.hint}</p>` : ''}</div><strong class="tag task-${task.status.tone}" id="${base}-status">${task.status.label}</strong></li>`;
  })}</ul>`;
}
