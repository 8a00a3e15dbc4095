import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../../platform/auth/actor.ts';
import { sendStoredFile } from '../../../platform/files/index.ts';
import { type FormState, type FormView, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList, textarea } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { attachedFile, caseAttachments, caseEvents, type FeedbackCase } from '../cases.ts';
import {
  canReopen,
  caseForSubmitter,
  provideInformation,
  rateAnswer,
  reopenCase,
  type SubmitterKey,
} from '../citizen.ts';
import { mineList, mineRows } from '../lists.ts';
import { attachmentList, deadlineClock, dueDate, paragraphs, statusTag, timeline } from '../views.ts';
import { caseListRoute } from './case-list.ts';

type CaseForm = Pick<FormState, 'csrf' | 'values' | 'error'>;
const Text = Type.Optional(Type.String({ maxLength: 20000 }));

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
async function caseView(
  ctx: ModuleContext,
  request: FastifyRequest,
  c: FeedbackCase,
  base: string,
  form: CaseForm,
  fresh = false,
): Promise<FormView> {
  const { t } = request;
  const now = new Date();
  const values = form.values as Record<string, string | undefined>;
  const err = form.error;
  const [events, files] = await Promise.all([caseEvents(ctx.db, c.id, true), caseAttachments(ctx.db, c.id)]);
  const question = [...events].reverse().find((e) => e.kind === 'information-requested');
  const link = `${ctx.config.publicUrl}${base}`;
  const text = (id: string, label: string, rows: number) =>
    textarea({ t }, { id, label: t(label), value: values[id], error: err(id), rows });
  const step = (name: string, fields: Html, button: string, secondary = false) =>
    html`<form method="post" action="${base}/${name}" novalidate>${form.csrf}
${fields}
<button type="submit" class="button${secondary ? ' button-secondary' : ''}">${t(button)}</button></form>`;
  const title = t('feedback.case.title', { number: c.number });
  return {
    title,
    breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: c.number }],
    wide: true,
    main: html`<div class="${(request.query as Record<string, string> | undefined)?.kiosk === '1' ? 'feedback-kiosk' : ''}">
${
  fresh
    ? html`<div class="notice" role="status"><p>${t('feedback.case.registered', { number: c.number, date: dueDate(t, c.deadlineAt) })}</p></div>
${base.startsWith('/feedback/follow/') ? html`<p>${t('feedback.case.keepLink')}</p><p class="secret"><code>${link}</code></p>` : ''}`
    : ''
}
<h1>${title}</h1>
<p class="lead">${c.subject}</p>
${caseSummary(request, c, now, ctx.country.timeZone)}
<h2>${t('feedback.case.yourText')}</h2>
${paragraphs(c.body)}
${attachmentList(t, base, files)}
${c.answer ? html`<h2>${t('feedback.case.answer')}</h2><div class="feedback-answer">${paragraphs(c.answer)}<p class="meta">${t.dateTime(c.answeredAt!)}</p></div>` : ''}
${
  c.status === 'awaiting-information'
    ? html`<h2>${t('feedback.case.question')}</h2>${paragraphs(question?.text ?? '')}
${step('information', text('information', 'feedback.field.information', 6), 'feedback.case.sendInformation')}`
    : ''
}
${
  (c.status === 'answered' || c.status === 'closed') && !c.ratedAt
    ? html`<h2>${t('feedback.case.rate')}</h2>
${step(
  'rate',
  html`<fieldset class="field feedback-rating${err('rating') ? ' field-error' : ''}"${err('rating') ? html` aria-describedby="rating-error"` : ''}><legend>${t('feedback.field.rating')}</legend>
${err('rating') ? html`<p class="error-message" id="rating-error">${err('rating')}</p>` : ''}
<span id="rating"></span>
${[5, 4, 3, 2, 1].map((n) => html`<div><input type="radio" name="rating" id="rating-${n}" value="${n}"${values.rating === String(n) ? html` checked` : ''}><label for="rating-${n}">${t(`feedback.rating.${n}`)}</label></div>`)}
</fieldset>
${text('comment', 'feedback.field.comment', 3)}`,
  'feedback.case.sendRating',
)}`
    : c.ratedAt
      ? html`<p>${t('feedback.case.rated', { rating: c.rating ?? 0 })}</p>`
      : ''
}
${
  canReopen(ctx.country, c, now)
    ? html`<h2>${t('feedback.case.reopen')}</h2><p>${t('feedback.case.reopenHint')}</p>
