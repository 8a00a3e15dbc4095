import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize, can } from '../../../platform/auth/permissions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { locationUnits } from '../../../platform/forms/location.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { locationField, select, textarea, textField } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { PROJECT_TYPES, SECTORS, STAGES, STATUSES } from '../codes.ts';
import { addRevision } from '../commands/add-revision.ts';
import { createProject, updateProject } from '../commands/write-project.ts';
import { findProject, type Project, projectFunding, projectPlaces } from '../queries.ts';
import { CreateProjectForm, EditProjectForm, RevisionBody, SlugParams } from '../schemas.ts';

type Choice = { value: string; label: string };

/** Every organisation by name in the reader's language; `onlyWritable` keeps those the actor may write for. */
async function organizationChoices(db: Queryable, actor: Actor, locale: Locale, onlyWritable: boolean) {
  const rows = await db.query<{ id: number; slug: string; mn: string; en: string }>(
    sql`select id, slug, name_mn as mn, name_en as en from organizations`,
  );
  return rows
    .filter((o) => !onlyWritable || can(actor, 'projects.write', { organizationId: Number(o.id) }))
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : o.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

async function found(db: Queryable, slug: string): Promise<Project> {
  const project = await findProject(db, slug);
  if (!project) throw notFound();
  return project;
}

/** A project as the edit form shows it. */
async function formValues(db: Queryable, p: Project): Promise<Record<string, string>> {
  const [places, funding] = await Promise.all([projectPlaces(db, p.id), projectFunding(db, p.id)]);
  const unit = p.adminUnitCode
    ? (
        await db.query<{ code: string; parent: string | null }>(
          sql`select code, parent_code as parent from admin_units where code = ${p.adminUnitCode}`,
        )
      )[0]
    : undefined;
  return {
    organization: p.organization,
    supervisingOrganization: p.supervisingOrganization ?? '',
    titleMn: p.titleMn,
    titleEn: p.titleEn,
    descriptionMn: p.descriptionMn,
    descriptionEn: p.descriptionEn,
    sector: p.sector,
    projectType: p.projectType ?? '',
    stage: p.stage,
    status: p.status,
    actualStart: p.actualStart ?? '',
    actualEnd: p.actualEnd ?? '',
    aimag: unit ? (unit.parent ?? unit.code) : '',
    soum: unit?.parent ? unit.code : '',
    locations:
      places.length === 0
        ? ''
        : JSON.stringify({
            type: 'FeatureCollection',
            features: places.map((l) => ({
              type: 'Feature',
              geometry: l.geometry,
              properties: {
                ...(l.descriptionMn ? { descriptionMn: l.descriptionMn } : {}),
                ...(l.descriptionEn ? { descriptionEn: l.descriptionEn } : {}),
                ...(l.adminUnitCode ? { adminUnit: l.adminUnitCode } : {}),
              },
            })),
          }),
    funding: funding
      .map((f) => [f.source, f.amount, f.currency, f.loan ?? f.budgetLineRef ?? ''].join(' ').trim())
      .join('\n'),
  };
}

/** The fields every project has, on both forms. */
async function projectFields(
  ctx: ModuleContext,
  page: PageContext,
  form: FormState,
  organizations: { writable: Choice[]; all: Choice[] },
): Promise<Html> {
  const { t } = page;
  const f = (id: string, hint?: string) =>
    textField(id, t(`projects.field.${id}`), form.value(id), {
      ...(hint ? { hint } : {}),
      ...(form.error(id) ? { error: form.error(id)! } : {}),
    });
  const area = (id: string, rows: number, hint?: string) =>
    textarea(page, {
      id,
      label: t(`projects.field.${id}`),
      value: form.value(id),
      rows,
      ...(hint ? { hint } : {}),
      error: form.error(id),
    });
  const choose = (id: string, options: Choice[], placeholder?: string) =>
    select(page, {
      id,
      label: t(`projects.field.${id}`),
      options,
      selected: form.value(id),
      ...(placeholder ? { placeholder } : {}),
      error: form.error(id),
    });
  return html`${choose('organization', organizations.writable, t('projects.form.chooseOrganization'))}
${choose('supervisingOrganization', organizations.all, t('projects.form.none'))}
${f('titleMn')}
${f('titleEn')}
${area('descriptionMn', 5)}
${area('descriptionEn', 5)}
${choose(
  'sector',
  SECTORS.map((s) => ({ value: s.code, label: t.pick(s.name) })),
  t('projects.form.chooseSector'),
)}
${choose(
  'projectType',
  PROJECT_TYPES.map((v) => ({ value: v, label: t(`projects.type.${v}`) })),
  t('projects.form.none'),
)}
${choose(
  'stage',
  STAGES.map((s) => ({ value: s, label: t(`projects.stage.${s}`) })),
)}
${choose(
  'status',
  STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) })),
)}
${f('actualStart', t('projects.form.dateHint'))}
${f('actualEnd', t('projects.form.dateHint'))}
${locationField(page, {
  units: await locationUnits(ctx.db, page.locale),
  value: { aimag: form.value('aimag'), soum: form.value('soum') },
  errors: { aimag: form.error('aimag'), soum: form.error('soum') },
  withoutPoint: true,
  labels: { legend: t('projects.form.unit') },
})}
${area('locations', 8, t('projects.form.locationsHint'))}
${area('funding', 4, t('projects.form.fundingHint'))}`;
}

/** The forms: a new project, a change to one, a revision of its budget or schedule. */
export function formPages(app: App, ctx: ModuleContext): void {
  const organizations = async (actor: Actor, locale: Locale) => ({
    writable: await organizationChoices(ctx.db, actor, locale, true),
    all: await organizationChoices(ctx.db, actor, locale, false),
  });

  formRoute(app, {
    path: '/projects/new',
    access: { action: 'projects.write' },
    body: CreateProjectForm,
    command: (input, request) => createProject(ctx, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const title = t('projects.create.title');
      const f = (id: string, hint?: string) =>
        textField(id, t(`projects.field.${id}`), form.value(id), {
          ...(hint ? { hint } : {}),
          ...(form.error(id) ? { error: form.error(id)! } : {}),
        });
      return {
        title,
        breadcrumbs: [{ href: '/projects', label: t('projects.title') }, { label: title }],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${f('slug', t('projects.create.slugHint'))}
${await projectFields(ctx, request.page, form, await organizations(request.actor, request.locale))}
<fieldset><legend>${t('projects.form.plan')}</legend>
<p class="hint">${t('projects.form.planHint')}</p>
${f('budgetAmount')}
${f('budgetCurrency', t('projects.form.currencyHint'))}
${f('budgetApprovedOn', t('projects.form.dateHint'))}
${f('plannedStart', t('projects.form.dateHint'))}
${f('plannedEnd', t('projects.form.dateHint'))}
${f('planDecision')}
</fieldset>
<button type="submit" class="button">${t('projects.form.submit')}</button>
</form>`,
      };
    },
    redirect: (project) => `/projects/${project.slug}`,
  });

  formRoute(app, {
    path: '/projects/:slug/edit',
    access: { action: 'projects.write' },
    params: SlugParams,
    body: EditProjectForm,
    values: async (request) => {
      const project = await found(ctx.db, request.params.slug);
      authorize(request.actor, 'projects.write', { organizationId: project.organizationId });
      return formValues(ctx.db, project);
    },
    command: (input, request) => updateProject(ctx, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const project = await found(ctx.db, request.params.slug);
      const name = t.pick({ mn: project.titleMn, en: project.titleEn });
      const title = t('projects.edit.title', { name });
      return {
        title,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: `/projects/${project.slug}`, label: name },
          { label: t('projects.edit.link') },
        ],
        main: html`<h1>${title}</h1>
<p>${t('projects.edit.planNote')} <a href="/projects/${project.slug}/revisions/new">${t('projects.revision.link')}</a></p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${await projectFields(ctx, request.page, form, await organizations(request.actor, request.locale))}
<button type="submit" class="button">${t('projects.form.submit')}</button>
</form>`,
      };
    },
    redirect: (project) => `/projects/${project.slug}`,
  });

  formRoute(app, {
    path: '/projects/:slug/revisions/new',
    access: { action: 'projects.write' },
    params: SlugParams,
    body: RevisionBody,
    values: async (request) => {
      const project = await found(ctx.db, request.params.slug);
      authorize(request.actor, 'projects.write', { organizationId: project.organizationId });
      return {};
    },
    command: (input, request) => addRevision(ctx.db, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const project = await found(ctx.db, request.params.slug);
      const name = t.pick({ mn: project.titleMn, en: project.titleEn });
      const title = t('projects.revision.title', { name });
      const f = (id: string, hint?: string) =>
        textField(id, t(`projects.field.${id}`), form.value(id), {
          ...(hint ? { hint } : {}),
          ...(form.error(id) ? { error: form.error(id)! } : {}),
        });
      const now = project.budgetAmount
        ? t.money(Number(project.budgetAmount), project.budgetCurrency!)
        : t('projects.record.none');
      return {
        title,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: `/projects/${project.slug}`, label: name },
          { label: t('projects.revision.link') },
        ],
        main: html`<h1>${title}</h1>
<p>${t('projects.revision.now', {
          budget: now,
          start: project.plannedStart ?? '—',
          end: project.plannedEnd ?? '—',
        })}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${f('revisedOn', t('projects.form.dateHint'))}
${f('budgetAmount')}
${f('budgetCurrency', t('projects.form.currencyHint'))}
${f('plannedStart', t('projects.form.dateHint'))}
${f('plannedEnd', t('projects.form.dateHint'))}
${textarea(request.page, { id: 'reasonMn', label: t('projects.field.reasonMn'), value: form.value('reasonMn'), rows: 3, error: form.error('reasonMn') })}
${textarea(request.page, { id: 'reasonEn', label: t('projects.field.reasonEn'), value: form.value('reasonEn'), rows: 3, error: form.error('reasonEn') })}
${f('decision')}
<button type="submit" class="button">${t('projects.form.submit')}</button>
</form>`,
      };
    },
    redirect: (project) => `/projects/${project.slug}`,
  });
}
