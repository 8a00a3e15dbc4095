import { Type } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { resetSecondFactor } from '../second-factor.ts';
import { adminCrumb } from './shared.ts';

/** `/admin/second-factor`: a platform administrator resets an account's second factor, with a reason. */
export function secondFactorPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/admin/second-factor',
    access: { action: 'platform.administer' },
    body: Type.Object({
      email: Type.Optional(Type.String({ maxLength: 1000 })),
      reason: Type.Optional(Type.String({ maxLength: 20000 })),
    }),
    command: (input, request) => resetSecondFactor(ctx, request.actor, input, request.meta),
    render: (form, request) => {
      const { t } = request;
      const title = t('administration.secondFactor.title');
      const done = (request.query as { done?: unknown }).done === 'reset';
      return {
        title,
        breadcrumbs: [adminCrumb(t), { label: title }],
        main: html`${done ? html`<div class="notice" role="status"><p>${t('administration.secondFactor.done')}</p></div>` : ''}
<h1>${title}</h1>
<p class="lead">${t('administration.secondFactor.lead')}</p>
<form method="post" action="${form.action}" novalidate>
${form.csrf}
${textField('email', t('administration.field.email'), form.value('email'), { type: 'email', error: form.error('email'), autocomplete: 'off' })}
${textField('reason', t('administration.field.reason'), form.value('reason'), { hint: t('administration.hint.reason'), error: form.error('reason'), autocomplete: 'off' })}
<button type="submit" class="button">${t('administration.secondFactor.submit')}</button>
</form>`,
      };
    },
    redirect: () => '/admin/second-factor?done=reset',
  });
}