${step('reopen', text('reason', 'feedback.field.reopenReason', 3), 'feedback.case.sendReopen', true)}`
    : ''
}
<h2>${t('feedback.case.timeline')}</h2>
${timeline(t, events, false)}
</div>`,
  };
}

/** The submitter's steps: each form's fields and its command. */
const steps = {
  information: { fields: ['information'], act: provideInformation },
  rate: { fields: ['rating', 'comment'], act: rateAnswer },
  reopen: { fields: ['reason'], act: reopenCase },
};
const noStore = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
type Params = Record<string, string>;

export function citizenPages(app: App, ctx: ModuleContext): void {
  const routes = [
    {
      prefix: '/feedback/follow/:token',
      access: 'public' as const,
      key: (p: Params, _actor: Actor): SubmitterKey => ({ token: p.token ?? '' }),
      base: (p: Params) => `/feedback/follow/${p.token}`,
    },
    {
      prefix: '/feedback/mine/:number',
      access: { action: 'feedback.follow' },
      key: (p: Params, actor: Actor): SubmitterKey => ({ number: p.number ?? '', actor }),
      base: (p: Params) => `/feedback/mine/${p.number}`,
    },
  ];
  for (const route of routes) {
    const { access } = route;
    const found = async (request: FastifyRequest) => {
      const c = await caseForSubmitter(ctx, route.key(request.params as Params, request.actor));
      if (!c) throw notFound();
      return c;
    };
    app.get(route.prefix, { schema: { hide: true }, config: { access } }, async (request, reply) => {
      const c = await found(request);
      const fresh = (request.query as Params).new === '1';
      const state = { csrf: reply.csrfField(), values: {}, error: () => undefined };
      const view = await caseView(ctx, request, c, route.base(request.params as Params), state, fresh);
      return reply.headers(noStore).sendPage(view);
    });
    app.get(
      `${route.prefix}/files/:file`,
      { schema: { hide: true }, config: { access } },
      async (request, reply) => {
        const file = await attachedFile(
          ctx.db,
          (await found(request)).id,
          (request.params as Params).file ?? '',
        );
        if (!file) throw notFound();
        reply.header('cache-control', 'private, no-store');
        return sendStoredFile(reply, ctx.config, file);
      },
    );
    for (const [name, { fields, act }] of Object.entries(steps))
      formRoute(app, {
        path: `${route.prefix}/${name}`,
        access,
        get: false,
        headers: noStore,
        body: Type.Object(Object.fromEntries(fields.map((f) => [f, Text]))),
        command: (input, request) =>
          act(ctx, request.actor, route.key(request.params as Params, request.actor), input, request.meta),
        render: async (form, request) =>
          caseView(ctx, request, await found(request), route.base(request.params as Params), form),
        redirect: (_, request) => `${route.base(request.params as Params)}?done=${name}`,
      });
  }

  caseListRoute<MineRow>(app, ctx, {
    path: '/feedback/mine',
    access: { action: 'feedback.follow' },
    list: mineList,
    rows: (request) => mineRows(request.actor.userId),
    view: ({ t }) => ({
      title: t('feedback.mine.title'),
      intro: html`<p><a class="button" href="/feedback/new">${t('feedback.home.file')}</a></p>`,
      caption: t('feedback.mine.caption'),
      empty: t('feedback.mine.empty'),
      columns: ['number', 'subject', 'status', 'submitted', 'due'],
      row: (r) => [
        html`<a href="/feedback/mine/${r.number}">${r.number}</a>`,
        r.subject,
        statusTag(t, r.status),
        t.date(r.submittedAt),
        dueDate(t, r.deadlineAt),
      ],
    }),
  });
}

type MineRow = { number: string; subject: string; status: string; submittedAt: Date; deadlineAt: Date };
