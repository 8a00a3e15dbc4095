import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findProject } from '../queries.ts';
import { SlugParams } from '../schemas.ts';
import { projectSections } from '../sections.ts';

export function recordPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const found = await findProject(ctx.db, request.params.slug);
      if (!found) throw notFound();
      const name = t.pick({ mn: found.titleMn, en: found.titleEn });
      const ref = {
        id: found.id,
        slug: found.slug,
        organizationId: found.organizationId,
        titleMn: found.titleMn,
        titleEn: found.titleEn,
      };
      const sections = await Promise.all(
        [...projectSections].sort((a, b) => a.order - b.order).map((s) => s.render(ctx, ref, request)),
      );
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/projects', label: t('projects.title') }, { label: name }],
        alternates: [{ href: `/api/v1/projects/${found.slug}`, type: 'application/json' }],
        main: html`<h1>${name}</h1>
<p class="lead" lang="${locale === 'mn' ? 'en' : 'mn'}">${locale === 'mn' ? found.titleEn : found.titleMn}</p>
${summaryList([
  {
    key: t('projects.field.organization'),
    value: html`<a href="/organizations/${found.organization}">${t.pick({ mn: found.organizationNameMn, en: found.organizationNameEn })}</a>`,
  },
  { key: t('projects.field.slug'), value: found.slug },
  { key: t('projects.field.created'), value: t.date(found.createdAt) },
  { key: t('projects.field.updated'), value: t.date(found.updatedAt) },
])}
${sections.filter((s) => s !== null)}`,
      });
    },
  );
}
