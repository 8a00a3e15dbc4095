import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { authorize } from '../../../platform/auth/permissions.ts';
import { type RequestMeta, type Result, translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { findFile, sendStoredFile } from '../../../platform/files/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { readPageNumber } from '../../../platform/lists/paging.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  filterForm,
  pagination,
  selectField,
  summaryList,
  table,
  textarea,
  textField,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  caseAttachments,
  caseContacts,
  caseEvents,
  type FeedbackCase,
  findCaseByNumber,
  listCategories,
} from '../cases.ts';
import { possibleDuplicates } from '../duplicates.ts';
import { openStatuses, statuses } from '../kinds.ts';
import { organizationStaff, responderQueue } from '../queue.ts';
import {
  addNote,
  answerCase,
  assignCase,
  closeCase,
  extendCase,
  requestInformation,
  transferCase,
} from '../respond.ts';
import { templatesFor } from '../templates.ts';
import { deadlineClock, dueDate, paragraphs, statusTag, timeline } from '../views.ts';
import { caseSummary } from './citizen.ts';

type Errors = { field: string; message: string }[];
const access = { access: { action: 'feedback.respond' } } as const;
const Form = Type.Object({ _csrf: CsrfField }, { additionalProperties: Type.String({ maxLength: 20000 }) });
const NumberParams = Type.Object({ number: Type.String({ maxLength: 20 }) });

