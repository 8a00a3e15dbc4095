import type { FastifyRequest } from 'fastify';
import { type TProperties, Type } from 'typebox';
import { authorize } from '../../../platform/auth/permissions.ts';
import type { FieldProblem, Result } from '../../../platform/commands/index.ts';
import { sendStoredFile } from '../../../platform/files/index.ts';
import { type FormRequest, type FormState, type FormView, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { selectField, summaryList, textarea, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  attachedFile,
  caseAttachments,
  caseContacts,
  caseEvents,
  type FeedbackCase,
  findCaseByNumber,
  organizationNames,
} from '../cases.ts';
import { possibleDuplicates } from '../duplicates.ts';
import { openStatuses } from '../kinds.ts';
import { queueList, queueRows } from '../lists.ts';
import { NumberParams } from '../numbers.ts';
import { organizationStaff } from '../queue.ts';
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
import {
  attachmentList,
  deadlineClock,
  dueDate,
  namedChoices,
  paragraphs,
  statusTag,
  timeline,
} from '../views.ts';
import { caseListRoute } from './case-list.ts';
import { caseSummary } from './citizen.ts';

const access = { action: 'feedback.respond' } as const;
const noStore = { 'cache-control': 'private, no-store' };
type CaseForm = Pick<FormState, 'csrf' | 'values' | 'error'>;
/** A case's page after a step (`?done=answer`) or with an answer template chosen (`?template=3`). */
const CaseQuery = Type.Object({
  done: Type.Optional(Type.String({ maxLength: 40 })),
  template: Type.Optional(Type.String({ maxLength: 20 })),
});

/** A case's page in the console: the case, its submitter, possible duplicates, and a form per step. */
async function caseView(
  ctx: ModuleContext,
  request: FastifyRequest,
  c: FeedbackCase,
  form: CaseForm,
  options: { done?: string; template?: number } = {},
): Promise<FormView> {
  const { t } = request;
  const now = new Date();
  const values = form.values as Record<string, string | undefined>;
  const [events, contacts, files, duplicates, staff, templates, organizations] = await Promise.all([
    caseEvents(ctx.db, c.id, false),
    caseContacts(ctx.db, c.id),
    caseAttachments(ctx.db, c.id),
    possibleDuplicates(ctx.db, request.actor, c),
    organizationStaff(ctx.db, c.organizationId),
    templatesFor(ctx.db, c.organizationId),
    organizationNames(ctx.db),
  ]);
  const chosen = templates.find((x) => x.id === options.template);
  const answerText = values.answer ?? (chosen ? t.pick({ mn: chosen.bodyMn, en: chosen.bodyEn }) : undefined);
  const base = `/feedback/console/cases/${c.number}`;
  /** One step's form; its heading and button are `feedback.console.<key>` and `…send<Key>`. */
  const step = (name: string, fields: Html, secondary = true) => {
    const key = name === 'request-information' ? 'ask' : name;
    const send = `feedback.console.send${key[0]!.toUpperCase()}${key.slice(1)}`;
    return html`<section class="feedback-action" aria-labelledby="${name}-title"><h3 id="${name}-title">${t(`feedback.console.${key}`)}</h3>
<form method="post" action="${base}/${name}" novalidate>${form.csrf}${fields}
<button type="submit" class="button${secondary ? ' button-secondary' : ''}">${t(send)}</button></form></section>`;
  };
  const text = (id: string, label: string, rows: number, hint?: string) =>
    textarea(
      { t },
      {
        id,
        label: t(label),
        value: values[id],
        error: form.error(id),
        rows,
        ...(hint ? { hint: t(hint) } : {}),
      },
    );
  const title = t('feedback.case.title', { number: c.number });
  const openSteps = html`${step(
    'answer',
    html`${
      templates.length > 0
        ? html`<p><span class="meta">${t('feedback.console.templates')}:</span> ${templates.map((x) => html`<a href="${base}?template=${x.id}#answer">${t.pick({ mn: x.titleMn, en: x.titleEn })}</a> `)}</p>`
        : ''
    }${textarea({ t }, { id: 'answer', label: t('feedback.console.answerText'), value: answerText, error: form.error('answer'), rows: 8 })}`,
    false,
  )}
${step(
  'assign',
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
)}
${step('request-information', text('text-question', 'feedback.console.question', 3))}
${
  c.extendedAt
    ? ''
    : step(
        'extend',
        html`${textField('days', t('feedback.console.days'), values.days ?? '30', { error: form.error('days'), inputmode: 'numeric', hint: t('feedback.console.daysHint') })}
${text('reason-extend', 'feedback.console.reason', 3)}`,
      )
}
${step(
  'transfer',
  html`${selectField('organization', t('feedback.console.organization'), namedChoices(t, organizations, 'slug'), values.organization ?? c.organizationSlug)}
${text('reason-transfer', 'feedback.console.reason', 3)}`,
)}`;
  return {
    title,
    breadcrumbs: [{ href: '/feedback/console', label: t('feedback.console.title') }, { label: c.number }],
    wide: true,
    main: html`${options.done ? html`<div class="notice" role="status"><p>${t(`feedback.console.done.${options.done}`)}</p></div>` : ''}
<h1>${title}</h1>
<p class="lead">${c.subject}</p>
<div class="with-sidebar feedback-console">
<div class="results-panel">
${caseSummary(request, c, now, ctx.country.timeZone)}
<h2>${t('feedback.case.text')}</h2>
${paragraphs(c.body)}
${attachmentList(t, base, files)}
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
${openStatuses.includes(c.status) ? openSteps : c.status === 'answered' ? step('close', html``) : ''}
${step('note', text('text-note', 'feedback.console.noteText', 3, 'feedback.console.noteHint'))}
</aside>
</div>`,
  };
}

type Input = Record<string, string | undefined>;
type Request = FormRequest<typeof NumberParams>;
/** Each step's form: its fields (named apart on one page) and its command on them. */
const steps: Record<
  string,
  { fields: string[]; act: (ctx: ModuleContext, r: Request, b: Input) => Promise<Result<FeedbackCase>> }
> = {
  answer: {
    fields: ['answer'],
    act: (ctx, r, b) => answerCase(ctx, r.actor, r.params.number, { text: b.answer }, r.meta),
  },
  assign: {
    fields: ['assignee'],
    act: (ctx, r, b) =>
      assignCase(ctx, r.actor, r.params.number, b.assignee ? Number(b.assignee) : null, r.meta),
  },
  'request-information': {
    fields: ['text-question'],
    act: (ctx, r, b) =>
      requestInformation(ctx, r.actor, r.params.number, { text: b['text-question'] }, r.meta),
  },
  extend: {
    fields: ['days', 'reason-extend'],
    act: (ctx, r, b) =>
      extendCase(ctx, r.actor, r.params.number, { days: b.days, reason: b['reason-extend'] }, r.meta),
  },
  transfer: {
    fields: ['organization', 'reason-transfer'],
    act: (ctx, r, b) =>
      transferCase(
        ctx,
        r.actor,
        r.params.number,
        { organization: b.organization, reason: b['reason-transfer'] },
        r.meta,
      ),
  },
  close: { fields: [], act: (ctx, r) => closeCase(ctx, r.actor, r.params.number, r.meta) },
  note: {
    fields: ['text-note'],
    act: (ctx, r, b) => addNote(ctx, r.actor, r.params.number, { text: b['text-note'] }, r.meta),
  },
};

/** A command's field as the page names it (several forms on one page). */
function fieldOnPage(form: string, field: string): string {
  if (field === 'text') return form === 'note' ? 'text-note' : 'text-question';
  if (field === 'reason') return `reason-${form}`;
  if (field === 'status') return form === 'close' ? 'close-title' : `${form}-title`;
  return field;
}

async function caseFor(ctx: ModuleContext, request: FastifyRequest, number: string): Promise<FeedbackCase> {
  const found = await findCaseByNumber(ctx.db, number);
  if (!found) throw notFound();
  authorize(request.actor, 'feedback.respond', { organizationId: found.organizationId });
  return found;
}

export function consolePages(app: App, ctx: ModuleContext): void {
  caseListRoute<FeedbackCase>(app, ctx, {
    path: '/feedback/console',
    access,
    list: queueList,
    rows: (request) => queueRows(request.actor),
    headers: noStore,
    view: ({ t }) => {
      const now = new Date();
      return {
        title: t('feedback.console.title'),
        lead: t('feedback.console.lead'),
        caption: t('feedback.console.caption'),
        empty: t('feedback.console.empty'),
        columns: ['number', 'subject', 'status', 'due', 'organization', 'assigned'],
        row: (c) => [
          html`<a href="/feedback/console/cases/${c.number}">${c.number}</a>`,
          c.subject,
          statusTag(t, c.status),
          html`${dueDate(t, c.deadlineAt)} ${deadlineClock(t, c, now, ctx.country.timeZone)}`,
          t.pick({ mn: c.organizationMn, en: c.organizationEn }),
          c.assignedName ?? '—',
        ],
      };
    },
  });

  app.get(
    '/feedback/console/cases/:number',
    {
      schema: { hide: true, params: NumberParams, querystring: CaseQuery },
      config: { access },
    },
    async (request, reply) => {
      const found = await caseFor(ctx, request, request.params.number);
      const { done, template } = request.query;
      const view = await caseView(
        ctx,
        request,
        found,
        { csrf: reply.csrfField(), values: {}, error: () => undefined },
        { ...(done && done in steps ? { done } : {}), ...(template ? { template: Number(template) } : {}) },
      );
      reply.header('cache-control', 'private, no-store');
      return reply.sendPage(view);
    },
  );

  app.get(
    '/feedback/console/cases/:number/files/:file',
    {
      schema: {
        hide: true,
        params: Type.Object({ number: Type.String({ maxLength: 20 }), file: Type.String({ maxLength: 40 }) }),
      },
      config: { access },
    },
    async (request, reply) => {
      const found = await findCaseByNumber(ctx.db, request.params.number);
      if (!found) throw notFound();
      authorize(request.actor, 'feedback.respond', { organizationId: found.organizationId });
      const file = await attachedFile(ctx.db, found.id, request.params.file);
      if (!file) throw notFound();
      reply.header('cache-control', 'private, no-store');
      return sendStoredFile(reply, ctx.config, file);
    },
  );

  for (const [name, { fields, act }] of Object.entries(steps)) {
    const properties: TProperties = Object.fromEntries(
      fields.map((f) => [f, Type.Optional(Type.String({ maxLength: 20000 }))]),
    );
    formRoute(app, {
      path: `/feedback/console/cases/:number/${name}`,
      access,
      params: NumberParams,
      get: false,
      headers: noStore,
      body: Type.Object(properties),
      command: async (input, request) => {
        const result = await act(ctx, request, input as Input);
        if (result.ok) return result;
        const problems: FieldProblem[] = result.problems.map((p) => ({
          ...p,
          field: fieldOnPage(name, p.field),
        }));
        return { ok: false, problems };
      },
      render: async (form, request) =>
        caseView(ctx, request, await caseFor(ctx, request, request.params.number), form),
      redirect: (_, request) => `/feedback/console/cases/${request.params.number}?done=${name}`,
    });
  }
}
