import { notFound } from '../../platform/http/errors.ts';
import { documentedRoute } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { questionsList } from './lists.ts';
import { findPublicQuestion, listQuestions, type PublicQuestion } from './queries.ts';
import { NumberParams, QuestionListSchema, QuestionSchema } from './schemas.ts';

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

/** The API's view of a published question: the redacted question and the answer, never who asked. */
export function presentQuestion(q: PublicQuestion, publicUrl: string) {
  return {
    number: q.id,
    subject: {
      kind: q.subjectKind,
      key: q.subjectKey,
      title: { mn: q.subjectTitleMn, en: q.subjectTitleEn },
      url: `${publicUrl}${q.subjectHref}`,
    },
    organization: { slug: q.organization, name: { mn: q.organizationNameMn, en: q.organizationNameEn } },
    question: q.question,
    status: q.status,
    publishedAt: new Date(q.publishedAt).toISOString(),
    dueAt: iso(q.dueAt),
    extension:
      q.extendedDays !== null && q.extensionReason !== null
        ? { days: q.extendedDays, reason: q.extensionReason }
        : null,
    answer: q.answer,
    answeredAt: iso(q.answeredAt),
    answeredOnTime:
      q.answeredAt && q.dueAt ? new Date(q.answeredAt).getTime() <= new Date(q.dueAt).getTime() : null,
    url: `${publicUrl}/questions/${q.id}`,
  };
}

export function questionsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/questions',
    {
      config: { access: 'public' },
      schema: documentedRoute('questions', 'List published public questions', QuestionListSchema, {
        description:
          'Questions citizens asked about public records, as a moderator published them (redacted), with the organisation that answers, its deadline and its answer. Filter by `organization`, `status` (`open`, `overdue`, `answered`) or text; newest first, paged by `page`. Never who asked.',
        querystring: listQuerySchema(questionsList, { paging: 'offset' }),
      }),
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(questionsList, request.query);
      const result = await listQuestions(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map((q) => presentQuestion(q, publicUrl)),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/questions/:id',
    {
      config: { access: 'public' },
      schema: documentedRoute('questions', 'One published public question', QuestionSchema, {
        params: NumberParams,
      }),
    },
    async (request) => {
      const found = await findPublicQuestion(ctx.db, Number(request.params.id));
      if (!found) throw notFound(`no published question ${request.params.id}`);
      return presentQuestion(found, publicUrl);
    },
  );
}
