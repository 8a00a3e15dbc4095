import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { dataThemes } from '../../../platform/datasets/vocabularies.ts';
import type { App } from '../../../platform/http/types.ts';
import { listFilterFields } from '../../../platform/lists/page.ts';
import { type PageQuery, pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { FilterOption, ModuleContext } from '../../../platform/module.ts';
import {
  downloads,
  emptyState,
  filterForm,
  pagination,
  selectField,
} from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { html } from '../../../platform/views/html.ts';
import { type CatalogEntry, formatsOf, loadCatalog } from '../catalog.ts';
import {
  type CatalogList,
  catalogList,
  catalogPage,
  catalogRows,
  type FacetName,
  facetCounts,
} from '../lists.ts';

/** Links to the whole catalogue in the formats harvesters read. */
export const harvestLinks = [
  { href: '/catalog.jsonld', label: 'DCAT-AP (JSON-LD)', type: 'application/ld+json' },
  { href: '/catalog.ttl', label: 'DCAT-AP (Turtle)', type: 'text/turtle' },
  { href: '/data.json', label: 'Project Open Data (data.json)', type: 'application/json' },
  { href: '/api/3/action/package_search', label: 'CKAN API', type: 'application/json' },
] as const;

/**
 * The facets' choices with their counts, as the form shows them: the organisations and formats
 * that some dataset has, the themes some dataset has (and the one chosen), every aimag.
 */
function countedOptions(
  query: PageQuery,
  counts: Record<FacetName, Map<string, number>>,
  t: PageContext['t'],
): PageQuery['options'] {
  const shown: Record<FacetName, (value: string) => boolean> = {
    organization: (v) => counts.organization.has(v),
    theme: (v) => counts.theme.has(v) || v === query.filters.theme,
    format: (v) => counts.format.has(v),
    aimag: () => true,
  };
  const options = new Map<string, readonly FilterOption[]>();
  for (const facet of Object.keys(shown) as FacetName[]) {
    const choices = (query.options.get(facet) ?? []).filter((o) => shown[facet](o.value));
    options.set(
      facet,
      choices.map((o) => {
        const label = `${t.pick(o.label)} (${t.number(counts[facet].get(o.value) ?? 0)})`;
        return { value: o.value, label: { mn: label, en: label } };
      }),
    );
  }
  return options;
}

/** `/datasets`: every dataset, with facets (organisation, theme, format, aimag) as a GET form. */
export function catalogListPage(app: App, ctx: ModuleContext, datasets: readonly Dataset[]): void {
  const list: CatalogList = catalogList(datasets);
  app.get(
    '/datasets',
    { schema: { hide: true, querystring: pageQuerySchema(list) }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale, page } = request;
      const [query, entries] = await Promise.all([
        readPageQuery(ctx.db, list, request.query, locale),
        loadCatalog(ctx.db, datasets),
      ]);
      const rows = catalogRows(
        entries,
        (query.options.get('aimag') ?? []).map((o) => o.value),
      );
      const [found, counts] = await Promise.all([
        catalogPage(ctx.db, list, rows, {
          filters: query.filters,
          sort: query.sort,
          page: query.page,
          locale,
        }),
        facetCounts(ctx.db, list, rows, query.filters),
      ]);
      const byId = new Map(entries.map((e) => [e.dataset.id, e]));
      const shown = found.items.map((r) => byId.get(r.id)!);
      const publisherNames = new Map(
        entries.filter((e) => e.publisher).map((e) => [e.dataset.publisher, t.pick(e.publisher!.name)]),
      );
      const card = (entry: CatalogEntry) => {
        const d = entry.dataset;
        return html`<a class="card" href="/datasets/${d.id}">
<h3>${t.pick(d.title)}</h3>
<p>${t.pick(d.description)}</p>
<p class="meta">${publisherNames.get(d.publisher) ?? d.publisher} · ${d.themes.map((th) => t.pick(dataThemes[th])).join(', ')}</p>
<p class="meta">${formatsOf(d).join(', ')}${entry.modified ? html` · ${t('catalog.modified')}: ${t.date(entry.modified)}` : ''}</p>
</a>`;
      };
      return reply.sendPage({
        title: t('catalog.title'),
        description: t('catalog.lead'),
        breadcrumbs: [{ label: t('catalog.title') }],
        alternates: harvestLinks.map((l) => ({ href: l.href, type: l.type })),
        main: html`<h1>${t('catalog.title')}</h1>
<p class="lead">${t('catalog.lead')}</p>
<div class="with-sidebar">
<aside class="sidebar">
${filterForm(page, '/datasets', [
  ...listFilterFields(page, list, { ...query, options: countedOptions(query, counts, t) }),
  selectField(
    'sort',
    t('catalog.sort'),
    [
      { value: 'title', label: t('catalog.sort.title') },
      { value: 'modified', label: t('catalog.sort.modified') },
    ],
    query.sort,
  ),
])}
${downloads(
  page,
  harvestLinks.map((l) => ({ href: l.href, label: l.label })),
)}
</aside>
<div class="results-panel">
<p class="result-count" role="status">${t('catalog.count', { count: found.total })}</p>
${
  found.total === 0
    ? emptyState(t('catalog.empty'), t('catalog.emptyHint'))
    : html`<div class="cards">${shown.map(card)}</div>
${pagination(page, { page: found.page, pageSize: list.pageSize, total: found.total })}`
}
</div>
</div>`,
      });
    },
  );
}
