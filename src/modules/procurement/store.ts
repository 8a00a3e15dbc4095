import { createHash } from 'node:crypto';
import type { CountryPack } from '../../country/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { originalAmounts } from './flags.ts';
import { type PhaseTimes, timed } from './import/phases.ts';
import { inDateOrder, type JsonObject, mergeRelease } from './ocds/merge.ts';
import { batchRows } from './store-rows.ts';
import { mergeProcesses, stageSearchKeys, writeContracts, writeReleases } from './store-write.ts';

/**
 * Writing checked releases: each release is kept as it came; its process's compiled release, flat
 * columns, contracts, suppliers and own red flags are brought up to date in the same transaction.
 * Works on batches so that a million releases go in as a few thousand statements.
 */
export interface IncomingRelease {
  release: JsonObject;
  /** Where in the file it came from, for problems: `releases[3]`, `line 12`. */
  where: string;
}

export interface StoreResult {
  added: number;
  unchanged: number;
  problems: { where: string; message: string }[];
  /** Processes whose releases changed (their cross-process flags need refreshing). */
  processIds: number[];
  /** The registry's organisations that are buyers of those processes. */
  buyerIds: number[];
  /** With `stageSearch`: the staged documents' suggestion words not written before in the session. */
  searchWords: string[];
  /** Processes written with another buyer than they had (for the audit trail and the old buyer's flags). */
  buyerChanges: BuyerChange[];
}

/** A buyer as the registry knows it (`id` and `slug` null when it is not in the registry). */
export interface KnownBuyer {
  id: number | null;
  slug: string | null;
  name: string;
}

export interface BuyerChange {
  ocid: string;
  from: KnownBuyer;
  to: KnownBuyer;
}

/**
 * What the batches of one transaction share: buyers and suppliers already looked up or written,
 * the staging tables, the transaction's time, and where the time goes.
 */
export interface StoreSession {
  buyers: Map<string, { id: number; aimag: string | null } | null>;
  /** Suppliers' entities resolved so far, by `entityKey`: the spellings sent and whether a registration date was. */
  suppliers: Map<string, { id: number; names: Set<string>; registered: string | null }>;
  /** Suggestion words of the search documents staged so far (a national year has a few thousand). */
  searchWords: Set<string>;
  staged: boolean;
  /** The transaction's `now()`: the processes' `updated_at`. */
  now: Date;
  /** The country pack (`ctx.country`): buyers' scheme, red-flag limits. */
  country: CountryPack;
  times?: PhaseTimes;
}

export async function openStoreSession(
  tx: Queryable,
  country: CountryPack,
  times?: PhaseTimes,
): Promise<StoreSession> {
  const [row] = await tx.query<{ now: Date }>(sql`select now() as now`);
  return {
    country,
    buyers: new Map(),
    suppliers: new Map(),
    searchWords: new Set(),
    staged: false,
    now: row!.now,
    ...(times ? { times } : {}),
  };
}

/**
 * The compiled release of a process as read back: kept in `compiled` once it has more than one
 * release, else compiled from its only release (select `ONLY_RELEASE` beside `p.compiled`).
 */
export function compiledRelease(row: {
  compiled: JsonObject | null;
  onlyRelease?: JsonObject | null;
}): JsonObject {
  if (row.compiled) return row.compiled;
  if (!row.onlyRelease) throw new Error('a process without a compiled release needs its release');
  return mergeRelease(undefined, row.onlyRelease);
}

/** The release of a process `p` that keeps no compiled release (null otherwise), as `"onlyRelease"`. */
export const ONLY_RELEASE = sql`(select r.data from procurement_releases r
  where p.compiled is null and r.process_id = p.id order by r.seq limit 1) as "onlyRelease"`;

const digestOfText = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A process of the batch as it was stored before the batch. */
interface ExistingProcess {
  id: number;
  ocid: string;
  compiled: JsonObject | null;
  lastRelease: Date;
  firstRelease: Date;
  releaseCount: number;
  contractPublished: Date | null;
  /** Its buyer as stored: whoever publishes a release of the process must be allowed to publish for it. */
  buyer: KnownBuyer;
}

/** A release not stored before, with its JSON text (serialised once) and that text's digest. */
export interface FreshRelease {
  item: IncomingRelease;
  digest: string;
  text: string;
}

/** A process compiled in memory with its new releases, and what its row needs beside that. */
export interface CompiledProcess {
  compiled: JsonObject;
  /** Contract values before amendments, by contract id. */
  originals: Map<string, number | null>;
  first: Date;
  last: Date;
  count: number;
  /** When a contract of the process was first published. */
  contractSeen: Date | null;
  /** The buyer it had before this batch; none for a new process. */
  storedBuyer?: KnownBuyer;
}

/**
 * Writes a batch of checked releases: sorts out those already stored, compiles the processes of the
 * fresh ones, makes their rows (store-rows.ts) and writes them (store-write.ts). Each step is one
 * statement or a few for the whole batch.
 */
