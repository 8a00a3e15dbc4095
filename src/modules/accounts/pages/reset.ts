import { Type } from 'typebox';
import { refusedAs } from '../../../platform/commands/index.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { peekOneTimeToken } from '../one-time.ts';
import { requestPasswordReset, resetPassword } from '../password-reset.ts';
import { emailField, formView, newPasswordField } from './form.ts';

const EmailBody = Type.Object({ email: Type.Optional(Type.String({ maxLength: 1000 })) });
const PasswordBody = Type.Object({ password: Type.Optional(Type.String({ maxLength: 4096 })) });
const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

export function resetPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/reset-password',
    access: 'public',
    body: EmailBody,
    command: (input, request) => requestPasswordReset(ctx, input, request.meta),
    render: (form, { t }) =>
      formView(
        form,
        t('accounts.reset.title'),
        t('accounts.reset.lead'),
        [emailField(form, t)],
        t('accounts.reset.submit'),
      ),
    done: ({ email }, { t }) => ({
      title: t('accounts.reset.title'),
      main: html`<h1>${t('accounts.reset.title')}</h1>
<p>${t('accounts.reset.sent', { email })}</p>`,
    }),
  });

  formRoute(app, {
    path: '/reset-password/:token',
    access: 'public',
    params: TokenParams,
    body: PasswordBody,
    // A link that no longer works says so before anything is typed.
    values: async (request) =>
      (await peekOneTimeToken(ctx.db, 'reset-password', request.params.token))
        ? {}
        : refusedAs('invalid-link'),
    command: (input, request) => resetPassword(ctx, request.params.token, input, request.meta),
    render: (form, { t }) =>
      formView(
        form,
        t('accounts.reset.new.title'),
        undefined,
        [newPasswordField(form, t, t('accounts.field.newPassword'))],
        t('accounts.reset.new.submit'),
      ),
    redirect: () => '/sign-in?notice=reset-done',
    refused: (_, { t }) => ({
      title: t('accounts.reset.new.title'),
      status: 410,
      main: html`<h1>${t('accounts.reset.new.title')}</h1>
<p>${t('accounts.reset.invalid')}</p><p><a href="/reset-password">${t('accounts.reset.title')}</a></p>`,
    }),
  });
}
