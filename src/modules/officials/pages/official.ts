import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { notice, table, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  LinkAccountBody,
  linkAccount,
  managedOrganization,
  officialForLink,
} from '../commands/link-account.ts';
import { findOfficial, termsOf } from '../queries.ts';
import { SlugParams } from '../schemas.ts';
import { termPeriod, termTags } from './views.ts';

const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 10 })),
});

/**
 * The form that links the official to a user account, for those who manage them only: it says
 * whether a link exists, never which account (the link is never shown on a public page).
 */
async function accountForm(
  ctx: ModuleContext,
  request: FastifyRequest,
  form: FormState,
  slug: string,
): Promise<Html> {
  const { t } = request;
  // Most readers manage no official: no query for them.
  if (!can(request.actor, 'officials.manage')) return html``;
  const official = await officialForLink(ctx.db, slug);
  const organizationId = await managedOrganization(ctx.db, request.actor, official.id);
  if (!can(request.actor, 'officials.manage', { organizationId })) return html``;
  return html`<h2>${t('officials.account.title')}</h2>
<p>${t('officials.account.lead')}</p>
<p>${t(official.linked ? 'officials.account.linked' : 'officials.account.notLinked')}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textField('account', t('officials.account.field'), form.value('account'), { type: 'email', autocomplete: 'off', hint: t('officials.account.hint'), error: form.error('account') })}
<button type="submit" class="button">${t('officials.account.submit')}</button></form>`;
}

/**
 * An official's page: the posts held over time, latest first, with their duties and sources; for
 * those who manage the official, the form that links them to their user account.
 */
export function officialPage(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/officials/:slug/account',
    shownAt: { path: '/officials/:slug', access: 'public' },
    access: { action: 'officials.manage' },
    params: SlugParams,
    query: Query,
    body: LinkAccountBody,
    command: (input, request) => linkAccount(ctx.db, request.actor, request.params.slug, input, request.meta),
    redirect: (linked) => `/officials/${linked.slug}?saved=1`,
    render: async (form, request) => {
      const { t, locale } = request;
      const person = await findOfficial(ctx.db, request.params.slug);
      if (!person) throw notFound();
      const terms = await termsOf(ctx.db, person.slug);
      const name = t.pick({ mn: person.nameMn, en: person.nameEn ?? person.nameMn });
      const other = locale === 'mn' ? person.nameEn : person.nameMn;
      return {
        title: name,
        breadcrumbs: [{ href: '/officials', label: t('officials.title') }, { label: name }],
        alternates: [{ href: `/api/v1/officials/${person.slug}`, type: 'application/json' }],
        main: html`${(request.query as { saved?: string }).saved ? notice(request, { tone: 'success', body: t('officials.account.saved') }) : ''}<h1>${name}</h1>
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
})}
${await accountForm(ctx, request, form, person.slug)}`,
      };
    },
  });
}
