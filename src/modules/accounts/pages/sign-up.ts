import { Type } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { confirmEmail, signUp } from '../sign-up.ts';
import { emailField, formView, newPasswordField, sendFormPage } from './form.ts';

const SignUpBody = Type.Object({
  displayName: Type.Optional(Type.String({ maxLength: 1000 })),
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  password: Type.Optional(Type.String({ maxLength: 4096 })),
});

export function signUpPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/sign-up',
    access: 'public',
    body: SignUpBody,
    command: (input, request) => signUp(ctx, input, request.meta, request.locale),
    render: (form, { t }) =>
      formView(
        form,
        t('accounts.signUp.title'),
        t('accounts.signUp.lead'),
        [
          textField('displayName', t('accounts.field.displayName'), form.value('displayName'), {
            error: form.error('displayName'),
            autocomplete: 'name',
          }),
          emailField(form, t),
          newPasswordField(form, t, t('accounts.field.password')),
        ],
        t('accounts.signUp.submit'),
        html`<p><a href="/sign-in">${t('accounts.signIn.title')}</a></p>`,
      ),
    done: ({ email }, { t }) => ({
      title: t('accounts.signUp.done.title'),
      main: html`<h1>${t('accounts.signUp.done.title')}</h1>
<p>${t('accounts.signUp.done.body', { email })}</p>`,
    }),
  });

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
