import { Type } from 'typebox';
import { type FieldProblem, problem, translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../../platform/http/auth.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { endSession } from '../sessions.ts';
import { signIn } from '../sign-in.ts';
import { proveSecondFactor } from '../two-factor.ts';
import { checkCode } from '../validation.ts';
import { errorFor, safeNext, sendFormPage } from './form.ts';

const SignInBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  password: Type.Optional(Type.String({ maxLength: 4096 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  _csrf: CsrfField,
});
const NextQuery = Type.Object({
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  notice: Type.Optional(Type.String({ maxLength: 100 })),
});
const CodeBody = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 100 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  _csrf: CsrfField,
});

const NOTICES = new Set(['signed-out', 'reset-done', 'confirmed']);

export function signInPages(app: App, ctx: ModuleContext): void {
  const cookie = () => sessionCookieOptions(ctx.config);

  app.get(
    '/sign-in',
    { schema: { hide: true, querystring: NextQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const notice = NOTICES.has(request.query.notice ?? '')
        ? t(`accounts.notice.${request.query.notice}`)
        : undefined;
      return sendFormPage(request, reply, {
        title: t('accounts.signIn.title'),
        lead: t('accounts.signIn.lead'),
        notice,
        body: signInForm(request, reply, request.query.next, '', []),
      });
    },
  );

  app.post(
    '/sign-in',
    { schema: { hide: true, body: SignInBody }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const next = safeNext(request.body.next);
      const result = await signIn(ctx, request.body, request.meta);
      if (result.ok) {
        reply.setCookie(SESSION_COOKIE, result.value.sessionToken, cookie());
        if (result.value.next === 'second-factor')
          return reply.redirect(`/sign-in/second-factor?next=${encodeURIComponent(next)}`, 303);
        if (result.value.next === 'set-up-second-factor')
          return reply.redirect(`/account/two-factor?next=${encodeURIComponent(next)}`, 303);
        return reply.redirect(next, 303);
      }
      const problems: FieldProblem[] =
        'problems' in result
          ? result.problems
          : 'rateLimited' in result
            ? [problem('email', 'accounts.rateLimited', { seconds: result.rateLimited })]
            : [
                problem(
                  'email',
                  result.refused === 'unconfirmed'
                    ? 'accounts.signIn.unconfirmed'
                    : 'accounts.signIn.refused',
                ),
              ];
      const errors = translateProblems(t, problems);
      if ('rateLimited' in result) reply.header('retry-after', String(result.rateLimited));
      return sendFormPage(request, reply, {
        title: t('accounts.signIn.title'),
        errors,
        status: 'rateLimited' in result ? 429 : 422,
        body: signInForm(request, reply, next, request.body.email ?? '', errors),
      });
    },
  );

  app.get(
    '/sign-in/second-factor',
    { schema: { hide: true, querystring: NextQuery }, config: { access: { action: 'account.manage' } } },
    async (request, reply) => {
      const { t } = request;
      return sendFormPage(request, reply, {
        title: t('accounts.secondFactor.title'),
        lead: t('accounts.secondFactor.lead'),
        body: codeForm(
          request,
          reply,
          '/sign-in/second-factor',
          t('accounts.secondFactor.submit'),
          safeNext(request.query.next),
          [],
        ),
      });
    },
  );

  app.post(
    '/sign-in/second-factor',
    { schema: { hide: true, body: CodeBody }, config: { access: { action: 'account.manage' } } },
    async (request, reply) => {
      const { t } = request;
      const next = safeNext(request.body.next);
      const problems: FieldProblem[] = [];
      const code = checkCode(problems, 'code', request.body.code);
      let retryAfter = 0;
      if (problems.length === 0 && request.session) {
        const result = await proveSecondFactor(ctx, request.session, code, request.meta);
        if (result.ok) {
          reply.setCookie(SESSION_COOKIE, result.sessionToken, cookie());
          return reply.redirect(next, 303);
        }
        if (result.reason === 'rate-limited') retryAfter = result.retryAfterSeconds;
        problems.push(
          problem(
            'code',
            result.reason === 'rate-limited' ? 'accounts.rateLimitedShort' : 'accounts.secondFactor.wrong',
          ),
        );
      }
      const errors = translateProblems(t, problems);
      const limited = problems.some((p) => p.key === 'accounts.rateLimitedShort');
      if (limited) reply.header('retry-after', String(retryAfter));
      return sendFormPage(request, reply, {
        title: t('accounts.secondFactor.title'),
        errors,
        status: limited ? 429 : undefined,
        body: codeForm(
          request,
          reply,
          '/sign-in/second-factor',
          t('accounts.secondFactor.submit'),
          next,
          errors,
        ),
      });
    },
  );

  app.post('/sign-out', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    if (request.session)
      await endSession(ctx.db, request.actor, request.session.idHash, request.meta, 'sign-out');
    reply.clearCookie(SESSION_COOKIE, cookie());
    return reply.redirect('/sign-in?notice=signed-out', 303);
  });
}

function signInForm(
  request: Parameters<typeof sendFormPage>[0],
  reply: Parameters<typeof sendFormPage>[1],
  next: string | undefined,
  email: string,
  errors: Parameters<typeof errorFor>[0],
) {
  const { t } = request;
  const oidc = request.server.shilen.config.oidc;
  return html`<form method="post" action="/sign-in" novalidate>
  ${reply.csrfField()}
  <input type="hidden" name="next" value="${safeNext(next)}">
  ${textField('email', t('accounts.field.email'), email, { type: 'email', error: errorFor(errors, 'email'), autocomplete: 'email' })}
  ${textField('password', t('accounts.field.password'), '', { type: 'password', error: errorFor(errors, 'password'), autocomplete: 'current-password' })}
  <button type="submit" class="button">${t('accounts.signIn.submit')}</button>
</form>
${oidc ? html`<p class="or">${t('accounts.signIn.or')}</p><p><a class="button button-secondary" href="/sign-in/oidc?next=${encodeURIComponent(safeNext(next))}">${t('accounts.signIn.oidc', { name: oidc.name })}</a></p>` : ''}
<p><a href="/reset-password">${t('accounts.signIn.forgot')}</a></p>
<p>${t('accounts.signIn.noAccount')} <a href="/sign-up">${t('accounts.signIn.createAccount')}</a></p>`;
}

export function codeForm(
  request: Parameters<typeof sendFormPage>[0],
  reply: Parameters<typeof sendFormPage>[1],
  action: string,
  submit: string,
  next: string,
  errors: Parameters<typeof errorFor>[0],
  extra = html``,
) {
  const { t } = request;
  return html`<form method="post" action="${action}" novalidate>
  ${reply.csrfField()}
  <input type="hidden" name="next" value="${next}">
  ${extra}
  ${textField('code', t('accounts.field.code'), '', { error: errorFor(errors, 'code'), hint: t('accounts.hint.code'), autocomplete: 'one-time-code', inputmode: 'numeric' })}
  <button type="submit" class="button">${submit}</button>
</form>`;
}
