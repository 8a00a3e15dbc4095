import { Type } from 'typebox';
import { CsrfField } from '../../../platform/forms/form-route.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ImportReport, ModuleContext } from '../../../platform/module.ts';
import { errorSummary, radios, table, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { importRestrictedAreaBytes } from './import.ts';
import { areaFileField, areaUploadLimits, uploadedAreaFile } from './upload.ts';

const PATH = '/extractives/restricted-areas/import';
const ACTION = 'extractives.restricted-areas.import';

type Page = Parameters<typeof errorSummary>[0];

/** `/extractives/restricted-areas/import`: the form of `shilen import restricted-areas`, for administrators. */
export function importPages(app: App, ctx: ModuleContext): void {
  const layers = ctx.country.extractives.restrictedLayers;
  const form = (
    page: Page,
    csrf: Html,
    errors: FieldError[],
    values: Record<string, string>,
    report?: ImportReport,
  ) => {
    const t = page.t;
    const error = (field: string) => errors.find((e) => e.field === field)?.message;
    return html`${errorSummary(page, errors)}
<h1>${t('extractives.restricted.title')}</h1>
<p class="lead">${t('extractives.restricted.lead')}</p>
${report ? reportHtml(page, report) : ''}
<form method="post" action="${PATH}" enctype="multipart/form-data" novalidate>
${csrf}
${radios(page, {
  id: 'layer',
  label: t('extractives.restricted.layer'),
  options: layers.map((l) => ({ value: l.layer, label: t.pick(l.name) })),
  ...(values.layer ? { selected: values.layer } : {}),
  ...(error('layer') ? { error: error('layer')! } : {}),
})}
${textField('source', t('extractives.restricted.source'), values.source ?? '', {
  hint: t('extractives.restricted.sourceHint'),
  ...(error('source') ? { error: error('source')! } : {}),
})}
${textField('nameProperty', t('extractives.restricted.nameProperty'), values.nameProperty ?? 'name')}
${areaFileField(page, t, t('extractives.restricted.fileHint'), error('file'))}
<button type="submit" class="button">${t('extractives.restricted.submit')}</button>
</form>`;
  };

  const reportHtml = (page: Page, r: ImportReport): Html => {
    const t = page.t;
    if (r.problems.length === 0)
      return html`<div class="notice" role="status"><h2>${t('extractives.restricted.done', { count: r.added })}</h2></div>`;
    return html`<div class="error-summary" role="status"><h2>${t('extractives.restricted.nothing')}</h2></div>
${table(page, {
  caption: t('extractives.restricted.problems', { count: r.problems.length }),
  columns: [
    { key: 'w', label: t('extractives.restricted.where') },
    { key: 'm', label: t('extractives.restricted.problem') },
  ],
  rows: r.problems.map((p) => [html`<code>${p.where}</code>`, p.message]),
})}`;
  };

  app.get(PATH, { schema: { hide: true }, config: { access: { action: ACTION } } }, async (request, reply) =>
    reply.sendPage({
      title: request.t('extractives.restricted.title'),
      main: form(request.page, reply.csrfField(), [], {}),
    }),
  );

  app.post(
    PATH,
    {
      schema: { hide: true, body: Type.Object({ _csrf: CsrfField }, { additionalProperties: true }) },
      config: {
        access: { action: ACTION },
        uploads: areaUploadLimits(5),
      },
    },
    async (request, reply) => {
      const { t } = request;
      const body = request.body as Record<string, unknown>;
      const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
      const values = { layer: text('layer'), source: text('source'), nameProperty: text('nameProperty') };
      const page = (errors: FieldError[], report?: ImportReport) => ({
        title: t('extractives.restricted.title'),
        main: form(request.page, reply.csrfField(), errors, values, report),
      });
      const errors: FieldError[] = [];
      if (!layers.some((l) => l.layer === values.layer))
        errors.push({ field: 'layer', message: t('extractives.restricted.chooseLayer') });
      if (values.source === '' || values.source.length > 500)
        errors.push({ field: 'source', message: t('extractives.restricted.sourceHint') });
      const file = await uploadedAreaFile(body, t, errors);
      if (errors.length > 0 || !file) return reply.code(422).sendPage(page(errors));
      const report = await importRestrictedAreaBytes(ctx, file, {
        dryRun: false,
        layer: values.layer,
        source: values.source,
        actorLabel: request.actor.label,
        ...(values.nameProperty ? { nameProperty: values.nameProperty } : {}),
      });
      return reply.code(report.problems.length > 0 ? 422 : 200).sendPage(page([], report));
    },
  );
}
