import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/permissions.ts';
import { documentsAndImages } from '../../../platform/files/index.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  dateInput,
  fileUpload,
  summaryList,
  textarea,
  textField,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { childFormPage, projectNamed, receivedFiles } from '../child-records.ts';
import type { ProjectRef, ProjectSection } from '../sections.ts';
import { addStudy, editStudy, STUDY_WRITE } from './commands.ts';
import { type FeasibilityStudy, findStudy, projectStudies, studyDocuments } from './queries.ts';
import { EditQuery, ProjectParams, StudyEditBody, StudyFormBody } from './schemas.ts';

function studyFields(form: FormState, request: FastifyRequest): Html {
  const { t } = request;
  const field = (id: string, options: { hint?: string; inputmode?: 'decimal' | 'numeric' } = {}) =>
    textField(id, t(`projects.studies.field.${id}`), form.value(id), { ...options, error: form.error(id) });
  const area = (id: string) =>
    textarea(request, {
      id,
      label: t(`projects.studies.field.${id}`),
      value: form.value(id),
      error: form.error(id),
    });
  const day = (id: string, hint?: string) =>
    dateInput(request, {
      id,
      label: t(`projects.studies.field.${id}`),
      hint,
      value: form.value(id),
      error: form.error(id),
    });
  return html`${field('titleMn')}
${field('titleEn')}
${area('summaryMn')}
${area('summaryEn')}
${field('author')}
${day('startedOn')}
${day('completedOn', t('projects.studies.hint.completedOn'))}
${field('costEstimate', { inputmode: 'decimal' })}
${field('costCurrency', { hint: t('projects.studies.hint.currency') })}
${field('durationMonths', { inputmode: 'numeric' })}
${area('expectedBenefitsMn')}
${area('expectedBenefitsEn')}
${field('economicIrr', { inputmode: 'decimal' })}
${field('benefitCostRatio', { inputmode: 'decimal' })}
${fileUpload(request, { id: 'files', label: t('projects.studies.field.files'), hint: t('projects.studies.hint.files'), accept: ['.pdf', '.jpg', '.jpeg', '.png', '.webp'], multiple: true, error: form.error('files') })}
${area('links')}`;
}

const UPLOADS = { files: 20, fileSize: documentsAndImages.maxBytes, fields: 60, fieldSize: 64 * 1024 };
const withFiles = <T extends { files?: unknown }>(input: T) => ({
  ...input,
  files: receivedFiles(input.files),
});

/** The forms that add and change a project's feasibility study. */
export function studyPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/projects/:slug/studies/new',
    access: { action: STUDY_WRITE },
    params: ProjectParams,
    body: StudyFormBody,
    uploads: UPLOADS,
    command: (input, request) =>
      addStudy(ctx, request.actor, request.params.slug, withFiles(input), request.meta),
    render: async (form, request) =>
      childFormPage(request, await projectNamed(ctx.db, request.params.slug), form, {
        title: 'projects.studies.new.title',
        submit: 'projects.studies.submit',
        multipart: true,
        fields: studyFields(form, request),
      }),
    redirect: (study) => `/projects/${study.projectSlug}#study-${study.id}`,
  });

  formRoute(app, {
    path: '/projects/:slug/studies/edit',
    access: { action: STUDY_WRITE },
    params: ProjectParams,
    query: EditQuery,
    body: StudyEditBody,
    uploads: UPLOADS,
    values: async (request) => {
      const id = Number((request.query as { study?: string }).study);
      const study = Number.isSafeInteger(id) && id > 0 ? await findStudy(ctx.db, id) : undefined;
      if (!study || study.projectSlug !== request.params.slug) throw notFound();
      return {
        study: String(study.id),
        titleMn: study.titleMn,
        titleEn: study.titleEn,
        summaryMn: study.summaryMn,
        summaryEn: study.summaryEn,
        author: study.author,
        startedOn: study.startedOn ?? '',
        completedOn: study.completedOn ?? '',
        costEstimate: study.costEstimate,
        costCurrency: study.costCurrency,
        durationMonths: study.durationMonths === null ? '' : String(study.durationMonths),
        expectedBenefitsMn: study.expectedBenefitsMn,
        expectedBenefitsEn: study.expectedBenefitsEn,
        economicIrr: study.economicIrr ?? '',
        benefitCostRatio: study.benefitCostRatio ?? '',
      };
    },
    command: (input, request) =>
      editStudy(ctx, request.actor, request.params.slug, input.study ?? '', withFiles(input), request.meta),
    render: async (form, request) =>
      childFormPage(request, await projectNamed(ctx.db, request.params.slug), form, {
        title: 'projects.studies.edit.title',
        submit: 'projects.studies.submit',
        multipart: true,
        fields: html`<input type="hidden" name="study" value="${form.value('study')}">
${studyFields(form, request)}`,
      }),
    redirect: (study) => `/projects/${study.projectSlug}#study-${study.id}`,
  });
}

