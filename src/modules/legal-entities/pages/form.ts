import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { ENTITY_KINDS, ENTITY_STATUSES } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { dateInput, fieldset, select, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { saveEntity } from '../commands/save-entity.ts';
import { findEntity } from '../queries.ts';
import { IdParams, SaveEntityBody } from '../schemas.ts';
import { entityName } from './views.ts';

/** Every administrative unit, a soum or district named with its aimag, in the reader's order. */
async function unitChoices(db: Queryable, locale: Locale) {
  const rows = await db.query<{ code: string; mn: string; en: string }>(sql`
    select u.code, concat_ws(' — ', p.name_mn, u.name_mn) as mn, concat_ws(' — ', p.name_en, u.name_en) as en
    from admin_units u left join admin_units p on p.code = u.parent_code`);
  return rows
    .map((u) => ({ value: u.code, label: locale === 'mn' ? u.mn : u.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Every public body, by name in the reader's language. */
async function organizationChoices(db: Queryable, locale: Locale) {
  const rows = await db.query<{ slug: string; mn: string; en: string }>(
    sql`select slug, name_mn as mn, name_en as en from organizations`,
  );
  return rows
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : o.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The form's body: the identifier, the names, the facts and the public body, each field with its error. */
async function entityForm(ctx: ModuleContext, form: FormState, request: FastifyRequest) {
  const { t, locale } = request;
  const text = (id: string, hint?: string) =>
    textField(id, t(`legal-entities.field.${id}`), form.value(id), {
      error: form.error(id),
      ...(hint ? { hint } : {}),
    });
  const choice = (id: string, options: { value: string; label: string }[], placeholder?: string) =>
    select(request, {
      id,
      label: t(`legal-entities.field.${id}`),
      options,
      selected: form.value(id),
      ...(placeholder !== undefined ? { placeholder } : {}),
      error: form.error(id),
    });
  const pack = ctx.country.legalEntities;
  return html`<form method="post" action="${form.action}" novalidate>${form.csrf}
${fieldset({
  legend: t('legal-entities.form.identifier'),
  body: html`${text('scheme', t('legal-entities.form.schemeHint', { national: pack.nationalScheme }))}
${text('identifier', t('legal-entities.form.identifierHint', { format: t.pick(pack.numberFormat) }))}`,
})}
${fieldset({
  legend: t('legal-entities.form.names'),
  body: html`${text('nameMn')}${text('nameEn')}${text('commonNameMn', t('legal-entities.form.commonHint'))}${text('commonNameEn')}`,
})}
${fieldset({
  legend: t('legal-entities.form.facts'),
  body: html`${choice(
    'kind',
    ENTITY_KINDS.map((k) => ({ value: k, label: t(`legal-entities.kind.${k}`) })),
  )}
${choice(
  'status',
  ENTITY_STATUSES.map((s) => ({ value: s, label: t(`legal-entities.status.${s}`) })),
)}
${choice('adminUnit', await unitChoices(ctx.db, locale), t('legal-entities.form.noUnit'))}
${dateInput(request, { id: 'registeredOn', label: t('legal-entities.field.registeredOn'), value: form.value('registeredOn'), error: form.error('registeredOn') })}
${choice('organization', await organizationChoices(ctx.db, locale), t('legal-entities.form.noOrganization'))}`,
})}
<button type="submit" class="button">${t('legal-entities.form.submit')}</button>
</form>`;
}

/** The staff's forms: record an entity, correct one; 303 to its page, or 422 with the error summary. */
export function formPages(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.legalEntities;
  formRoute(app, {
    path: '/legal-entities/new',
    access: { action: 'legal-entities.manage' },
    body: SaveEntityBody,
    values: async () => ({ scheme: pack.nationalScheme, kind: 'company', status: 'active' }),
    command: (input, request) => saveEntity(ctx.db, request.actor, input, request.meta, pack),
    render: async (form, request) => {
      const { t } = request;
      return {
        title: t('legal-entities.create.title'),
        breadcrumbs: [
          { href: '/legal-entities', label: t('legal-entities.title') },
          { label: t('legal-entities.create.title') },
        ],
        main: html`<h1>${t('legal-entities.create.title')}</h1>${await entityForm(ctx, form, request)}`,
      };
    },
    redirect: (saved) => `/legal-entities/${saved.id}`,
  });

  const load = async (id: string) => {
    const entity = await findEntity(ctx.db, id);
    if (!entity || entity.mergedInto !== null) throw notFound();
    return entity;
  };
  formRoute(app, {
    path: '/legal-entities/:id/edit',
    access: { action: 'legal-entities.manage' },
    params: IdParams,
    body: SaveEntityBody,
    values: async (request) => {
      const e = await load(request.params.id);
      return {
        scheme: e.scheme,
        identifier: e.identifier,
        nameMn: e.nameMn ?? '',
        nameEn: e.nameEn ?? '',
        commonNameMn: e.commonNameMn ?? '',
        commonNameEn: e.commonNameEn ?? '',
        kind: e.kind,
        status: e.status,
        adminUnit: e.adminUnitCode ?? '',
        registeredOn: e.registeredOn ?? '',
        organization: e.organization ?? '',
      };
    },
    command: async (input, request) => {
      const e = await load(request.params.id);
      return saveEntity(ctx.db, request.actor, input, request.meta, pack, e.id);
    },
    render: async (form, request) => {
      const { t } = request;
      const e = await load(request.params.id);
      const name = entityName(t, e);
      const title = t('legal-entities.edit.title');
      return {
        title,
        breadcrumbs: [
          { href: '/legal-entities', label: t('legal-entities.title') },
          { href: `/legal-entities/${e.id}`, label: name },
          { label: title },
        ],
        main: html`<h1>${title}</h1><p class="lead">${name}</p>${await entityForm(ctx, form, request)}`,
      };
    },
    redirect: (saved) => `/legal-entities/${saved.id}`,
  });
}
