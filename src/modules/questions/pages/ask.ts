import type { Static } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { notice, textarea } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { askQuestion, TEXT_MAX } from '../commands/ask.ts';
import { AskBody, AskQuery } from '../schemas.ts';

/**
 * `/questions/ask?subject=<kind>&key=<key>`: the form a record's "Ask a question" link opens, for a
 * signed-in person. The record is found by the module that declares its kind; an unknown one is a
 * problem of the form, not an error page.
 */
export function askPage(app: App, ctx: ModuleContext): void {
  const subjects = app.shilen.modules.flatMap((m) => m.questionSubjects ?? []);
  formRoute(app, {
    path: '/questions/ask',
    access: { action: 'questions.ask' },
    query: AskQuery,
    body: AskBody,
    values: async (request) => {
      const { subject, key } = request.query as Static<typeof AskQuery>;
      return { subject: subject ?? '', key: key ?? '' };
    },
    command: (input, request) => askQuestion(ctx, subjects, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const kind = subjects.find((s) => s.kind === form.value('subject'));
      const record = kind ? await kind.resolve(ctx, form.value('key')) : null;
      return {
        title: t('questions.ask.title'),
        breadcrumbs: [
          { href: '/questions', label: t('questions.title') },
          { label: t('questions.ask.title') },
        ],
        main: html`<h1>${t('questions.ask.title')}</h1>
<div id="subject">${
          record && kind
            ? html`<p>${t('questions.ask.about', { kind: t.pick(kind.label) })} <a href="${record.href}">${t.pick(record.title)}</a></p>`
            : notice(request, {
                tone: 'warning',
                body: form.error('subject') ?? t('questions.error.subject'),
              })
        }</div>
${notice(request, { tone: 'inset', body: t('questions.ask.howItWorks') })}
<form method="post" action="${form.action}" novalidate>${form.csrf}
<input type="hidden" name="subject" value="${form.value('subject')}">
<input type="hidden" name="key" value="${form.value('key')}">
${textarea(request, {
  id: 'text',
  label: t('questions.field.question'),
  hint: t('questions.ask.textHint', { max: TEXT_MAX }),
  value: form.value('text'),
  error: form.error('text'),
  rows: 8,
})}
<button type="submit" class="button">${t('questions.ask.submit')}</button>
</form>`,
      };
    },
    redirect: (asked) => `/questions/${asked.id}?done=asked`,
  });
}
