import { Type } from 'typebox';
import { checkFile, isReceivedFile, storeFile } from '../../../platform/files/index.ts';
import { CsrfField } from '../../../platform/forms/form-route.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isChecked } from '../../../platform/patterns.ts';
import {
  checkbox,
  errorSummary,
  fileUpload,
  summaryList,
  table,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { OcdsImportReport } from '../import/run.ts';
import { importAsActor } from '../import/upload.ts';
import { belowList } from './shared.ts';

const policy = { maxBytes: 25 * 1024 * 1024, types: ['application/json', 'application/x-ndjson'] };

export function uploadPages(app: App, ctx: ModuleContext): void {
  const form = (
    page: Parameters<typeof errorSummary>[0],
    csrf: Html,
    errors: FieldError[],
    skip: boolean,
    report?: OcdsImportReport,
  ) => {
    const t = page.t;
    const fileError = errors.find((e) => e.field === 'file');
    return html`${errorSummary(page, errors)}
<h1>${t('procurement.upload.title')}</h1>
<p class="lead">${t('procurement.upload.lead')}</p>
${report ? reportHtml(page, report) : ''}
<form method="post" action="/procurement/upload" enctype="multipart/form-data" novalidate>
${csrf}
${fileUpload(page, {
  id: 'file',
  label: t('procurement.upload.file'),
  hint: t('procurement.upload.fileHint'),
  accept: ['.json', '.ndjson', '.jsonl', 'application/json'],
  ...(fileError ? { error: fileError.message } : {}),
})}
${checkbox(page, { id: 'skipInvalid', label: t('procurement.upload.skipInvalid'), checked: skip })}
<button type="submit" class="button">${t('procurement.upload.submit')}</button>
</form>`;
  };

  const reportHtml = (page: Parameters<typeof errorSummary>[0], r: OcdsImportReport): Html => {
    const t = page.t;
    return html`<div class="${r.committed ? 'notice' : 'error-summary'}" role="status">
<h2>${r.committed ? t('procurement.upload.done') : t('procurement.upload.nothing')}</h2>
${summaryList([
  { key: t('procurement.upload.added'), value: t.number(r.added) },
  { key: t('procurement.upload.unchanged'), value: t.number(r.unchanged) },
  { key: t('procurement.upload.invalid'), value: t.number(r.invalid) },
])}</div>
${
  r.problems.length > 0
    ? table(page, {
        caption: t('procurement.upload.problems', { count: r.problemCount }),
        columns: [
          { key: 'w', label: t('procurement.upload.where') },
          { key: 'm', label: t('procurement.upload.problem') },
        ],
        rows: r.problems.map((p) => [html`<code>${p.where}</code>`, p.message]),
      })
    : ''
}`;
  };

  app.get(
    '/procurement/upload',
    { schema: { hide: true }, config: { access: { action: 'procurement.publish' } } },
    async (request, reply) =>
      reply.sendPage({
        ...belowList(request.t, request.t('procurement.upload.title')),
        main: form(request.page, reply.csrfField(), [], false),
      }),
  );

  app.post(
    '/procurement/upload',
    {
      schema: {
        hide: true,
        body: Type.Object({ _csrf: CsrfField }, { additionalProperties: true }),
      },
      config: {
        access: { action: 'procurement.publish' },
        uploads: { files: 1, fileSize: policy.maxBytes, fields: 4, fieldSize: 1024 },
      },
    },
    async (request, reply) => {
      const { t } = request;
      const body = request.body as Record<string, unknown>;
      const skip = isChecked(typeof body.skipInvalid === 'string' ? body.skipInvalid : undefined);
      const file = Array.isArray(body.file) ? body.file[0] : body.file;
      const page = (errors: FieldError[], report?: OcdsImportReport) => ({
        ...belowList(t, t('procurement.upload.title')),
        main: form(request.page, reply.csrfField(), errors, skip, report),
      });
      if (!isReceivedFile(file))
        return reply.code(422).sendPage(page([{ field: 'file', message: t('procurement.upload.choose') }]));
      const refused = checkFile(file, policy, 'file');
      if (refused) return reply.code(422).sendPage(page([{ field: 'file', message: refused.message }]));
      const report = await importAsActor(ctx, request.actor, file.path, {
        skipInvalid: skip,
        fileName: file.filename,
        meta: request.meta,
        beforeCommit: async (tx) => {
          const stored = await storeFile(tx, ctx.config, file, { actor: request.actor.label });
          return { file: stored.id };
        },
      });
      return reply.code(report.committed ? 200 : 422).sendPage(page([], report));
    },
  );
}
