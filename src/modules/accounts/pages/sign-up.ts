import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { confirmEmail, signUp } from '../sign-up.ts';
import { errorFor, sendFormPage } from './form.ts';

const SignUpBody = Type.Object({
  displayName: Type.Optional(Type.String({ maxLength: 1000 })),
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  password: Type.Optional(Type.String({ maxLength: 4096 })),
  _csrf: CsrfField,
});

export function signUpPages(app: App, ctx: ModuleContext): void {
  const form = (
    request: Parameters<typeof sendFormPage>[0],
    reply: Parameters<typeof sendFormPage>[1],
    values: { displayName?: string; email?: string },
    errors: ReturnType<typeof translateProblems>,
  ) => {
    const { t } = request;
    return html`<form method="post" action="/sign-up" novalidate>
  ${reply.csrfField()}
  ${textField('displayName', t('accounts.field.displayName'), values.displayName, { error: errorFor(errors, 'displayName'), autocomplete: 'name' })}
  ${textField('email', t('accounts.field.email'), values.email, { type: 'email', error: errorFor(errors, 'email'), autocomplete: 'email' })}
  ${textField('password', t('accounts.field.password'), '', { type: 'password', error: errorFor(errors, 'password'), hint: t('accounts.hint.password'), autocomplete: 'new-password' })}
  <button type="submit" class="button">${t('accounts.signUp.submit')}</button>
</form>
<p><a href="/sign-in">${t('accounts.signIn.title')}</a></p>`;
  };

  app.get('/sign-up', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) =>
    sendFormPage(request, reply, {
      title: request.t('accounts.signUp.title'),
      lead: request.t('accounts.signUp.lead'),
      body: form(request, reply, {}, []),
    }),
  );

  app.post(
    '/sign-up',
    { schema: { hide: true, body: SignUpBody }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const result = await signUp(ctx, request.body, request.meta, request.locale);
      if (result.ok) {
        return sendFormPage(request, reply, {
          title: t('accounts.signUp.done.title'),
          body: html`<p>${t('accounts.signUp.done.body', { email: (request.body.email ?? '').trim() })}</p>`,
        });
      }
      const errors =
        'problems' in result
          ? translateProblems(t, result.problems)
          : [{ field: 'email', message: t('accounts.rateLimited', { seconds: result.rateLimited }) }];
      return sendFormPage(request, reply, {
        title: t('accounts.signUp.title'),
        errors,
        status: 'problems' in result ? 422 : 429,
        body: form(request, reply, request.body, errors),
      });
    },
  );

  app.get(
    '/confirm-email/:token',
    {
      schema: { hide: true, params: Type.Object({ token: Type.String({ maxLength: 100 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      if (await confirmEmail(ctx, request.params.token, request.meta)) {
        return reply.redirect('/sign-in?notice=confirmed', 303);
      }
      return sendFormPage(request, reply, {
        title: request.t('accounts.reset.title'),
        status: 410,
        body: html`<p>${request.t('accounts.confirm.invalid')}</p><p><a href="/reset-password">${request.t('accounts.reset.title')}</a></p>`,
      });
    },
  );
}
