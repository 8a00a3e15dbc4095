import type { Actor } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { CHECKBOX_VALUE } from '../../../platform/patterns.ts';
import { checkbox, dateInput, fieldset, select, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { addTerm } from '../commands/add-term.ts';
import { AddTermBody } from '../schemas.ts';

/** The organisations whose posts the actor may record, by name in the reader's language. */
async function organizationChoices(db: Queryable, actor: Actor, locale: Locale) {
  const rows = await db.query<{ id: number; slug: string; mn: string; en: string }>(
    sql`select id, slug, name_mn as mn, name_en as en from organizations`,
  );
  return rows
    .filter((o) => can(actor, 'officials.manage', { organizationId: o.id }))
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : o.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The form that records a term in a post: 303 to the official's page, or 422 with the error summary. */
export function createPage(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/officials/new',
    access: { action: 'officials.manage' },
    body: AddTermBody,
    command: (input, request) => addTerm(ctx.db, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const organizations = await organizationChoices(ctx.db, request.actor, request.locale);
      const text = (id: string, hint?: string) =>
        textField(id, t(`officials.field.${id}`), form.value(id), {
          error: form.error(id),
          ...(hint ? { hint } : {}),
        });
      return {
        title: t('officials.create.title'),
        breadcrumbs: [
          { href: '/officials', label: t('officials.title') },
          { label: t('officials.create.title') },
        ],
        main: html`<h1>${t('officials.create.title')}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${fieldset({
  legend: t('officials.create.person'),
  body: html`${text('slug', t('officials.create.slugHint'))}${text('nameMn')}${text('nameEn')}`,
})}
${fieldset({
  legend: t('officials.create.post'),
  body: html`${select(request, {
    id: 'organization',
    label: t('officials.field.organization'),
    options: organizations,
    selected: form.value('organization'),
    placeholder: t('officials.create.chooseOrganization'),
    error: form.error('organization'),
  })}${text('postMn')}${text('postEn')}${text('role')}
${checkbox(request, { id: 'declaresAssets', label: t('officials.field.declaresAssets'), checked: form.value('declaresAssets') === CHECKBOX_VALUE })}
${checkbox(request, { id: 'politicallyExposed', label: t('officials.field.politicallyExposed'), checked: form.value('politicallyExposed') === CHECKBOX_VALUE })}`,
})}
${fieldset({
  legend: t('officials.create.term'),
  body: html`${dateInput(request, { id: 'startsOn', label: t('officials.field.startsOn'), value: form.value('startsOn'), error: form.error('startsOn') })}
${dateInput(request, { id: 'endsOn', label: t('officials.field.endsOn'), hint: t('officials.create.endsOnHint'), value: form.value('endsOn'), error: form.error('endsOn') })}
${text('source', t('officials.create.sourceHint'))}`,
})}
<button type="submit" class="button">${t('officials.create.submit')}</button>
</form>`,
      };
    },
    redirect: (added) => `/officials/${added.slug}`,
  });
}
