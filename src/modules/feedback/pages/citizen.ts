import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../../platform/auth/actor.ts';
import { type RequestMeta, type Result, translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { findFile, sendStoredFile } from '../../../platform/files/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  summaryList,
  table,
  textarea,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { caseAttachments, caseEvents, type FeedbackCase } from '../cases.ts';
import {
  canReopen,
  caseForSubmitter,
  provideInformation,
  rateAnswer,
  reopenCase,
  type SubmitterKey,
} from '../citizen.ts';
import { deadlineClock, dueDate, paragraphs, statusTag, timeline } from '../views.ts';

type Errors = { field: string; message: string }[];
const Form = Type.Object({ _csrf: CsrfField }, { additionalProperties: Type.String({ maxLength: 20000 }) });

/** The facts of a case as its submitter and its staff both see them. */
export function caseSummary(request: FastifyRequest, c: FeedbackCase, now: Date, timeZone: string): Html {
  const { t } = request;
  return summaryList([
    { key: t('feedback.col.number'), value: html`<strong>${c.number}</strong>` },
    {
      key: t('feedback.col.status'),
      value: html`${statusTag(t, c.status)} ${deadlineClock(t, c, now, timeZone)}`,
    },
    { key: t('feedback.field.kind'), value: t(`feedback.kind.${c.kind}`) },
    { key: t('feedback.field.category'), value: t.pick({ mn: c.categoryMn, en: c.categoryEn }) },
    { key: t('feedback.col.organization'), value: t.pick({ mn: c.organizationMn, en: c.organizationEn }) },
    {
      key: t('feedback.field.aimag'),
      value: c.aimagCode ? t.pick({ mn: c.aimagMn, en: c.aimagEn }) : t('feedback.form.national'),
    },
    { key: t('feedback.col.submitted'), value: t.dateTime(c.submittedAt) },
    {
      key: t('feedback.col.due'),
      value: html`${dueDate(t, c.deadlineAt)}${c.extendedAt ? html` <span class="meta">(${t('feedback.extendedBecause', { days: c.extensionDays ?? 0 })}: ${c.extensionReason})</span>` : ''}`,
    },
  ]);
}

/** The submitter's page of a case: where it stands, what happened, the answer, and what they can do next. */
async function renderCase(
  ctx: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  c: FeedbackCase,
  base: string,
  options: { fresh?: boolean; errors?: Errors; values?: Record<string, string> } = {},
) {
  const { t } = request;
  const now = new Date();
  const errors = options.errors ?? [];
  const values = options.values ?? {};
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const [events, files] = await Promise.all([caseEvents(ctx.db, c.id, true), caseAttachments(ctx.db, c.id)]);
  const question = [...events].reverse().find((e) => e.kind === 'information-requested');
  const link = `${ctx.config.publicUrl}${base}`;
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  const title = t('feedback.case.title', { number: c.number });
  return reply.code(errors.length > 0 ? 422 : 200).sendPage({
    title,
    breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: c.number }],
    main: html`<div class="${request.query && (request.query as Record<string, string>).kiosk === '1' ? 'feedback-kiosk' : ''}">
${
  options.fresh
    ? html`<div class="notice" role="status"><p>${t('feedback.case.registered', { number: c.number, date: dueDate(t, c.deadlineAt) })}</p></div>
${base.startsWith('/feedback/follow/') ? html`<p>${t('feedback.case.keepLink')}</p><p class="secret"><code>${link}</code></p>` : ''}`
    : ''
}
${errorSummary(request.page, errors)}
<h1>${title}</h1>
<p class="lead">${c.subject}</p>
${caseSummary(request, c, now, ctx.country.timeZone)}
<h2>${t('feedback.case.yourText')}</h2>
${paragraphs(c.body)}
${files.length > 0 ? html`<h2>${t('feedback.field.attachments')}</h2><ul class="link-list">${files.map((f) => html`<li><a href="${base}/files/${f.id}">${f.filename}</a> <span class="meta">${f.mediaType}</span></li>`)}</ul>` : ''}
${c.answer ? html`<h2>${t('feedback.case.answer')}</h2><div class="feedback-answer">${paragraphs(c.answer)}<p class="meta">${t.dateTime(c.answeredAt!)}</p></div>` : ''}
${
  c.status === 'awaiting-information'
    ? html`<h2>${t('feedback.case.question')}</h2>${paragraphs(question?.text ?? '')}
<form method="post" action="${base}/information" novalidate>${reply.csrfField()}
${textarea({ t }, { id: 'information', label: t('feedback.field.information'), value: values.information, error: err('information'), rows: 6 })}
<button type="submit" class="button">${t('feedback.case.sendInformation')}</button></form>`
    : ''
}
${
  (c.status === 'answered' || c.status === 'closed') && !c.ratedAt
    ? html`<h2>${t('feedback.case.rate')}</h2>
<form method="post" action="${base}/rate" novalidate>${reply.csrfField()}
<fieldset class="field feedback-rating${err('rating') ? ' field-error' : ''}"${err('rating') ? html` aria-describedby="rating-error"` : ''}><legend>${t('feedback.field.rating')}</legend>
${err('rating') ? html`<p class="error-message" id="rating-error">${err('rating')}</p>` : ''}
<span id="rating"></span>
${[5, 4, 3, 2, 1].map((n) => html`<div><input type="radio" name="rating" id="rating-${n}" value="${n}"${values.rating === String(n) ? html` checked` : ''}><label for="rating-${n}">${t(`feedback.rating.${n}`)}</label></div>`)}
</fieldset>
${textarea({ t }, { id: 'comment', label: t('feedback.field.comment'), value: values.comment, error: err('comment'), rows: 3 })}
<button type="submit" class="button">${t('feedback.case.sendRating')}</button></form>`
    : c.ratedAt
      ? html`<p>${t('feedback.case.rated', { rating: c.rating ?? 0 })}</p>`
      : ''
}
${
  canReopen(ctx.country, c, now)
    ? html`<h2>${t('feedback.case.reopen')}</h2><p>${t('feedback.case.reopenHint')}</p>
<form method="post" action="${base}/reopen" novalidate>${reply.csrfField()}
${textarea({ t }, { id: 'reason', label: t('feedback.field.reopenReason'), value: values.reason, error: err('reason'), rows: 3 })}
<button type="submit" class="button button-secondary">${t('feedback.case.sendReopen')}</button></form>`
    : ''
}
<h2>${t('feedback.case.timeline')}</h2>
${timeline(t, events, false)}
</div>`,
  });
}