async function renderCasePage(
  ctx: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  c: FeedbackCase,
  options: {
    errors?: Errors;
    values?: Record<string, string>;
    form?: string;
    done?: string;
    template?: number;
  } = {},
) {
  const { t } = request;
  const now = new Date();
  const errors = options.errors ?? [];
  const values = options.values ?? {};
  const err = (f: string) => (options.form ? errors.find((e) => e.field === f)?.message : undefined);
  const [events, contacts, files, duplicates, staff, templates, organizations] = await Promise.all([
    caseEvents(ctx.db, c.id, false),
    caseContacts(ctx.db, c.id),
    caseAttachments(ctx.db, c.id),
    possibleDuplicates(ctx.db, request.actor, c),
    organizationStaff(ctx.db, c.organizationId),
    templatesFor(ctx.db, c.organizationId),
    ctx.db.query<{ slug: string; nameMn: string; nameEn: string }>(
      sql`select slug, name_mn as "nameMn", name_en as "nameEn" from organizations order by mn_sort_key(name_mn) collate "C"`,
    ),
  ]);
  const chosen = templates.find((x) => x.id === options.template);
  const answerText = values.answer ?? (chosen ? t.pick({ mn: chosen.bodyMn, en: chosen.bodyEn }) : undefined);
  const base = `/feedback/console/cases/${c.number}`;
  const open = openStatuses.includes(c.status);
  const form = (name: string, label: string, fields: Html, button: string, secondary = false) =>
    html`<section class="feedback-action" aria-labelledby="${name}-title"><h3 id="${name}-title">${label}</h3>
<form method="post" action="${base}/${name}" novalidate>${reply.csrfField()}${fields}
<button type="submit" class="button${secondary ? ' button-secondary' : ''}">${button}</button></form></section>`;
  reply.header('cache-control', 'private, no-store');
  const title = t('feedback.case.title', { number: c.number });
  return reply.code(errors.length > 0 ? 422 : 200).sendPage({
    title,
    breadcrumbs: [{ href: '/feedback/console', label: t('feedback.console.title') }, { label: c.number }],
    main: html`${options.done ? html`<div class="notice" role="status"><p>${t(`feedback.console.done.${options.done}`)}</p></div>` : ''}
${errorSummary(request.page, errors)}
<h1>${title}</h1>
<p class="lead">${c.subject}</p>
<div class="with-sidebar feedback-console">
<div class="results-panel">
${caseSummary(request, c, now, ctx.country.timeZone)}
<h2>${t('feedback.case.text')}</h2>
${paragraphs(c.body)}
${files.length > 0 ? html`<h2>${t('feedback.field.attachments')}</h2><ul class="link-list">${files.map((f) => html`<li><a href="${base}/files/${f.id}">${f.filename}</a> <span class="meta">${f.mediaType}</span></li>`)}</ul>` : ''}
<h2>${t('feedback.console.contacts')}</h2>
<p class="hint">${t('feedback.console.contactsHint')}</p>
${summaryList([
  { key: t('feedback.field.name'), value: contacts.name },
  { key: t('feedback.field.phone'), value: contacts.phone },
  { key: t('feedback.field.email'), value: contacts.email },
  { key: t('feedback.field.address'), value: contacts.address },
  { key: t('feedback.field.registerNumber'), value: contacts.registerNumber },
  { key: t('feedback.field.channel'), value: t(`feedback.channel.${c.channel}`) },
  { key: t('feedback.console.assigned'), value: c.assignedName },
])}
${c.answer ? html`<h2>${t('feedback.case.answer')}</h2>${paragraphs(c.answer)}` : ''}
${c.rating ? html`<p>${t('feedback.case.rated', { rating: c.rating })}${c.ratingComment ? html` — ${c.ratingComment}` : ''}</p>` : ''}
<h2>${t('feedback.console.duplicates')}</h2>
${
  duplicates.length === 0
    ? html`<p class="meta">${t('feedback.console.noDuplicates')}</p>`
    : html`<ul class="link-list">${duplicates.map((d) => html`<li><a href="/feedback/console/cases/${d.number}">${d.number}</a> ${d.subject} <span class="meta">${t(`feedback.status.${d.status}`)} · ${t.date(d.submittedAt)} · ${t('feedback.console.similarity', { percent: Math.round(d.similarity * 100) })}</span></li>`)}</ul>`
}
<h2>${t('feedback.case.timeline')}</h2>
${timeline(t, events, true)}
</div>
<aside class="sidebar feedback-actions">
<h2>${t('feedback.console.actions')}</h2>
${
  open
    ? html`${form(
        'answer',
        t('feedback.console.answer'),
        html`${
          templates.length > 0
            ? html`<p><span class="meta">${t('feedback.console.templates')}:</span> ${templates.map((x) => html`<a href="${base}?template=${x.id}#answer">${t.pick({ mn: x.titleMn, en: x.titleEn })}</a> `)}</p>`
            : ''
        }${textarea({ t }, { id: 'answer', label: t('feedback.console.answerText'), value: answerText, error: err('answer'), rows: 8 })}`,
        t('feedback.console.sendAnswer'),
      )}
${form(
  'assign',
  t('feedback.console.assign'),
  selectField(
    'assignee',
    t('feedback.console.assignee'),
    [
      { value: String(request.actor.userId), label: t('feedback.console.me') },
      ...staff
        .filter((s) => s.id !== request.actor.userId)
        .map((s) => ({ value: String(s.id), label: s.name })),
    ],
    String(c.assignedUserId ?? request.actor.userId),
  ),
  t('feedback.console.sendAssign'),
  true,
)}
${form('request-information', t('feedback.console.ask'), textarea({ t }, { id: 'text-question', label: t('feedback.console.question'), value: values['text-question'], error: err('text-question'), rows: 3 }), t('feedback.console.sendAsk'), true)}
${
  c.extendedAt
    ? ''
    : form(
        'extend',
        t('feedback.console.extend'),
        html`${textField('days', t('feedback.console.days'), values.days ?? '30', { error: err('days'), inputmode: 'numeric', hint: t('feedback.console.daysHint') })}
${textarea({ t }, { id: 'reason-extend', label: t('feedback.console.reason'), value: values['reason-extend'], error: err('reason-extend'), rows: 3 })}`,
        t('feedback.console.sendExtend'),
        true,
      )
}
${form(
  'transfer',
  t('feedback.console.transfer'),
  html`${selectField(
    'organization',
    t('feedback.console.organization'),
    organizations.map((o) => ({ value: o.slug, label: t.pick({ mn: o.nameMn, en: o.nameEn }) })),
    values.organization ?? c.organizationSlug,
  )}
${textarea({ t }, { id: 'reason-transfer', label: t('feedback.console.reason'), value: values['reason-transfer'], error: err('reason-transfer'), rows: 3 })}`,
  t('feedback.console.sendTransfer'),
  true,
)}`
    : c.status === 'answered'
      ? form('close', t('feedback.console.close'), html``, t('feedback.console.sendClose'), true)
      : ''
}
${form('note', t('feedback.console.note'), textarea({ t }, { id: 'text-note', label: t('feedback.console.noteText'), value: values['text-note'], error: err('text-note'), rows: 3, hint: t('feedback.console.noteHint') }), t('feedback.console.sendNote'), true)}
</aside>
</div>`,
  });
}

