import { Type } from 'typebox';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { questionsDataset } from '../dataset.ts';
import { questionsList } from '../lists.ts';
import { listQuestions } from '../queries.ts';
import { dueText } from './record.ts';

/** The start of a question, for the list: a whole word at the end, then an ellipsis. */
const excerpt = (text: string, max = 160) =>
  text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/u, '')}…`;

/** Page filters are read leniently (src/platform/lists): a value not allowed is ignored, never an error page. */
const PageQuery = pageQuerySchema(questionsList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/questions',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, questionsList, request.query, locale);
      const result = await listQuestions(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: questionsList.pageSize,
        locale,
      });
      const rows = result.items.map((q) => [
        html`<a href="/questions/${q.id}">${t('questions.record.title', { number: q.id })}</a>`,
        excerpt(q.question),
        html`<a href="${q.subjectHref}">${t.pick({ mn: q.subjectTitleMn, en: q.subjectTitleEn })}</a>`,
        html`<a href="/organizations/${q.organization}">${t.pick({ mn: q.organizationNameMn, en: q.organizationNameEn })}</a>`,
        t(`questions.status.${q.status}`),
        dueText(ctx, t, q.dueAt),
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: questionsList,
          query,
          path: '/questions',
          title: t('questions.title'),
          lead: t('questions.lead'),
          intro: html`<p><a href="/requests/league">${t('questions.leagueLink')}</a></p>`,
          count: t('questions.count', { count: result.total }),
          total: result.total,
          empty: { title: t('questions.empty'), hint: t('questions.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/questions' },
          table: {
            caption: t('questions.caption'),
            columns: [
              { key: 'number', label: t('questions.field.number') },
              { key: 'question', label: t('questions.field.question') },
              { key: 'subject', label: t('questions.field.subject') },
              { key: 'organization', label: t('questions.field.organization') },
              { key: 'status', label: t('questions.field.status') },
              { key: 'due', label: t('questions.field.due'), sortable: true },
            ],
            rows,
          },
        }),
      );
    },
  );

  // The list's downloads are the dataset's (src/platform/datasets): same filters, streamed, with ETags.
  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/questions.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, questionsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
