import fs from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { isReceivedFile, type ReceivedFile, storeFile } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/http/types.ts';
import { createImportRecord, listImports } from '../../../platform/imports/history.ts';
import { importSubject } from '../../../platform/imports/run.ts';
import { sniffFile } from '../../../platform/imports/sniff.ts';
import { type ImportEncoding, importEncodings } from '../../../platform/imports/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, errorSummary, selectField, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { queueImport, registerImportTargets } from './job.ts';
import { importStatusPages } from './status.ts';
import { historyPath, importPath, recordPath, statusTag } from './view.ts';

const ENCODING_LABELS: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
};

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Whether the actor may import into the dataset (an official of its publisher, or a platform
 * administrator); otherwise a 403 page is sent and false returned.
 */
export async function mayImport(
  ctx: ModuleContext,
  dataset: Dataset,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  const action = dataset.import?.action as string;
  if (can(request.actor, action, await importSubject(ctx, dataset))) return true;
  const { t } = request;
  await reply.code(403).sendPage({
    title: t('catalog.import.forbidden'),
    main: html`<h1>${t('catalog.import.forbidden')}</h1><p>${t('catalog.import.forbiddenBody')}</p>`,
  });
  return false;
}

/** The import pages of every importable dataset: upload, history, and one import's own page. */
export function catalogImportPages(app: App, ctx: ModuleContext, datasets: readonly Dataset[]): void {
  const importable = datasets.filter((d) => d.import);
  registerImportTargets(importable);
  for (const dataset of importable) {
    uploadPages(app, ctx, dataset);
    importStatusPages(app, ctx, dataset);
  }
}

function uploadPages(app: App, ctx: ModuleContext, dataset: Dataset): void {
  const access = { access: { action: dataset.import?.action as string } };
  const maxBytes = ctx.config.uploadMaxBytes;
  const fields = dataset.import?.fields ?? dataset.fields.map((f) => f.name);

  const form = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: { field: string; message: string }[],
    encoding?: string,
  ) => {
    const { t, page } = request;
    const title = t('catalog.import.title');
    const recent = await listImports(ctx.db, dataset.id, 5);
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: errors.length > 0 ? `${t('catalog.import.error')}: ${title}` : title,
      breadcrumbs: [
        { href: '/datasets', label: t('catalog.title') },
        { href: `/datasets/${dataset.id}`, label: t.pick(dataset.title) },
        { label: title },
      ],
      main: html`<div class="narrow">${errorSummary(page, errors)}
<h1>${title}</h1>
<p class="lead">${t.pick(dataset.title)}</p>
<p>${t('catalog.import.lead')}</p>
<p>${t('catalog.import.key', { key: dataset.key[0] as string })}</p>
<form method="post" action="${importPath(dataset)}" enctype="multipart/form-data" novalidate>
${reply.csrfField()}
${fileField(t('catalog.import.file'), t('catalog.import.fileHint', { size: megabytes(maxBytes) }), errors.find((e) => e.field === 'file')?.message)}
${selectField(
  'encoding',
  t('catalog.import.encoding'),
  importEncodings.map((e) => ({ value: e, label: ENCODING_LABELS[e] })),
  encoding,
  t('catalog.import.encoding.auto'),
)}
<button type="submit" class="button">${t('catalog.import.submit')}</button>
</form>
<h2>${t('catalog.import.fields')}</h2>
<p class="hint">${t('catalog.import.fieldsHint')}</p>
${table(page, {
  caption: t('catalog.import.fields'),
  columns: [
    { key: 'name', label: t('catalog.field.name') },
    { key: 'title', label: t('catalog.field.title') },
    { key: 'type', label: t('catalog.field.type') },
  ],
  rows: fields.map((name) => {
    const f = dataset.fields.find((x) => x.name === name);
    return [
      html`<code>${name}</code>${f?.required ? html` <span class="meta">*</span>` : ''}`,
      f ? `${f.title.mn} / ${f.title.en}` : '',
      f?.values ? f.values.join(', ') : (f?.type ?? ''),
    ];
  }),
})}
<h2>${t('catalog.import.history')}</h2>
${historyTable(request, dataset, recent)}
<p><a href="${historyPath(dataset)}">${t('catalog.import.history')}</a></p>
</div>`,
    });
  };

  app.get(
    importPath(dataset),
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      if (!(await mayImport(ctx, dataset, request, reply))) return reply;
      return form(request, reply, []);
    },
  );

  const upload = { ...access, uploads: { files: 1, fileSize: maxBytes, fields: 4, fieldSize: 1024 } };
  app.post(importPath(dataset), { schema: { hide: true }, config: upload }, async (request, reply) => {
    if (!(await mayImport(ctx, dataset, request, reply))) return reply;
    const { t } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const file = [body.file ?? []].flat().find(isReceivedFile) as ReceivedFile | undefined;
    const chosen = typeof body.encoding === 'string' ? body.encoding : '';
    const encoding = (importEncodings as readonly string[]).includes(chosen)
      ? (chosen as ImportEncoding)
      : undefined;
    const refuse = (message: string) => form(request, reply, [{ field: 'file', message }], encoding);
    if (!file) return refuse(t('catalog.import.error.file'));
    if (file.size === 0) return refuse(t('catalog.import.error.empty'));
    if (file.truncated || file.size > maxBytes)
      return refuse(t('catalog.import.error.large', { size: megabytes(maxBytes) }));
    // What the file is, from its bytes: a binary or unreadable file is said at once, on the form.
    const sniffed = await sniffFile(file.path, encoding);
    if (!sniffed.ok) {
      await fs.rm(file.path, { force: true });
      return refuse(sniffed.problem[t.locale]);
    }
    // Text has no magic number (and file-type takes a UTF-16 byte order mark for MPEG audio): the
    // stored type is what the import's own sniffing found.
    const stored = {
      ...file,
      sniffedType: sniffed.format === 'xlsx' ? file.sniffedType : mediaTypeOf(sniffed.format),
    };
    const importId = await ctx.db.transaction(async (tx) => {
      const kept = await storeFile(tx, ctx.config, stored, { actor: request.actor.label });
      const id = await createImportRecord(tx, {
        dataset: dataset.id,
        actor: request.actor,
        fileName: file.filename,
        sha256: kept.sha256,
        size: kept.size,
        fileId: kept.id,
        encoding,
        status: 'queued',
      });
      await queueImport(tx, id, false, 'upload');
      return id;
    });
    return reply.redirect(recordPath(dataset, importId), 303);
  });

  app.get(
    historyPath(dataset),
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      if (!(await mayImport(ctx, dataset, request, reply))) return reply;
      const { t } = request;
      const title = t('catalog.import.history');
      return reply.sendPage({
        title: `${title}: ${t.pick(dataset.title)}`,
        breadcrumbs: [
          { href: '/datasets', label: t('catalog.title') },
          { href: `/datasets/${dataset.id}`, label: t.pick(dataset.title) },
          { label: title },
        ],
        main: html`<h1>${title}</h1><p class="lead">${t.pick(dataset.title)}</p>
${historyTable(request, dataset, await listImports(ctx.db, dataset.id, 200))}
<p><a class="button" href="${importPath(dataset)}">${t('catalog.import.link')}</a></p>`,
      });
    },
  );
}

