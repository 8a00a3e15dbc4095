import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { can, registerPermissions } from '../../../platform/auth/permissions.ts';
import { auditRole } from '../../../platform/commands/audit-role.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { RequestMeta } from '../../../platform/http/types.ts';
import type { ImportReport, ModuleContext } from '../../../platform/module.ts';
import { refreshFlagsAround, refreshFlagsOfBuyers } from '../flags-refresh.ts';
import type { JsonObject } from '../ocds/merge.ts';
import { procurementPermissions } from '../permissions.ts';
import { indexStagedProcesses } from '../search.ts';
import { type BuyerChange, type IncomingRelease, openStoreSession, storeReleases } from '../store.ts';
import { checkRelease, type Problem } from './check.ts';
import { type PhaseTimes, timed, timedSync } from './phases.ts';
import { FileProblem, readOcds } from './read.ts';

export const BATCH = 1000;
/**
 * The heap an import of any size runs in (`shilen import ocds`, the benchmark), in MiB: the old
 * generation capped near two batches in flight, so that the process stays near its live set
 * instead of V8 growing the heap lazily (to over 600 MiB on 50,000 releases without a cap); a
 * larger young generation, so that a batch's short-lived objects die there instead of being
 * promoted and marked (with the cap alone the process spent twice the CPU collecting).
 */
export const OCDS_IMPORT_HEAP = { oldSpace: 224, semiSpace: 32 };
/** Problems kept in a report; beyond this they are counted only. */
export const PROBLEMS_KEPT = 1000;
/** Releases checked between two looks at the database's answers. */
const YIELD_EVERY = 25;
/** Past this many changed processes, flags are refreshed per buyer in one pass. */
const BULK_REFRESH = 5000;

export interface OcdsImportOptions {
  /**
   * Who publishes: every process written must have a buyer they may publish for (`procurement.publish`),
   * before and after its releases. The system (`shilen import ocds`) may publish for any buyer.
   */
  actor: Actor;
  /** Commit the valid releases even when others are invalid (the publisher's choice). */
  skipInvalid?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number) => void;
  /** What the audit trail names as the file. */
  fileName?: string;
  /** The request that asked for the import (the site, the API); none from the CLI or a job. */
  meta?: RequestMeta;
  /** Runs in the import's transaction once it will commit (the upload keeps its file there); its result goes to the audit entry. */
  beforeCommit?: (tx: Queryable) => Promise<Record<string, string | number>>;
  /** Filled with milliseconds per phase (reading, checking, each kind of write, flags, commit). */
  times?: PhaseTimes;
}

export interface OcdsImportReport extends ImportReport {
  /** Releases read from the file, valid or not. */
  read: number;
  /** Releases refused (with problems). */
  invalid: number;
  /** Whether anything was written. */
  committed: boolean;
  problemCount: number;
}

class Rollback extends Error {}

/**
 * Imports an OCDS file in one transaction. Every release is checked; without `skipInvalid` a
 * single problem means nothing is written (but the whole file is still checked, so the report
 * lists every problem); with it, the valid releases are committed and the invalid ones reported.
 * A release already published with the same content is counted unchanged, so importing the same
 * file twice changes nothing.
 */
