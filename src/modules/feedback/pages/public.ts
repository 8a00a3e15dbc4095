import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { pageOffset, readPageNumber } from '../../../platform/lists/paging.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  pagination,
  summaryList,
  table,
  textarea,
} from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findCaseByNumber } from '../cases.ts';
import { isTrackingNumber } from '../numbers.ts';
import { moderationQueue, proposedPublication, publishCase } from '../publish.ts';
import { paragraphs } from '../views.ts';

interface PublishedRow {
  number: string;
  categoryMn: string;
  categoryEn: string;
  organizationMn: string;
  organizationEn: string;
  text: string;
  answer: string | null;
  publishedAt: Date;
  status: string;
}

const PUBLISHED = sql`select c.number, cat.name_mn as "categoryMn", cat.name_en as "categoryEn",
  o.name_mn as "organizationMn", o.name_en as "organizationEn", c.published_text as text,
  c.published_answer as answer, c.published_at as "publishedAt", c.status
  from feedback_cases c join feedback_categories cat on cat.code = c.category_code
  join organizations o on o.id = c.organization_id where c.published_at is not null`;

/** The landing page, the published cases (moderated, redacted), and the moderators' review. */
export function publicPages(app: App, ctx: ModuleContext): void {
  app.get('/feedback', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    return reply.sendPage({
      title: t('feedback.title'),
      description: t('feedback.home.lead'),
      breadcrumbs: [{ label: t('feedback.title') }],
      main: html`<h1>${t('feedback.title')}</h1>
<p class="lead">${t('feedback.home.lead')}</p>
<p><a class="button" href="/feedback/new">${t('feedback.home.file')}</a></p>
<p>${t('feedback.home.phone')}</p>
<div class="cards">
<a class="card" href="/feedback/reports"><h3>${t('feedback.reports.title')}</h3><p>${t('feedback.home.reports')}</p></a>
<a class="card" href="/feedback/published"><h3>${t('feedback.published.title')}</h3><p>${t('feedback.home.published')}</p></a>
<a class="card" href="/feedback/mine"><h3>${t('feedback.mine.title')}</h3><p>${t('feedback.home.mine')}</p></a>
<a class="card" href="/kiosk/feedback"><h3>${t('feedback.form.title.kiosk')}</h3><p>${t('feedback.home.kiosk')}</p></a>
</div>
<h2>${t('feedback.home.howTitle')}</h2>
<ol class="steps"><li>${t('feedback.home.how1')}</li><li>${t('feedback.home.how2')}</li><li>${t('feedback.home.how3')}</li></ol>
<p class="meta">${t('feedback.home.staff')} <a href="/feedback/console">${t('feedback.console.title')}</a> · <a href="/feedback/operator">${t('feedback.form.title.operator')}</a> · <a href="/feedback/moderation">${t('feedback.moderation.title')}</a> · <a href="/open311/v2/services.json">Open311</a></p>`,
    });
  });

  app.get(
    '/feedback/published',
    {
      schema: { hide: true, querystring: Type.Record(Type.String(), Type.String({ maxLength: 2000 })) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      const page = readPageNumber((request.query as Record<string, string>).page);
      const [rows, [count]] = await Promise.all([
        ctx.db.query<PublishedRow>(
          sql`${PUBLISHED} order by c.published_at desc, c.id desc limit 25 offset ${pageOffset(page, 25)}`,
        ),
        ctx.db.query<{ total: number }>(
          sql`select count(*)::int as total from feedback_cases where published_at is not null`,
        ),
      ]);
      return reply.sendPage({
        title: t('feedback.published.title'),
        breadcrumbs: [
          { href: '/feedback', label: t('feedback.title') },
          { label: t('feedback.published.title') },
        ],
        main: html`<h1>${t('feedback.published.title')}</h1><p class="lead">${t('feedback.published.lead')}</p>
${
  rows.length === 0
    ? emptyState(t('feedback.published.empty'))
    : html`${table(request.page, {
        caption: t('feedback.published.title'),
        columns: [
          { key: 'number', label: t('feedback.col.number') },
          { key: 'category', label: t('feedback.field.category') },
          { key: 'organization', label: t('feedback.col.organization') },
          { key: 'text', label: t('feedback.case.text') },
        ],
        rows: rows.map((r) => [
          html`<a href="/feedback/published/${r.number}">${r.number}</a>`,
          t.pick({ mn: r.categoryMn, en: r.categoryEn }),
          t.pick({ mn: r.organizationMn, en: r.organizationEn }),
          r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text,
        ]),
      })}${pagination(request.page, { page, pageSize: 25, total: count?.total ?? 0 })}`
}`,
      });
    },
  );

  app.get(
    '/feedback/published/:number',
    {
      schema: { hide: true, params: Type.Object({ number: Type.String({ maxLength: 20 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      if (!isTrackingNumber(request.params.number)) throw notFound();
      const [row] = await ctx.db.query<PublishedRow>(
        sql`${PUBLISHED} and c.number = ${request.params.number}`,
      );
      if (!row) throw notFound();
      const title = t('feedback.case.title', { number: row.number });
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/feedback/published', label: t('feedback.published.title') },
          { label: row.number },
        ],
        main: html`<h1>${title}</h1>
${summaryList([
  { key: t('feedback.field.category'), value: t.pick({ mn: row.categoryMn, en: row.categoryEn }) },
  { key: t('feedback.col.organization'), value: t.pick({ mn: row.organizationMn, en: row.organizationEn }) },
  { key: t('feedback.col.status'), value: t(`feedback.status.${row.status}`) },
])}
<p class="hint">${t('feedback.published.redacted')}</p>
<h2>${t('feedback.case.text')}</h2>${paragraphs(row.text)}
${row.answer ? html`<h2>${t('feedback.case.answer')}</h2>${paragraphs(row.answer)}` : ''}`,
      });
    },
  );

  const moderate = { access: { action: 'feedback.moderate' } } as const;
  app.get('/feedback/moderation', { schema: { hide: true }, config: moderate }, async (request, reply) => {
    const { t } = request;
    const queue = await moderationQueue(ctx.db);
    reply.header('cache-control', 'private, no-store');
    return reply.sendPage({
      title: t('feedback.moderation.title'),
      breadcrumbs: [
        { href: '/feedback', label: t('feedback.title') },
        { label: t('feedback.moderation.title') },
      ],
      main: html`<h1>${t('feedback.moderation.title')}</h1><p class="lead">${t('feedback.moderation.lead')}</p>
${
  queue.length === 0
    ? emptyState(t('feedback.moderation.empty'))
    : html`<ul class="link-list">${queue.map((c) => html`<li><a href="/feedback/moderation/${c.number}">${c.number}</a> ${t.pick({ mn: c.categoryMn, en: c.categoryEn })}</li>`)}</ul>`
}`,
    });
  });

  const renderReview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    number: string,
    values?: { text: string; answer: string },
    errors: { field: string; message: string }[] = [],
  ) => {
    const { t } = request;
    const c = await findCaseByNumber(ctx.db, number);
    if (!c?.publishConsent) throw notFound();
    const proposal = await proposedPublication(ctx.db, c);
    const err = (f: string) => errors.find((e) => e.field === f)?.message;
    reply.header('cache-control', 'private, no-store');
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: t('feedback.moderation.review', { number }),
      breadcrumbs: [
        { href: '/feedback/moderation', label: t('feedback.moderation.title') },
        { label: number },
      ],
      main: html`<div class="narrow">${errorSummary(request.page, errors)}<h1>${t('feedback.moderation.review', { number })}</h1>
<p>${t('feedback.moderation.found', { count: proposal.found.registerNumbers + proposal.found.emails + proposal.found.phones + proposal.found.names })}</p>
<form method="post" action="/feedback/moderation/${number}" novalidate>${reply.csrfField()}
${textarea({ t }, { id: 'text', label: t('feedback.moderation.text'), value: values?.text ?? proposal.text, error: err('text'), rows: 10 })}
${textarea({ t }, { id: 'answer', label: t('feedback.moderation.answer'), value: values?.answer ?? proposal.answer, error: err('answer'), rows: 8 })}
<button type="submit" class="button">${t('feedback.moderation.publish')}</button></form></div>`,
    });
  };
  const Params = Type.Object({ number: Type.String({ maxLength: 20 }) });
  app.get(
    '/feedback/moderation/:number',
    { schema: { hide: true, params: Params }, config: moderate },
    (request, reply) => renderReview(request, reply, request.params.number),
  );
  app.post(
    '/feedback/moderation/:number',
    {
      schema: {
        hide: true,
        params: Params,
        body: Type.Object({ _csrf: CsrfField }, { additionalProperties: Type.String({ maxLength: 20000 }) }),
      },
      config: moderate,
    },
    async (request, reply) => {
      const body = request.body as Record<string, string>;
      const result = await publishCase(ctx, request.actor, request.params.number, body, request.meta);
      if (result.ok) return reply.redirect(`/feedback/published/${request.params.number}`, 303);
      const errors = translateProblems(request.t, result.problems);
      return renderReview(
        request,
        reply,
        request.params.number,
        { text: body.text ?? '', answer: body.answer ?? '' },
        errors,
      );
    },
  );
}