type Act = (
  ctx: ModuleContext,
  actor: Actor,
  key: SubmitterKey,
  input: Record<string, string>,
  meta: RequestMeta,
) => Promise<Result<FeedbackCase>>;
const acts: Record<string, Act> = {
  information: provideInformation,
  rate: rateAnswer,
  reopen: reopenCase,
};

export function citizenPages(app: App, ctx: ModuleContext): void {
  const routes = [
    {
      prefix: '/feedback/follow/:token',
      key: (p: Record<string, string>, _actor: Actor): SubmitterKey => ({ token: p.token ?? '' }),
      base: (p: Record<string, string>) => `/feedback/follow/${p.token}`,
    },
    {
      prefix: '/feedback/mine/:number',
      key: (p: Record<string, string>, actor: Actor): SubmitterKey => ({ number: p.number ?? '', actor }),
      base: (p: Record<string, string>) => `/feedback/mine/${p.number}`,
    },
  ];
  for (const route of routes) {
    const access = route.prefix.startsWith('/feedback/mine')
      ? ({ action: 'feedback.follow' } as const)
      : ('public' as const);
    app.get(route.prefix, { schema: { hide: true }, config: { access } }, async (request, reply) => {
      const params = request.params as Record<string, string>;
      const found = await caseForSubmitter(ctx, route.key(params, request.actor));
      if (!found) throw notFound();
      const fresh = (request.query as Record<string, string>).new === '1';
      return renderCase(ctx, request, reply, found, route.base(params), { fresh });
    });
    app.get(
      `${route.prefix}/files/:file`,
      { schema: { hide: true }, config: { access } },
      async (request, reply) => {
        const params = request.params as Record<string, string>;
        const found = await caseForSubmitter(ctx, route.key(params, request.actor));
        if (!found || !/^[0-9a-f-]{36}$/.test(params.file ?? '')) throw notFound();
        const [attached] = await ctx.db.query(
          sql`select 1 from feedback_attachments where case_id = ${found.id} and file_id = ${params.file}::uuid`,
        );
        const file = attached ? await findFile(ctx.db, params.file!) : undefined;
        if (!file) throw notFound();
        reply.header('cache-control', 'private, no-store');
        return sendStoredFile(reply, ctx.config, file);
      },
    );
    for (const [name, act] of Object.entries(acts)) {
      app.post(
        `${route.prefix}/${name}`,
        { schema: { hide: true, body: Form }, config: { access } },
        async (request, reply) => {
          const params = request.params as Record<string, string>;
          const key = route.key(params, request.actor);
          const { _csrf, ...input } = request.body as Record<string, string>;
          const result = await act(ctx, request.actor, key, input, request.meta);
          const base = route.base(params);
          if (result.ok) return reply.redirect(`${base}?done=${name}`, 303);
          const found = await caseForSubmitter(ctx, key);
          if (!found) throw notFound();
          const errors = translateProblems(request.t, result.problems);
          return renderCase(ctx, request, reply, found, base, { errors, values: input });
        },
      );
    }
  }

  app.get(
    '/feedback/mine',
    { schema: { hide: true }, config: { access: { action: 'feedback.follow' } } },
    async (request, reply) => {
      const { t } = request;
      const rows = await ctx.db.query<{
        number: string;
        subject: string;
        status: string;
        submittedAt: Date;
        deadlineAt: Date;
      }>(sql`
        select number, subject, status, submitted_at as "submittedAt", deadline_at as "deadlineAt" from feedback_cases
        where submitter_user_id = ${request.actor.userId} order by submitted_at desc limit 500`);
      return reply.sendPage({
        title: t('feedback.mine.title'),
        breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: t('feedback.mine.title') }],
        main: html`<h1>${t('feedback.mine.title')}</h1>
<p><a class="button" href="/feedback/new">${t('feedback.home.file')}</a></p>
${
  rows.length === 0
    ? emptyState(t('feedback.mine.empty'))
    : table(request.page, {
        caption: t('feedback.mine.caption'),
        columns: [
          { key: 'number', label: t('feedback.col.number') },
          { key: 'subject', label: t('feedback.field.subject') },
          { key: 'status', label: t('feedback.col.status') },
          { key: 'submitted', label: t('feedback.col.submitted') },
          { key: 'due', label: t('feedback.col.due') },
        ],
        rows: rows.map((r) => [
          html`<a href="/feedback/mine/${r.number}">${r.number}</a>`,
          r.subject,
          statusTag(t, r.status),
          t.date(r.submittedAt),
          dueDate(t, r.deadlineAt),
        ]),
      })
}`,
      });
    },
  );
}
