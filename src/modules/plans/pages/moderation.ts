import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { moderateComment } from '../commands/moderate-comment.ts';
import { pendingComments } from '../comments.ts';
import { IdParams } from './commitment.ts';

const access = { access: { action: 'plans.moderate' } } as const;

/** The moderator's queue of citizens' comments: publish or reject each. */
export function moderationPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/plans/moderation',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      const { t } = request;
      const pending = await pendingComments(ctx.db);
      const csrf = reply.csrfField();
      return reply.sendPage({
        title: t('plans.moderation.title'),
        breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: t('plans.moderation.title') }],
        main: html`<h1>${t('plans.moderation.title')}</h1>
${
  pending.length > 0
    ? html`<ol class="plans-reports">${pending.map(
        (
          c,
        ) => html`<li class="plans-report"><p class="meta"><a href="/plans/commitments/${c.commitmentId}">${c.commitmentNumber ?? t('plans.unnumbered')}</a> · ${t.dateTime(c.createdAt)}</p>
<p>${c.body}</p>
<div class="plans-actions">
<form method="post" action="/plans/comments/${c.id}/moderate">${csrf}<input type="hidden" name="decision" value="published"><button type="submit" class="button">${t('plans.moderation.publish')}<span class="visually-hidden"> ${c.id}</span></button></form>
<form method="post" action="/plans/comments/${c.id}/moderate">${csrf}<input type="hidden" name="decision" value="rejected"><button type="submit" class="button button-secondary">${t('plans.moderation.reject')}<span class="visually-hidden"> ${c.id}</span></button></form>
</div></li>`,
      )}</ol>`
    : emptyState(t('plans.moderation.empty'))
}`,
      });
    },
  );

  app.post(
    '/plans/comments/:id/moderate',
    {
      schema: {
        hide: true,
        params: IdParams,
        body: Type.Object({
          decision: Type.Optional(Type.String({ maxLength: 100 })),
          _csrf: Type.Optional(Type.String({ maxLength: 200 })),
        }),
      },
      config: access,
    },
    async (request, reply) => {
      const result = await moderateComment(
        ctx,
        request.actor,
        Number(request.params.id),
        request.body.decision ?? '',
        request.meta,
      );
      if (!result.ok)
        return reply.code(422).sendPage({
          title: request.t('plans.error.prefix'),
          main: html`<p>${request.t('plans.evaluate.error.choose')}</p>`,
        });
      return reply.redirect('/plans/moderation', 303);
    },
  );
}
