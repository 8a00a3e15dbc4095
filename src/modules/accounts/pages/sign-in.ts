import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { refuse } from '../../../platform/commands/index.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../../platform/http/auth.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { endSession } from '../sessions.ts';
import { signIn } from '../sign-in.ts';
import { proveSecondFactor } from '../two-factor.ts';
import { checkCode } from '../validation.ts';
import { afterSignIn, emailField, safeNext, sentText } from './form.ts';

const SignInBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  password: Type.Optional(Type.String({ maxLength: 4096 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
const NextQuery = Type.Object({
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  notice: Type.Optional(Type.String({ maxLength: 100 })),
});
const CodeBody = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 100 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});

const NOTICES = new Set(['signed-out', 'reset-done', 'confirmed']);

/** The query of a sign-in page, as `NextQuery` checked it. */
const queryOf = (request: FastifyRequest) => request.query as { next?: string; notice?: string };

/** A form that opens with where to go next, as its page was asked. */
const nextFromQuery = async (request: FastifyRequest) => ({ next: queryOf(request).next });

/** The page of a sign-in step: its title, and what is above the form until it comes back refused. */
function step(form: FormState, title: string, lead: string, body: Html, notice: Html | string = '') {
  const fresh = form.errors.length === 0;
  return {
    title,
    main: html`${fresh ? notice : ''}<h1>${title}</h1>
${fresh ? html`<p class="lead">${lead}</p>` : ''}
${body}`,
  };
}

export function signInPages(app: App, ctx: ModuleContext): void {
  const cookie = () => sessionCookieOptions(ctx.config);

  formRoute(app, {
    path: '/sign-in',
    access: 'public',
    query: NextQuery,
    body: SignInBody,
    values: nextFromQuery,
    command: (input, request) => signIn(ctx, input, request.meta),
    render: (form, request) => {
      const { t } = request;
      const notice = queryOf(request).notice ?? '';
      const above = NOTICES.has(notice)
        ? html`<div class="notice" role="status"><p>${t(`accounts.notice.${notice}`)}</p></div>`
        : '';
      return step(
        form,
        t('accounts.signIn.title'),
        t('accounts.signIn.lead'),
        signInForm(request, form),
        above,
      );
    },
    redirect: (signed, request, reply) => {
      reply.setCookie(SESSION_COOKIE, signed.sessionToken, cookie());
      return afterSignIn(signed.next, safeNext(sentText(request, 'next')));
    },
  });

  formRoute(app, {
    path: '/sign-in/second-factor',
    access: { action: 'account.manage' },
    query: NextQuery,
    body: CodeBody,
    values: nextFromQuery,
    command: async (input, request) => {
      const problems: Parameters<typeof checkCode>[0] = [];
      const code = checkCode(problems, 'code', input.code);
      if (problems.length > 0) return refuse(problems);
      if (!request.session) return refuse('code', 'accounts.secondFactor.wrong');
      return proveSecondFactor(ctx, request.session, code, request.meta);
    },
    render: (form, request) =>
      step(
        form,
        request.t('accounts.secondFactor.title'),
        request.t('accounts.secondFactor.lead'),
        codeForm(request, form, request.t('accounts.secondFactor.submit'), safeNext(form.value('next'))),
      ),
    redirect: (sessionToken, request, reply) => {
      reply.setCookie(SESSION_COOKIE, sessionToken, cookie());
      return safeNext(sentText(request, 'next'));
    },
  });

  app.post('/sign-out', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    if (request.session)
      await endSession(ctx.db, request.actor, request.session.idHash, request.meta, 'sign-out');
    reply.clearCookie(SESSION_COOKIE, cookie());
    return reply.redirect('/sign-in?notice=signed-out', 303);
  });
}

function signInForm(request: FastifyRequest, form: FormState) {
  const { t } = request;
  const oidc = request.server.shilen.config.oidc;
  const next = safeNext(form.value('next'));
  return html`<form method="post" action="${form.action}" novalidate>
  ${form.csrf}
  <input type="hidden" name="next" value="${next}">
  ${emailField(form, t)}
  ${textField('password', t('accounts.field.password'), '', { type: 'password', error: form.error('password'), autocomplete: 'current-password' })}
  <button type="submit" class="button">${t('accounts.signIn.submit')}</button>
</form>
${oidc ? html`<p class="or">${t('accounts.signIn.or')}</p><p><a class="button button-secondary" href="/sign-in/oidc?next=${encodeURIComponent(next)}">${t('accounts.signIn.oidc', { name: oidc.name })}</a></p>` : ''}
<p><a href="/reset-password">${t('accounts.signIn.forgot')}</a></p>
<p>${t('accounts.signIn.noAccount')} <a href="/sign-up">${t('accounts.signIn.createAccount')}</a></p>`;
}

/** The form of a code from an authenticator app (signing in, or setting the factor up with `extra`). */
export function codeForm(
  request: FastifyRequest,
  form: Pick<FormState, 'action' | 'csrf' | 'error'>,
  submit: string,
  next: string,
  extra = html``,
) {
  const { t } = request;
  return html`<form method="post" action="${form.action}" novalidate>
  ${form.csrf}
  <input type="hidden" name="next" value="${next}">
  ${extra}
  ${textField('code', t('accounts.field.code'), '', { error: form.error('code'), hint: t('accounts.hint.code'), autocomplete: 'one-time-code', inputmode: 'numeric' })}
  <button type="submit" class="button">${submit}</button>
</form>`;
}
