import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../auth/permissions.ts';
import type { Dataset } from '../datasets/dataset.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext } from '../module.ts';
import { checkSqlPatterns, stageCsvFast } from './fast.ts';
import { firstLoadRules, loadFirst } from './first-load.ts';
import {
  createImportRecord,
  deadImports,
  finishImport,
  markInterrupted,
  markRunning,
  recordProgress,
  runningHere,
  runningHereEnded,
  storableText,
} from './history.ts';
import {
  brokenRules,
  computeDiff,
  createStaging,
  diffCounts,
  diffSamples,
  dropStaging,
  duplicateKeys,
  mergeDiff,
  missingReferences,
  recordImportVersions,
  type StagingTables,
  stagingTables,
  touchedKeys,
} from './merge.ts';
import { type ImportPlan, importPlan } from './plan.ts';
import { sniffFile } from './sniff.ts';
import { type StageOptions, stageRows } from './stage.ts';
import { type DatasetImportReport, type ImportEncoding, type ImportProblem, PROBLEMS_KEPT } from './types.ts';

export interface ImportOptions {
  actor: Actor;
  /** Check and count, write nothing to the dataset (the history keeps the report). */
  dryRun: boolean;
  /** The name the file had where it came from (the upload's or the path's). */
  fileName: string;
  /** `Header=field` choices of the mapping step (`''` ignores a column). */
  mapping?: Record<string, string>;
  /** The file's encoding when detection cannot tell (or guesses wrong). */
  encoding?: ImportEncoding;
  /** An import the history already holds (a web upload), else a new one is recorded. */
  importId?: number;
  /** The upload's hash and stored file, when already known. */
  sha256?: string;
  fileId?: string | null;
  /** Rows done so far, and the total as estimated from the bytes read. */
  onProgress?: (done: number, total?: number) => void;
  /** Told when the work moves on: reading the file, checking the whole of it, merging. */
  onPhase?: (phase: 'reading' | 'checking' | 'merging' | 'history') => void;
  meta?: { ip?: string | null; requestId?: string | null };
}

export interface ImportOutcome {
  importId: number;
  status: 'succeeded' | 'failed' | 'dry-run';
  report: DatasetImportReport;
}

const SAMPLES = 20;

