import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { resetSecondFactor } from '../second-factor.ts';
import { adminCrumb, errorFor, sendAdminPage } from './shared.ts';

const access = { access: { action: 'platform.administer' } } as const;

/** `/admin/second-factor`: a platform administrator resets an account's second factor, with a reason. */
export function secondFactorPages(app: App, ctx: ModuleContext): void {
  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { email?: string; reason?: string },
    errors: FieldError[],
    notice?: string,
  ) => {
    const { t } = request;
    const title = t('administration.secondFactor.title');
    return sendAdminPage(request, reply, {
      title,
      breadcrumbs: [adminCrumb(t), { label: title }],
      errors,
      notice,
      narrow: true,
      main: html`<h1>${title}</h1>
<p class="lead">${t('administration.secondFactor.lead')}</p>
<form method="post" action="/admin/second-factor" novalidate>
${reply.csrfField()}
${textField('email', t('administration.field.email'), values.email, { type: 'email', error: errorFor(errors, 'email'), autocomplete: 'off' })}
${textField('reason', t('administration.field.reason'), values.reason, { hint: t('administration.hint.reason'), error: errorFor(errors, 'reason'), autocomplete: 'off' })}
<button type="submit" class="button">${t('administration.secondFactor.submit')}</button>
</form>`,
    });
  };

  app.get(
    '/admin/second-factor',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ done: Type.Optional(Type.String({ maxLength: 1000 })) }),
      },
      config: access,
    },
    async (request, reply) =>
      render(
        request,
        reply,
        {},
        [],
        request.query.done === 'reset' ? request.t('administration.secondFactor.done') : undefined,
      ),
  );

  app.post(
    '/admin/second-factor',
    {
      schema: {
        hide: true,
        body: Type.Object({
          email: Type.Optional(Type.String({ maxLength: 1000 })),
          reason: Type.Optional(Type.String({ maxLength: 20000 })),
          _csrf: Type.Optional(Type.String({ maxLength: 200 })),
        }),
      },
      config: access,
    },
    async (request, reply) => {
      const { _csrf, ...input } = request.body;
      const result = await resetSecondFactor(ctx, request.actor, input, request.meta);
      if (result.ok) return reply.redirect('/admin/second-factor?done=reset', 303);
      return render(request, reply, input, translateProblems(request.t, result.problems));
    },
  );
}
