import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { listApiTokens } from '../../../platform/auth/api-tokens.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { checkboxes, summaryList, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { addDays, today } from '../dates.ts';
import { type AdminOrganization, organizationBySlug, organizationToManage } from '../organizations.ts';
import {
  DEFAULT_TOKEN_DAYS,
  findOrganizationToken,
  type IssueInput,
  issueToken,
  MAX_TOKEN_DAYS,
  revokeToken,
  tokenScopes,
} from '../tokens.ts';
import {
  Csrf,
  columns,
  confirmPage,
  errorFor,
  IdParam,
  organizationCrumbs,
  QueryWord,
  revokeLink,
  SlugParams,
  sendAdminPage,
  sendOrganizationPage,
} from './shared.ts';

const MANAGE = 'organization.manage-tokens';
const access = { access: { action: MANAGE } } as const;
/** Carries a new token from the POST to the one page that shows it, then is cleared. */
const ISSUED_COOKIE = 'issued_token';

export function tokenPages(app: App, ctx: ModuleContext): void {
  const load = (request: FastifyRequest, slug: string) =>
    organizationToManage(ctx.db, request.actor, slug, MANAGE);
  /** The crumbs of a page under the organisation's tokens. */
  const tokensCrumbs = (t: FastifyRequest['t'], org: AdminOrganization, title: string) =>
    organizationCrumbs(t, org, [
      { href: `/admin/organizations/${org.slug}/tokens`, label: t('administration.tokens.title') },
      { label: title },
    ]);
  const issuedPath = (org: AdminOrganization) => `/admin/organizations/${org.slug}/tokens/issued`;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    org: AdminOrganization,
    values: IssueInput,
    errors: FieldError[],
    notice?: string,
  ) => {
    const { t } = request;
    const tokens = await listApiTokens(ctx.db, { organizationId: org.id });
    const now = Date.now();
    const status = (r: (typeof tokens)[number]) =>
      r.revokedAt
        ? t('administration.tokens.revokedOn', { date: t.date(r.revokedAt) })
        : new Date(r.expiresAt).getTime() <= now
          ? t('administration.tokens.expired')
          : t('administration.tokens.active');
    const base = `/admin/organizations/${org.slug}/tokens`;
    const scopes = [values.scopes ?? []].flat();
    return sendOrganizationPage(request, reply, org, 'tokens', {
      errors,
      notice,
      list: {
        columns: columns(t, ['name', 'prefix', 'scopes', 'expires', 'lastUsed', 'status', 'action']),
        rows: tokens.map((r) => [
          r.name,
          html`<code>shl_${r.prefix}_…</code>`,
          html`${r.scopes.map((s) => html`<code>${s}</code> `)}`,
          t.dateTime(r.expiresAt),
          r.lastUsedAt ? t.dateTime(r.lastUsedAt) : t('administration.tokens.neverUsed'),
          status(r),
          r.revokedAt ? '' : revokeLink(t, `${base}/${r.id}/revoke`, r.name),
        ]),
      },
      main: html`<div class="narrow">
<h2>${t('administration.tokens.issueTitle')}</h2>
<p>${t('administration.tokens.issueLead')}</p>
<form method="post" action="${base}" novalidate>
${reply.csrfField()}
${textField('name', t('administration.field.tokenName'), values.name, { error: errorFor(errors, 'name'), hint: t('administration.field.tokenNameHint'), autocomplete: 'off' })}
${checkboxes(request.page, {
  id: 'scopes',
  label: t('administration.field.scopes'),
  options: tokenScopes().map((s) => ({ value: s.action, label: s.action, hint: s.description })),
  selected: scopes,
  error: errorFor(errors, 'scopes'),
  hint: t('administration.field.scopesHint'),
})}
${textField(
  'expiresOn',
  t('administration.field.expiresOn'),
  values.expiresOn ?? addDays(today(ctx.country.timeZone), DEFAULT_TOKEN_DAYS),
  {
    type: 'date',
    error: errorFor(errors, 'expiresOn'),
    hint: t('administration.field.expiresOnHint', {
      latest: addDays(today(ctx.country.timeZone), MAX_TOKEN_DAYS),
    }),
  },
)}
<button type="submit" class="button">${t('administration.tokens.issue')}</button>
</form></div>`,
    });
  };

  app.get(
    '/admin/organizations/:slug/tokens',
    {
      schema: { hide: true, params: SlugParams, querystring: QueryWord('done') },
      config: access,
    },
    async (request, reply) => {
      const org = await load(request, request.params.slug);
      const notice =
        request.query.done === 'revoked' ? request.t('administration.tokens.done.revoked') : undefined;
      return render(request, reply, org, {}, [], notice);
    },
  );

  app.post(
    '/admin/organizations/:slug/tokens',
    {
      schema: {
        hide: true,
        params: SlugParams,
        body: Type.Object({
          name: Type.Optional(Type.String({ maxLength: 1000 })),
          scopes: Type.Optional(
            Type.Union([
              Type.String({ maxLength: 100 }),
              Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }),
            ]),
          ),
          expiresOn: Type.Optional(Type.String({ maxLength: 40 })),
          _csrf: CsrfField,
        }),
      },
      config: access,
    },
    async (request, reply) => {
      const { _csrf, ...input } = request.body;
      const result = await issueToken(ctx, request.actor, request.params.slug, input, request.meta);
      const org = await organizationBySlug(ctx.db, request.params.slug);
      if (!result.ok)
        return render(request, reply, org, input, translateProblems(request.t, result.problems));
      // The secret is never stored: it rides once, signed and short-lived, to the page that shows it.
      reply.setCookie(ISSUED_COOKIE, `${result.value.record.id}.${result.value.token}`, {
        path: issuedPath(org),
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.publicUrl.startsWith('https:'),
        signed: true,
        maxAge: 300,
      });
      return reply.redirect(issuedPath(org), 303);
    },
  );

  app.get(
    '/admin/organizations/:slug/tokens/issued',
    { schema: { hide: true, params: SlugParams }, config: access },
    async (request, reply) => {
      const { t } = request;
      const org = await load(request, request.params.slug);
      const raw = request.cookies[ISSUED_COOKIE];
      const cookie = raw ? request.unsignCookie(raw) : undefined;
      reply.clearCookie(ISSUED_COOKIE, { path: issuedPath(org) });
      reply.header('cache-control', 'no-store');
      const [id, secret] = cookie?.valid && cookie.value ? cookie.value.split('.', 2) : [];
      const record =
        id && secret
          ? await findOrganizationToken(ctx.db, org.id, Number(id)).catch(() => undefined)
          : undefined;
      const title = t('administration.tokens.issuedTitle');
      const crumbs = tokensCrumbs(t, org, title);
      if (!record || !secret)
        return sendAdminPage(request, reply, {
          title: t('administration.tokens.goneTitle'),
          breadcrumbs: crumbs,
          status: 410,
          narrow: true,
          main: html`<h1>${t('administration.tokens.goneTitle')}</h1><p>${t('administration.tokens.goneBody')}</p>
<p><a href="/admin/organizations/${org.slug}/tokens">${t('administration.tokens.back')}</a></p>`,
        });
      return sendAdminPage(request, reply, {
        title,
        breadcrumbs: crumbs,
        narrow: true,
        main: html`<h1>${title}</h1>
<div class="notice" role="alert"><p><strong>${t('administration.tokens.onceWarning')}</strong></p></div>
${summaryList([
  { key: t('administration.col.name'), value: record.name },
  { key: t('administration.col.scopes'), value: record.scopes.join(', ') },
  { key: t('administration.col.expires'), value: t.dateTime(record.expiresAt) },
])}
<h2>${t('administration.tokens.secret')}</h2>
<p><code class="secret">${secret}</code></p>
<p>${t('administration.tokens.howToUse')} <code>Authorization: Bearer ${secret}</code></p>
<p><a href="/admin/organizations/${org.slug}/tokens">${t('administration.tokens.back')}</a></p>`,
      });
    },
  );

  const RevokeParams = Type.Object({ slug: Type.String({ maxLength: 100 }), tokenId: IdParam });
  app.get(
    '/admin/organizations/:slug/tokens/:tokenId/revoke',
    { schema: { hide: true, params: RevokeParams }, config: access },
    async (request, reply) => {
      const { t } = request;
      const org = await load(request, request.params.slug);
      const record = await findOrganizationToken(ctx.db, org.id, request.params.tokenId);
      const title = t('administration.revokeToken.title');
      return confirmPage(request, reply, {
        title,
        breadcrumbs: tokensCrumbs(t, org, title),
        facts: summaryList([
          { key: t('administration.col.name'), value: record.name },
          { key: t('administration.col.prefix'), value: `shl_${record.prefix}_…` },
          { key: t('administration.col.scopes'), value: record.scopes.join(', ') },
        ]),
        warning: t('administration.revokeToken.warning'),
        action: `/admin/organizations/${org.slug}/tokens/${record.id}/revoke`,
        button: t('administration.revokeToken.submit'),
        cancel: `/admin/organizations/${org.slug}/tokens`,
      });
    },
  );

  app.post(
    '/admin/organizations/:slug/tokens/:tokenId/revoke',
    { schema: { hide: true, params: RevokeParams, body: Csrf }, config: access },
    async (request, reply) => {
      const { slug, tokenId } = request.params;
      await revokeToken(ctx, request.actor, slug, tokenId, request.meta);
      return reply.redirect(`/admin/organizations/${slug}/tokens?done=revoked`, 303);
    },
  );
}
