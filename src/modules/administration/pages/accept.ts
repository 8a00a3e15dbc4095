import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { findUserByEmail, findUserById } from '../../../platform/auth/users.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../../platform/http/auth.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type AcceptRefusal, acceptInvitation } from '../accept.ts';
import { findInvitation, type Invitation } from '../invitations.ts';
import { errorFor, roleLabel, scopeLabel, sendAdminPage } from './shared.ts';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const AcceptBody = Type.Object({
  displayName: Type.Optional(Type.String({ maxLength: 1000 })),
  password: Type.Optional(Type.String({ maxLength: 4096 })),
  _csrf: CsrfField,
});

const REFUSAL_STATUS: Record<AcceptRefusal, number> = {
  unknown: 404,
  used: 410,
  withdrawn: 410,
  expired: 410,
  lapsed: 410,
  'other-account': 403,
  'sign-in': 409,
};

/**
 * `/invitations/:token`: who invited you to what, and taking it — with the account you are signed
 * in with, or a new one whose address the invitation itself proves.
 */
export function acceptPages(app: App, ctx: ModuleContext): void {
  const facts = (request: FastifyRequest, invitation: Invitation): Html => {
    const { t } = request;
    return summaryList([
      { key: t('administration.accept.invitedBy'), value: invitation.inviterName ?? '—' },
      { key: t('administration.accept.organization'), value: t.pick(invitation.organizationName) },
      { key: t('administration.col.role'), value: roleLabel(t, invitation.role) },
      { key: t('administration.col.scope'), value: scopeLabel(t, invitation.includeSubOrganizations) },
      { key: t('administration.col.email'), value: invitation.email },
      { key: t('administration.accept.validUntil'), value: t.dateTime(invitation.expiresAt) },
    ]);
  };

  const refusalPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    refusal: AcceptRefusal,
    invitation?: Invitation,
  ) => {
    const { t } = request;
    return sendAdminPage(request, reply, {
      title: t(`administration.accept.refused.${refusal}.title`),
      breadcrumbs: [{ label: t('administration.accept.title') }],
      status: REFUSAL_STATUS[refusal],
      narrow: true,
      main: html`<h1>${t(`administration.accept.refused.${refusal}.title`)}</h1>
<p>${t(`administration.accept.refused.${refusal}.body`, { email: invitation?.email ?? '' })}</p>
${refusal === 'sign-in' && invitation ? html`<p><a class="button" href="/sign-in?next=${encodeURIComponent(request.url)}">${t('administration.accept.signIn')}</a></p>` : ''}`,
    });
  };

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    values: { displayName?: string },
    errors: FieldError[],
  ) => {
    const { t, actor } = request;
    // The address is a secret link and the page names a person: no cache keeps it.
    reply.header('cache-control', 'no-store');
    const invitation = await findInvitation(ctx.db, token);
    if (!invitation) return refusalPage(request, reply, 'unknown');
    if (invitation.status !== 'pending') return refusalPage(request, reply, invitation.status, invitation);
    const action = `/invitations/${token}`;
    let form: Html;
    if (actor.kind === 'user') {
      const user = await findUserById(ctx.db, actor.userId!);
      if (user?.email !== invitation.email) return refusalPage(request, reply, 'other-account', invitation);
      form = html`<form method="post" action="${action}">${reply.csrfField()}
<button type="submit" class="button">${t('administration.accept.submit')}</button></form>`;
    } else if (await findUserByEmail(ctx.db, invitation.email)) {
      return refusalPage(request, reply, 'sign-in', invitation);
    } else {
      form = html`<h2>${t('administration.accept.newAccount')}</h2>
<p>${t('administration.accept.newAccountLead', { email: invitation.email })}</p>
<form method="post" action="${action}" novalidate>${reply.csrfField()}
${textField('displayName', t('administration.field.displayName'), values.displayName, { error: errorFor(errors, 'displayName'), autocomplete: 'name' })}
${textField('password', t('administration.field.password'), '', { type: 'password', error: errorFor(errors, 'password'), hint: t('administration.field.passwordHint'), autocomplete: 'new-password' })}
<button type="submit" class="button">${t('administration.accept.submitNew')}</button></form>`;
    }
    return sendAdminPage(request, reply, {
      title: t('administration.accept.title'),
      breadcrumbs: [{ label: t('administration.accept.title') }],
      errors,
      narrow: true,
      main: html`<h1>${t('administration.accept.title')}</h1>
<p class="lead">${t('administration.accept.lead', { inviter: invitation.inviterName ?? t('administration.someone'), organization: t.pick(invitation.organizationName) })}</p>
${facts(request, invitation)}
<p>${t('administration.accept.secondFactor')}</p>
${form}`,
    });
  };

  app.get(
    '/invitations/:token',
    { schema: { hide: true, params: TokenParams }, config: { access: 'public' } },
    async (request, reply) => show(request, reply, request.params.token, {}, []),
  );

  app.post(
    '/invitations/:token',
    { schema: { hide: true, params: TokenParams, body: AcceptBody }, config: { access: 'public' } },
    async (request, reply) => {
      const result = await acceptInvitation(ctx, request.actor, request.params.token, request.body, {
        ...request.meta,
        locale: request.locale,
      });
      if (result.ok) {
        const accepted = result.value;
        if (accepted.sessionToken)
          reply.setCookie(SESSION_COOKIE, accepted.sessionToken, sessionCookieOptions(ctx.config));
        const next = `/admin?joined=${accepted.organizationSlug}`;
        // Official roles count only with a second factor: set one up, or prove it in this session.
        if (!accepted.totpEnabled)
          return reply.redirect(`/account/two-factor?next=${encodeURIComponent(next)}`, 303);
        if (!request.actor.secondFactor)
          return reply.redirect(`/sign-in/second-factor?next=${encodeURIComponent(next)}`, 303);
        return reply.redirect(next, 303);
      }
      if (result.refusal) {
        reply.header('cache-control', 'no-store');
        const invitation = await findInvitation(ctx.db, request.params.token);
        return refusalPage(request, reply, result.refusal, invitation);
      }
      return show(
        request,
        reply,
        request.params.token,
        request.body,
        translateProblems(request.t, result.problems),
      );
    },
  );
}
