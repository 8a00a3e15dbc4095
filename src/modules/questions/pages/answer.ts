import type { FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/auth/permissions.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { answerQuestion, extendQuestion } from '../commands/answer.ts';
import { AnswerBody, ExtendBody, NumberParams } from '../schemas.ts';
import { questionSummary, visibleQuestion } from './record.ts';

const access = { action: 'questions.answer' } as const;
const noStore = { 'cache-control': 'private, no-store' };

/**
 * The organisation's page for one question: the answer form and, while the deadline has not been
 * extended, the extension form (days and the reason, shown publicly). Two forms on one page, each
 * rendering the page again with its own problems.
 */
export function answerPages(app: App, ctx: ModuleContext): void {
  const page = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    which: 'answer' | 'extend',
    form: FormState,
  ) => {
    const { t } = request;
    const q = await visibleQuestion(ctx, request, request.params.id);
    authorize(request.actor, 'questions.answer', { organizationId: q.organizationId });
    const title = t('questions.answer.title', { number: q.id });
    const answerForm = which === 'answer' ? form : { ...form, value: () => '', error: () => undefined };
    const extendForm = which === 'extend' ? form : { ...form, value: () => '', error: () => undefined };
    const open = q.status === 'published';
    return {
      title,
      breadcrumbs: [
        { href: `/questions/${q.id}`, label: t('questions.record.title', { number: q.id }) },
        { label: t('questions.answer.link') },
      ],
      main: html`<h1>${title}</h1>
${questionSummary(ctx, t, q)}
<h2>${t('questions.field.question')}</h2>
<blockquote class="question-text"><p>${q.publicText}</p></blockquote>
${
  open
    ? html`<form method="post" action="/questions/${q.id}/answer" novalidate>${form.csrf}
${textarea(request, {
  id: 'answer',
  label: t('questions.field.answer'),
  hint: t('questions.answer.hint'),
  value: answerForm.value('answer'),
  error: answerForm.error('answer'),
  rows: 10,
})}
<button type="submit" class="button">${t('questions.answer.submit')}</button>
</form>
${
  q.extendedDays === null
    ? html`<h2>${t('questions.extend.title')}</h2>
<form method="post" action="/questions/${q.id}/extend" novalidate>${form.csrf}
${textField('days', t('questions.extend.days'), extendForm.value('days'), {
  hint: t('questions.extend.daysHint', { max: ctx.country.questions.maxExtensionDays }),
  error: extendForm.error('days'),
  inputmode: 'numeric',
})}
${textarea(request, {
  id: 'reason',
  label: t('questions.extend.reason'),
  hint: t('questions.extend.reasonHint'),
  value: extendForm.value('reason'),
  error: extendForm.error('reason'),
  rows: 3,
})}
<button type="submit" class="button button-secondary">${t('questions.extend.submit')}</button>
</form>`
    : ''
}`
    : html`<p>${t('questions.answer.closed')}</p>`
}`,
    };
  };

  formRoute(app, {
    path: '/questions/:id/answer',
    access,
    params: NumberParams,
    body: AnswerBody,
    headers: noStore,
    command: (input, request) =>
      answerQuestion(ctx, request.actor, Number(request.params.id), input, request.meta),
    render: (form, request) => page(request, 'answer', form),
    redirect: (q) => `/questions/${q.id}?done=answered`,
  });

  formRoute(app, {
    path: '/questions/:id/extend',
    access,
    params: NumberParams,
    body: ExtendBody,
    headers: noStore,
    get: false,
    command: (input, request) =>
      extendQuestion(ctx, request.actor, Number(request.params.id), input, request.meta),
    render: (form, request) => page(request, 'extend', form),
    redirect: (q) => `/questions/${q.id}?done=extended`,
  });
}