export async function storeReleases(
  tx: Queryable,
  batch: readonly IncomingRelease[],
  options: {
    publishedBy: string;
    now?: Date;
    mayPublishFor?: (buyerId: number | null) => boolean;
    /**
     * Stage the written processes' search keys for `indexStagedProcesses` (the import), which
     * builds their documents from the rows in one statement; else the caller indexes them.
     */
    stageSearch?: boolean;
  } & (
    | {
        /** Shared by the batches of one transaction. */
        session: StoreSession;
      }
    | {
        /** Without a session: the pack of the one made for this batch alone. */
        country: CountryPack;
      }
  ),
): Promise<StoreResult> {
  const result: StoreResult = {
    added: 0,
    unchanged: 0,
    problems: [],
    processIds: [],
    buyerIds: [],
    searchWords: [],
    buyerChanges: [],
  };
  if (batch.length === 0) return result;
  const session = 'session' in options ? options.session : await openStoreSession(tx, options.country);
  const times = session.times;
  const now = options.now ?? new Date();
  const processesOfBatch = await storedProcesses(tx, times, batch);
  const fresh = await freshReleases(tx, times, batch, processesOfBatch, result);
  if (fresh.size === 0) return result;

  const existing = new Map([...processesOfBatch].filter(([ocid]) => fresh.has(ocid)));
  const compiledByOcid = await compileProcesses(tx, fresh, existing, now);
  const rows = await batchRows(
    tx,
    session,
    compiledByOcid,
    fresh,
    { now, mayPublishFor: options.mayPublishFor, stageSearch: options.stageSearch },
    result.problems,
  );
  if (rows.processes.length === 0) return result;

  const idRows = await mergeProcesses(tx, session, rows.processes);
  const idOf = new Map(idRows.map((w) => [w.ocid, w.id]));
  result.processIds = idRows.map((w) => w.id);
  result.buyerIds = [...rows.buyerIds];
  result.searchWords = rows.searchWords;
  result.buyerChanges = rows.buyerChanges;
  result.added += await writeReleases(tx, times, rows.written, fresh, idOf, options.publishedBy);
  // Only processes that were there before can have contracts to replace.
  const replaced = rows.written.filter((o) => existing.has(o));
  await writeContracts(tx, times, rows.contracts, idOf, replaced);
  await stageSearchKeys(tx, times, rows.search);
  return result;
}

/**
 * The stored processes of the batch's OCIDs with their buyers, by OCID, in one statement. Their rows
 * stay locked until the transaction ends, so that no other import changes a process (its buyer
 * above all) between this look and this transaction's write; in OCID order, so that two
 * batches over the same processes queue rather than deadlock.
 */
async function storedProcesses(
  tx: Queryable,
  times: PhaseTimes | undefined,
  batch: readonly IncomingRelease[],
): Promise<Map<string, ExistingProcess>> {
  const rows = await timed(times, 'store.existing', () =>
    tx.query<
      Omit<ExistingProcess, 'buyer'> & { buyerId: number | null; buyerSlug: string | null; buyerName: string }
    >(sql`
      select p.id, p.ocid, p.compiled, p.last_release as "lastRelease", p.first_release as "firstRelease",
        p.release_count as "releaseCount", p.contract_published as "contractPublished",
        p.buyer_id as "buyerId", o.slug as "buyerSlug", p.buyer_name as "buyerName"
      from procurement_processes p left join organizations o on o.id = p.buyer_id
      where p.ocid = any(${[...new Set(batch.map((b) => String(b.release.ocid)))]}::text[])
      order by p.ocid for update of p`),
  );
  return new Map(
    rows.map(({ buyerId, buyerSlug, buyerName, ...p }) => [
      p.ocid,
      { ...p, buyer: { id: buyerId, slug: buyerSlug, name: buyerName } },
    ]),
  );
}

/**
 * The batch's releases not stored before, by OCID. The others go into `result`: the same content
 * again is unchanged; a release id stored with other content, or given earlier in this same
 * transaction (the same file), is a problem.
 */
