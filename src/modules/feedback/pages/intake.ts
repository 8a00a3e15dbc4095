import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { refuse } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { documentsAndImages, isReceivedFile } from '../../../platform/files/index.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { checkLocation, locationUnits } from '../../../platform/forms/location.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isChecked } from '../../../platform/patterns.ts';
import { checkbox, locationField, select, textarea, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { listCategories } from '../cases.ts';
import { type Channel, caseKinds, operatorChannels } from '../kinds.ts';
import { isTrackingNumber } from '../numbers.ts';
import { MAX_ATTACHMENTS, submitCase } from '../submit.ts';
import { checkCase } from '../validation.ts';
import { namedChoices } from '../views.ts';
import { caseNumberPage } from './case-list.ts';

type Mode = 'web' | 'kiosk' | 'operator';

const Text = Type.Optional(Type.String({ maxLength: 64 * 1024 }));
/** The case form's fields; its files (multipart) arrive in `attachments`. */
const fields = [
  'submissionId',
  'channel',
  'kind',
  'category',
  'aimag',
  'subject',
  'body',
  'soum',
  'lat',
  'lon',
  'name',
  'phone',
  'email',
  'address',
  'registerNumber',
  'publishConsent',
] as const;
const CaseForm = Type.Object({
  ...(Object.fromEntries(fields.map((f) => [f, Text])) as Record<(typeof fields)[number], typeof Text>),
  attachments: Type.Optional(Type.Unknown()),
});
/** The case form's files: one more than a case takes, so that the form itself can say "at most 5". */
const uploads = {
  files: MAX_ATTACHMENTS + 1,
  fileSize: documentsAndImages.maxBytes,
  fields: 40,
  fieldSize: 64 * 1024,
};

async function centreId(ctx: ModuleContext): Promise<number | null> {
  const [row] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${ctx.country.feedback.centreSlug}`,
  );
  return row?.id ?? null;
}

/** The one case form: web (anonymous or signed in), kiosk (large, fewer fields), operator (channel and caller). */
async function caseForm(
  ctx: ModuleContext,
  request: FastifyRequest,
  mode: Mode,
  form: FormState,
  notice?: string,
) {
  const { t, locale } = request;
  const [categories, units] = await Promise.all([listCategories(ctx.db), locationUnits(ctx.db, locale)]);
  const { value, error: err } = form;
  const title = t(`feedback.form.title.${mode}`);
  const personal = (autocomplete: string) => (mode === 'operator' ? 'off' : autocomplete);
  const choose = (
    id: string,
    options: { value: string; label: string }[],
    placeholder = 'feedback.form.choose',
  ) =>
    select(
      { t },
      {
        id,
        label: t(`feedback.field.${id}`),
        options,
        selected: value(id),
        placeholder: t(placeholder),
        error: err(id),
      },
    );
  const contacts: Html = html`<fieldset class="feedback-fieldset"><legend>${t('feedback.form.contacts')}</legend>
<p class="hint">${t(mode === 'operator' ? 'feedback.form.contactsOperator' : 'feedback.form.contactsHint')}</p>
${textField('name', t('feedback.field.name'), value('name'), { error: err('name'), autocomplete: personal('name') })}
${textField('phone', t('feedback.field.phone'), value('phone'), { error: err('phone'), type: 'tel', autocomplete: personal('tel') })}
${
  mode === 'kiosk'
    ? ''
    : html`${textField('email', t('feedback.field.email'), value('email'), { error: err('email'), type: 'email', autocomplete: personal('email') })}
${textField('address', t('feedback.field.address'), value('address'), { error: err('address'), autocomplete: personal('street-address') })}
${textField('registerNumber', t('feedback.field.registerNumber'), value('registerNumber'), { error: err('registerNumber'), hint: t('feedback.field.registerNumberHint') })}`
}
</fieldset>`;
  const main = html`${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}
<h1>${title}</h1>
<p class="lead">${t(`feedback.form.lead.${mode}`)}</p>
<form method="post" action="${form.action}" enctype="multipart/form-data" novalidate>
${form.csrf}
<input type="hidden" name="submissionId" value="${value('submissionId') || randomUUID()}">
${
  mode === 'operator'
    ? choose(
        'channel',
        operatorChannels.map((c) => ({ value: c, label: t(`feedback.channel.${c}`) })),
      )
    : ''
}
${choose(
  'kind',
  caseKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) })),
)}
${choose('category', namedChoices(t, categories, 'code'))}
${locationField(request.page, {
  units,
  value: { aimag: value('aimag'), soum: value('soum'), lat: value('lat'), lon: value('lon') },
  errors: { aimag: err('aimag'), soum: err('soum'), lat: err('lat'), lon: err('lon') },
  labels: {
    legend: t('feedback.form.location'),
    aimag: t('feedback.field.aimag'),
    anyAimag: t('feedback.form.national'),
    soum: t('feedback.field.soum'),
    lat: t('feedback.field.lat'),
    lon: t('feedback.field.lon'),
  },
  // The kiosk asks for the aimag only.
  withoutPoint: mode === 'kiosk',
})}
${textField('subject', t('feedback.field.subject'), value('subject'), { error: err('subject') })}
${textarea({ t }, { id: 'body', label: t('feedback.field.body'), value: value('body'), error: err('body'), hint: t('feedback.field.bodyHint'), rows: mode === 'kiosk' ? 5 : 8 })}
${
  mode === 'kiosk'
    ? ''
    : html`<div class="field${err('attachments') ? ' field-error' : ''}"><label for="attachments">${t('feedback.field.attachments')}</label>
<p class="hint" id="attachments-hint">${t('feedback.field.attachmentsHint')}</p>
${err('attachments') ? html`<p class="error-message" id="attachments-error">${err('attachments')}</p>` : ''}
<input type="file" id="attachments" name="attachments" multiple accept="image/jpeg,image/png,image/webp,application/pdf" aria-describedby="attachments-hint${err('attachments') ? ' attachments-error' : ''}"></div>`
}
${contacts}
${checkbox({ t }, { id: 'publishConsent', label: t('feedback.field.publishConsent'), checked: isChecked(value('publishConsent')), hint: t('feedback.field.publishConsentHint') })}
<button type="submit" class="button">${t('feedback.form.submit')}</button>
</form>`;
  return {
    title,
    breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: title }],
    ...(mode === 'kiosk' ? { wide: true, main: html`<div class="feedback-kiosk">${main}</div>` } : { main }),
  };
}

const modes: Record<Mode, { path: string; channel: (sent?: string) => Channel | undefined }> = {
  web: { path: '/feedback/new', channel: () => 'web' },
  kiosk: { path: '/kiosk/feedback', channel: () => 'kiosk' },
  operator: { path: '/feedback/operator', channel: (sent) => operatorChannels.find((c) => c === sent) },
};

export function intakePages(app: App, ctx: ModuleContext): void {
  /** Only the 11-11 centre's staff enter calls: others are told so. */
  const operatorGate = async (request: FastifyRequest, reply: FastifyReply) => {
    if (can(request.actor, 'feedback.operate', { organizationId: await centreId(ctx) })) return;
    return reply.code(403).sendPage({
      title: request.t('feedback.operator.forbidden'),
      main: html`<h1>${request.t('feedback.operator.forbidden')}</h1>`,
    });
  };
  for (const [mode, { path, channel }] of Object.entries(modes) as [Mode, (typeof modes)[Mode]][]) {
    const operator = mode === 'operator';
    formRoute(app, {
      path,
      ...(operator
        ? {
            access: { action: 'feedback.operate' },
            preHandler: operatorGate,
            query: Type.Object({ entered: Type.Optional(Type.String({ maxLength: 100 })) }),
          }
        : { access: { action: 'feedback.submit' }, getAccess: 'public' as const }),
      uploads,
      body: CaseForm,
      command: async (input, request) => {
        const chosen = channel(input.channel);
        if (!chosen) return refuse('channel', 'feedback.error.channel');
        const { attachments, submissionId, channel: _, ...fields } = input;
        // The location field's own check (a soum of another aimag), beside every other problem of the case.
        const place = await checkLocation(ctx.db, fields);
        if (place.problems.length > 0) {
          const others = (await checkCase(ctx.db, fields)).problems;
          const named = new Set(place.problems.map((p) => p.field));
          return refuse([...place.problems, ...others.filter((p) => !named.has(p.field))]);
        }
        if (place.aimag) fields.aimag = place.aimag;
        return submitCase(ctx, request.actor, fields, {
          channel: chosen,
          meta: request.meta,
          locale: request.locale,
          attachments: [attachments ?? []].flat().filter(isReceivedFile),
          ...(submissionId ? { idempotencyKey: submissionId } : {}),
        });
      },
      // Committed: only now is the number shown. The follow link's secret travels once, in this redirect.
      redirect: (c) =>
        operator
          ? `/feedback/operator?entered=${c.number}`
          : c.followToken
            ? `/feedback/follow/${c.followToken}?new=1${mode === 'kiosk' ? '&kiosk=1' : ''}`
            : `/feedback/received/${c.number}`,
      render: (form, request) => {
        const entered = (request.query as { entered?: string }).entered;
        const notice =
          operator && entered && isTrackingNumber(entered)
            ? request.t('feedback.operator.entered', { number: entered })
            : undefined;
        return caseForm(ctx, request, mode, form, notice);
      },
    });
  }

  caseNumberPage(app, '/feedback/received/:number', async ({ t }, number) => ({
    title: t('feedback.received.title'),
    breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: t('feedback.received.title') }],
    main: html`<div class="narrow"><div class="notice" role="status"><p>${t('feedback.received.again', { number })}</p></div>
<h1>${t('feedback.received.title')}</h1><p>${t('feedback.received.againHint')}</p></div>`,
  }));
}
