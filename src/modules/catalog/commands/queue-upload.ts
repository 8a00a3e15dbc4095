import fs from 'node:fs/promises';
import type { Actor } from '../../../platform/auth/actor.ts';
import { ok, type Result, refuse } from '../../../platform/commands/index.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { type ReceivedFile, storeFile } from '../../../platform/files/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { createImportRecord } from '../../../platform/imports/history.ts';
import { sniffFile } from '../../../platform/imports/sniff.ts';
import type { ImportEncoding } from '../../../platform/imports/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { queueImport } from '../imports/job.ts';

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

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

/**
 * Takes an uploaded file for a dataset's import: refuses no file, an empty one, one over the
 * upload limit or one that is not a table (said on the form, as field `file`), else keeps it
 * (src/platform/files), records the import and queues its check as the job `catalog.import`.
 * Its value is the import's id. The caller has checked that the actor may import; `locale` is
 * the language of the form, in which an unreadable file's problem is said.
 */
export async function queueUpload(
  ctx: ModuleContext,
  actor: Actor,
  dataset: Dataset,
  input: { file: ReceivedFile | undefined; encoding: ImportEncoding | undefined; locale: Locale },
): Promise<Result<number>> {
  const { file, encoding } = input;
  const maxBytes = ctx.config.uploadMaxBytes;
  if (!file) return refuse('file', 'catalog.import.error.file');
  if (file.size === 0) return refuse('file', 'catalog.import.error.empty');
  if (file.truncated || file.size > maxBytes)
    return refuse('file', 'catalog.import.error.large', { size: megabytes(maxBytes) });
  // What the file is, from its bytes: a binary or unreadable file is said at once, on the form.
  const sniffed = await sniffFile(file.path, encoding);
  if (!sniffed.ok) {
    await fs.rm(file.path, { force: true });
    // The platform's check says what it found as text in both languages, not as a key: the
    // problem carries the text in the language of the form.
    return refuse('file', 'catalog.import.error.unreadable', { text: sniffed.problem[input.locale] });
  }
  // Text has no magic number (and file-type takes a UTF-16 byte order mark for MPEG audio): the
  // stored type is what the import's own sniffing found.
  const stored = {
    ...file,
    sniffedType: sniffed.format === 'xlsx' ? file.sniffedType : mediaTypeOf(sniffed.format),
  };
  const importId = await ctx.db.transaction(async (tx) => {
    const kept = await storeFile(tx, ctx.config, stored, { actor: actor.label });
    const id = await createImportRecord(tx, {
      dataset: dataset.id,
      actor,
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
  return ok(importId);
}
