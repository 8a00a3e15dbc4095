import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, summaryList, textarea } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findCaseByNumber } from '../cases.ts';
import { PUBLISHED_ROWS, publishedList } from '../lists.ts';
import { NumberParams } from '../numbers.ts';
import { moderationQueue, proposedPublication, publishCase } from '../publish.ts';
import { paragraphs } from '../views.ts';
import { caseListRoute, caseNumberPage } from './case-list.ts';

const noStore = { 'cache-control': 'private, no-store' };

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

  caseListRoute<PublishedRow>(app, ctx, {
    path: '/feedback/published',
    access: 'public',
    list: publishedList,
    rows: () => PUBLISHED_ROWS,
    view: ({ t }) => ({
      title: t('feedback.published.title'),
      lead: t('feedback.published.lead'),
      caption: t('feedback.published.title'),
      empty: t('feedback.published.empty'),
      columns: ['number', 'category', 'organization', 'text'],
      row: (r) => [
        html`<a href="/feedback/published/${r.number}">${r.number}</a>`,
        t.pick({ mn: r.categoryMn, en: r.categoryEn }),
        t.pick({ mn: r.organizationMn, en: r.organizationEn }),
        r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text,
      ],
    }),
  });

  caseNumberPage(app, '/feedback/published/:number', async ({ t }, number) => {
    const [row] = await ctx.db.query<PublishedRow>(sql`${PUBLISHED_ROWS} and c.number = ${number}`);
    if (!row) throw notFound();
    const title = t('feedback.case.title', { number: row.number });
    return {
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
    };
  });

  const moderate = { action: 'feedback.moderate' } as const;
  app.get(
    '/feedback/moderation',
    { schema: { hide: true }, config: { access: moderate } },
    async (request, reply) => {
      const { t } = request;
      const queue = await moderationQueue(ctx.db);
      reply.headers(noStore);
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
    },
  );

  formRoute(app, {
    path: '/feedback/moderation/:number',
    access: moderate,
    params: NumberParams,
    headers: noStore,
    body: Type.Object({
      text: Type.Optional(Type.String({ maxLength: 20000 })),
      answer: Type.Optional(Type.String({ maxLength: 20000 })),
    }),
    values: async (request) => {
      const { proposal } = await reviewed(request.params.number);
      return { text: proposal.text, answer: proposal.answer };
    },
    command: (input, request) => publishCase(ctx, request.actor, request.params.number, input, request.meta),
    redirect: (c) => `/feedback/published/${c.number}`,
    render: async (form, request) => {
      const { t } = request;
      const { number } = request.params;
      const { found } = (await reviewed(number)).proposal;
      return {
        title: t('feedback.moderation.review', { number }),
        breadcrumbs: [
          { href: '/feedback/moderation', label: t('feedback.moderation.title') },
          { label: number },
        ],
        main: html`<h1>${t('feedback.moderation.review', { number })}</h1>
<p>${t('feedback.moderation.found', { count: found.registerNumbers + found.emails + found.phones + found.names })}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textarea({ t }, { id: 'text', label: t('feedback.moderation.text'), value: form.value('text'), error: form.error('text'), rows: 10 })}
${textarea({ t }, { id: 'answer', label: t('feedback.moderation.answer'), value: form.value('answer'), error: form.error('answer'), rows: 8 })}
<button type="submit" class="button">${t('feedback.moderation.publish')}</button></form>`,
      };
    },
  });

  /** A case a moderator may review (its submitter consented), with the redacted proposal. */
  async function reviewed(number: string) {
    const c = await findCaseByNumber(ctx.db, number);
    if (!c?.publishConsent) throw notFound();
    return { c, proposal: await proposedPublication(ctx.db, c) };
  }
}
