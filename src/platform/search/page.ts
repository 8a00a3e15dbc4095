import { emptyState, pagination } from '../views/components.ts';
import { type PageContext, withQuery } from '../views/context.ts';
import { type Html, html } from '../views/html.ts';
import type { PageOptions } from '../views/layout.ts';
import { highlight, matcher, snippet } from './highlight.ts';
import { type FacetName, facetNames, type Labels } from './present.ts';
import type { SearchRequest, SearchResult } from './query.ts';

/** The search page: the box, facets as plain links (no JavaScript needed), results with highlights, pages. */
export function searchPage(
  page: PageContext,
  request: SearchRequest,
  result: SearchResult,
  label: Labels,
): PageOptions {
  const { t } = page;
  const { q } = result;
  return {
    title: q ? t('search.resultsFor', { q }) : t('search.title'),
    breadcrumbs: [{ label: t('search.title') }],
    main: html`<h1>${t('search.title')}</h1>
<form class="search-page" role="search" method="get" action="/search">
  <div class="field"><label for="q">${t('search.label')}</label>
  <p class="hint" id="q-hint">${t('search.hint')}</p>
  <input id="q" name="q" type="search" value="${q}" aria-describedby="q-hint"></div>
  <button type="submit" class="button">${t('search.submit')}</button>
</form>
${q ? results(page, request, result, label) : ''}`,
  };
}

function results(page: PageContext, request: SearchRequest, result: SearchResult, label: Labels): Html {
  const { t } = page;
  const count = result.capped
    ? t('search.countCapped', { count: t.number(result.total) })
    : t('search.count', { count: t.number(result.total) });
  return html`<div class="with-sidebar">
<aside class="sidebar">${facetPanel(page, request, result, label)}</aside>
<div class="results-panel">
<p class="result-count" role="status">${count}</p>
${result.capped ? html`<p class="hint">${t('search.cappedHint', { count: t.number(result.total) })}</p>` : ''}
${
  result.items.length === 0
    ? emptyState(t('search.empty'), t('search.emptyHint'))
    : html`${resultList(page, result, label)}
${pagination(page, { page: result.page, pageSize: result.pageSize, total: result.total })}`
}
</div>
</div>`;
}

function resultList(page: PageContext, result: SearchResult, label: Labels): Html {
  const { t } = page;
  const isMatch = matcher(result.terms);
  const start = (result.page - 1) * result.pageSize + 1;
  return html`<ol class="results" start="${start}" aria-label="${t('search.results')}">${result.items.map(
    (item) => {
      const body = t.pick(item.body);
      const title = t.pick(item.title);
      const owner = item.organization ? t.pick(item.organization.name) : '';
      const meta = [
        // An organisation's own record names itself: the line would only repeat the title.
        owner !== title ? owner : '',
        item.aimag ? t.pick(item.aimag.name) : '',
        item.year ? String(item.year) : '',
      ].filter(Boolean);
      return html`<li><span class="tag">${label.kind(item)}</span> <a href="${item.url}">${highlight(title, isMatch)}</a>
${body ? html`<p>${snippet(body, isMatch)}</p>` : ''}${meta.length > 0 ? html`<p class="count">${meta.join(' · ')}</p>` : ''}</li>`;
    },
  )}</ol>`;
}

/** Active filters first (each with a link that removes it), then each facet's values as links. */
function facetPanel(page: PageContext, request: SearchRequest, result: SearchResult, label: Labels): Html {
  const { t } = page;
  const active = facetNames.filter((f) => request[f] !== undefined);
  const nameOf = (facet: FacetName, value: string) => {
    const known = result.facets[facet].find((v) => v.value === value);
    return known ? label.facet(facet, known) : value;
  };
  const groups = facetNames
    .filter((facet) => request[facet] === undefined && result.facets[facet].length > 0)
    .map(
      (facet) => html`<h3 id="facet-${facet}">${t(`search.facet.${facet}`)}</h3>
<ul class="link-list" aria-labelledby="facet-${facet}">${result.facets[facet].map(
        (v) =>
          html`<li><a href="${withQuery(page.url, { [facet]: v.value, page: null })}">${label.facet(facet, v)}</a> <span class="count">(${t.number(v.count)})</span></li>`,
      )}</ul>`,
    );
  if (active.length === 0 && groups.length === 0) return html``;
  return html`<nav class="filters" aria-labelledby="facets-title">
<h2 class="filters-title" id="facets-title">${t('search.refine')}</h2>
${
  active.length > 0
    ? html`<h3 id="facets-active">${t('search.activeFilters')}</h3>
<ul class="link-list" aria-labelledby="facets-active">${active.map((facet) => {
        const name = nameOf(facet, String(request[facet]));
        return html`<li>${t(`search.facet.${facet}`)}: ${name} <a href="${withQuery(page.url, { [facet]: null, page: null })}" aria-label="${t('search.removeFilter', { label: name })}">✕</a></li>`;
      })}</ul>`
    : ''
}
${groups}
</nav>`;
}
