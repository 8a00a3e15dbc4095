import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { dataThemeCodes, dataThemes } from '../../../platform/datasets/vocabularies.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  downloads,
  emptyState,
  filterForm,
  pagination,
  selectField,
  textField,
} from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { type CatalogEntry, formatsOf, loadCatalog } from '../catalog.ts';
import { applyFilters, facetCounts, readListFilters } from '../facets.ts';

const PAGE_SIZE = 20;

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  organization: Type.Optional(Type.String({ maxLength: 100 })),
  theme: Type.Optional(Type.String({ maxLength: 100 })),
  format: Type.Optional(Type.String({ maxLength: 100 })),
  aimag: Type.Optional(Type.String({ maxLength: 100 })),
  sort: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
});

/** Links to the whole catalogue in the formats harvesters read. */
export const harvestLinks = [
  { href: '/catalog.jsonld', label: 'DCAT-AP (JSON-LD)', type: 'application/ld+json' },
  { href: '/catalog.ttl', label: 'DCAT-AP (Turtle)', type: 'text/turtle' },
  { href: '/data.json', label: 'Project Open Data (data.json)', type: 'application/json' },
  { href: '/api/3/action/package_search', label: 'CKAN API', type: 'application/json' },
] as const;

/** `/datasets`: every dataset, with facets (organisation, theme, format, aimag) as a GET form. */
export function catalogListPage(app: App, ctx: ModuleContext, datasets: readonly Dataset[]): void {
  app.get(
    '/datasets',
    { schema: { hide: true, querystring: ListQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale, page } = request;
      const filters = readListFilters(request.query);
      const sort = request.query.sort === 'modified' ? 'modified' : 'title';
      const pageNo = Math.min(Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1), 1000);
      const [entries, units] = await Promise.all([
        loadCatalog(ctx.db, datasets),
        topLevelUnits(ctx.db, locale),
      ]);
      const counts = facetCounts(
        entries,
        filters,
        units.map((u) => u.code),
      );
      const collator = new Intl.Collator(locale === 'mn' ? 'mn' : 'en');
      const found = applyFilters(entries, filters).sort((a, b) =>
        sort === 'modified'
          ? (b.modified?.getTime() ?? 0) - (a.modified?.getTime() ?? 0)
          : collator.compare(t.pick(a.dataset.title), t.pick(b.dataset.title)),
      );
      const shown = found.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
      const publisherNames = new Map(
        entries.filter((e) => e.publisher).map((e) => [e.dataset.publisher, t.pick(e.publisher!.name)]),
      );
      const option = (value: string, label: string, count: number | undefined) => ({
        value,
        label: `${label} (${t.number(count ?? 0)})`,
      });
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
  textField('q', t('catalog.filter.q'), filters.q),
  selectField(
    'organization',
    t('catalog.filter.organization'),
    [...counts.organization].map(([slug, n]) => option(slug, publisherNames.get(slug) ?? slug, n)),
    filters.organization,
    t('filters.any'),
  ),
  selectField(
    'theme',
    t('catalog.filter.theme'),
    dataThemeCodes
      .filter((code) => counts.theme.has(code) || code === filters.theme)
      .map((code) => option(code, t.pick(dataThemes[code]), counts.theme.get(code))),
    filters.theme,
    t('filters.any'),
  ),
  selectField(
    'format',
    t('catalog.filter.format'),
    [...counts.format].map(([format, n]) => option(format, format, n)),
    filters.format,
    t('filters.any'),
  ),
  selectField(
    'aimag',
    t('catalog.filter.aimag'),
    units.map((u) => option(u.code, t.pick({ mn: u.nameMn, en: u.nameEn }), counts.aimag.get(u.code))),
    filters.aimag,
    t('filters.any'),
  ),
  selectField(
    'sort',
    t('catalog.sort'),
    [
      { value: 'title', label: t('catalog.sort.title') },
      { value: 'modified', label: t('catalog.sort.modified') },
    ],
    sort,
  ),
])}
${downloads(
  page,
  harvestLinks.map((l) => ({ href: l.href, label: l.label })),
)}
</aside>
<div class="results-panel">
<p class="result-count" role="status">${t('catalog.count', { count: found.length })}</p>
${
  found.length === 0
    ? emptyState(t('catalog.empty'), t('catalog.emptyHint'))
    : html`<div class="cards">${shown.map(card)}</div>
${pagination(page, { page: pageNo, pageSize: PAGE_SIZE, total: found.length })}`
}
</div>
</div>`,
      });
    },
  );
}
