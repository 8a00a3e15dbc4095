import type { Actor } from '../../../../platform/auth/actor.ts';
import { authorize, can } from '../../../../platform/auth/permissions.ts';
import type { Queryable } from '../../../../platform/db/database.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { type FormState, formRoute } from '../../../../platform/forms/index.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { Translator } from '../../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { select, textarea, textField } from '../../../../platform/views/components.ts';
import type { PageContext } from '../../../../platform/views/context.ts';
import { html } from '../../../../platform/views/html.ts';
import { createLicence, updateLicence } from '../commands/write-licence.ts';
import { findLicence, LICENCE_STATUSES, type Licence } from '../queries.ts';
import { LicenceFormBody, SlugParams } from '../schemas.ts';

/** The kinds of licence the actor may write: those whose issuer it acts for. */
export async function kindChoices(ctx: ModuleContext, actor: Actor, t: Translator) {
  const issuers = await ctx.db.query<{ id: number; slug: string }>(sql`select id, slug from organizations`);
  const ids = new Map(issuers.map((o) => [o.slug, Number(o.id)]));
  return ctx.country.extractives.licenceTypes
    .filter(
      (k) =>
        ids.has(k.issuerSlug) &&
        can(actor, 'extractives.licences.write', { organizationId: ids.get(k.issuerSlug)! }),
    )
    .map((k) => ({ value: k.code, label: t.pick(k.name) }));
}

/** A licence as the form shows it to be changed. */
function formValues(l: Licence): Record<string, string> {
  return {
    type: l.type,
    number: l.number,
    nameMn: l.nameMn,
    nameEn: l.nameEn,
    status: l.status,
    appliedOn: l.appliedOn ?? '',
    grantedOn: l.grantedOn ?? '',
    expiresOn: l.expiresOn ?? '',
    commodities: l.commodities.join(', '),
    holders: l.holders.map((h) => `#${h.entityId} ${h.share}`).join('\n'),
    area: l.geometry ? JSON.stringify(l.geometry) : '',
    adminUnit: l.adminUnitCode ?? '',
    fees: l.fees.map((f) => `${f.year} ${Number(f.due)} ${Number(f.paid)}`).join('\n'),
  };
}

async function lockedOut(db: Queryable, slug: string): Promise<Licence> {
  const found = await findLicence(db, slug);
  if (!found) throw notFound();
  return found;
}

function fields(
  page: PageContext,
  t: Translator,
  form: FormState,
  kinds: { value: string; label: string }[],
) {
  const f = (id: string, hint?: string) =>
    textField(id, t(`extractives.licences.field.${id}`), form.value(id), {
      ...(hint ? { hint } : {}),
      ...(form.error(id) ? { error: form.error(id)! } : {}),
    });
  const area = (id: string, rows: number, hint: string) =>
    textarea(page, {
      id,
      label: t(`extractives.licences.field.${id}`),
      value: form.value(id),
      rows,
      hint,
      error: form.error(id),
    });
  return html`${select(page, {
    id: 'type',
    label: t('extractives.licences.field.type'),
    options: kinds,
    selected: form.value('type'),
    placeholder: t('extractives.licences.form.chooseType'),
    error: form.error('type'),
  })}
${f('number', t('extractives.licences.form.numberHint'))}
${f('nameMn')}
${f('nameEn')}
${select(page, {
  id: 'status',
  label: t('extractives.licences.field.status'),
  options: LICENCE_STATUSES.map((s) => ({ value: s, label: t(`extractives.licences.status.${s}`) })),
  selected: form.value('status') || 'applied',
  error: form.error('status'),
})}
${f('appliedOn', t('extractives.licences.form.dateHint'))}
${f('grantedOn', t('extractives.licences.form.dateHint'))}
${f('expiresOn', t('extractives.licences.form.dateHint'))}
${f('commodities', t('extractives.licences.form.commoditiesHint'))}
${area('holders', 4, t('extractives.licences.form.holdersHint'))}
${area('area', 6, t('extractives.licences.form.areaHint'))}
${f('adminUnit', t('extractives.licences.form.adminUnitHint'))}
<fieldset><legend>${t('extractives.licences.form.decision')}</legend>
<p class="hint">${t('extractives.licences.form.decisionHint')}</p>
${f('decisionNumber')}
${f('decisionBody')}
${f('decisionDate', t('extractives.licences.form.dateHint'))}
${area('note', 3, t('extractives.licences.form.noteHint'))}
</fieldset>
${area('fees', 4, t('extractives.licences.form.feesHint'))}
<button type="submit" class="button">${t('extractives.licences.form.submit')}</button>`;
}

/** The issuer's forms: a new licence, and a change to one (its status with the decision behind it). */
export function formPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/extractives/licences/new',
    access: { action: 'extractives.licences.write' },
    body: LicenceFormBody,
    command: (input, request) => createLicence(ctx, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const title = t('extractives.licences.create.title');
      return {
        title,
        breadcrumbs: [
          { href: '/extractives', label: t('extractives.title') },
          { href: '/extractives/licences', label: t('extractives.licences.title') },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${fields(request.page, t, form, await kindChoices(ctx, request.actor, t))}
</form>`,
      };
    },
    redirect: (licence) => `/extractives/licences/${licence.slug}`,
  });

  formRoute(app, {
    path: '/extractives/licences/:slug/edit',
    access: { action: 'extractives.licences.write' },
    params: SlugParams,
    body: LicenceFormBody,
    values: async (request) => {
      const found = await lockedOut(ctx.db, request.params.slug);
      authorize(request.actor, 'extractives.licences.write', { organizationId: found.organizationId });
      return formValues(found);
    },
    command: (input, request) => updateLicence(ctx, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const found = await lockedOut(ctx.db, request.params.slug);
      const title = t('extractives.licences.edit.title', { number: found.number });
      return {
        title,
        breadcrumbs: [
          { href: '/extractives', label: t('extractives.title') },
          { href: '/extractives/licences', label: t('extractives.licences.title') },
          { href: `/extractives/licences/${found.slug}`, label: found.number },
          { label: t('extractives.licences.edit.link') },
        ],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${fields(request.page, t, form, await kindChoices(ctx, request.actor, t))}
</form>`,
      };
    },
    redirect: (licence) => `/extractives/licences/${licence.slug}`,
  });
}
