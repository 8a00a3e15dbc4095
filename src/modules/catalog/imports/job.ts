import { actorForUser } from '../../../platform/auth/users.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { storedPath } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findImport, finishImport, markQueued } from '../../../platform/imports/history.ts';
import { emptyReport, importFile } from '../../../platform/imports/run.ts';
import type { ImportEncoding } from '../../../platform/imports/types.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import type { JobHandler } from '../../../platform/jobs/types.ts';

export const IMPORT_JOB = 'catalog.import';

export interface ImportJobPayload {
  importId: number;
  /** false: check and count (a dry run); true: commit. */
  commit: boolean;
}

/**
 * The importable datasets by id, as the catalogue's pages registered them: the job runs in the
 * process that serves the pages (src/platform/runtime.ts builds the app before starting workers).
 */
const targets = new Map<string, Dataset>();

export function registerImportTargets(datasets: readonly Dataset[]): void {
  for (const d of datasets) if (d.import) targets.set(d.id, d);
}

/** Queues the check or the commit of an import, in the caller's transaction. */
export async function queueImport(
  tx: Queryable,
  importId: number,
  commit: boolean,
  attempt: string,
): Promise<void> {
  const id = await enqueueJob(tx, {
    kind: IMPORT_JOB,
    payload: { importId, commit } satisfies ImportJobPayload,
    // A commit is queued once, however often "confirm" is pressed; each new check is its own job.
    dedupeKey: commit ? `catalog.import:${importId}:commit` : `catalog.import:${importId}:check:${attempt}`,
    maxAttempts: 3,
  });
  if (id !== null) await markQueued(tx, importId);
}

/**
 * Runs a queued import as the official who uploaded it (their roles read again now, so a role
 * withdrawn meanwhile stops it). Idempotent: an import no longer queued or running is done; a
 * commit that died half way was rolled back whole, so running it again is safe.
 */
export const runImportJob: JobHandler = async (ctx, payload, _job) => {
  const { importId, commit } = payload as ImportJobPayload;
  const record = await findImport(ctx.db, importId);
  if (!record || (record.status !== 'queued' && record.status !== 'running')) return;
  const dataset = targets.get(record.dataset);
  if (!dataset || record.userId === null) {
    const report = emptyReport();
    report.problems = [
      { message: { mn: 'Импортлох өгөгдлийн багц олдсонгүй', en: 'No such importable dataset' } },
    ];
    report.problemCount = 1;
    await finishImport(ctx.db, importId, 'failed', report);
    return;
  }
  const actor = await actorForUser(ctx.db, record.userId, { secondFactor: true });
  try {
    await importFile(ctx, dataset, storedPath(ctx.config, record.fileSha256), {
      actor,
      dryRun: !commit,
      fileName: record.fileName,
      mapping: record.mapping,
      encoding: (record.encoding as ImportEncoding | null) ?? undefined,
      importId,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const report = record.report ?? emptyReport();
    report.problems = [
      {
        message: {
          mn: 'Танд энэ өгөгдлийн багцад импортлох эрх алга',
          en: 'You may no longer import into this dataset',
        },
      },
    ];
    report.problemCount = 1;
    await finishImport(ctx.db, importId, 'failed', report);
  }
};
