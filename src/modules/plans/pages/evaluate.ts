import { Type } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textarea } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { checkedValues } from '../commands/frame.ts';
import { publishEvaluation } from '../commands/publish-evaluation.ts';
import { EvaluationBody, saveEvaluation } from '../commands/save-evaluation.ts';
import { draftOf, earlyResults, evaluationCompletions, impacts, isStarred } from '../evaluations.ts';
import { ogpValues } from '../service.ts';
import { IdParams, visibleCommitment } from './commitment.ts';
import { commitmentNumber, pick, planCrumbs } from './shared.ts';

const access = { action: 'plans.evaluate' } as const;

function radios(
  t: (k: string) => string,
  name: string,
  legend: string,
  options: readonly string[],
  prefix: string,
  selected: string,
  error?: string,
  optional = false,
): Html {
  return html`<fieldset class="field${error ? ' field-error' : ''}" id="${name}"><legend>${legend}</legend>
${error ? html`<p class="error-message">${error}</p>` : ''}
${optional ? html`<div class="radio"><input type="radio" id="${name}-none" name="${name}" value=""${selected === '' ? html` checked` : ''}><label for="${name}-none">${t('plans.evaluate.notYet')}</label></div>` : ''}
${options.map((o) => html`<div class="radio"><input type="radio" id="${name}-${o}" name="${name}" value="${o}"${o === selected ? html` checked` : ''}><label for="${name}-${o}">${t(`${prefix}.${o}`)}</label></div>`)}</fieldset>`;
}

/** The evaluator's form: the IRM's scales with a justification; saved as a draft, then published. */
export function evaluatePages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/plans/commitments/:id/evaluate',
    access,
    params: IdParams,
    body: EvaluationBody,
    values: async (request) => {
      const { commitment } = await visibleCommitment(ctx, request, request.params.id);
      const draft = await draftOf(ctx.db, commitment.id, request.actor.userId);
      return {
        verifiable: draft ? (draft.verifiable ? 'yes' : 'no') : '',
        relevance: draft?.relevance ?? [],
        potentialImpact: draft?.potentialImpact ?? '',
        completion: draft?.completion ?? '',
        earlyResults: draft?.earlyResults ?? '',
        justification: draft?.justification ?? '',
      };
    },
    command: (input, request) =>
      saveEvaluation(ctx, request.actor, Number(request.params.id), input, request.meta),
    redirect: (_value, request) => `/plans/commitments/${request.params.id}/evaluate?saved=1`,
    render: async (form, request) => {
      const { t } = request;
      const { plan, commitment: c } = await visibleCommitment(ctx, request, request.params.id);
      const draft = await draftOf(ctx.db, c.id, request.actor.userId);
      const relevance = checkedValues(form.values.relevance);
      const title = t('plans.evaluate.title');
      const radiosOf = (
        name: string,
        legend: string,
        options: readonly string[],
        prefix: string,
        optional = false,
      ) => radios(t, name, legend, options, prefix, form.value(name), form.error(name), optional);
      return {
        title,
        breadcrumbs: planCrumbs(t, plan, [
          { href: `/plans/commitments/${c.id}`, label: commitmentNumber(t, c) },
          { label: title },
        ]),
        main: html`${(request.query as { saved?: string }).saved ? html`<div class="notice" role="status"><p>${t('plans.evaluate.saved')}</p></div>` : ''}
<h1>${title}</h1><p class="lead">${commitmentNumber(t, c)} ${pick(t, c)}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${radiosOf('verifiable', t('plans.evaluate.verifiable'), ['yes', 'no'], 'plans')}
<fieldset class="field${form.error('relevance') ? ' field-error' : ''}" id="relevance"><legend>${t('plans.evaluate.relevance')}</legend>
<p class="hint">${t('plans.evaluate.relevanceHint')}</p>
${ogpValues.map((o) => html`<div class="checkbox"><input type="checkbox" id="relevance-${o}" name="relevance" value="${o}"${relevance.includes(o) ? html` checked` : ''}><label for="relevance-${o}">${t(`plans.value.${o}`)}</label></div>`)}</fieldset>
${radiosOf('potentialImpact', t('plans.evaluate.potentialImpact'), impacts, 'plans.impact')}
${radiosOf('completion', t('plans.evaluate.completion'), evaluationCompletions, 'plans.irmCompletion')}
${radiosOf('earlyResults', t('plans.evaluate.earlyResults'), earlyResults, 'plans.early', true)}
${textarea({ t }, { id: 'justification', label: t('plans.evaluate.justification'), value: form.value('justification'), error: form.error('justification'), hint: t('plans.evaluate.justificationHint'), rows: 4 })}
<p class="hint">${t('plans.evaluate.starRule')}</p>
<button type="submit" class="button">${t('plans.evaluate.save')}</button></form>
${
  draft && form.errors.length === 0
    ? html`<section class="plans-publish"><h2>${t('plans.evaluate.draft')}</h2>
<p>${t(isStarred(draft) ? 'plans.evaluate.wouldStar' : 'plans.evaluate.wouldNotStar')}</p>
<form method="post" action="/plans/evaluations/${draft.id}/publish">${form.csrf}<button type="submit" class="button">${t('plans.evaluate.publish')}</button></form></section>`
    : ''
}`,
      };
    },
  });

  app.post(
    '/plans/evaluations/:id/publish',
    {
      schema: {
        hide: true,
        params: IdParams,
        body: Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
      config: { access },
    },
    async (request, reply) => {
      const result = await publishEvaluation(ctx, request.actor, Number(request.params.id), request.meta);
      if (!result.ok)
        return reply.code(422).sendPage({
          title: request.t('plans.error.prefix'),
          main: html`<p>${request.t('plans.error.prefix')}</p>`,
        });
      return reply.redirect(`/plans/commitments/${result.value.commitmentId}?rated=1`, 303);
    },
  );
}
