import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/permissions.ts';
import { lastDayOf } from '../../../platform/deadlines/periods.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { notice, summaryList } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { findQuestion, type Question } from '../queries.ts';
import { NumberParams } from '../schemas.ts';

/**
 * A question in any state for whoever may see it: published or answered, anyone; submitted or
 * rejected, only its asker and the moderators (anyone else: 404, as if it did not exist).
 */
export async function visibleQuestion(
  ctx: ModuleContext,
  request: FastifyRequest,
  id: string,
): Promise<Question> {
  const found = await findQuestion(ctx.db, Number(id));
  if (!found) throw notFound(`no question ${id}`);
  const isPublic = found.status === 'published' || found.status === 'answered';
  const asker = request.actor.userId !== null && request.actor.userId === found.askedBy;
  if (!isPublic && !asker && !can(request.actor, 'questions.moderate')) throw notFound(`no question ${id}`);
  return found;
}

/** The last day to answer, in the country's time zone. */
export const dueText = (ctx: ModuleContext, t: Translator, dueAt: Date | null) =>
  dueAt ? t.date(lastDayOf(new Date(dueAt), ctx.country.timeZone)) : '—';

/** What every view of a question shows: the record, the organisation, the deadline and its rule. */
export function questionSummary(ctx: ModuleContext, t: Translator, q: Question): Html {
  const { answerDays, count, source, confirmed } = ctx.country.questions;
  return summaryList([
    {
      key: t('questions.field.subject'),
      value: html`<a href="${q.subjectHref}">${t.pick({ mn: q.subjectTitleMn, en: q.subjectTitleEn })}</a>`,
    },
    {
      key: t('questions.field.organization'),
      value: html`<a href="/organizations/${q.organization}">${t.pick({ mn: q.organizationNameMn, en: q.organizationNameEn })}</a>`,
    },
    { key: t('questions.field.status'), value: t(`questions.state.${q.status}`) },
    ...(q.publishedAt ? [{ key: t('questions.field.published'), value: t.date(q.publishedAt) }] : []),
    ...(q.dueAt
      ? [
          {
            key: t('questions.field.due'),
            value: html`${dueText(ctx, t, q.dueAt)}<span class="hint">${t('questions.rule', { days: answerDays, count })} ${t.pick(source)}${confirmed ? '' : html` — ${t('questions.ruleUnconfirmed')}`}</span>`,
          },
        ]
      : []),
    ...(q.extendedDays !== null && q.extensionReason
      ? [
          {
            key: t('questions.field.extension'),
            value: t('questions.extension', { days: q.extendedDays, reason: q.extensionReason }),
          },
        ]
      : []),
    ...(q.answeredAt ? [{ key: t('questions.field.answered'), value: t.date(q.answeredAt) }] : []),
  ]);
}

export function recordPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/questions/:id',
    { schema: { hide: true, params: NumberParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const q = await visibleQuestion(ctx, request, request.params.id);
      const isPublic = q.status === 'published' || q.status === 'answered';
      const asker = request.actor.userId === q.askedBy;
      const title = t('questions.record.title', { number: q.id });
      const done = (request.query as { done?: string }).done;
      const confirmation =
        done === 'asked' || done === 'answered' || done === 'extended' || done === 'moderated'
          ? html`<div class="notice" role="status"><p>${t(`questions.done.${done}`)}</p></div>`
          : '';
      if (!isPublic) reply.header('cache-control', 'private, no-store');
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/questions', label: t('questions.title') }, { label: title }],
        ...(isPublic
          ? { alternates: [{ href: `/api/v1/questions/${q.id}`, type: 'application/json' }] }
          : {}),
        main: html`${confirmation}<h1>${title}</h1>
${questionSummary(ctx, t, q)}
${
  q.status === 'rejected' && asker
    ? html`<h2>${t('questions.rejected.title')}</h2>${notice(request, { tone: 'warning', body: q.rejectionReason ?? '' })}`
    : ''
}
${q.status === 'submitted' && asker ? notice(request, { tone: 'inset', body: t('questions.awaitingModeration') }) : ''}
<h2>${t('questions.field.question')}</h2>
<blockquote class="question-text"><p>${isPublic || !asker ? q.publicText : q.text}</p></blockquote>
${!isPublic && asker ? html`<p class="hint">${t('questions.privateUntilPublished')} <a href="/questions/mine">${t('questions.mine.link')}</a></p>` : ''}
<h2>${t('questions.field.answer')}</h2>
${q.answer ? html`<div class="answer-text"><p>${q.answer}</p></div>` : html`<p>${t(isPublic ? 'questions.noAnswerYet' : 'questions.notRouted')}</p>`}
${
  q.status === 'published' && can(request.actor, 'questions.answer', { organizationId: q.organizationId })
    ? html`<p><a class="button" href="/questions/${q.id}/answer">${t('questions.answer.link')}</a></p>`
    : ''
}
${
  q.status === 'submitted' && can(request.actor, 'questions.moderate')
    ? html`<p><a class="button" href="/questions/${q.id}/moderate">${t('questions.moderate.link')}</a></p>`
    : ''
}`,
      });
    },
  );
}
