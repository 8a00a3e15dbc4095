import type { Actor } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { select, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { SECTORS, STAGES } from '../codes.ts';
import { createProject } from '../commands/create-project.ts';
import { CreateProjectBody } from '../schemas.ts';

/** The organisations the actor may add a record for, by name in the reader's language. */
async function organizationChoices(db: Queryable, actor: Actor, locale: Locale) {
  const rows = await db.query<{ id: number; slug: string; mn: string; en: string }>(
    sql`select id, slug, name_mn as mn, name_en as en from organizations`,
  );
  return rows
    .filter((o) => can(actor, 'projects.create', { organizationId: o.id }))
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : o.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function createPage(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/projects/new',
    access: { action: 'projects.create' },
    body: CreateProjectBody,
    command: (input, request) => createProject(ctx.db, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const organizations = await organizationChoices(ctx.db, request.actor, request.locale);
      return {
        title: t('projects.create.title'),
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { label: t('projects.create.title') },
        ],
        main: html`<h1>${t('projects.create.title')}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${select(request, {
  id: 'organization',
  label: t('projects.field.organization'),
  options: organizations,
  selected: form.value('organization'),
  placeholder: t('projects.create.chooseOrganization'),
  error: form.error('organization'),
})}
${textField('slug', t('projects.field.slug'), form.value('slug'), { hint: t('projects.create.slugHint'), error: form.error('slug') })}
${textField('titleMn', t('projects.field.titleMn'), form.value('titleMn'), { error: form.error('titleMn') })}
${textField('titleEn', t('projects.field.titleEn'), form.value('titleEn'), { error: form.error('titleEn') })}
${textarea(request, { id: 'descriptionMn', label: t('projects.field.descriptionMn'), value: form.value('descriptionMn'), error: form.error('descriptionMn') })}
${textarea(request, { id: 'descriptionEn', label: t('projects.field.descriptionEn'), value: form.value('descriptionEn'), error: form.error('descriptionEn') })}
${select(request, {
  id: 'sector',
  label: t('projects.field.sector'),
  options: SECTORS.map((s) => ({ value: s.code, label: t.pick(s.name) })),
  selected: form.value('sector'),
  placeholder: t('projects.create.chooseSector'),
  error: form.error('sector'),
})}
${select(request, {
  id: 'stage',
  label: t('projects.field.stage'),
  options: STAGES.map((s) => ({ value: s, label: t(`projects.stage.${s}`) })),
  selected: form.value('stage'),
  error: form.error('stage'),
})}
<button type="submit" class="button">${t('projects.create.submit')}</button>
</form>`,
      };
    },
    redirect: (record) => `/projects/${record.slug}`,
  });
}