/** The sniffed type of a text file, for the stored file's row (text formats have no magic number). */
function mediaTypeOf(format: string): string {
  return format === 'json'
    ? 'application/json'
    : format === 'ndjson'
      ? 'application/x-ndjson'
      : format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv';
}

function fileField(label: string, hint: string, error?: string): Html {
  const describedBy = ['file-hint', error ? 'file-error' : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field-error' : ''}"><label for="file">${label}</label>
<p class="hint" id="file-hint">${hint}</p>
${error ? html`<p class="error-message" id="file-error">${error}</p>` : ''}
<input id="file" name="file" type="file" accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : ''}>
</div>`;
}

export function historyTable(
  request: FastifyRequest,
  dataset: Dataset,
  records: Awaited<ReturnType<typeof listImports>>,
): Html {
  const { t, page } = request;
  if (records.length === 0) return emptyState(t('catalog.import.history.empty'));
  const n = (v: number | null) => (v === null ? '—' : t.number(v));
  return table(page, {
    caption: t('catalog.import.history.caption'),
    columns: [
      { key: 'when', label: t('catalog.import.col.when') },
      { key: 'file', label: t('catalog.import.col.file') },
      { key: 'who', label: t('catalog.import.col.who') },
      { key: 'status', label: t('catalog.import.col.status') },
      { key: 'added', label: t('catalog.import.col.added'), numeric: true },
      { key: 'changed', label: t('catalog.import.col.changed'), numeric: true },
      { key: 'unchanged', label: t('catalog.import.col.unchanged'), numeric: true },
      { key: 'problems', label: t('catalog.import.col.problems'), numeric: true },
    ],
    rows: records.map((r) => [
      html`<a href="${recordPath(dataset, r.id)}">${t.dateTime(r.createdAt)}</a>`,
      html`${r.fileName}<br><code class="meta" title="SHA-256">${r.fileSha256.slice(0, 12)}…</code>`,
      r.actor,
      statusTag(t, r.status),
      ...(r.status === 'failed' || r.status === 'interrupted'
        ? ['—', '—', '—']
        : [n(r.added), n(r.changed), n(r.unchanged)]),
      n(r.problemCount),
    ]),
  });
}
