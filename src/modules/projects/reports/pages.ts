import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/permissions.ts';
import { documentsAndImages } from '../../../platform/files/index.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { lineChart } from '../../../platform/views/charts/index.ts';
import {
  checkboxes,
  dateInput,
  fileUpload,
  summaryList,
  textarea,
  textField,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { childFormPage, projectNamed, receivedFiles } from '../child-records.ts';
import { drawnShares, loanDrawsOnDays } from '../flags/flags.ts';
import type { ProjectRef, ProjectSection } from '../sections.ts';
import { planMilestone, REPORT_WRITE, recordProgressReport } from './commands.ts';
import {
  findReport,
  type MilestoneRow,
  type ProgressReport,
  projectMilestones,
  projectReports,
  reportDocuments,
} from './queries.ts';
import { MilestoneBody, ProgressReportFormBody, ProjectParams, ReportParams } from './schemas.ts';

const percent = (t: Translator, n: number) => `${t.number(n)}%`;

/** The report form, the milestone form and a report's page. */
export function reportPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/projects/:slug/reports/new',
    access: { action: REPORT_WRITE },
    params: ProjectParams,
    body: ProgressReportFormBody,
    uploads: { files: 20, fileSize: documentsAndImages.maxBytes, fields: 250, fieldSize: 64 * 1024 },
    command: (input, request) =>
      recordProgressReport(
        ctx,
        request.actor,
        request.params.slug,
        {
          ...input,
          photos: receivedFiles(input.photos),
          files: receivedFiles(input.files),
        },
        request.meta,
      ),
    render: async (form, request) => {
      const { t } = request;
      const project = await projectNamed(ctx.db, request.params.slug);
      const open = (await projectMilestones(ctx.db, project.id)).filter((m) => m.completedOn === null);
      const sent = form.values.milestones;
      const selected = sent === undefined ? [] : (Array.isArray(sent) ? sent : [sent]).map(String);
      return childFormPage(request, project, form, {
        title: 'projects.reports.new.title',
        submit: 'projects.reports.new.submit',
        multipart: true,
        fields: html`${dateInput(request, { id: 'periodStart', label: t('projects.reports.field.periodStart'), value: form.value('periodStart'), error: form.error('periodStart') })}
${dateInput(request, { id: 'periodEnd', label: t('projects.reports.field.periodEnd'), value: form.value('periodEnd'), error: form.error('periodEnd') })}
${dateInput(request, { id: 'reportedOn', label: t('projects.reports.field.reportedOn'), value: form.value('reportedOn'), error: form.error('reportedOn') })}
${textField('physicalPercent', t('projects.reports.field.physicalPercent'), form.value('physicalPercent'), { inputmode: 'decimal', hint: t('projects.reports.hint.percent'), error: form.error('physicalPercent') })}
${textField('physicalBasisMn', t('projects.reports.field.physicalBasisMn'), form.value('physicalBasisMn'), { hint: t('projects.reports.hint.physicalBasis'), error: form.error('physicalBasisMn') })}
${textField('physicalBasisEn', t('projects.reports.field.physicalBasisEn'), form.value('physicalBasisEn'), { error: form.error('physicalBasisEn') })}
${textField('financialPercent', t('projects.reports.field.financialPercent'), form.value('financialPercent'), { inputmode: 'decimal', hint: t('projects.reports.hint.percent'), error: form.error('financialPercent') })}
${textField('financialBasisMn', t('projects.reports.field.financialBasisMn'), form.value('financialBasisMn'), { hint: t('projects.reports.hint.financialBasis'), error: form.error('financialBasisMn') })}
${textField('financialBasisEn', t('projects.reports.field.financialBasisEn'), form.value('financialBasisEn'), { error: form.error('financialBasisEn') })}
${textField('spentAmount', t('projects.reports.field.spentAmount'), form.value('spentAmount'), { inputmode: 'decimal', error: form.error('spentAmount') })}
${textField('spentCurrency', t('projects.reports.field.spentCurrency'), form.value('spentCurrency') || (project.budgetCurrency ?? ''), { error: form.error('spentCurrency') })}
${textarea(request, { id: 'issuesMn', label: t('projects.reports.field.issuesMn'), value: form.value('issuesMn'), error: form.error('issuesMn') })}
${textarea(request, { id: 'issuesEn', label: t('projects.reports.field.issuesEn'), value: form.value('issuesEn'), error: form.error('issuesEn') })}
${textarea(request, { id: 'decreaseReasonMn', label: t('projects.reports.field.decreaseReasonMn'), hint: t('projects.reports.hint.decreaseReason'), value: form.value('decreaseReasonMn'), error: form.error('decreaseReasonMn') })}
${textarea(request, { id: 'decreaseReasonEn', label: t('projects.reports.field.decreaseReasonEn'), value: form.value('decreaseReasonEn'), error: form.error('decreaseReasonEn') })}
${textField('officer', t('projects.reports.field.officer'), form.value('officer'), { hint: t('projects.reports.hint.officer'), error: form.error('officer') })}
${
  open.length > 0
    ? checkboxes(request, {
        id: 'milestones',
        label: t('projects.reports.field.milestones'),
        options: open.map((m) => ({
          value: String(m.id),
          label: `${t.pick({ mn: m.titleMn, en: m.titleEn })} (${t.date(m.dueOn)})`,
        })),
        selected,
        error: form.error('milestones'),
      })
    : ''
}
${fileUpload(request, { id: 'photos', label: t('projects.reports.field.photos'), hint: t('projects.reports.hint.photos'), accept: ['.jpg', '.jpeg', '.png', '.webp'], multiple: true, error: form.error('photos') })}
${fileUpload(request, { id: 'files', label: t('projects.reports.field.files'), hint: t('projects.reports.hint.files'), accept: ['.pdf', '.jpg', '.jpeg', '.png', '.webp'], multiple: true, error: form.error('files') })}
${textarea(request, { id: 'links', label: t('projects.reports.field.links'), hint: t('projects.reports.hint.links'), value: form.value('links'), error: form.error('links') })}`,
      });
    },
    redirect: (report) => `/projects/${report.projectSlug}/reports/${report.id}`,
  });

  formRoute(app, {
    path: '/projects/:slug/milestones/new',
    access: { action: REPORT_WRITE },
    params: ProjectParams,
    body: MilestoneBody,
    command: (input, request) =>
      planMilestone(ctx.db, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      return childFormPage(request, await projectNamed(ctx.db, request.params.slug), form, {
        title: 'projects.milestones.new.title',
        submit: 'projects.milestones.new.submit',
        multipart: false,
        fields: html`${textField('titleMn', t('projects.milestones.field.titleMn'), form.value('titleMn'), { error: form.error('titleMn') })}
${textField('titleEn', t('projects.milestones.field.titleEn'), form.value('titleEn'), { error: form.error('titleEn') })}
${dateInput(request, { id: 'dueOn', label: t('projects.milestones.field.dueOn'), value: form.value('dueOn'), error: form.error('dueOn') })}`,
      });
    },
    redirect: (_m, request) => `/projects/${(request.params as { slug: string }).slug}#milestones`,
  });

  app.get(
    '/projects/:slug/reports/:id',
    { schema: { hide: true, params: ReportParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const report = await findReport(ctx.db, request.params.slug, request.params.id);
      if (!report) throw notFound();
      const name = t.pick({ mn: report.projectTitleMn, en: report.projectTitleEn });
      const title = t('projects.reports.page.title', {
        start: t.date(report.periodStart),
        end: t.date(report.periodEnd),
      });
      const documents = await reportDocuments(ctx.db, report.id);
      const done = (await projectMilestones(ctx.db, report.projectId)).filter(
        (m) => m.reportId === report.id,
      );
      return reply.sendPage({
        title: `${title} — ${name}`,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: `/projects/${report.projectSlug}`, label: name },
          { label: title },
        ],
        alternates: [
          { href: `/api/v1/projects/${report.projectSlug}/reports/${report.id}`, type: 'application/json' },
        ],
        main: html`<h1>${title}</h1>
<p class="lead"><a href="/projects/${report.projectSlug}">${name}</a></p>
${summaryList([
  { key: t('projects.reports.field.reportedOn'), value: t.date(report.reportedOn) },
  {
    key: t('projects.reports.field.physicalPercent'),
    value: html`${percent(t, report.physicalPercent)}: ${t.pick({ mn: report.physicalBasisMn, en: report.physicalBasisEn })}`,
  },
  {
    key: t('projects.reports.field.financialPercent'),
    value: html`${percent(t, report.financialPercent)}: ${t.pick({ mn: report.financialBasisMn, en: report.financialBasisEn })}`,
  },
  ...(report.spentAmount !== null && report.spentCurrency
    ? [
        {
          key: t('projects.reports.field.spentAmount'),
          value: t.money(report.spentAmount, report.spentCurrency),
        },
      ]
    : []),
  ...(report.issuesMn
    ? [
        {
          key: t('projects.reports.field.issues'),
          value: t.pick({ mn: report.issuesMn, en: report.issuesEn }),
        },
      ]
    : []),
  ...(report.decreaseReasonMn
    ? [
        {
          key: t('projects.reports.field.decreaseReason'),
          value: t.pick({ mn: report.decreaseReasonMn, en: report.decreaseReasonEn }),
        },
      ]
    : []),
  ...(report.officerSlug
    ? [
        {
          key: t('projects.reports.field.officer'),
          value: html`<a href="/officials/${report.officerSlug}">${t.pick({ mn: report.officerNameMn ?? '', en: report.officerNameEn })}</a>`,
        },
      ]
    : []),
])}
${
  done.length > 0
    ? html`<h2>${t('projects.reports.page.milestones')}</h2><ul>${done.map((m) => html`<li>${t.pick({ mn: m.titleMn, en: m.titleEn })} (${t.date(m.dueOn)})</li>`)}</ul>`
    : ''
}
${
  documents.length > 0
    ? html`<h2>${t('projects.reports.page.documents')}</h2><ul>${documents.map(
        (d) =>
          html`<li><a href="${d.fileId ? `/projects/${report.projectSlug}/documents/${d.id}` : (d.url ?? '')}">${t.pick({ mn: d.titleMn, en: d.titleEn })}</a> (${t(`projects.documents.kind.${d.kind}`)}, ${t.date(d.publishedOn)})</li>`,
      )}</ul>`
    : ''
}`,
      });
    },
  );
}

