import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { findImport, type ImportRecord } from '../../../platform/imports/history.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { queueImport } from './job.ts';
import { mayImport } from './pages.ts';
import {
  historyPath,
  importPath,
  problemsTable,
  progressView,
  recordPath,
  samplesTables,
  statusTag,
} from './view.ts';

const Params = Type.Object({ importId: Type.String({ maxLength: 100, pattern: '^[0-9]{1,15}$' }) });

/** One import's page (progress, mapping step, preview, result) and its two forms: mapping and confirm. */
export function importStatusPages(app: App, ctx: ModuleContext, dataset: Dataset): void {
  const access = { access: { action: dataset.import?.action as string } };
  const base = `${historyPath(dataset)}/:importId`;
  const importable = dataset.import?.fields ?? dataset.fields.map((f) => f.name);

  const load = async (importId: string) => {
    const record = await findImport(ctx.db, Number(importId));
    if (!record || record.dataset !== dataset.id) throw notFound(`no import ${importId}`);
    return record;
  };

  const mappingForm = (request: FastifyRequest, reply: FastifyReply, record: ImportRecord): Html => {
    const { t } = request;
    const report = record.report;
    if (!report || report.unmapped.length === 0) return html``;
    const options = importable.map((name) => {
      const f = dataset.fields.find((x) => x.name === name);
      return { value: name, label: f ? `${name} — ${t.pick(f.title)}` : name };
    });
    return html`<form method="post" action="${recordPath(dataset, record.id)}/mapping" class="import-mapping">
${reply.csrfField()}
<fieldset><legend><h2>${t('catalog.import.mapping')}</h2></legend>
<p>${t('catalog.import.mapping.lead')}</p>
${report.mapping.map((m, i) => {
  const chosen = record.mapping[m.header] ?? m.field ?? '';
  return html`<div class="field"><label for="map-${i}">${m.header}</label>
<select id="map-${i}" name="field-${i}">
<option value=""${chosen === '' ? html` selected` : ''}>${t('catalog.import.mapping.ignore')}</option>
${options.map((o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`)}
</select></div>`;
})}
</fieldset>
<button type="submit" class="button">${t('catalog.import.mapping.submit')}</button>
</form>`;
  };

  app.get(
    base,
    {
      schema: {
        hide: true,
        params: Params,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      if (!(await mayImport(ctx, dataset, request, reply))) return reply;
      const record = await load(request.params.importId);
      const { t, page } = request;
      const title = t('catalog.import.record', { id: record.id });
      const report = record.report;
      const busy = record.status === 'queued' || record.status === 'running';
      const counts = report && {
        rows: t.number(report.rows),
        added: t.number(report.added),
        changed: t.number(report.changed),
        unchanged: t.number(report.unchanged),
      };
      let body: Html;
      if (busy) body = progressView(t, record);
      else if ((record.status === 'failed' || record.status === 'interrupted') && report)
        body = html`<div class="import-outcome import-outcome-failed" role="alert"><h2>${report.unmapped.length > 0 ? t('catalog.import.mapping') : t('catalog.import.problems')}</h2></div>
${mappingForm(request, reply, record)}
${report.problems.length > 0 ? problemsTable(page, report) : ''}
<p><a class="button button-secondary" href="${importPath(dataset)}">${t('catalog.import.another')}</a></p>`;
      else if (record.status === 'dry-run' && report && counts)
        body = html`<h2>${t('catalog.import.preview')}</h2>
<p>${t('catalog.import.preview.lead')}</p>
<p class="import-counts">${t('catalog.import.counts', counts)}</p>
${samplesTables(page, report)}
${
  report.added + report.changed > 0
    ? html`<form method="post" action="${recordPath(dataset, record.id)}/confirm">
${reply.csrfField()}
<p class="hint">${t('catalog.import.confirmHint')}</p>
<button type="submit" class="button">${t('catalog.import.confirm')}</button>
</form>`
    : html`<p>${t('catalog.import.preview.nothing')}</p>`
}
<p><a href="${importPath(dataset)}">${t('catalog.import.another')}</a></p>`;
      else
        body = html`<div class="import-outcome import-outcome-succeeded" role="status"><h2>${t('catalog.import.done')}</h2>
${counts ? html`<p class="import-counts">${t('catalog.import.countsDone', counts)}</p>` : ''}</div>
<p><a href="/datasets/${dataset.id}">${t.pick(dataset.title)}</a> · <a href="${importPath(dataset)}">${t('catalog.import.another')}</a></p>`;
      return reply.sendPage({
        title: `${title}: ${t(`catalog.import.status.${record.status}`)}`,
        refreshSeconds: busy ? 2 : undefined,
        breadcrumbs: [
          { href: '/datasets', label: t('catalog.title') },
          { href: `/datasets/${dataset.id}`, label: t.pick(dataset.title) },
          { href: historyPath(dataset), label: t('catalog.import.history') },
          { label: title },
        ],
        main: html`<h1>${title} ${statusTag(t, record.status)}</h1>
<p class="lead">${t.pick(dataset.title)}</p>
${summaryList([
  { key: t('catalog.import.col.file'), value: record.fileName },
  { key: t('catalog.import.size'), value: `${t.number(record.fileSize)} B` },
  { key: t('catalog.import.sha256'), value: html`<code class="import-hash">${record.fileSha256}</code>` },
  {
    key: t('catalog.import.format'),
    value: [record.format?.toUpperCase(), record.encoding].filter(Boolean).join(', ') || null,
  },
  { key: t('catalog.import.by'), value: record.actor },
  { key: t('catalog.import.started'), value: t.dateTime(record.startedAt ?? record.createdAt) },
  { key: t('catalog.import.finished'), value: record.finishedAt ? t.dateTime(record.finishedAt) : null },
])}
${body}`,
      });
    },
  );

  /** A form of one import's page, posted by those who may import into the dataset (a 403 page for others). */
  const recordForm = (
    action: 'mapping' | 'confirm',
    handle: (record: ImportRecord, request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>,
  ) =>
    app.post(
      `${base}/${action}`,
      { schema: { hide: true, params: Params }, config: access },
      async (request, reply) => {
        if (!(await mayImport(ctx, dataset, request, reply))) return reply;
        return handle(await load(request.params.importId), request, reply);
      },
    );

  recordForm('mapping', async (record, request, reply) => {
    if (record.status !== 'failed' || !record.report)
      return reply.redirect(recordPath(dataset, record.id), 303);
    // Field `field-<i>` places the i-th column of the file, as the check read the header.
    const body = (request.body ?? {}) as Record<string, unknown>;
    const mapping: Record<string, string> = {};
    record.report.mapping.forEach((m, i) => {
      const field = body[`field-${i}`];
      if (typeof field === 'string' && (field === '' || importable.includes(field)))
        mapping[m.header] = field;
    });
    await ctx.db.transaction(async (tx) => {
      await tx.query(
        sql`update imports set mapping = ${JSON.stringify(mapping)}::jsonb where id = ${record.id}`,
      );
      await queueImport(tx, record.id, false, String(Date.now()));
    });
    return reply.redirect(recordPath(dataset, record.id), 303);
  });

  recordForm('confirm', async (record, _request, reply) => {
    // Only a clean check is committed; pressing confirm again (or late) changes nothing.
    if (record.status === 'dry-run' && record.problemCount === 0)
      await ctx.db.transaction((tx) => queueImport(tx, record.id, true, 'commit'));
    return reply.redirect(recordPath(dataset, record.id), 303);
  });
}
