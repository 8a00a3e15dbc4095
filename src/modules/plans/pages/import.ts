import fs from 'node:fs/promises';
import { Type } from 'typebox';
import type { FieldProblem } from '../../../platform/commands/index.ts';
import { isReceivedFile, type ReceivedFile } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { errorSummary } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type ImportSummary, importActionPlan } from '../import/import-plan.ts';

const access = { access: { action: 'plans.manage' } } as const;
/** A plan document is a few hundred kilobytes at most; anything far larger is not one. */
const MAX_BYTES = 5 * 1024 * 1024;

function form(t: Translator, csrf: Html, error?: string): Html {
  return html`<form method="post" action="/plans/import" enctype="multipart/form-data" novalidate>${csrf}
<div class="field${error ? ' field-error' : ''}"><label for="document">${t('plans.import.file')}</label>
<p class="hint" id="document-hint">${t('plans.import.hint')}</p>
${error ? html`<p class="error-message" id="document-error">${error}</p>` : ''}
<input type="file" id="document" name="document" accept=".txt,.tsv,text/plain,text/tab-separated-values" aria-describedby="document-hint${error ? ' document-error' : ''}"${error ? html` aria-invalid="true"` : ''}></div>
<div class="checkbox"><input type="checkbox" id="dryRun" name="dryRun" value="1"><label for="dryRun">${t('plans.import.dryRun')}</label></div>
<button type="submit" class="button">${t('plans.import.submit')}</button></form>`;
}

function outcomePage(t: Translator, outcome: ImportSummary, dryRun: boolean): Html {
  const c = outcome.counts;
  return html`<h1>${t(dryRun ? 'plans.import.checked' : `plans.import.result.${outcome.result}`)}</h1>
<ul class="plans-figures">
<li><strong>${t.number(c.priorities)}</strong> ${t('plans.import.priorities')}</li>
<li><strong>${t.number(c.commitments)}</strong> ${t('plans.import.commitments')}</li>
<li><strong>${t.number(c.milestones)}</strong> ${t('plans.import.milestones')}</li>
<li><strong>${t.number(c.organizationLinks - c.unmatchedOrganizations)}</strong> ${t('plans.import.matched')}</li>
<li><strong>${t.number(c.unmatchedOrganizations)}</strong> ${t('plans.import.unmatched')}</li>
<li><strong>${t.number(outcome.unplaced.length)}</strong> ${t('plans.import.unplaced')}</li>
</ul>
${outcome.unplaced.length > 0 ? html`<h2>${t('plans.review.unplaced')}</h2><ul class="plans-notes">${outcome.unplaced.map((u) => html`<li>${t('plans.review.line', { line: u.line })}: <q>${u.text}</q> — ${u.reason}</li>`)}</ul>` : ''}
${outcome.unmatched.length > 0 ? html`<h2>${t('plans.review.unmatched')}</h2><ul class="plans-notes">${outcome.unmatched.map((u) => html`<li>${t('plans.review.line', { line: u.line })}: <q>${u.text}</q></li>`)}</ul>` : ''}
${outcome.warnings.length > 0 ? html`<h2>${t('plans.review.warnings')}</h2><ul class="plans-notes">${outcome.warnings.map((w) => html`<li>${t('plans.review.line', { line: w.line })}: ${w.message}</li>`)}</ul>` : ''}
${outcome.plan && !dryRun ? html`<p><a class="button" href="/plans/${outcome.plan.slug}/review">${t('plans.import.toReview')}</a></p>` : html`<p><a href="/plans/import">${t('plans.import.again')}</a></p>`}`;
}

/** The upload page: a plan document in, a draft and its report out, or a report of why not. */
export function importPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/plans/import',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      const { t } = request;
      return reply.sendPage({
        title: t('plans.import.title'),
        breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: t('plans.import.title') }],
        main: html`<div class="narrow"><h1>${t('plans.import.title')}</h1><p class="lead">${t('plans.import.lead')}</p>${form(t, reply.csrfField())}</div>`,
      });
    },
  );

  const upload = { ...access, uploads: { files: 1, fileSize: MAX_BYTES, fields: 4, fieldSize: 1024 } };
  app.post('/plans/import', { schema: { hide: true }, config: upload }, async (request, reply) => {
    const { t } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const field = body.document;
    const file: ReceivedFile | undefined = Array.isArray(field)
      ? field.find(isReceivedFile)
      : isReceivedFile(field)
        ? field
        : undefined;
    const dryRun = body.dryRun === '1';
    const refuse = (message: string, problems: readonly FieldProblem[] = []) =>
      reply.code(422).sendPage({
        title: `${t('plans.error.prefix')}: ${t('plans.import.title')}`,
        breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: t('plans.import.title') }],
        main: html`<div class="narrow">${errorSummary(request.page, [{ field: 'document', message }])}
<h1>${t('plans.import.title')}</h1>
${problems.length > 0 ? html`<h2>${t('plans.import.problems')}</h2><ul class="plans-notes">${problems.map((p) => html`<li>${t(p.key, p.params)}</li>`)}</ul><p>${t('plans.import.nothingWritten')}</p>` : ''}
${form(t, reply.csrfField(), message)}</div>`,
      });
    if (!file) return refuse(t('plans.import.error.missing'));
    if (file.truncated || file.size > MAX_BYTES) return refuse(t('plans.import.error.tooLarge'));
    const bytes = new Uint8Array(await fs.readFile(file.path));
    const outcome = await importActionPlan(
      ctx,
      request.actor,
      { bytes, name: file.filename.slice(0, 300) || 'plan.txt' },
      { dryRun, meta: request.meta },
    );
    if (!outcome.ok)
      return refuse(t('plans.import.error.problems', { count: outcome.problems.length }), outcome.problems);
    return reply.sendPage({
      title: t('plans.import.title'),
      breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: t('plans.import.title') }],
      main: outcomePage(t, outcome.value, dryRun),
    });
  });
}