/** Progress over time: physical, financial and the share drawn of the loans (per currency) at each report. */
export async function progressChart(
  ctx: ModuleContext,
  t: Translator,
  projectId: number,
  reports: readonly ProgressReport[],
): Promise<Html> {
  const byDay = await loanDrawsOnDays(
    ctx.db,
    projectId,
    reports.map((r) => r.periodEnd),
  );
  const draws = reports.map((r) => drawnShares(byDay.get(r.periodEnd) ?? []));
  const currencies = [...new Set(draws.flatMap((d) => d.map((s) => s.currency)))].sort();
  return lineChart({
    id: 'project-progress',
    title: t('projects.reports.chart.title'),
    t,
    format: (v) => percent(t, v),
    categoryLabel: t('projects.reports.chart.period'),
    tableLabel: t('projects.reports.chart.table'),
    periods: reports.map((r) => r.periodEnd),
    series: [
      { label: t('projects.reports.chart.physical'), values: reports.map((r) => r.physicalPercent) },
      { label: t('projects.reports.chart.financial'), values: reports.map((r) => r.financialPercent) },
      ...currencies.map((currency) => ({
        label: t('projects.reports.chart.drawn', { currency }),
        dashed: true,
        values: draws.map((d) => d.find((s) => s.currency === currency)?.percent ?? null),
      })),
    ],
  });
}