async function freshReleases(
  tx: Queryable,
  times: PhaseTimes | undefined,
  batch: readonly IncomingRelease[],
  processesOfBatch: ReadonlyMap<string, ExistingProcess>,
  result: StoreResult,
): Promise<Map<string, FreshRelease[]>> {
  // Releases can only be known for processes that exist: on a first import nothing is looked up.
  const maybeKnown = batch.filter((b) => processesOfBatch.has(String(b.release.ocid)));
  // A release stored by this same transaction came earlier in the same file: a duplicate id.
  const known =
    maybeKnown.length === 0
      ? []
      : await timed(times, 'store.known', () =>
          tx.query<{ ocid: string; releaseId: string; digest: string; thisImport: boolean }>(sql`
            select r.ocid, r.release_id as "releaseId", r.digest, r.created_at = now() as "thisImport"
            from unnest(${maybeKnown.map((b) => String(b.release.ocid))}::text[], ${maybeKnown.map((b) => String(b.release.id))}::text[])
              as k(ocid, release_id)
            join procurement_releases r on r.ocid = k.ocid and r.release_id = k.release_id`),
        );
  const knownDigest = new Map(known.map((k) => [`${k.ocid}\u0000${k.releaseId}`, k]));
  const fresh = new Map<string, FreshRelease[]>();
  for (const item of batch) {
    const text = JSON.stringify(item.release);
    const digest = digestOfText(text);
    const key = `${item.release.ocid}\u0000${item.release.id}`;
    const found = knownDigest.get(key);
    const before = found?.digest;
    if (found?.thisImport) {
      result.problems.push({
        where: `${item.where}.id`,
        message: `duplicate release id ${JSON.stringify(item.release.id)} of ${item.release.ocid}: it appears earlier in this file`,
      });
      continue;
    }
    if (before === digest) {
      result.unchanged++;
      continue;
    }
    if (before !== undefined) {
      result.problems.push({
        where: `${item.where}.id`,
        message: `release ${item.release.id} of ${item.release.ocid} was already published with other content; a release never changes — publish a new release with a new id`,
      });
      continue;
    }
    const list = fresh.get(String(item.release.ocid)) ?? [];
    list.push({ item, digest, text });
    fresh.set(String(item.release.ocid), list);
  }
  return fresh;
}

/**
 * Compiles every touched process: incrementally when the new releases are its newest, else again
 * from all its releases (read back in one statement for the batch).
 */
async function compileProcesses(
  tx: Queryable,
  fresh: ReadonlyMap<string, FreshRelease[]>,
  existing: ReadonlyMap<string, ExistingProcess>,
  now: Date,
): Promise<Map<string, CompiledProcess>> {
  const originals = await contractOriginals(
    tx,
    [...existing.values()].map((p) => p.id),
  );
  const compiledByOcid = new Map<string, CompiledProcess>();
  const older: string[] = [];
  for (const [ocid, items] of fresh) {
    const before = existing.get(ocid);
    const releases = inDateOrder(items.map((i) => i.item.release));
    // Without a compiled release of its own (one release so far), it is compiled from its releases too.
    if (
      before &&
      (before.compiled === null || Date.parse(String(releases[0]!.date)) < before.lastRelease.getTime())
    ) {
      older.push(ocid);
      continue;
    }
    let compiled = before?.compiled ?? undefined;
    for (const r of releases) compiled = mergeRelease(compiled, r);
    const dates = releases.map((r) => new Date(String(r.date)));
    const hasContract = releases.find((r) => Array.isArray(r.contracts) && r.contracts.length > 0);
    compiledByOcid.set(ocid, {
      compiled: compiled!,
      originals: originalAmounts(releases, before ? (originals.get(before.id) ?? new Map()) : new Map()),
      first: before?.firstRelease ?? dates[0]!,
      last: dates.at(-1)!,
      count: (before?.releaseCount ?? 0) + releases.length,
      contractSeen: before?.contractPublished ?? (hasContract ? now : null),
      ...(before ? { storedBuyer: before.buyer } : {}),
    });
  }
  if (older.length > 0) {
    const stored = await tx.query<{ ocid: string; data: JsonObject }>(sql`
      select ocid, data from procurement_releases where ocid = any(${older}::text[]) order by seq`);
    for (const ocid of older) {
      const before = existing.get(ocid)!;
      const all = inDateOrder([
        ...stored.filter((s) => s.ocid === ocid).map((s) => s.data),
        ...fresh.get(ocid)!.map((i) => i.item.release),
      ]);
      let compiled: JsonObject | undefined;
      for (const r of all) compiled = mergeRelease(compiled, r);
      compiledByOcid.set(ocid, {
        compiled: compiled!,
        originals: originalAmounts(all),
        first: new Date(String(all[0]!.date)),
        last: new Date(String(all.at(-1)!.date)),
        count: all.length,
        contractSeen:
          before.contractPublished ??
          (all.some((r) => Array.isArray(r.contracts) && r.contracts.length) ? now : null),
        storedBuyer: before.buyer,
      });
    }
  }
  return compiledByOcid;
}

/** The stored contracts' values before amendments, by process id and contract id. */
async function contractOriginals(tx: Queryable, processIds: number[]) {
  const originals = new Map<number, Map<string, number | null>>();
  if (processIds.length === 0) return originals;
  for (const row of await tx.query<{
    processId: number;
    contractId: string;
    originalValue: string | null;
  }>(sql`
    select process_id as "processId", contract_id as "contractId", original_value as "originalValue"
    from procurement_contracts where process_id = any(${processIds}::bigint[])`)) {
    const map = originals.get(row.processId) ?? new Map();
    map.set(row.contractId, row.originalValue === null ? null : Number(row.originalValue));
    originals.set(row.processId, map);
  }
  return originals;
}
