import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findOfficial, termsOf } from '../queries.ts';
import { SlugParams } from '../schemas.ts';
import { termPeriod, termTags } from './views.ts';

/** An official's page: the posts held over time, latest first, with their duties and sources. */
export function officialPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/officials/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const person = await findOfficial(ctx.db, request.params.slug);
      if (!person) throw notFound();
      const terms = await termsOf(ctx.db, person.slug);
      const name = t.pick({ mn: person.nameMn, en: person.nameEn ?? person.nameMn });
      const other = locale === 'mn' ? person.nameEn : person.nameMn;
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/officials', label: t('officials.title') }, { label: name }],
        alternates: [{ href: `/api/v1/officials/${person.slug}`, type: 'application/json' }],
        main: html`<h1>${name}</h1>
${other ? html`<p class="lead" lang="${locale === 'mn' ? 'en' : 'mn'}">${other}</p>` : ''}
${table(request.page, {
  caption: t('officials.posts.caption'),
  columns: [
    { key: 'post', label: t('officials.field.post') },
    { key: 'organization', label: t('officials.field.organization') },
    { key: 'term', label: t('officials.field.term') },
    { key: 'source', label: t('officials.field.source') },
  ],
  rows: terms.map((r) => [
    html`${t.pick({ mn: r.postMn, en: r.postEn ?? r.postMn })}${r.role ? html` (${r.role})` : ''} ${termTags(t, r)}`,
    html`<a href="/organizations/${r.organization}">${t.pick({ mn: r.organizationNameMn, en: r.organizationNameEn })}</a>`,
    termPeriod(t, r),
    r.source ?? '—',
  ]),
})}`,
      });
    },
  );
}