function milestoneTable(t: Translator, slug: string, milestones: readonly MilestoneRow[]): Html {
  return html`<div class="table-wrap"><table class="data-table"><caption>${t('projects.milestones.title')}</caption>
<thead><tr><th scope="col">${t('projects.milestones.field.title')}</th><th scope="col">${t('projects.milestones.field.dueOn')}</th><th scope="col">${t('projects.milestones.field.completedOn')}</th></tr></thead>
<tbody>${milestones.map(
    (m) =>
      html`<tr><th scope="row">${t.pick({ mn: m.titleMn, en: m.titleEn })}</th><td>${t.date(m.dueOn)}</td><td>${
        m.completedOn
          ? m.reportId
            ? html`<a href="/projects/${slug}/reports/${m.reportId}">${t.date(m.completedOn)}</a>`
            : t.date(m.completedOn)
          : t('projects.milestones.open')
      }</td></tr>`,
  )}</tbody></table></div>`;
}

/** The project page's progress: the chart over time, the reports and the milestones. */
export const progressSection: ProjectSection = {
  id: 'progress',
  order: 40,
  render: async (ctx: ModuleContext, project: ProjectRef, request: FastifyRequest) => {
    const { t } = request;
    const reports = await projectReports(ctx.db, project.id);
    const milestones = await projectMilestones(ctx.db, project.id);
    const mayWrite = can(request.actor, REPORT_WRITE, { organizationId: project.organizationId });
    if (reports.length === 0 && milestones.length === 0 && !mayWrite) return null;
    return html`<section aria-labelledby="project-progress-heading">
<h2 id="project-progress-heading">${t('projects.reports.sectionTitle')}</h2>
${
  reports.length === 0
    ? html`<p>${t('projects.reports.none')}</p>`
    : html`${await progressChart(ctx, t, project.id, reports)}
<div class="table-wrap"><table class="data-table"><caption>${t('projects.reports.tableCaption')}</caption>
<thead><tr><th scope="col">${t('projects.reports.field.period')}</th><th scope="col" class="numeric">${t('projects.reports.field.physicalPercent')}</th><th scope="col" class="numeric">${t('projects.reports.field.financialPercent')}</th><th scope="col">${t('projects.reports.field.reportedOn')}</th></tr></thead>
<tbody>${[...reports]
        .reverse()
        .map(
          (r) =>
            html`<tr><th scope="row"><a href="/projects/${project.slug}/reports/${r.id}">${t.date(r.periodStart)} – ${t.date(r.periodEnd)}</a></th><td class="numeric">${percent(t, r.physicalPercent)}</td><td class="numeric">${percent(t, r.financialPercent)}</td><td>${t.date(r.reportedOn)}</td></tr>`,
        )}</tbody></table></div>`
}
<h3 id="milestones">${t('projects.milestones.title')}</h3>
${milestones.length === 0 ? html`<p>${t('projects.milestones.none')}</p>` : milestoneTable(t, project.slug, milestones)}
${
  mayWrite
    ? html`<p><a class="button" href="/projects/${project.slug}/reports/new">${t('projects.reports.new.link')}</a> <a class="button secondary" href="/projects/${project.slug}/milestones/new">${t('projects.milestones.new.link')}</a></p>`
    : ''
}
</section>`;
  },
};
