import { Type } from 'typebox';
import { topLevelUnits } from '../../platform/admin-units.ts';
import { can } from '../../platform/auth/permissions.ts';
import { sendDownload } from '../../platform/datasets/download.ts';
import { filterQuery } from '../../platform/datasets/filters.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import {
  downloads,
  emptyState,
  filterForm,
  pagination,
  selectField,
  summaryList,
  table,
  textField,
} from '../../platform/views/components.ts';
import { html } from '../../platform/views/html.ts';
import { organizationsDataset } from './dataset.ts';
import {
  findOrganization,
  listOrganizations,
  type OrganizationFilters,
  type OrganizationKind,
  type OrganizationSort,
  organizationKinds,
  sortKeys,
} from './service.ts';

const PAGE_SIZE = 25;

/** Page filters are read leniently: a value that is not allowed is ignored, never an error page. */
const PageQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  kind: Type.Optional(Type.String({ maxLength: 100 })),
  aimag: Type.Optional(Type.String({ maxLength: 100 })),
  parent: Type.Optional(Type.String({ maxLength: 100 })),
  sort: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  bom: Type.Optional(Type.String({ maxLength: 10 })),
});

function readFilters(query: Record<string, string | undefined>) {
  const filters: OrganizationFilters = {};
  if (query.q?.trim()) filters.q = query.q.trim().slice(0, 200);
  if (organizationKinds.includes(query.kind as OrganizationKind))
    filters.kind = query.kind as OrganizationKind;
  if (query.aimag && /^[0-9A-Za-z-]{1,12}$/.test(query.aimag)) filters.aimag = query.aimag;
  if (query.parent && /^[a-z0-9-]{1,100}$/.test(query.parent)) filters.parent = query.parent;
  const sort: OrganizationSort = sortKeys.includes(query.sort as OrganizationSort)
    ? (query.sort as OrganizationSort)
    : 'name';
  const page = Math.min(Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1), 100000);
  return { filters, sort, page };
}

