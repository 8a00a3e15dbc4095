import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Role } from '../../../platform/auth/actor.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { emptyState, errorSummary, type TableOptions, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Crumb } from '../../../platform/views/layout.ts';
import type { AdminOrganization } from '../organizations.ts';

/** What the administration pages share: the page frame, the confirmation page, labels. */

export const Csrf = Type.Object({ _csrf: CsrfField });
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
export const IdParam = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });

export const errorFor = (errors: readonly FieldError[], field: string) =>
  errors.find((e) => e.field === field)?.message;

export const roleLabel = (t: Translator, role: Role) => t(`administration.role.${role}`);

/** A page's query of one optional word (`?done=granted`, `?joined=<slug>`). */
export const QueryWord = (name: string) =>
  Type.Object({ [name]: Type.Optional(Type.String({ maxLength: 100 })) });

/**
 * A table's columns: a plain name is labelled `administration.col.<name>`; a message key (with a
 * dot) labels its column itself, which is named by its last part.
 */
export const columns = (t: Translator, keys: readonly string[]) =>
  keys.map((key) =>
    key.includes('.')
      ? { key: key.slice(key.lastIndexOf('.') + 1), label: t(key) }
      : { key, label: t(`administration.col.${key}`) },
  );

/** When a role was granted, and by whom. */
export const grantedCell = (t: Translator, grant: { grantedAt: Date; grantedByName: string | null }) =>
  html`${t.date(grant.grantedAt)}${grant.grantedByName ? html`<br><span class="meta">${t('administration.by', { name: grant.grantedByName })}</span>` : ''}`;

/** The link to a revocation's confirmation page, naming for screen readers what it revokes. */
export const revokeLink = (t: Translator, href: string, what: string) =>
  html`<a href="${href}">${t('administration.revoke')}<span class="visually-hidden"> ${what}</span></a>`;
export const scopeLabel = (t: Translator, includeSub: boolean) =>
  includeSub ? t('administration.scope.withSub') : t('administration.scope.only');
export const organizationName = (t: Translator, org: AdminOrganization) =>
  t.pick({ mn: org.nameMn, en: org.nameEn });

export interface AdminPage {
  title: string;
  breadcrumbs: readonly Crumb[];
  errors?: readonly FieldError[];
  notice?: string;
  main: Html;
  status?: number;
  narrow?: boolean;
}

/** The frame of every administration page: error summary first, then any notice, then the content. */
export function sendAdminPage(request: FastifyRequest, reply: FastifyReply, page: AdminPage): FastifyReply {
  const errors = page.errors ?? [];
  const body = html`${errorSummary(request.page, errors)}
${page.notice ? html`<div class="notice" role="status"><p>${page.notice}</p></div>` : ''}
${page.main}`;
  return reply.code(page.status ?? (errors.length > 0 ? 422 : 200)).sendPage({
    title: errors.length > 0 ? `${request.t('administration.errorPrefix')}: ${page.title}` : page.title,
    breadcrumbs: page.breadcrumbs,
    main: page.narrow ? html`<div class="narrow">${body}</div>` : body,
  });
}

export const adminCrumb = (t: Translator): Crumb => ({ href: '/admin', label: t('administration.title') });

export function organizationCrumbs(t: Translator, org: AdminOrganization, here: Crumb[]): Crumb[] {
  return [adminCrumb(t), { href: `/organizations/${org.slug}`, label: organizationName(t, org) }, ...here];
}

/** Links between an organisation's administration pages. */
export function organizationTabs(t: Translator, org: AdminOrganization, current: 'members' | 'tokens'): Html {
  const tab = (key: 'members' | 'tokens', label: string) =>
    html`<li><a href="/admin/organizations/${org.slug}/${key}"${key === current ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<nav aria-label="${t('administration.tabs')}"><ul class="link-list">
  ${tab('members', t('administration.members.title'))}
  ${tab('tokens', t('administration.tokens.title'))}
</ul></nav>`;
}

/**
 * The frame of an organisation's members and tokens pages: the page's name beside the
 * organisation's in the title and heading, the tabs between the two pages, the page's lead, the
 * organisation's members or tokens (or that it has none), then `main`.
 */
export function sendOrganizationPage(
  request: FastifyRequest,
  reply: FastifyReply,
  org: AdminOrganization,
  tab: 'members' | 'tokens',
  page: {
    errors: readonly FieldError[];
    notice?: string;
    list: Pick<TableOptions, 'columns' | 'rows'>;
    main: Html;
  },
): FastifyReply {
  const { t } = request;
  const title = t(`administration.${tab}.title`);
  const name = organizationName(t, org);
  return sendAdminPage(request, reply, {
    title: `${title}: ${name}`,
    breadcrumbs: organizationCrumbs(t, org, [{ label: title }]),
    errors: page.errors,
    notice: page.notice,
    main: html`<h1>${title} <span class="meta">${name}</span></h1>
${organizationTabs(t, org, tab)}
<p class="lead">${t(`administration.${tab}.lead`)}</p>
${
  page.list.rows.length === 0
    ? emptyState(t(`administration.${tab}.empty`))
    : table(request.page, {
        caption: t(`administration.${tab}.caption`, { organization: name }),
        ...page.list,
      })
}
${page.main}`,
  });
}

/** A page asking to confirm a change that cannot be undone, with the change's POST form. */
export function confirmPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: {
    title: string;
    breadcrumbs: readonly Crumb[];
    facts: Html;
    warning: string;
    action: string;
    button: string;
    cancel: string;
    errors?: readonly FieldError[];
  },
): FastifyReply {
  const { t } = request;
  return sendAdminPage(request, reply, {
    title: page.title,
    breadcrumbs: page.breadcrumbs,
    errors: page.errors,
    status: page.errors?.length ? 409 : 200,
    narrow: true,
    main: html`<h1>${page.title}</h1>
${page.facts}
<p>${page.warning}</p>
<form method="post" action="${page.action}" id="grant">
  ${reply.csrfField()}
  ${page.errors?.length ? '' : html`<button type="submit" class="button">${page.button}</button>`}
  <a href="${page.cancel}">${t('administration.cancel')}</a>
</form>`,
  });
}
