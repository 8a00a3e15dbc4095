import { organizationRoles } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import { findUserById } from '../../../platform/auth/users.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, select } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { allOrganizations, organizationBySlug, organizationsById } from '../organizations.ts';
import { organizationName, QueryWord, roleLabel, scopeLabel, sendAdminPage } from './shared.ts';

/** `/admin`: what the signed-in official may administer, and the roles they hold. */
export function landingPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/admin',
    {
      schema: { hide: true, querystring: QueryWord('joined') },
      config: { access: { action: 'account.manage' } },
    },
    async (request, reply) => {
      const { t, actor } = request;
      const grants = actor.roles.filter((g) => g.organizationId !== null);
      const orgs = new Map(
        (await organizationsById(ctx.db, [...new Set(grants.map((g) => g.organizationId!))])).map((o) => [
          o.id,
          o,
        ]),
      );
      const administered = grants.filter(
        (g) =>
          can(actor, 'organization.manage-members', { organizationId: g.organizationId }) ||
          can(actor, 'organization.manage-tokens', { organizationId: g.organizationId }),
      );
      const sections: Html[] = [];
      const held = actor.roles.filter((g) => g.role !== 'citizen');
      if (held.length > 0)
        sections.push(
          html`<h2>${t('administration.landing.yourRoles')}</h2><ul>${held.map((g) => {
            const org = g.organizationId !== null ? orgs.get(g.organizationId) : undefined;
            return html`<li>${roleLabel(t, g.role)}${org ? html` — ${organizationName(t, org)} (${scopeLabel(t, g.includeSubOrganizations)})` : ''}</li>`;
          })}</ul>`,
        );
      const linkIds = new Set(
        administered.filter((g) => organizationRoles.includes(g.role)).map((g) => g.organizationId!),
      );
      const links = [...linkIds].map((id) => orgs.get(id)).filter((o) => o !== undefined);
      if (links.length > 0)
        sections.push(
          html`<h2>${t('administration.landing.organizations')}</h2><ul class="link-list">${links.map(
            (
              o,
            ) => html`<li>${organizationName(t, o)}: <a href="/admin/organizations/${o.slug}/members">${t('administration.members.title')}</a>,
            <a href="/admin/organizations/${o.slug}/tokens">${t('administration.tokens.title')}</a></li>`,
          )}</ul>`,
        );
      if (can(actor, 'platform.administer')) {
        const all = await allOrganizations(ctx.db);
        sections.push(html`<h2>${t('administration.landing.anyOrganization')}</h2>
<form method="get" action="/admin/organizations">
${select(request.page, {
  id: 'slug',
  label: t('administration.landing.organization'),
  options: all.map((o) => ({ value: o.slug, label: organizationName(t, o) })),
})}
<button type="submit" class="button">${t('administration.landing.open')}</button></form>`);
      }
      const national: Html[] = [];
      if (can(actor, 'platform.administer'))
        national.push(
          html`<li><a href="/admin/roles">${t('administration.roles.title')}</a></li>`,
          html`<li><a href="/admin/second-factor">${t('administration.secondFactor.title')}</a></li>`,
        );
      if (can(actor, 'audit.read'))
        national.push(html`<li><a href="/admin/audit">${t('administration.audit.title')}</a></li>`);
      if (national.length > 0)
        sections.push(
          html`<h2>${t('administration.landing.national')}</h2><ul class="link-list">${national}</ul>`,
        );
      if (links.length === 0 && national.length === 0)
        sections.push(
          emptyState(t('administration.landing.nothing'), t('administration.landing.nothingHint')),
        );

      const joined = request.query.joined
        ? await organizationBySlug(ctx.db, request.query.joined).catch(() => undefined)
        : undefined;
      // Official roles count only once this session proved a second factor: say how.
      const user =
        held.length > 0 && !actor.secondFactor ? await findUserById(ctx.db, actor.userId!) : undefined;
      const proveAt = user?.totpEnabledAt
        ? '/sign-in/second-factor?next=/admin'
        : '/account/two-factor?next=/admin';
      return sendAdminPage(request, reply, {
        title: t('administration.title'),
        breadcrumbs: [{ label: t('administration.title') }],
        notice: joined
          ? t('administration.landing.joined', { organization: organizationName(t, joined) })
          : undefined,
        main: html`<h1>${t('administration.title')}</h1>
${user ? html`<p class="lead">${t('administration.landing.secondFactor')} <a href="${proveAt}">${t('administration.landing.secondFactorLink')}</a></p>` : ''}
${sections}`,
      });
    },
  );

  app.get(
    '/admin/organizations',
    {
      schema: { hide: true, querystring: QueryWord('slug') },
      config: { access: { action: 'organization.manage-members' } },
    },
    async (request, reply) => {
      if (!request.query.slug) return reply.redirect('/admin', 303);
      const org = await organizationBySlug(ctx.db, request.query.slug);
      return reply.redirect(`/admin/organizations/${org.slug}/members`, 303);
    },
  );
}