export async function organizationsPages(app: App, ctx: ModuleContext): Promise<void> {
  app.get(
    '/organizations',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const page = request.page;
      const { filters, sort, page: pageNo } = readFilters(request.query);
      const [result, units] = await Promise.all([
        listOrganizations(ctx.db, filters, { sort, page: pageNo, pageSize: PAGE_SIZE, locale }),
        topLevelUnits(ctx.db, locale),
      ]);
      // Only the filters understood, so a download link never carries a value the download refuses.
      const search = filterQuery(filters as Record<string, string>);
      const rows = result.items.map((o) => [
        html`<a href="/organizations/${o.slug}">${t.pick({ mn: o.nameMn, en: o.nameEn })}</a>`,
        o.abbreviation ?? '',
        t(`organizations.kind.${o.kind}`),
        o.adminUnitCode
          ? t.pick({ mn: o.adminUnitNameMn, en: o.adminUnitNameEn })
          : t('organizations.national'),
        o.parentSlug
          ? html`<a href="/organizations/${o.parentSlug}">${t.pick({ mn: o.parentNameMn, en: o.parentNameEn })}</a>`
          : '',
      ]);
      return reply.sendPage({
        title: t('organizations.title'),
        description: t('organizations.lead'),
        breadcrumbs: [{ label: t('organizations.title') }],
        alternates: [
          { href: `/organizations.csv${search}`, type: 'text/csv' },
          { href: `/api/v1/organizations${search}`, type: 'application/json' },
        ],
        main: html`<h1>${t('organizations.title')}</h1>
<p class="lead">${t('organizations.lead')}</p>
<div class="with-sidebar">
<aside class="sidebar">
${filterForm(page, '/organizations', [
  textField('q', t('organizations.filter.q'), filters.q),
  selectField(
    'kind',
    t('organizations.filter.kind'),
    organizationKinds.map((k) => ({ value: k, label: t(`organizations.kind.${k}`) })),
    filters.kind,
    t('filters.any'),
  ),
  selectField(
    'aimag',
    t('organizations.filter.aimag'),
    units.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })),
    filters.aimag,
    t('filters.any'),
  ),
])}
${downloads(page, [
  { href: `/organizations.csv${search}`, label: 'CSV' },
  { href: `/organizations.json${search}`, label: 'JSON' },
  { href: `/api/v1/organizations${search}`, label: 'API' },
])}
</aside>
<div class="results-panel">
<p class="result-count" role="status">${t('organizations.count', { count: result.total })}</p>
${
  result.items.length === 0
    ? emptyState(t('organizations.empty'), t('organizations.emptyHint'))
    : html`${table(page, {
        caption: t('organizations.caption'),
        sort,
        columns: [
          { key: 'name', label: t('organizations.col.name'), sortable: true },
          { key: 'abbreviation', label: t('organizations.col.abbreviation') },
          { key: 'kind', label: t('organizations.col.kind'), sortable: true },
          { key: 'aimag', label: t('organizations.col.aimag'), sortable: true },
          { key: 'parent', label: t('organizations.col.parent') },
        ],
        rows,
      })}
${pagination(page, { page: pageNo, pageSize: PAGE_SIZE, total: result.total })}`
}
</div>
</div>`,
      });
    },
  );

  // The list's downloads are the dataset's (src/platform/datasets): same filters, streamed, with ETags.
  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/organizations.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, organizationsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }

  app.get(
    '/organizations/:slug',
    {
      schema: {
        hide: true,
        params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object({
          updated: Type.Optional(Type.String({ maxLength: 100 })),
          lang: Type.Optional(Type.String({ maxLength: 10 })),
        }),
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t, locale } = request;
      const org = await findOrganization(ctx.db, request.params.slug);
      if (!org) throw notFound();
      const children = await listOrganizations(
        ctx.db,
        { parent: org.slug },
        { sort: 'name', page: 1, pageSize: 500, locale },
      );
      const name = t.pick({ mn: org.nameMn, en: org.nameEn });
      const otherName = locale === 'mn' ? org.nameEn : org.nameMn;
      const published = (
        await Promise.all(
          app.shilen.modules.filter((m) => m.publishedBy).map((m) => m.publishedBy!(ctx, org, t)),
        )
      ).flat();
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/organizations', label: t('organizations.title') }, { label: name }],
        alternates: [{ href: `/api/v1/organizations/${org.slug}`, type: 'application/json' }],
        main: html`${request.query.updated === '1' ? html`<div class="notice" role="status"><p>${t('organizations.edit.saved')}</p></div>` : ''}
<h1>${name}</h1>
<p class="lead" lang="${locale === 'mn' ? 'en' : 'mn'}">${otherName}</p>
${can(request.actor, 'organizations.update', { organizationId: org.id }) ? html`<p><a href="/organizations/${org.slug}/edit">${t('organizations.edit.link')}</a></p>` : ''}
${summaryList([
  { key: t('organizations.col.kind'), value: t(`organizations.kind.${org.kind}`) },
  { key: t('organizations.col.abbreviation'), value: org.abbreviation },
  {
    key: t('organizations.col.aimag'),
    value: org.adminUnitCode
      ? t.pick({ mn: org.adminUnitNameMn, en: org.adminUnitNameEn })
      : t('organizations.national'),
  },
  {
    key: t('organizations.col.parent'),
    value: org.parentSlug
      ? html`<a href="/organizations/${org.parentSlug}">${t.pick({ mn: org.parentNameMn, en: org.parentNameEn })}</a>`
      : null,
  },
  {
    key: t('organizations.website'),
    value:
      org.website && /^https?:\/\//.test(org.website)
        ? html`<a href="${org.website}" rel="external noopener">${org.website}</a>`
        : null,
  },
  {
    key: t('organizations.email'),
    value: org.email ? html`<a href="mailto:${org.email}">${org.email}</a>` : null,
  },
  { key: t('organizations.phone'), value: org.phone },
  { key: t('organizations.address'), value: org.address },
])}
${
  children.total > 0
    ? html`<h2>${t('organizations.children')}</h2>
<ul class="link-list">${children.items.map((c) => html`<li><a href="/organizations/${c.slug}">${t.pick({ mn: c.nameMn, en: c.nameEn })}</a></li>`)}</ul>`
    : ''
}
<h2>${t('organizations.published')}</h2>
${
  published.length === 0
    ? emptyState(t('organizations.publishedEmpty'))
    : html`<ul class="link-list">${published.map((p) => html`<li><a href="${p.href}">${p.title}</a> <span class="count">${t.number(p.count)}</span></li>`)}</ul>`
}`,
      });
    },
  );
}
