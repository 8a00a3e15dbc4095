import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { type FieldProblem, translateProblems } from '../../../platform/commands/index.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { isReceivedFile, type ReceivedFile } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/http/types.ts';
import { listImports } from '../../../platform/imports/history.ts';
import { importSubject } from '../../../platform/imports/run.ts';
import { type ImportEncoding, importEncodings } from '../../../platform/imports/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  fileUpload,
  selectField,
  table,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { megabytes, queueUpload } from '../commands/queue-upload.ts';
import { fieldColumns } from '../pages/dataset.ts';
import { registerImportTargets } from './job.ts';
import { importStatusPages } from './status.ts';
import { historyPath, importPath, recordPath, statusTag } from './view.ts';

/** What the picker offers; the server still checks what arrives (sniffFile). */
const ACCEPT = [
  '.csv',
  '.tsv',
  '.txt',
  '.xlsx',
  '.json',
  '.ndjson',
  '.jsonl',
  'text/csv',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const LangQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) });

const ENCODING_LABELS: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
};

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

  /** The upload form; after a refusal (sent with 422) the problems first, the title prefixed. */
  const form = async (
    request: FastifyRequest,
    reply: FastifyReply,
    problems: readonly FieldProblem[] = [],
    encoding?: string,
  ) => {
    const { t, page } = request;
    const title = t('catalog.import.title');
    const errors = translateProblems(t, problems);
    const recent = await listImports(ctx.db, dataset.id, 5);
    return reply.sendPage({
      title: problems.length > 0 ? `${t('catalog.import.error')}: ${title}` : title,
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
${fileUpload(request, {
  id: 'file',
  label: t('catalog.import.file'),
  hint: t('catalog.import.fileHint', { size: megabytes(maxBytes) }),
  error: errors.find((e) => e.field === 'file')?.message,
  accept: ACCEPT,
})}
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
  columns: fieldColumns(t),
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

  /** A page of the dataset's imports, for those who may import into it (a 403 page for others). */
  const importerPage = (
    path: string,
    handle: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>,
  ) =>
    app.get(
      path,
      { schema: { hide: true, querystring: LangQuery }, config: access },
      async (request, reply) => {
        if (!(await mayImport(ctx, dataset, request, reply))) return reply;
        return handle(request, reply);
      },
    );

  importerPage(importPath(dataset), (request, reply) => form(request, reply));

  const upload = { ...access, uploads: { files: 1, fileSize: maxBytes, fields: 4, fieldSize: 1024 } };
  app.post(importPath(dataset), { schema: { hide: true }, config: upload }, async (request, reply) => {
    if (!(await mayImport(ctx, dataset, request, reply))) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const file = [body.file ?? []].flat().find(isReceivedFile) as ReceivedFile | undefined;
    const chosen = typeof body.encoding === 'string' ? body.encoding : '';
    const encoding = (importEncodings as readonly string[]).includes(chosen)
      ? (chosen as ImportEncoding)
      : undefined;
    const result = await queueUpload(ctx, request.actor, dataset, { file, encoding, locale: request.locale });
    if (!result.ok) return form(request, reply.code(422), result.problems, encoding);
    return reply.redirect(recordPath(dataset, result.value), 303);
  });

  importerPage(historyPath(dataset), async (request, reply) => {
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
  });
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