type Act = (
  ctx: ModuleContext,
  request: FastifyRequest,
  number: string,
  body: Record<string, string>,
  meta: RequestMeta,
) => Promise<Result<FeedbackCase>>;
/** Each form's fields, named apart on one page, mapped to its command's input. */
const acts: Record<string, Act> = {
  answer: (ctx, r, n, b, m) => answerCase(ctx, r.actor, n, { text: b.answer }, m),
  assign: (ctx, r, n, b, m) => assignCase(ctx, r.actor, n, b.assignee ? Number(b.assignee) : null, m),
  'request-information': (ctx, r, n, b, m) =>
    requestInformation(ctx, r.actor, n, { text: b['text-question'] }, m),
  extend: (ctx, r, n, b, m) => extendCase(ctx, r.actor, n, { days: b.days, reason: b['reason-extend'] }, m),
  transfer: (ctx, r, n, b, m) =>
    transferCase(ctx, r.actor, n, { organization: b.organization, reason: b['reason-transfer'] }, m),
  close: (ctx, r, n, _b, m) => closeCase(ctx, r.actor, n, m),
  note: (ctx, r, n, b, m) => addNote(ctx, r.actor, n, { text: b['text-note'] }, m),
};

export function consolePages(app: App, ctx: ModuleContext): void {
  app.get(
    '/feedback/console',
    {
      schema: { hide: true, querystring: Type.Record(Type.String(), Type.String({ maxLength: 2000 })) },
      config: access,
    },
    async (request, reply) => {
      const { t } = request;
      const q = request.query as Record<string, string>;
      const now = new Date();
      const categories = await listCategories(ctx.db);
      const filters = {
        status: q.status === 'open' || statuses.includes(q.status as never) ? q.status : 'open',
        ...(categories.some((c) => c.code === q.category) ? { category: q.category } : {}),
        overdue: q.overdue === 'yes',
        mine: q.mine === 'yes',
      };
      const page = readPageNumber(q.page);
      const result = await responderQueue(ctx.db, request.actor, filters, now, page);
      reply.header('cache-control', 'private, no-store');
      return reply.sendPage({
        title: t('feedback.console.title'),
        breadcrumbs: [
          { href: '/feedback', label: t('feedback.title') },
          { label: t('feedback.console.title') },
        ],
        main: html`<h1>${t('feedback.console.title')}</h1>
<p class="lead">${t('feedback.console.lead')}</p>
<div class="with-sidebar"><aside class="sidebar">
${filterForm(request.page, '/feedback/console', [
  selectField(
    'status',
    t('feedback.col.status'),
    [
      { value: 'open', label: t('feedback.console.open') },
      ...statuses.map((s) => ({ value: s, label: t(`feedback.status.${s}`) })),
    ],
    filters.status,
  ),
  selectField(
    'category',
    t('feedback.field.category'),
    categories.map((c) => ({ value: c.code, label: t.pick({ mn: c.nameMn, en: c.nameEn }) })),
    filters.category,
    t('filters.any'),
  ),
  selectField(
    'overdue',
    t('feedback.console.overdueOnly'),
    [{ value: 'yes', label: t('feedback.console.yes') }],
    filters.overdue ? 'yes' : '',
    t('filters.any'),
  ),
  selectField(
    'mine',
    t('feedback.console.mineOnly'),
    [{ value: 'yes', label: t('feedback.console.yes') }],
    filters.mine ? 'yes' : '',
    t('filters.any'),
  ),
])}
</aside><div class="results-panel">
<p class="result-count" role="status">${t('feedback.console.count', { count: result.total })}</p>
${
  result.items.length === 0
    ? emptyState(t('feedback.console.empty'))
    : html`${table(request.page, {
        caption: t('feedback.console.caption'),
        columns: [
          { key: 'number', label: t('feedback.col.number') },
          { key: 'subject', label: t('feedback.field.subject') },
          { key: 'status', label: t('feedback.col.status') },
          { key: 'due', label: t('feedback.col.due') },
          { key: 'organization', label: t('feedback.col.organization') },
          { key: 'assigned', label: t('feedback.console.assigned') },
        ],
        rows: result.items.map((c) => [
          html`<a href="/feedback/console/cases/${c.number}">${c.number}</a>`,
          c.subject,
          statusTag(t, c.status),
          html`${dueDate(t, c.deadlineAt)} ${deadlineClock(t, c, now, ctx.country.timeZone)}`,
          t.pick({ mn: c.organizationMn, en: c.organizationEn }),
          c.assignedName ?? '—',
        ]),
      })}${pagination(request.page, { page, pageSize: 50, total: result.total })}`
}</div></div>`,
      });
    },
  );

  app.get(
    '/feedback/console/cases/:number',
    {
      schema: {
        hide: true,
        params: NumberParams,
        querystring: Type.Record(Type.String(), Type.String({ maxLength: 2000 })),
      },
      config: access,
    },
    async (request, reply) => {
      const found = await findCaseByNumber(ctx.db, request.params.number);
      if (!found) throw notFound();
      authorize(request.actor, 'feedback.respond', { organizationId: found.organizationId });
      const q = request.query as Record<string, string>;
      return renderCasePage(ctx, request, reply, found, {
        ...(q.done && q.done in acts ? { done: q.done } : {}),
        ...(q.template ? { template: Number(q.template) } : {}),
      });
    },
  );

  app.get(
    '/feedback/console/cases/:number/files/:file',
    {
      schema: {
        hide: true,
        params: Type.Object({ number: Type.String({ maxLength: 20 }), file: Type.String({ maxLength: 40 }) }),
      },
      config: access,
    },
    async (request, reply) => {
      const found = await findCaseByNumber(ctx.db, request.params.number);
      if (!found || !/^[0-9a-f-]{36}$/.test(request.params.file)) throw notFound();
      authorize(request.actor, 'feedback.respond', { organizationId: found.organizationId });
      const [attached] = await ctx.db.query(
        sql`select 1 from feedback_attachments where case_id = ${found.id} and file_id = ${request.params.file}::uuid`,
      );
      const file = attached ? await findFile(ctx.db, request.params.file) : undefined;
      if (!file) throw notFound();
      reply.header('cache-control', 'private, no-store');
      return sendStoredFile(reply, ctx.config, file);
    },
  );

  for (const [name, act] of Object.entries(acts)) {
    app.post(
      `/feedback/console/cases/:number/${name}`,
      { schema: { hide: true, params: NumberParams, body: Form }, config: access },
      async (request, reply) => {
        const { _csrf, ...body } = request.body as Record<string, string>;
        const result = await act(ctx, request, request.params.number, body, request.meta);
        if (result.ok)
          return reply.redirect(`/feedback/console/cases/${request.params.number}?done=${name}`, 303);
        const found = await findCaseByNumber(ctx.db, request.params.number);
        if (!found) throw notFound();
        // Field names of the page differ from the commands' (several forms on one page).
        const errors = translateProblems(
          request.t,
          result.problems.map((p) => ({ ...p, field: fieldOnPage(name, p.field) })),
        );
        return renderCasePage(ctx, request, reply, found, { errors, values: body, form: name });
      },
    );
  }
}

function fieldOnPage(form: string, field: string): string {
  if (field === 'text') return form === 'note' ? 'text-note' : 'text-question';
  if (field === 'reason') return `reason-${form}`;
  if (field === 'status') return form === 'close' ? 'close-title' : `${form}-title`;
  return field;
}
