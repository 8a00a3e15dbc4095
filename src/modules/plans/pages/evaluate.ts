import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { errorSummary, textarea } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { publishEvaluation } from '../commands/publish-evaluation.ts';
import { type EvaluationInput, saveEvaluation } from '../commands/save-evaluation.ts';
import { draftOf, earlyResults, evaluationCompletions, impacts, isStarred } from '../evaluations.ts';
import { ogpValues } from '../service.ts';
import { IdParams, visibleCommitment } from './commitment.ts';
import { commitmentNumber, pick, planCrumbs } from './shared.ts';

const access = { access: { action: 'plans.evaluate' } } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

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
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    input: EvaluationInput | null,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const { plan, commitment: c } = await visibleCommitment(ctx, request, id);
    const draft = await draftOf(ctx.db, c.id, request.actor.userId);
    const v: EvaluationInput = input ?? {
      verifiable: draft ? (draft.verifiable ? 'yes' : 'no') : '',
      relevance: draft?.relevance ?? [],
      potentialImpact: draft?.potentialImpact ?? '',
      completion: draft?.completion ?? '',
      earlyResults: draft?.earlyResults ?? '',
      justification: draft?.justification ?? '',
    };
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    const path = `/plans/commitments/${c.id}/evaluate`;
    const title = t('plans.evaluate.title');
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: errors.length > 0 ? `${t('plans.error.prefix')}: ${title}` : title,
      breadcrumbs: planCrumbs(t, plan, [
        { href: `/plans/commitments/${c.id}`, label: commitmentNumber(t, c) },
        { label: title },
      ]),
      main: html`<div class="narrow">${errorSummary(request.page, errors)}
${request.query && (request.query as { saved?: string }).saved ? html`<div class="notice" role="status"><p>${t('plans.evaluate.saved')}</p></div>` : ''}
<h1>${title}</h1><p class="lead">${commitmentNumber(t, c)} ${pick(t, c)}</p>
<form method="post" action="${path}" novalidate>${reply.csrfField()}
${radios(t, 'verifiable', t('plans.evaluate.verifiable'), ['yes', 'no'], 'plans', v.verifiable, error('verifiable'))}
<fieldset class="field${error('relevance') ? ' field-error' : ''}" id="relevance"><legend>${t('plans.evaluate.relevance')}</legend>
<p class="hint">${t('plans.evaluate.relevanceHint')}</p>
${ogpValues.map((o) => html`<div class="checkbox"><input type="checkbox" id="relevance-${o}" name="relevance" value="${o}"${v.relevance.includes(o) ? html` checked` : ''}><label for="relevance-${o}">${t(`plans.value.${o}`)}</label></div>`)}</fieldset>
${radios(t, 'potentialImpact', t('plans.evaluate.potentialImpact'), impacts, 'plans.impact', v.potentialImpact, error('potentialImpact'))}
${radios(t, 'completion', t('plans.evaluate.completion'), evaluationCompletions, 'plans.irmCompletion', v.completion, error('completion'))}
${radios(t, 'earlyResults', t('plans.evaluate.earlyResults'), earlyResults, 'plans.early', v.earlyResults ?? '', error('earlyResults'), true)}
${textarea({ t }, { id: 'justification', label: t('plans.evaluate.justification'), value: v.justification, error: error('justification'), hint: t('plans.evaluate.justificationHint'), rows: 4 })}
<p class="hint">${t('plans.evaluate.starRule')}</p>
<button type="submit" class="button">${t('plans.evaluate.save')}</button></form>
${
  draft && !input
    ? html`<section class="plans-publish"><h2>${t('plans.evaluate.draft')}</h2>
<p>${t(isStarred(draft) ? 'plans.evaluate.wouldStar' : 'plans.evaluate.wouldNotStar')}</p>
<form method="post" action="/plans/evaluations/${draft.id}/publish">${reply.csrfField()}<button type="submit" class="button">${t('plans.evaluate.publish')}</button></form></section>`
    : ''
}</div>`,
    });
  };

  app.get(
    '/plans/commitments/:id/evaluate',
    { schema: { hide: true, params: IdParams, querystring: Query }, config: access },
    (request, reply) => render(request, reply, request.params.id, null, []),
  );

  app.post(
    '/plans/commitments/:id/evaluate',
    { schema: { hide: true, params: IdParams }, config: access },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const input: EvaluationInput = {
        verifiable: text(body.verifiable),
        relevance: list(body.relevance),
        potentialImpact: text(body.potentialImpact),
        completion: text(body.completion),
        earlyResults: text(body.earlyResults),
        justification: text(body.justification),
      };
      const result = await saveEvaluation(ctx, request.actor, Number(request.params.id), input, request.meta);
      if (result.ok) return reply.redirect(`/plans/commitments/${request.params.id}/evaluate?saved=1`, 303);
      const errors = translateProblems(request.t, result.problems);
      return render(request, reply, request.params.id, input, errors);
    },
  );

  app.post(
    '/plans/evaluations/:id/publish',
    {
      schema: {
        hide: true,
        params: IdParams,
        body: Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
      config: access,
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