export async function importOcdsFile(
  ctx: ModuleContext,
  file: string,
  options: OcdsImportOptions,
): Promise<OcdsImportReport> {
  const report: OcdsImportReport = {
    added: 0,
    changed: 0,
    unchanged: 0,
    problems: [],
    read: 0,
    invalid: 0,
    committed: false,
    problemCount: 0,
  };
  // The import may run without an app (benchmarks, tests): the action it checks must be known.
  registerPermissions(procurementPermissions);
  const problem = (p: Problem) => {
    report.problemCount++;
    if (report.problems.length < PROBLEMS_KEPT) report.problems.push(p);
  };
  // Duplicates across batches are found by the store (a release this transaction wrote); within a
  // batch here. Nothing per release is kept for the whole file, so memory stays flat at any size.
  let seen = new Map<string, string>();
  const touched = new Set<number>();
  let touchedCount = 0;
  const buyers = new Set<number>();
  // Rare (a buyer is corrected or a process moves between bodies), so kept for the whole file.
  const buyerChanges: BuyerChange[] = [];
  /** Whether the actor may publish releases with this buyer (null: not in the registry). */
  const mayPublishFor = (buyerId: number | null) =>
    can(options.actor, 'procurement.publish', { organizationId: buyerId });
  let writing = true;
  const times = options.times;
  const work = async (tx: Queryable) => {
    const session = await openStoreSession(tx, ctx.country, times);
    let batch: IncomingRelease[] = [];
    // One batch is written while the next is read and checked: the database's time and the
    // checking's overlap. Writes stay in order (one at a time, on the one transaction).
    let inFlight: Promise<void> = Promise.resolve();
    // A batch's search documents are written while the next batch is stored (at most one behind).
    let searching: Promise<void> = Promise.resolve();
    let failure: unknown;
    const write = async (batch: IncomingRelease[]) => {
      if (batch.length === 0) return;
      if (writing) {
        // The previous batch's search documents first: they are read from the staging table this
        // batch fills (the one connection runs statements one at a time anyway).
        await searching;
        const stored = await storeReleases(tx, batch, {
          publishedBy: options.actor.label,
          session,
          stageSearch: true,
          mayPublishFor,
        });
        report.added += stored.added;
        report.unchanged += stored.unchanged;
        for (const p of stored.problems) {
          report.invalid++;
          problem(p);
        }
        if (stored.problems.length > 0 && !options.skipInvalid) writing = false;
        touchedCount += stored.processIds.length;
        if (touchedCount <= BULK_REFRESH) for (const id of stored.processIds) touched.add(id);
        searching = timed(times, 'search', () =>
          stored.processIds.length > 0 ? indexStagedProcesses(tx, stored.searchWords) : Promise.resolve(),
        ).catch((e) => {
          failure = e;
        });
        for (const b of stored.buyerIds) buyers.add(b);
        buyerChanges.push(...stored.buyerChanges);
      }
      options.onProgress?.(report.read);
    };
    const flush = async () => {
      await timed(times, 'waiting for writes', () => inFlight);
      if (failure) throw failure;
      const full = batch;
      batch = [];
      seen = new Map();
      inFlight = write(full).catch((e) => {
        failure = e;
      });
    };
    try {
      const { items } = await readOcds(file);
      for (;;) {
        const next = await timed(times, 'read', () => items.next());
        if (next.done) break;
        const item = next.value;
        report.read++;
        // Lines already read come without a pause, so let the database's answers in now and then:
        // the batch being written moves on while this one is checked.
        if (report.read % YIELD_EVERY === 0) await new Promise(setImmediate);
        if (item.release instanceof FileProblem) {
          report.invalid++;
          problem({ where: item.release.where, message: item.release.message });
          if (!options.skipInvalid) writing = false;
          continue;
        }
        const problems = timedSync(times, 'check', () => checkRelease(item.release, item.where));
        const release = item.release as JsonObject;
        if (problems.length === 0) {
          const key = `${release.ocid}\u0000${release.id}`;
          const before = seen.get(key);
          if (before !== undefined) {
            problems.push({
              where: `${item.where}.id`,
              message: `duplicate release id ${JSON.stringify(release.id)} of ${release.ocid}: also at ${before}`,
            });
          } else seen.set(key, item.where);
        }
        if (problems.length > 0) {
          report.invalid++;
          for (const p of problems) problem(p);
          if (!options.skipInvalid) writing = false;
          continue;
        }
        batch.push({ release, where: item.where });
        if (batch.length >= BATCH) await flush();
      }
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      problem({ where: e.where, message: e.message });
      writing = false;
    }
    await flush();
    await inFlight;
    await searching;
    if (failure) throw failure;
    if (report.read === 0 && report.problemCount === 0)
      problem({ where: 'file', message: 'the file holds no releases' });
    const failed =
      report.problemCount > 0 && (!options.skipInvalid || (report.added === 0 && report.unchanged === 0));
    if (failed || options.dryRun || !writing) throw new Rollback();
    // The same file again adds nothing: no flags to refresh, nothing for the audit trail.
    if (report.added === 0) return;
    await timed(times, 'flags', async () => {
      await (touchedCount > BULK_REFRESH
        ? refreshFlagsOfBuyers(tx, ctx.country, [...buyers])
        : refreshFlagsAround(tx, ctx.country, [...touched]));
      // A process that left its buyer takes its contracts away from the flags of the buyer's others.
      const formerBuyers = new Set(buyerChanges.flatMap((c) => (c.from.id === null ? [] : [c.from.id])));
      if (formerBuyers.size > 0) await refreshFlagsOfBuyers(tx, ctx.country, [...formerBuyers]);
    });
    const kept = (await options.beforeCommit?.(tx)) ?? {};
    for (const change of buyerChanges)
      await recordAudit(tx, {
        actor: options.actor,
        action: 'procurement.change-buyer',
        subject: { type: 'procurement-process', id: change.ocid },
        role: auditRole(options.actor, change.to.id, 'procurement.publish'),
        ip: options.meta?.ip ?? null,
        requestId: options.meta?.requestId ?? null,
        details: {
          from: change.from.slug,
          fromName: change.from.name,
          to: change.to.slug,
          toName: change.to.name,
          file: options.fileName ?? file,
        },
      });
    await recordAudit(tx, {
      actor: options.actor,
      action: 'procurement.import',
      subject: { type: 'ocds-file', id: options.fileName ?? file },
      role: auditRole(options.actor, undefined, 'procurement.publish'),
      ip: options.meta?.ip ?? null,
      requestId: options.meta?.requestId ?? null,
      details: {
        added: report.added,
        unchanged: report.unchanged,
        invalid: report.invalid,
        skipInvalid: options.skipInvalid ?? false,
        ...kept,
      },
    });
  };
  try {
    const started = performance.now();
    let committing = 0;
    await ctx.db.transaction(async (tx) => {
      await work(tx);
      committing = performance.now();
    });
    if (times) {
      times.commit = performance.now() - committing;
      times.total = performance.now() - started;
    }
    report.committed = true;
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
    if (!options.dryRun || report.problemCount > 0) {
      // Nothing was written: what would have been added is not added.
      if (!options.dryRun) {
        report.added = 0;
        report.unchanged = 0;
      }
    }
  }
  return report;
}