function studyBlock(
  request: FastifyRequest,
  project: ProjectRef,
  study: FeasibilityStudy,
  documents: readonly {
    id: number;
    titleMn: string;
    titleEn: string;
    fileId: string | null;
    url: string | null;
  }[],
  mayWrite: boolean,
): Html {
  const { t } = request;
  const money = t.money(study.costEstimate, study.costCurrency);
  return html`<article id="study-${study.id}" class="project-study">
<h3>${t.pick({ mn: study.titleMn, en: study.titleEn })}${study.completedOn === null ? html` <strong class="tag">${t('projects.studies.ongoing')}</strong>` : ''}</h3>
<p>${t.pick({ mn: study.summaryMn, en: study.summaryEn })}</p>
${summaryList([
  { key: t('projects.studies.field.author'), value: study.author },
  ...(study.startedOn
    ? [{ key: t('projects.studies.field.startedOn'), value: t.date(study.startedOn) }]
    : []),
  {
    key: t('projects.studies.field.completedOn'),
    value: study.completedOn ? t.date(study.completedOn) : t('projects.studies.notCompleted'),
  },
  { key: t('projects.studies.field.costEstimate'), value: money },
  ...(study.durationMonths !== null
    ? [
        {
          key: t('projects.studies.field.durationMonths'),
          value: t('projects.studies.months', { count: study.durationMonths }),
        },
      ]
    : []),
  {
    key: t('projects.studies.field.expectedBenefits'),
    value: t.pick({ mn: study.expectedBenefitsMn, en: study.expectedBenefitsEn }),
  },
  ...(study.economicIrr !== null
    ? [{ key: t('projects.studies.field.economicIrr'), value: `${t.number(Number(study.economicIrr))}%` }]
    : []),
  ...(study.benefitCostRatio !== null
    ? [{ key: t('projects.studies.field.benefitCostRatio'), value: t.number(Number(study.benefitCostRatio)) }]
    : []),
  ...(documents.length > 0
    ? [
        {
          key: t('projects.studies.documents'),
          value: html`<ul>${documents.map((d) => html`<li><a href="${d.fileId ? `/projects/${project.slug}/documents/${d.id}` : (d.url ?? '')}">${t.pick({ mn: d.titleMn, en: d.titleEn })}</a></li>`)}</ul>`,
        },
      ]
    : []),
])}
${mayWrite ? html`<p><a href="/projects/${project.slug}/studies/edit?study=${study.id}">${t('projects.studies.edit.link')}</a></p>` : ''}
</article>`;
}

/** The project page's feasibility studies: ongoing ones first, each with its figures and documents. */
export const studiesSection: ProjectSection = {
  id: 'feasibility',
  order: 20,
  render: async (ctx, project, request) => {
    const { t } = request;
    const studies = await projectStudies(ctx.db, project.id);
    const mayWrite = can(request.actor, STUDY_WRITE, { organizationId: project.organizationId });
    if (studies.length === 0 && !mayWrite) return null;
    const documents = await studyDocuments(ctx.db, project.id);
    return html`<section aria-labelledby="project-studies">
<h2 id="project-studies">${t('projects.studies.title')}</h2>
${studies.length === 0 ? html`<p>${t('projects.studies.none')}</p>` : studies.map((s) => studyBlock(request, project, s, documents.get(s.id) ?? [], mayWrite))}
${mayWrite ? html`<p><a class="button secondary" href="/projects/${project.slug}/studies/new">${t('projects.studies.new.link')}</a></p>` : ''}
</section>`;
  },
};
