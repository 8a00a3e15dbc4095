import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { documentsAndImages, isReceivedFile, type ReceivedFile } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { search } from '../../../platform/search/query.ts';
import { errorSummary, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { reportProgress } from '../commands/report-progress.ts';
import { reportingOrganizations } from '../reports.ts';
import { completions, todayIn } from '../service.ts';
import { IdParams, visibleCommitment } from './commitment.ts';
import { forbidden403 } from './forbidden.ts';
import { commitmentNumber, pick, planCrumbs } from './shared.ts';

const access = { access: { action: 'plans.report' } } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  find: Type.Optional(Type.String({ maxLength: 200 })),
});

interface Values {
  organization: string;
  completion: string;
  narrative: string;
  reportedOn: string;
  milestone: string;
  records: string[];
  links: string;
  submissionKey: string;
}

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Progress reports by the responsible organisation: the form, with a finder for records to link. */
export function reportPages(app: App, ctx: ModuleContext): void {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Values,
    errors: { field: string; message: string }[],
    find?: string,
  ) => {
    const { t } = request;
    const { context, plan, commitment: c } = await visibleCommitment(ctx, request, id);
    const mine = reportingOrganizations(request.actor, context);
    if (plan.status !== 'published' || mine.length === 0)
      return forbidden403(request, reply, t('plans.report.forbidden'));
    const found = find?.trim()
      ? (await search(ctx.db, request.actor, { q: find, pageSize: 10 })).items.filter(
          (i) => !(i.module === 'plans' && i.key === String(c.id)),
        )
      : [];
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    const title = t('plans.report.title');
    const path = `/plans/commitments/${c.id}/report`;
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: errors.length > 0 ? `${t('plans.error.prefix')}: ${title}` : title,
      breadcrumbs: planCrumbs(t, plan, [
        { href: `/plans/commitments/${c.id}`, label: commitmentNumber(t, c) },
        { label: title },
      ]),
      main: html`<div class="narrow">${errorSummary(request.page, errors)}
<h1>${title}</h1><p class="lead">${commitmentNumber(t, c)} ${pick(t, c)}</p>
<form method="get" action="${path}" class="plans-finder" role="search" aria-label="${t('plans.report.finder')}">
<div class="field"><label for="find">${t('plans.report.finder')}</label><p class="hint" id="find-hint">${t('plans.report.finderHint')}</p>
<input id="find" name="find" type="search" value="${find ?? ''}" aria-describedby="find-hint"></div>
<button type="submit" class="button button-secondary">${t('plans.report.findButton')}</button></form>
<form method="post" action="${path}" enctype="multipart/form-data" novalidate>${reply.csrfField()}
<input type="hidden" name="submissionKey" value="${values.submissionKey}">
<div class="field${error('organization') ? ' field-error' : ''}" id="organization-field"><label for="organization">${t('plans.report.organization')}</label>
${error('organization') ? html`<p class="error-message">${error('organization')}</p>` : ''}
<select id="organization" name="organization">${mine.map((o) => html`<option value="${o.slug}"${o.slug === values.organization ? html` selected` : ''}>${t.pick({ mn: o.nameMn, en: o.nameEn })}</option>`)}</select></div>
<fieldset class="field${error('completion') ? ' field-error' : ''}" id="completion"><legend>${t('plans.report.completion')}</legend>
${error('completion') ? html`<p class="error-message">${error('completion')}</p>` : ''}
${completions.map((k) => html`<div class="radio"><input type="radio" id="completion-${k}" name="completion" value="${k}"${k === values.completion ? html` checked` : ''}><label for="completion-${k}">${t(`plans.completion.${k}`)}</label></div>`)}</fieldset>
${
  c.milestones.length > 0
    ? html`<div class="field"><label for="milestone">${t('plans.report.milestone')}</label>
<select id="milestone" name="milestone"><option value="">${t('plans.report.wholeCommitment')}</option>
${c.milestones.map((m) => html`<option value="${m.id}"${String(m.id) === values.milestone ? html` selected` : ''}>${m.number ?? '•'} ${pick(t, m).slice(0, 80)}</option>`)}</select></div>`
    : ''
}
${textarea({ t }, { id: 'narrative', label: t('plans.report.narrative'), value: values.narrative, error: error('narrative'), hint: t('plans.report.narrativeHint'), rows: 4 })}
${textField('reportedOn', t('plans.report.reportedOn'), values.reportedOn, { type: 'date', error: error('reportedOn') })}
<fieldset class="field${error('records') ? ' field-error' : ''}" id="records"><legend>${t('plans.report.records')}</legend>
<p class="hint">${t('plans.report.recordsHint')}</p>
${error('records') ? html`<p class="error-message">${error('records')}</p>` : ''}
${[...values.records.filter((r) => r.includes(':') && !found.some((f) => `${f.module}:${f.kind}:${f.key}` === r))].map((r) => html`<div class="checkbox"><input type="checkbox" id="record-${r}" name="records" value="${r}" checked><label for="record-${r}">${r}</label></div>`)}
${found.map((f) => {
  const value = `${f.module}:${f.kind}:${f.key}`;
  return html`<div class="checkbox"><input type="checkbox" id="record-${value}" name="records" value="${value}"${values.records.includes(value) ? html` checked` : ''}><label for="record-${value}">${t.pick(f.title)} <span class="meta">${f.url}</span></label></div>`;
})}
${find?.trim() && found.length === 0 ? html`<p>${t('plans.report.foundNothing')}</p>` : ''}
${textarea({ t }, { id: 'recordAddresses', label: t('plans.report.recordAddresses'), value: values.records.filter((r) => !r.includes(':')).join('\n'), hint: t('plans.report.recordAddressesHint'), rows: 4 })}
</fieldset>
${textarea({ t }, { id: 'links', label: t('plans.report.links'), value: values.links, error: error('links'), hint: t('plans.report.linksHint'), rows: 4 })}
<div class="field${error('files') ? ' field-error' : ''}" id="files-field"><label for="files">${t('plans.report.files')}</label>
<p class="hint" id="files-hint">${t('plans.report.filesHint')}</p>
${error('files') ? html`<p class="error-message">${error('files')}</p>` : ''}
<input type="file" id="files" name="files" multiple accept=".pdf,.jpg,.jpeg,.png,.webp" aria-describedby="files-hint"></div>
<button type="submit" class="button">${t('plans.report.submit')}</button></form></div>`,
    });
  };

  const fresh = (): Values => ({
    organization: '',
    completion: '',
    narrative: '',
    reportedOn: todayIn(ctx.country.timeZone),
    milestone: '',
    records: [],
    links: '',
    submissionKey: randomBytes(18).toString('base64url'),
  });

  app.get(
    '/plans/commitments/:id/report',
    { schema: { hide: true, params: IdParams, querystring: Query }, config: access },
    (request, reply) =>
      render(request, reply, request.params.id, fresh(), [], request.query.find?.slice(0, 200)),
  );

  app.post(
    '/plans/commitments/:id/report',
    {
      schema: { hide: true, params: IdParams },
      // Records found by search are checkboxes, and a narrative may be long (20 000 characters).
      config: {
        ...access,
        uploads: { files: 10, fileSize: documentsAndImages.maxBytes, fields: 100, fieldSize: 128 * 1024 },
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const files = (Array.isArray(body.files) ? body.files : [body.files]).filter(
        isReceivedFile,
      ) as ReceivedFile[];
      const addresses = text(body.recordAddresses)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      const values: Values = {
        organization: text(body.organization),
        completion: text(body.completion),
        narrative: text(body.narrative),
        reportedOn: text(body.reportedOn),
        milestone: text(body.milestone),
        records: [...list(body.records), ...addresses],
        links: text(body.links),
        submissionKey: text(body.submissionKey),
      };
      const result = await reportProgress(
        ctx,
        request.actor,
        Number(request.params.id),
        {
          organization: values.organization,
          completion: values.completion,
          narrative: values.narrative,
          reportedOn: values.reportedOn,
          milestoneId: /^[0-9]{1,15}$/.test(values.milestone) ? Number(values.milestone) : null,
          records: values.records,
          links: values.links.split(/\r?\n/),
          files,
          submissionKey: values.submissionKey,
        },
        request.meta,
      );
      if (result.ok) return reply.redirect(`/plans/commitments/${request.params.id}?reported=1`, 303);
      const errors = translateProblems(request.t, result.problems);
      return render(request, reply, request.params.id, values, errors);
    },
  );
}
