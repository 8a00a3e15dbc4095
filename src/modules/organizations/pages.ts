import { Type } from 'typebox';
import { can } from '../../platform/auth/permissions.ts';
import { sendDownload } from '../../platform/datasets/download.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { App } from '../../platform/http/types.ts';
import { entityOfOrganization } from '../../platform/legal-entities/index.ts';
import { listPage } from '../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { emptyState, summaryList } from '../../platform/views/components.ts';
import { html } from '../../platform/views/html.ts';
import { organizationsDataset } from './dataset.ts';
import { organizationsList } from './list.ts';
import { findOrganization, listOrganizations } from './service.ts';

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(organizationsList, {
  bom: Type.Optional(Type.String({ maxLength: 10 })),
});

export async function organizationsPages(app: App, ctx: ModuleContext): Promise<void> {
  app.get(
    '/organizations',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, organizationsList, request.query, locale);
      const result = await listOrganizations(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: organizationsList.pageSize,
        locale,
      });
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
      return reply.sendPage(
        listPage(request.page, {
          list: organizationsList,
          query,
          path: '/organizations',
          title: t('organizations.title'),
          lead: t('organizations.lead'),
          count: t('organizations.count', { count: result.total }),
          total: result.total,
          empty: { title: t('organizations.empty'), hint: t('organizations.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/organizations' },
          table: {
            caption: t('organizations.caption'),
            columns: [
              { key: 'name', label: t('organizations.col.name'), sortable: true },
              { key: 'abbreviation', label: t('organizations.col.abbreviation') },
              { key: 'kind', label: t('organizations.col.kind'), sortable: true },
              { key: 'aimag', label: t('organizations.col.aimag'), sortable: true },
              { key: 'parent', label: t('organizations.col.parent') },
            ],
            rows,
          },
        }),
      );
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
      // A body that is also a legal entity (a state-owned enterprise) links to it in the platform's register.
      const entity = await entityOfOrganization(ctx.db, org.id);
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
  ...(entity
    ? [
        {
          key: t('organizations.col.legalEntity'),
          value: html`<a href="/legal-entities/${entity.id}">${t.pick({ mn: entity.nameMn ?? entity.nameEn ?? '', en: entity.nameEn ?? entity.nameMn ?? '' })}</a>`,
        },
      ]
    : []),
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
