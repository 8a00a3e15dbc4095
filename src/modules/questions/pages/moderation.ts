import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, radios, table, textarea } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { moderateQuestion } from '../commands/moderate.ts';
import { moderationQueue, questionsAskedBy } from '../queries.ts';
import { ModerateBody, NumberParams } from '../schemas.ts';
import { questionSummary, visibleQuestion } from './record.ts';

const access = { action: 'questions.moderate' } as const;
const noStore = { 'cache-control': 'private, no-store' };

/** The questions the signed-in person asked, in every state: where they find a rejection's reason. */
function minePage(app: App, ctx: ModuleContext): void {
  app.get(
    '/questions/mine',
    { schema: { hide: true }, config: { access: { action: 'questions.ask' } } },
    async (request, reply) => {
      const { t } = request;
      const mine = request.actor.userId === null ? [] : await questionsAskedBy(ctx.db, request.actor.userId);
      reply.header('cache-control', 'private, no-store');
      return reply.sendPage({
        title: t('questions.mine.title'),
        breadcrumbs: [
          { href: '/questions', label: t('questions.title') },
          { label: t('questions.mine.title') },
        ],
        main: html`<h1>${t('questions.mine.title')}</h1>
${
  mine.length === 0
    ? emptyState(t('questions.mine.empty'), t('questions.mine.emptyHint'))
    : table(request.page, {
        caption: t('questions.mine.caption'),
        columns: [
          { key: 'number', label: t('questions.field.number') },
          { key: 'subject', label: t('questions.field.subject') },
          { key: 'status', label: t('questions.field.status') },
          { key: 'asked', label: t('questions.field.asked') },
        ],
        rows: mine.map((q) => [
          html`<a href="/questions/${q.id}">${t('questions.record.title', { number: q.id })}</a>`,
          html`<a href="${q.subjectHref}">${t.pick({ mn: q.subjectTitleMn, en: q.subjectTitleEn })}</a>`,
          t(`questions.state.${q.status}`),
          t.date(q.askedAt),
        ]),
      })
}`,
      });
    },
  );
}

/**
 * The asker's own questions; the moderators' queue, and the form that publishes (the redaction
 * edited) or rejects with a reason.
 */
export function moderationPages(app: App, ctx: ModuleContext): void {
  minePage(app, ctx);
  app.get('/questions/moderation', { schema: { hide: true }, config: { access } }, async (request, reply) => {
    const { t } = request;
    const queue = await moderationQueue(ctx.db);
    reply.header('cache-control', 'private, no-store');
    return reply.sendPage({
      title: t('questions.moderation.title'),
      breadcrumbs: [
        { href: '/questions', label: t('questions.title') },
        { label: t('questions.moderation.title') },
      ],
      main: html`<h1>${t('questions.moderation.title')}</h1>
${
  queue.length === 0
    ? emptyState(t('questions.moderation.empty'))
    : table(request.page, {
        caption: t('questions.moderation.caption'),
        columns: [
          { key: 'number', label: t('questions.field.number') },
          { key: 'subject', label: t('questions.field.subject') },
          { key: 'organization', label: t('questions.field.organization') },
          { key: 'asked', label: t('questions.field.asked') },
        ],
        rows: queue.map((q) => [
          html`<a href="/questions/${q.id}/moderate">${t('questions.record.title', { number: q.id })}</a>`,
          t.pick({ mn: q.subjectTitleMn, en: q.subjectTitleEn }),
          t.pick({ mn: q.organizationNameMn, en: q.organizationNameEn }),
          t.dateTime(q.askedAt),
        ]),
      })
}`,
    });
  });

  formRoute(app, {
    path: '/questions/:id/moderate',
    access,
    params: NumberParams,
    body: ModerateBody,
    headers: noStore,
    values: async (request) => {
      const q = await visibleQuestion(ctx, request, request.params.id);
      return { publicText: q.publicText, decision: '', reason: '' };
    },
    command: (input, request) =>
      moderateQuestion(ctx, request.actor, Number(request.params.id), input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const q = await visibleQuestion(ctx, request, request.params.id);
      const title = t('questions.moderate.title', { number: q.id });
      return {
        title,
        breadcrumbs: [
          { href: '/questions/moderation', label: t('questions.moderation.title') },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
${questionSummary(ctx, t, q)}
<h2>${t('questions.moderate.asWritten')}</h2>
<blockquote class="question-text"><p>${q.text}</p></blockquote>
${
  q.status === 'submitted'
    ? html`<form method="post" action="${form.action}" novalidate>${form.csrf}
${textarea(request, {
  id: 'publicText',
  label: t('questions.moderate.publicText'),
  hint: t('questions.moderate.publicTextHint'),
  value: form.value('publicText'),
  error: form.error('publicText'),
  rows: 8,
})}
${radios(request, {
  id: 'decision',
  label: t('questions.moderate.decision'),
  selected: form.value('decision'),
  error: form.error('decision'),
  options: [
    { value: 'publish', label: t('questions.moderate.publish'), hint: t('questions.moderate.publishHint') },
    { value: 'reject', label: t('questions.moderate.reject'), hint: t('questions.moderate.rejectHint') },
  ],
})}
${textarea(request, {
  id: 'reason',
  label: t('questions.moderate.reason'),
  hint: t('questions.moderate.reasonHint'),
  value: form.value('reason'),
  error: form.error('reason'),
  rows: 3,
})}
<button type="submit" class="button">${t('questions.moderate.submit')}</button>
</form>`
    : html`<p>${t('questions.moderate.already')}</p>`
}`,
      };
    },
    redirect: (q) => `/questions/${q.id}?done=moderated`,
  });
}
