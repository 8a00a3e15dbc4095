import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.ts';
import { AppError, type FieldError } from '../http/errors.ts';
import { problemBody, sendProblem, wantsJson } from '../http/problem.ts';
import type { DatasetDeclaration } from '../module.ts';
import { canonicalFilters, checkFilters, type FilterValues } from './filters.ts';
import { type DownloadFormat, downloadFormats, textChunks } from './formats.ts';
import { lastModified, streamBatches } from './rows.ts';
import { xlsxStream } from './xlsx.ts';

/**
 * A validation failure as the caller can read it: problem+json for programs (and anything that
 * does not ask for HTML), the site's error page for a browser that followed a link.
 */
export function refuse(request: FastifyRequest, reply: FastifyReply, errors: readonly FieldError[]) {
  const browser = request.headers.accept?.includes('text/html') === true && !wantsJson(request);
  if (browser)
    throw new AppError('validation-failed', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors);
  return sendProblem(reply, problemBody(request, 'validation-failed', undefined, errors));
}

/** A weak validator of one download: the data's last change, the filters, the format and the fields. */
export function downloadEtag(
  dataset: DatasetDeclaration,
  format: string,
  filters: FilterValues,
  modified: Date | null,
  variant = '',
): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        dataset.id,
        format,
        variant,
        canonicalFilters(filters),
        modified?.toISOString() ?? 'never',
        dataset.fields.map((f) => [f.name, f.type]),
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
  return `W/"${hash}"`;
}

/** Whether If-None-Match names this validator (weak comparison, as GET allows). */
export function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** `attachment` with an ASCII file name and the exact one in UTF-8 (RFC 6266). */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `organizations-kind-ministry.csv`: the dataset, its filters, the format. */
export function downloadFileName(
  dataset: DatasetDeclaration,
  filters: FilterValues,
  extension: string,
): string {
  const parts = [
    dataset.id,
    ...canonicalFilters(filters).flatMap(([k, v]) => [k, v.replace(/[\\/:*?"<>|\s]+/g, '-')]),
  ];
  return `${parts.join('-').slice(0, 150)}.${extension}`;
}

/**
 * Answers a bulk download of a dataset: query parameters checked against its filters (422 naming
 * the parameter), a weak ETag from its last change and the filters (304 when the client has it),
 * then the rows streamed in key order by keyset batches, with a file name that says what it holds.
 * `?bom=1` starts a CSV with a byte order mark for spreadsheet programs; parameters in `ignore`
 * (a list page's `sort`, `page`) are accepted and have no effect.
 */
export async function sendDownload(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Queryable,
  dataset: DatasetDeclaration,
  format: DownloadFormat,
  options: { ignore?: readonly string[] } = {},
): Promise<FastifyReply> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const check = await checkFilters(db, dataset, query, ['lang', 'bom', ...(options.ignore ?? [])]);
  const errors = check.ok ? [] : [...check.errors];
  const bomValue = query.bom;
  if (
    bomValue !== undefined &&
    !(format === 'csv' && (bomValue === '1' || bomValue === '0' || bomValue === ''))
  )
    errors.push({
      field: 'query.bom',
      message: format === 'csv' ? 'must be 1 (with a byte order mark) or 0' : 'applies to CSV downloads only',
    });
  if (!check.ok || errors.length > 0) return refuse(request, reply, errors);
  const filters = check.filters;
  const bom = bomValue === '1';
  const modified = await lastModified(db, dataset);
  const etag = downloadEtag(dataset, format, filters, modified, bom ? 'bom' : '');
  reply.header('etag', etag).header('vary', 'Accept-Encoding');
  if (modified) reply.header('last-modified', modified.toUTCString());
  if (matches(request, etag)) return reply.code(304).send();
  const about = downloadFormats[format];
  reply
    .type(about.contentType)
    .header('content-disposition', attachmentHeader(downloadFileName(dataset, filters, format)));
  if (request.method === 'HEAD') return reply.send();
  const batches = streamBatches(db, dataset, filters);
  if (format === 'xlsx') return reply.send(xlsxStream(dataset.fields, batches, { sheetName: dataset.id }));
  return reply.send(Readable.from(textChunks(format, dataset.fields, batches, { bom })));
}
