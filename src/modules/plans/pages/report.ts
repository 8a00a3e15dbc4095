import { randomBytes } from 'node:crypto';
import { Type } from 'typebox';
import { documentsAndImages, isReceivedFile, type ReceivedFile } from '../../../platform/files/index.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { search } from '../../../platform/search/query.ts';
import { textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { checkboxes, checkedValues, textFields } from '../commands/frame.ts';
import { reportProgress } from '../commands/report-progress.ts';
import { reportingOrganizations } from '../reports.ts';
import { completions, todayIn } from '../service.ts';
import { IdParams, visibleCommitment } from './commitment.ts';
import { commitmentNumber, pick, planCrumbs } from './shared.ts';

/** What the report form sends: records found are checkboxes, documents are files. */
const ReportFormBody = Type.Object({
  ...textFields({
    organization: 200,
    completion: 100,
    narrative: 40000,
    reportedOn: 100,
    milestone: 100,
    recordAddresses: 40000,
    links: 110000,
    submissionKey: 100,
  }).properties,
  records: checkboxes(400, 60),
  files: Type.Optional(Type.Unknown()),
});

/** The lines of a text area that are not blank. */
const lines = (v: string | undefined): string[] =>
  (v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Progress reports by the responsible organisation: the form, with a finder for records to link. */
export function reportPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/plans/commitments/:id/report',
    access: { action: 'plans.report' },
    params: IdParams,
    body: ReportFormBody,
    // Records found by search are checkboxes, and a narrative may be long (20 000 characters).
    uploads: { files: 10, fileSize: documentsAndImages.maxBytes, fields: 100, fieldSize: 128 * 1024 },
    values: async () => ({
      reportedOn: todayIn(ctx.country.timeZone),
      submissionKey: randomBytes(18).toString('base64url'),
    }),
    command: (input, request) =>
      reportProgress(
        ctx,
        request.actor,
        Number(request.params.id),
        {
          organization: input.organization ?? '',
          completion: input.completion ?? '',
          narrative: input.narrative ?? '',
          reportedOn: input.reportedOn ?? '',
          milestoneId: /^[0-9]{1,15}$/.test(input.milestone ?? '') ? Number(input.milestone) : null,
          records: [...checkedValues(input.records), ...lines(input.recordAddresses)],
          links: (input.links ?? '').split(/\r?\n/),
          files: [input.files].flat().filter(isReceivedFile) as ReceivedFile[],
          submissionKey: input.submissionKey,
        },
        request.meta,
      ),
    redirect: (_report, request) => `/plans/commitments/${request.params.id}?reported=1`,
    render: async (form, request) => {
      const { t } = request;
      const { context, plan, commitment: c } = await visibleCommitment(ctx, request, request.params.id);
      const mine = reportingOrganizations(request.actor, context);
      if (plan.status !== 'published' || mine.length === 0)
        throw new AppError('forbidden', t('plans.report.forbidden'));
      const find = (request.query as { find?: string }).find?.slice(0, 200);
      const found = find?.trim()
        ? (await search(ctx.db, request.actor, { q: find, pageSize: 10 })).items.filter(
            (i) => !(i.module === 'plans' && i.key === String(c.id)),
          )
        : [];
      const records = checkedValues(form.values.records);
      const error = form.error;
      const title = t('plans.report.title');
      return {
        title,
        breadcrumbs: planCrumbs(t, plan, [
          { href: `/plans/commitments/${c.id}`, label: commitmentNumber(t, c) },
          { label: title },
        ]),
        main: html`<h1>${title}</h1><p class="lead">${commitmentNumber(t, c)} ${pick(t, c)}</p>
<form method="get" action="${form.action}" class="plans-finder" role="search" aria-label="${t('plans.report.finder')}">
<div class="field"><label for="find">${t('plans.report.finder')}</label><p class="hint" id="find-hint">${t('plans.report.finderHint')}</p>
<input id="find" name="find" type="search" value="${find ?? ''}" aria-describedby="find-hint"></div>
<button type="submit" class="button button-secondary">${t('plans.report.findButton')}</button></form>
<form method="post" action="${form.action}" enctype="multipart/form-data" novalidate>${form.csrf}
<input type="hidden" name="submissionKey" value="${form.value('submissionKey')}">
<div class="field${error('organization') ? ' field-error' : ''}" id="organization-field"><label for="organization">${t('plans.report.organization')}</label>
${error('organization') ? html`<p class="error-message">${error('organization')}</p>` : ''}
<select id="organization" name="organization">${mine.map((o) => html`<option value="${o.slug}"${o.slug === form.value('organization') ? html` selected` : ''}>${t.pick({ mn: o.nameMn, en: o.nameEn })}</option>`)}</select></div>
<fieldset class="field${error('completion') ? ' field-error' : ''}" id="completion"><legend>${t('plans.report.completion')}</legend>
${error('completion') ? html`<p class="error-message">${error('completion')}</p>` : ''}
${completions.map((k) => html`<div class="radio"><input type="radio" id="completion-${k}" name="completion" value="${k}"${k === form.value('completion') ? html` checked` : ''}><label for="completion-${k}">${t(`plans.completion.${k}`)}</label></div>`)}</fieldset>
${
  c.milestones.length > 0
    ? html`<div class="field"><label for="milestone">${t('plans.report.milestone')}</label>
<select id="milestone" name="milestone"><option value="">${t('plans.report.wholeCommitment')}</option>
${c.milestones.map((m) => html`<option value="${m.id}"${String(m.id) === form.value('milestone') ? html` selected` : ''}>${m.number ?? '•'} ${pick(t, m).slice(0, 80)}</option>`)}</select></div>`
    : ''
}
${textarea({ t }, { id: 'narrative', label: t('plans.report.narrative'), value: form.value('narrative'), error: error('narrative'), hint: t('plans.report.narrativeHint'), rows: 4 })}
${textField('reportedOn', t('plans.report.reportedOn'), form.value('reportedOn'), { type: 'date', error: error('reportedOn') })}
<fieldset class="field${error('records') ? ' field-error' : ''}" id="records"><legend>${t('plans.report.records')}</legend>
<p class="hint">${t('plans.report.recordsHint')}</p>
${error('records') ? html`<p class="error-message">${error('records')}</p>` : ''}
${records.filter((r) => r.includes(':') && !found.some((f) => `${f.module}:${f.kind}:${f.key}` === r)).map((r) => html`<div class="checkbox"><input type="checkbox" id="record-${r}" name="records" value="${r}" checked><label for="record-${r}">${r}</label></div>`)}
${found.map((f) => {
  const value = `${f.module}:${f.kind}:${f.key}`;
  return html`<div class="checkbox"><input type="checkbox" id="record-${value}" name="records" value="${value}"${records.includes(value) ? html` checked` : ''}><label for="record-${value}">${t.pick(f.title)} <span class="meta">${f.url}</span></label></div>`;
})}
${find?.trim() && found.length === 0 ? html`<p>${t('plans.report.foundNothing')}</p>` : ''}
${textarea({ t }, { id: 'recordAddresses', label: t('plans.report.recordAddresses'), value: [...records.filter((r) => !r.includes(':')), ...lines(form.value('recordAddresses'))].join('\n'), hint: t('plans.report.recordAddressesHint'), rows: 4 })}
</fieldset>
${textarea({ t }, { id: 'links', label: t('plans.report.links'), value: form.value('links'), error: error('links'), hint: t('plans.report.linksHint'), rows: 4 })}
<div class="field${error('files') ? ' field-error' : ''}" id="files-field"><label for="files">${t('plans.report.files')}</label>
<p class="hint" id="files-hint">${t('plans.report.filesHint')}</p>
${error('files') ? html`<p class="error-message">${error('files')}</p>` : ''}
<input type="file" id="files" name="files" multiple accept=".pdf,.jpg,.jpeg,.png,.webp" aria-describedby="files-hint"></div>
<button type="submit" class="button">${t('plans.report.submit')}</button></form>`,
      };
    },
  });
}