export function emptyReport(): DatasetImportReport {
  return {
    rows: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    problems: [],
    problemCount: 0,
    mapping: [],
    unmapped: [],
    samples: { added: [], changed: [] },
  };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Marks the command line's imports whose process died `interrupted` and drops the staging tables
 * they left behind (unlogged, so harmless, but not to be kept). Run before every import.
 */
async function sweepInterrupted(db: ModuleContext['db']): Promise<number[]> {
  const dead = await deadImports(db);
  if (dead.length === 0) return [];
  const problem = {
    message: {
      mn: 'Импорт дуусахаас өмнө зогссон (түүнийг ажиллуулж байсан процесс тасалдсан). Өгөгдлийн багцад юу ч бичигдээгүй; файлыг дахин импортлоно уу.',
      en: 'The import stopped before it finished (the process running it ended). Nothing was written to the dataset; import the file again.',
    },
  };
  await markInterrupted(db, dead, { ...emptyReport(), problems: [problem], problemCount: 1 });
  for (const id of dead) await dropStaging(db, stagingTables(id));
  return dead;
}

/** The organisation whose officials may import into a dataset: its publisher. */
export async function importSubject(
  ctx: ModuleContext,
  dataset: Dataset,
): Promise<{ organizationId: number | null }> {
  const [row] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${dataset.publisher}`,
  );
  return { organizationId: row ? Number(row.id) : null };
}

/** Problems in file order, the first `PROBLEMS_KEPT` kept. */
function keep(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, PROBLEMS_KEPT);
}

/**
 * Imports a file into a dataset: sniffs format and encoding, maps headers to fields, checks every
 * row, stages them with COPY, checks keys, references and rules over the whole file, then (not in a dry
 * run) merges in one transaction with the change history, the audit entry and the history's
 * outcome. Any problem and nothing is written; the same file twice changes nothing the second time.
 * The actor must be allowed the dataset's import action for its publisher.
 */
export async function importFile(
  ctx: ModuleContext,
  dataset: Dataset,
  file: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const plan = importPlan(dataset);
  if (!plan) throw new Error(`dataset ${dataset.id} is not importable`);
  authorize(options.actor, plan.spec.action, await importSubject(ctx, dataset));
  await checkSqlPatterns(ctx.db, plan);
  await sweepInterrupted(ctx.db);
  const size = (await fs.promises.stat(file)).size;
  let importId = options.importId;
  if (importId === undefined) {
    importId = await createImportRecord(ctx.db, {
      dataset: dataset.id,
      actor: options.actor,
      fileName: options.fileName,
      sha256: options.sha256 ?? (await sha256Of(file)),
      size,
      fileId: options.fileId,
      mapping: options.mapping,
      status: 'running',
    });
  } else await markRunning(ctx.db, importId, options.mapping);
  runningHere(importId);
  const tables = stagingTables(importId);
  const report = emptyReport();
  const finish = async (status: ImportOutcome['status']) => {
    await finishImport(ctx.db, importId, status, report);
    return { importId, status, report };
  };
  try {
    const sniffed = await sniffFile(file, options.encoding);
    if (!sniffed.ok) {
      report.problems = [{ message: sniffed.problem }];
      report.problemCount = 1;
      return await finish('failed');
    }
    report.format = sniffed.format;
    report.encoding = sniffed.encoding;
    let lastProgress = 0;
    const progressTo =
      (db: Queryable) =>
      (done: number, total?: number): Promise<void> => {
        options.onProgress?.(done, total);
        const now = Date.now();
        if (now - lastProgress < 500) return Promise.resolve();
        lastProgress = now;
        return recordProgress(db, importId, done, total);
      };
    const stageOptions: StageOptions = {
      format: sniffed.format,
      encoding: sniffed.encoding ?? 'utf-8',
      size,
      mapping: options.mapping ?? {},
      fileName: options.fileName,
      onProgress: progressTo(ctx.db),
    };
    options.onPhase?.('reading');
    if (!options.dryRun && firstLoadRules(plan, stageOptions)) {
      const loaded = await firstLoad(ctx, plan, file, report, importId, options, stageOptions, progressTo);
      if (loaded) return loaded;
    }
    await createStaging(ctx.db, plan, tables);
    // CSV is read by PostgreSQL when the dataset's rules and the file allow (fast.ts); else row by row.
    const staged =
      (sniffed.format === 'csv' ? await stageCsvFast(ctx.db, plan, file, tables, stageOptions) : undefined) ??
      (await stageRows(ctx.db, plan, file, tables, stageOptions));
    Object.assign(report, {
      rows: staged.rows,
      mapping: staged.mapping,
      unmapped: staged.unmapped,
    });
    const problems = [...staged.problems];
    let count = staged.problemCount;
    options.onPhase?.('checking');
    if (staged.complete) {
      const keyHeader = staged.headers.get(plan.key.name) ?? plan.key.name;
      for (const found of [
        await duplicateKeys(ctx.db, plan, tables, keyHeader, PROBLEMS_KEPT),
        await missingReferences(ctx.db, plan, tables, staged.headers, PROBLEMS_KEPT),
        await brokenRules(ctx.db, plan, tables, staged.headers, PROBLEMS_KEPT),
      ]) {
        problems.push(...found.problems);
        count += found.count;
      }
    }
    report.problems = keep(problems);
    report.problemCount = count;
    if (count > 0) return await finish('failed');
    if (options.dryRun) {
      await computeDiff(ctx.db, plan, tables);
      Object.assign(report, await diffCounts(ctx.db, tables));
      report.samples = await diffSamples(ctx.db, plan, tables, SAMPLES);
      return await finish('dry-run');
    }
    return await commit(ctx, plan, tables, report, importId, options);
  } catch (error) {
    const refused = databaseRefusal(error);
    if (!refused) throw error;
    report.problems = [{ message: refused }];
    report.problemCount = 1;
    return await finish('failed');
  } finally {
    await dropStaging(ctx.db, tables);
    runningHereEnded(importId);
  }
}

/** The merge, its history, audit entry and outcome in one transaction: all of it or none. */
async function commit(
  ctx: ModuleContext,
  plan: ImportPlan,
  tables: StagingTables,
  report: DatasetImportReport,
  importId: number,
  options: ImportOptions,
): Promise<ImportOutcome> {
  options.onPhase?.('merging');
  await ctx.db.transaction(async (tx) => {
    // One import of a dataset at a time: the diff must describe the table the merge changes.
    await tx.query(sql`select pg_advisory_xact_lock(hashtext(${`imports:${plan.dataset.id}`}))`);
    await computeDiff(tx, plan, tables);
    Object.assign(report, await diffCounts(tx, tables));
    report.samples = await diffSamples(tx, plan, tables, SAMPLES);
    await mergeDiff(tx, plan, tables);
    options.onPhase?.('history');
    await recordImportVersions(tx, plan, tables, options.actor.label);
    await finishCommit(tx, plan, report, importId, options, () => touchedKeys(tx, tables));
  });
  return { importId, status: 'succeeded', report };
}

/** Not a first load after all: the transaction is rolled back and the import staged. */
class NotFirstLoad extends Error {
  override name = 'NotFirstLoad';
}

/**
 * The first load of an empty dataset (first-load.ts): the rows, their history batch, audit entry
 * and outcome in one transaction; undefined (and nothing written) when the file or the table is
 * not for it. Progress goes through the transaction on PGlite, whose one connection it holds.
 */
async function firstLoad(
  ctx: ModuleContext,
  plan: ImportPlan,
  file: string,
  report: DatasetImportReport,
  importId: number,
  options: ImportOptions,
  stageOptions: StageOptions,
  progressTo: (db: Queryable) => StageOptions['onProgress'],
): Promise<ImportOutcome | undefined> {
  try {
    await ctx.db.transaction(async (tx) => {
      const loaded = await loadFirst(tx, plan, file, {
        ...stageOptions,
        onProgress: progressTo(ctx.db.engine === 'pglite' ? tx : ctx.db),
        actor: options.actor.label,
        importId,
        samples: SAMPLES,
      });
      if (!loaded) throw new NotFirstLoad();
      options.onPhase?.('history');
      Object.assign(report, {
        rows: loaded.staged.rows,
        mapping: loaded.staged.mapping,
        unmapped: [],
        added: loaded.staged.rows,
        changed: 0,
        unchanged: 0,
        samples: { added: loaded.samples, changed: [] },
      });
      await finishCommit(tx, plan, report, importId, options, loaded.keys);
    });
  } catch (error) {
    if (error instanceof NotFirstLoad) return undefined;
    throw error;
  }
  return { importId, status: 'succeeded', report };
}

/** The end of a committing import, in its transaction: `afterMerge`, the audit entry, the outcome. */
async function finishCommit(
  tx: Queryable,
  plan: ImportPlan,
  report: DatasetImportReport,
  importId: number,
  options: ImportOptions,
  keys: () => Promise<string[]>,
): Promise<void> {
  if (plan.spec.afterMerge && report.added + report.changed > 0) await plan.spec.afterMerge(tx, await keys());
  const [history] = await tx.query<{ sha: string }>(
    sql`select file_sha256 as sha from imports where id = ${importId}`,
  );
  await recordAudit(tx, {
    actor: options.actor,
    role: options.actor.roles[0]?.role ?? null,
    action: plan.spec.action,
    subject: { type: 'dataset', id: plan.dataset.id },
    ip: options.meta?.ip ?? null,
    requestId: options.meta?.requestId ?? null,
    details: {
      import: importId,
      file: storableText(options.fileName),
      sha256: history?.sha ?? null,
      rows: report.rows,
      added: report.added,
      changed: report.changed,
      unchanged: report.unchanged,
    },
  });
  await finishImport(tx, importId, 'succeeded', report);
}

/**
 * A row the database itself refused (a constraint the field checks do not know): reported, not
 * thrown, since the file is what is wrong. Anything else (a lost connection) is thrown.
 */
function databaseRefusal(error: unknown): DatasetImportReport['problems'][number]['message'] | undefined {
  const e = error as { code?: unknown; message?: string; detail?: string };
  if (typeof e?.code !== 'string' || !/^(22|23)/.test(e.code)) return undefined;
  const text = [e.message, e.detail].filter(Boolean).join(': ');
  return {
    mn: `Өгөгдлийн сан мөрүүдийг хүлээж авсангүй: ${text}`,
    en: `The database refused the rows: ${text}`,
  };
}
