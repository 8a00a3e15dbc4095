import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import { can } from '../../../platform/auth/permissions.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { documentsAndImages, isReceivedFile } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isChecked } from '../../../platform/patterns.ts';
import { checkbox, errorSummary, select, textarea, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { listCategories } from '../cases.ts';
import { type Channel, caseKinds, operatorChannels } from '../kinds.ts';
import { isTrackingNumber } from '../numbers.ts';
import { MAX_ATTACHMENTS, submitCase } from '../submit.ts';
import type { CaseInput } from '../validation.ts';

type Mode = 'web' | 'kiosk' | 'operator';
type Values = Record<string, string | undefined>;

/** Text fields of a form post; file fields (multipart) are taken apart by `attachmentsOf`. */
const FormBody = Type.Record(Type.String(), Type.Unknown());
const textOf = (body: Record<string, unknown>): Values =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Values;
/** The case form's files: one more than a case takes, so that the form itself can say "at most 5". */
const uploads = {
  files: MAX_ATTACHMENTS + 1,
  fileSize: documentsAndImages.maxBytes,
  fields: 40,
  fieldSize: 64 * 1024,
};
const attachmentsOf = (body: Record<string, unknown>) =>
  [body.attachments ?? []].flat().filter(isReceivedFile);

async function centreId(ctx: ModuleContext): Promise<number | null> {
  const [row] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${ctx.country.feedback.centreSlug}`,
  );
  return row?.id ?? null;
}

/** The one case form: web (anonymous or signed in), kiosk (large, fewer fields), operator (channel and caller). */
async function renderForm(
  ctx: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  mode: Mode,
  values: Values,
  errors: { field: string; message: string }[],
  notice?: string,
) {
  const { t, locale } = request;
  const [categories, units] = await Promise.all([listCategories(ctx.db), topLevelUnits(ctx.db, locale)]);
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const action =
    mode === 'kiosk' ? '/kiosk/feedback' : mode === 'operator' ? '/feedback/operator' : '/feedback/new';
  const title = t(`feedback.form.title.${mode}`);
  const contacts: Html = html`<fieldset class="feedback-fieldset"><legend>${t('feedback.form.contacts')}</legend>
<p class="hint">${t(mode === 'operator' ? 'feedback.form.contactsOperator' : 'feedback.form.contactsHint')}</p>
${textField('name', t('feedback.field.name'), values.name, { error: err('name'), autocomplete: mode === 'operator' ? 'off' : 'name' })}
${textField('phone', t('feedback.field.phone'), values.phone, { error: err('phone'), type: 'tel', autocomplete: mode === 'operator' ? 'off' : 'tel' })}
${
  mode === 'kiosk'
    ? ''
    : html`${textField('email', t('feedback.field.email'), values.email, { error: err('email'), type: 'email', autocomplete: mode === 'operator' ? 'off' : 'email' })}
${textField('address', t('feedback.field.address'), values.address, { error: err('address'), autocomplete: mode === 'operator' ? 'off' : 'street-address' })}
${textField('registerNumber', t('feedback.field.registerNumber'), values.registerNumber, { error: err('registerNumber'), hint: t('feedback.field.registerNumberHint') })}`
}
</fieldset>`;
  const body = html`<div class="${mode === 'kiosk' ? 'feedback-kiosk' : 'narrow'}">${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}${errorSummary(request.page, errors)}
<h1>${title}</h1>
<p class="lead">${t(`feedback.form.lead.${mode}`)}</p>
<form method="post" action="${action}" enctype="multipart/form-data" novalidate>
${reply.csrfField()}
<input type="hidden" name="submissionId" value="${values.submissionId ?? randomUUID()}">
${
  mode === 'operator'
    ? select(
        { t },
        {
          id: 'channel',
          label: t('feedback.field.channel'),
          options: operatorChannels.map((c) => ({ value: c, label: t(`feedback.channel.${c}`) })),
          selected: values.channel,
          placeholder: t('feedback.form.choose'),
          error: err('channel'),
        },
      )
    : ''
}
${select({ t }, { id: 'kind', label: t('feedback.field.kind'), options: caseKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) })), selected: values.kind, placeholder: t('feedback.form.choose'), error: err('kind') })}
${select({ t }, { id: 'category', label: t('feedback.field.category'), options: categories.map((c) => ({ value: c.code, label: t.pick({ mn: c.nameMn, en: c.nameEn }) })), selected: values.category, placeholder: t('feedback.form.choose'), error: err('category') })}
${select({ t }, { id: 'aimag', label: t('feedback.field.aimag'), options: units.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })), selected: values.aimag, placeholder: t('feedback.form.national'), error: err('aimag') })}
${textField('subject', t('feedback.field.subject'), values.subject, { error: err('subject') })}
${textarea({ t }, { id: 'body', label: t('feedback.field.body'), value: values.body, error: err('body'), hint: t('feedback.field.bodyHint'), rows: mode === 'kiosk' ? 5 : 8 })}
${
  mode === 'kiosk'
    ? ''
    : html`<details class="feedback-more"${values.soum || values.lat || err('lat') || err('soum') ? html` open` : ''}><summary>${t('feedback.form.location')}</summary>
${textField('soum', t('feedback.field.soum'), values.soum, { error: err('soum'), inputmode: 'numeric' })}
${textField('lat', t('feedback.field.lat'), values.lat, { error: err('lat'), inputmode: 'decimal', hint: t('feedback.field.latHint') })}
${textField('lon', t('feedback.field.lon'), values.lon, { error: err('lon'), inputmode: 'decimal' })}
</details>
<div class="field${err('attachments') ? ' field-error' : ''}"><label for="attachments">${t('feedback.field.attachments')}</label>
<p class="hint" id="attachments-hint">${t('feedback.field.attachmentsHint')}</p>
${err('attachments') ? html`<p class="error-message" id="attachments-error">${err('attachments')}</p>` : ''}
<input type="file" id="attachments" name="attachments" multiple accept="image/jpeg,image/png,image/webp,application/pdf" aria-describedby="attachments-hint${err('attachments') ? ' attachments-error' : ''}"></div>`
}
${contacts}
${checkbox({ t }, { id: 'publishConsent', label: t('feedback.field.publishConsent'), checked: isChecked(values.publishConsent), hint: t('feedback.field.publishConsentHint') })}
<button type="submit" class="button">${t('feedback.form.submit')}</button>
</form></div>`;
  return reply.code(errors.length > 0 ? 422 : 200).sendPage({
    title: errors.length > 0 ? `${t('feedback.form.error')}: ${title}` : title,
    breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: title }],
    main: body,
  });
}

async function handleSubmit(
  ctx: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  mode: Mode,
): Promise<unknown> {
  const body = request.body as Record<string, unknown>;
  const values = textOf(body);
  const channel: Channel | undefined =
    mode === 'operator'
      ? operatorChannels.find((c) => c === values.channel)
      : mode === 'kiosk'
        ? 'kiosk'
        : 'web';
  if (!channel)
    return renderForm(ctx, request, reply, mode, values, [
      { field: 'channel', message: request.t('feedback.error.channel') },
    ]);
  const input: CaseInput = { ...values };
  const result = await submitCase(ctx, request.actor, input, {
    channel,
    meta: request.meta,
    locale: request.locale,
    attachments: attachmentsOf(body),
    ...(values.submissionId ? { idempotencyKey: values.submissionId } : {}),
  });
  if (!result.ok) {
    const errors = translateProblems(request.t, result.problems);
    return renderForm(ctx, request, reply, mode, values, errors);
  }
  // Committed: only now is the number shown. The follow link's secret travels once, in this redirect.
  const next = result.value.followToken
    ? `/feedback/follow/${result.value.followToken}?new=1${mode === 'kiosk' ? '&kiosk=1' : ''}`
    : `/feedback/received/${result.value.number}`;
  if (mode === 'operator') return reply.redirect(`/feedback/operator?entered=${result.value.number}`, 303);
  return reply.redirect(next, 303);
}

export function intakePages(app: App, ctx: ModuleContext): void {
  app.get('/feedback/new', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) =>
    renderForm(ctx, request, reply, 'web', {}, []),
  );
  app.post(
    '/feedback/new',
    { schema: { hide: true, body: FormBody }, config: { access: { action: 'feedback.submit' }, uploads } },
    (request, reply) => handleSubmit(ctx, request, reply, 'web'),
  );
  app.get('/kiosk/feedback', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) =>
    renderForm(ctx, request, reply, 'kiosk', {}, []),
  );
  app.post(
    '/kiosk/feedback',
    { schema: { hide: true, body: FormBody }, config: { access: { action: 'feedback.submit' }, uploads } },
    (request, reply) => handleSubmit(ctx, request, reply, 'kiosk'),
  );

  const operatorGate = async (request: FastifyRequest, reply: FastifyReply) => {
    if (can(request.actor, 'feedback.operate', { organizationId: await centreId(ctx) })) return true;
    reply.code(403).sendPage({
      title: request.t('feedback.operator.forbidden'),
      main: html`<h1>${request.t('feedback.operator.forbidden')}</h1>`,
    });
    return false;
  };
  app.get(
    '/feedback/operator',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ entered: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
      config: { access: { action: 'feedback.operate' } },
    },
    async (request, reply) => {
      if (!(await operatorGate(request, reply))) return reply;
      const entered = request.query.entered;
      const notice =
        entered && isTrackingNumber(entered)
          ? request.t('feedback.operator.entered', { number: entered })
          : undefined;
      return renderForm(ctx, request, reply, 'operator', {}, [], notice);
    },
  );
  app.post(
    '/feedback/operator',
    { schema: { hide: true, body: FormBody }, config: { access: { action: 'feedback.operate' }, uploads } },
    async (request, reply) => {
      if (!(await operatorGate(request, reply))) return reply;
      return handleSubmit(ctx, request, reply, 'operator');
    },
  );

  app.get(
    '/feedback/received/:number',
    {
      schema: { hide: true, params: Type.Object({ number: Type.String({ maxLength: 20 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      if (!isTrackingNumber(request.params.number)) throw notFound();
      return reply.sendPage({
        title: t('feedback.received.title'),
        breadcrumbs: [
          { href: '/feedback', label: t('feedback.title') },
          { label: t('feedback.received.title') },
        ],
        main: html`<div class="narrow"><div class="notice" role="status"><p>${t('feedback.received.again', { number: request.params.number })}</p></div>
<h1>${t('feedback.received.title')}</h1><p>${t('feedback.received.againHint')}</p></div>`,
      });
    },
  );
}
