import { authorize } from '../../../../platform/auth/permissions.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { type FormState, formRoute } from '../../../../platform/forms/index.ts';
import { locationUnits } from '../../../../platform/forms/location.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { Translator } from '../../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { dateInput, radios, select, textarea, textField } from '../../../../platform/views/components.ts';
import { type Html, html } from '../../../../platform/views/html.ts';
import { openCase } from '../commands/open-case.ts';
import { recordStep, WRITE } from '../commands/record-step.ts';
import { companyName } from '../present.ts';
import { findCase } from '../queries.ts';
import { CaseParams, OpenCaseBody, STEP_BODIES } from '../schemas.ts';
import { OUTCOMES, STEPS, type Step, stepSelector } from '../stages.ts';

type Ctx = { t: Translator };

/** The fields of one step's form, besides its day. */
function stepFields(step: Step, form: FormState, ctx: Ctx): Html {
  const { t } = ctx;
  const note = textarea(ctx, {
    id: 'note',
    label: t('extractives.environment.field.note'),
    value: form.value('note'),
    error: form.error('note'),
  });
  switch (step) {
    case 'notice':
      return html``;
    case 'reply':
      return html`${textarea(ctx, {
        id: 'text',
        label: t('extractives.environment.field.replyText'),
        hint: t('extractives.environment.reply.hint'),
        value: form.value('text'),
        error: form.error('text'),
        rows: 10,
      })}${radios(ctx, {
        id: 'language',
        label: t('extractives.environment.field.language'),
        selected: form.value('language'),
        error: form.error('language'),
        options: [
          { value: 'mn', label: 'Монгол' },
          { value: 'en', label: 'English' },
        ],
      })}`;
    case 'decision':
      return html`${radios(ctx, {
        id: 'listed',
        label: t('extractives.environment.field.listed'),
        selected: form.value('listed'),
        error: form.error('listed'),
        options: [
          { value: 'yes', label: t('extractives.environment.decision.listed') },
          { value: 'no', label: t('extractives.environment.decision.notListed') },
        ],
      })}
${textField('penaltyMnt', t('extractives.environment.field.penalty'), form.value('penaltyMnt'), { error: form.error('penaltyMnt'), inputmode: 'decimal' })}
${textarea(ctx, { id: 'remedyMn', label: t('extractives.environment.field.remedyMn'), value: form.value('remedyMn'), error: form.error('remedyMn') })}
${textarea(ctx, { id: 'remedyEn', label: t('extractives.environment.field.remedyEn'), value: form.value('remedyEn'), error: form.error('remedyEn') })}
${dateInput(ctx, { id: 'remedyDue', label: t('extractives.environment.field.remedyDue'), value: form.value('remedyDue'), error: form.error('remedyDue') })}`;
    case 'appeal':
      return note;
    case 'appeal-outcome':
      return html`${radios(ctx, {
        id: 'outcome',
        label: t('extractives.environment.field.outcome'),
        selected: form.value('outcome'),
        error: form.error('outcome'),
        options: OUTCOMES.map((o) => ({
          value: o,
          label: t('extractives.environment.outcome', { outcome: o }),
        })),
      })}
${textField('penaltyMnt', t('extractives.environment.field.penaltyVaried'), form.value('penaltyMnt'), { error: form.error('penaltyMnt'), inputmode: 'decimal' })}
${note}`;
    case 'remedy-verified':
    case 'delisted':
      return note;
  }
}

/** The keeper's forms: open a case on an inspection, and one form for each step of due process. */
export function formPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/extractives/environment/new',
    access: { action: WRITE },
    body: OpenCaseBody,
    command: (input, request) => openCase(ctx, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t, locale } = request;
      const title = t('extractives.environment.open.title');
      const [units, organizations] = await Promise.all([
        locationUnits(ctx.db, locale),
        ctx.db.query<{ slug: string; mn: string; en: string }>(
          sql`select slug, name_mn as mn, name_en as en from organizations`,
        ),
      ]);
      const pick = (u: { nameMn: string; nameEn: string }) => (locale === 'mn' ? u.nameMn : u.nameEn);
      return {
        title,
        breadcrumbs: [
          { href: '/extractives/environment', label: t('extractives.environment.title') },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textField('company', t('extractives.environment.field.companyId'), form.value('company'), { hint: t('extractives.environment.open.companyHint'), error: form.error('company'), inputmode: 'numeric' })}
${textarea(request, { id: 'findingMn', label: t('extractives.environment.field.findingMn'), value: form.value('findingMn'), error: form.error('findingMn') })}
${textarea(request, { id: 'findingEn', label: t('extractives.environment.field.findingEn'), value: form.value('findingEn'), error: form.error('findingEn') })}
${select(request, {
  id: 'unit',
  label: t('extractives.environment.field.place'),
  options: [],
  groups: units.map((u) => ({
    label: pick(u),
    options: [
      { value: u.code, label: pick(u) },
      ...u.children.map((c) => ({ value: c.code, label: pick(c) })),
    ],
  })),
  selected: form.value('unit'),
  placeholder: t('extractives.environment.open.choose'),
  error: form.error('unit'),
})}
${textField('licences', t('extractives.environment.field.licences'), form.value('licences'), { hint: t('extractives.environment.open.licencesHint'), error: form.error('licences') })}
${dateInput(request, { id: 'inspectedOn', label: t('extractives.environment.field.inspectedOn'), value: form.value('inspectedOn'), error: form.error('inspectedOn') })}
${select(request, {
  id: 'inspector',
  label: t('extractives.environment.field.inspector'),
  options: organizations
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : o.en }))
    .sort((a, b) => a.label.localeCompare(b.label, locale)),
  selected: form.value('inspector'),
  placeholder: t('extractives.environment.open.choose'),
  error: form.error('inspector'),
})}
${textField('reportReference', t('extractives.environment.field.report'), form.value('reportReference'), { error: form.error('reportReference') })}
<button type="submit" class="button">${t('extractives.environment.submit')}</button>
</form>`,
      };
    },
    redirect: (c) => `/extractives/environment/${c.id}`,
  });

  for (const step of STEPS)
    formRoute(app, {
      path: `/extractives/environment/:id/${step}`,
      access: { action: WRITE },
      params: CaseParams,
      body: STEP_BODIES[step],
      values: async (request) => {
        const found = await findCase(ctx.db, request.params.id);
        if (!found) throw notFound();
        authorize(request.actor, WRITE, { organizationId: found.organizationId });
        return {};
      },
      command: (input, request) =>
        recordStep(ctx, request.actor, request.params.id, step, input, request.meta),
      render: async (form, request) => {
        const { t } = request;
        const found = await findCase(ctx.db, request.params.id);
        if (!found) throw notFound();
        const name = t.pick(companyName(found));
        const title = t('extractives.environment.step', { step: stepSelector(step) });
        return {
          title: `${title}: ${name}`,
          breadcrumbs: [
            { href: '/extractives/environment', label: t('extractives.environment.title') },
            { href: `/extractives/environment/${found.id}`, label: name },
            { label: title },
          ],
          main: html`<h1>${title}</h1>
<p class="lead">${name}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${dateInput(request, { id: 'date', label: t('extractives.environment.stepDate', { step: stepSelector(step) }), hint: t('extractives.environment.dateHint'), value: form.value('date'), error: form.error('date') })}
${stepFields(step, form, request)}
<button type="submit" class="button">${t('extractives.environment.submit')}</button>
</form>`,
        };
      },
      redirect: (c) => `/extractives/environment/${c.id}`,
    });
}
