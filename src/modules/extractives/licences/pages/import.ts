import { Type } from 'typebox';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { CsrfField } from '../../../../platform/forms/form-route.ts';
import type { FieldError } from '../../../../platform/http/errors.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { errorSummary, radios, table, textField } from '../../../../platform/views/components.ts';
import { type Html, html } from '../../../../platform/views/html.ts';
import { areaFileField, areaUploadLimits, uploadedAreaFile } from '../../spatial/upload.ts';
import { importLicenceBytes, type LicenceImportOutcome } from '../import.ts';
import { kindChoices } from './form.ts';

const PATH = '/extractives/licences/import';
const ACTION = 'extractives.licences.write';

type Page = Parameters<typeof errorSummary>[0];

/**
 * `/extractives/licences/import`: the form of `shilen import licences`, for the staff of a kind's
 * issuer (the kinds offered are those the caller may write; the import checks it again, 403) and
 * platform administrators.
 */
export function importPage(app: App, ctx: ModuleContext): void {
  const form = async (
    page: Page,
    actor: Actor,
    csrf: Html,
    errors: FieldError[],
    values: Record<string, string>,
    outcome?: LicenceImportOutcome,
    problems: string[] = [],
  ) => {
    const t = page.t;
    const error = (field: string) => errors.find((e) => e.field === field)?.message;
    return html`${errorSummary(page, errors)}
<h1>${t('extractives.licences.import.title')}</h1>
<p class="lead">${t('extractives.licences.import.lead')}</p>
${outcome ? html`<div class="notice" role="status"><h2>${t('extractives.licences.import.done', { ...outcome })}</h2></div>` : ''}
${
  problems.length > 0
    ? html`<div class="error-summary" role="status"><h2>${t('extractives.restricted.nothing')}</h2></div>
${table(page, {
  caption: t('extractives.licences.import.problems', { count: problems.length }),
  columns: [{ key: 'm', label: t('extractives.restricted.problem') }],
  rows: problems.map((p) => [p]),
})}`
    : ''
}
<form method="post" action="${PATH}" enctype="multipart/form-data" novalidate>
${csrf}
${radios(page, {
  id: 'kind',
  label: t('extractives.licences.import.kindLabel'),
  options: await kindChoices(ctx, actor, t),
  ...(values.kind ? { selected: values.kind } : {}),
  ...(error('kind') ? { error: error('kind')! } : {}),
})}
${textField('source', t('extractives.licences.import.sourceLabel'), values.source ?? '', {
  ...(error('source') ? { error: error('source')! } : {}),
})}
${areaFileField(page, t, t('extractives.licences.import.fileHint'), error('file'))}
<button type="submit" class="button">${t('extractives.restricted.submit')}</button>
</form>`;
  };

  app.get(PATH, { schema: { hide: true }, config: { access: { action: ACTION } } }, async (request, reply) =>
    reply.sendPage({
      title: request.t('extractives.licences.import.title'),
      main: await form(request.page, request.actor, reply.csrfField(), [], {}),
    }),
  );

  app.post(
    PATH,
    {
      schema: { hide: true, body: Type.Object({ _csrf: CsrfField }, { additionalProperties: true }) },
      config: {
        access: { action: ACTION },
        uploads: areaUploadLimits(4),
      },
    },
    async (request, reply) => {
      const { t } = request;
      const body = request.body as Record<string, unknown>;
      const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
      const values = { kind: text('kind'), source: text('source') };
      const page = async (errors: FieldError[], outcome?: LicenceImportOutcome, problems?: string[]) => ({
        title: t('extractives.licences.import.title'),
        main: await form(request.page, request.actor, reply.csrfField(), errors, values, outcome, problems),
      });
      const errors: FieldError[] = [];
      if (!ctx.country.extractives.licenceTypes.some((k) => k.code === values.kind))
        errors.push({ field: 'kind', message: t('extractives.licences.import.chooseKind') });
      if (values.source.length > 500)
        errors.push({ field: 'source', message: t('extractives.licences.import.source') });
      const file = await uploadedAreaFile(body, t, errors);
      if (errors.length > 0 || !file) return reply.code(422).sendPage(await page(errors));
      const result = await importLicenceBytes(
        ctx,
        request.actor,
        file,
        { kind: values.kind, source: values.source },
        request.meta,
      );
      if (result.ok) return reply.sendPage(await page([], result.value));
      const problems = result.problems.map((p) => t(p.key, p.params));
      return reply.code(422).sendPage(await page([], undefined, problems));
    },
  );
}
