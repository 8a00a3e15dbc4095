import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { peekOneTimeToken } from '../one-time.ts';
import { requestPasswordReset, resetPassword } from '../password-reset.ts';
import { errorFor, sendFormPage } from './form.ts';

const EmailBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  _csrf: CsrfField,
});
const PasswordBody = Type.Object({
  password: Type.Optional(Type.String({ maxLength: 4096 })),
  _csrf: CsrfField,
});
const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

export function resetPages(app: App, ctx: ModuleContext): void {
  const requestForm = (
    request: Parameters<typeof sendFormPage>[0],
    reply: Parameters<typeof sendFormPage>[1],
    email: string,
    errors: ReturnType<typeof translateProblems>,
  ) =>
    html`<form method="post" action="/reset-password" novalidate>
  ${reply.csrfField()}
  ${textField('email', request.t('accounts.field.email'), email, { type: 'email', error: errorFor(errors, 'email'), autocomplete: 'email' })}
  <button type="submit" class="button">${request.t('accounts.reset.submit')}</button>
</form>`;

  const newPasswordForm = (
    request: Parameters<typeof sendFormPage>[0],
    reply: Parameters<typeof sendFormPage>[1],
    token: string,
    errors: ReturnType<typeof translateProblems>,
  ) =>
    html`<form method="post" action="/reset-password/${token}" novalidate>
  ${reply.csrfField()}
  ${textField('password', request.t('accounts.field.newPassword'), '', { type: 'password', error: errorFor(errors, 'password'), hint: request.t('accounts.hint.password'), autocomplete: 'new-password' })}
  <button type="submit" class="button">${request.t('accounts.reset.new.submit')}</button>
</form>`;

  const invalid = (request: Parameters<typeof sendFormPage>[0], reply: Parameters<typeof sendFormPage>[1]) =>
    sendFormPage(request, reply, {
      title: request.t('accounts.reset.new.title'),
      status: 410,
      body: html`<p>${request.t('accounts.reset.invalid')}</p><p><a href="/reset-password">${request.t('accounts.reset.title')}</a></p>`,
    });

  app.get(
    '/reset-password',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) =>
      sendFormPage(request, reply, {
        title: request.t('accounts.reset.title'),
        lead: request.t('accounts.reset.lead'),
        body: requestForm(request, reply, '', []),
      }),
  );

  app.post(
    '/reset-password',
    { schema: { hide: true, body: EmailBody }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const result = await requestPasswordReset(ctx, request.body, request.meta);
      if (result.ok) {
        return sendFormPage(request, reply, {
          title: t('accounts.reset.title'),
          body: html`<p>${t('accounts.reset.sent', { email: (request.body.email ?? '').trim() })}</p>`,
        });
      }
      const errors =
        'problems' in result
          ? translateProblems(t, result.problems)
          : [{ field: 'email', message: t('accounts.rateLimited', { seconds: result.rateLimited }) }];
      return sendFormPage(request, reply, {
        title: t('accounts.reset.title'),
        errors,
        status: 'problems' in result ? 422 : 429,
        body: requestForm(request, reply, request.body.email ?? '', errors),
      });
    },
  );

  app.get(
    '/reset-password/:token',
    { schema: { hide: true, params: TokenParams }, config: { access: 'public' } },
    async (request, reply) => {
      if (!(await peekOneTimeToken(ctx.db, 'reset-password', request.params.token)))
        return invalid(request, reply);
      return sendFormPage(request, reply, {
        title: request.t('accounts.reset.new.title'),
        body: newPasswordForm(request, reply, request.params.token, []),
      });
    },
  );

  app.post(
    '/reset-password/:token',
    { schema: { hide: true, params: TokenParams, body: PasswordBody }, config: { access: 'public' } },
    async (request, reply) => {
      const result = await resetPassword(ctx, request.params.token, request.body, request.meta);
      if (result.ok) return reply.redirect('/sign-in?notice=reset-done', 303);
      if ('invalidLink' in result) return invalid(request, reply);
      const errors = 'problems' in result ? translateProblems(request.t, result.problems) : [];
      return sendFormPage(request, reply, {
        title: request.t('accounts.reset.new.title'),
        errors,
        body: newPasswordForm(request, reply, request.params.token, errors),
      });
    },
  );
}
