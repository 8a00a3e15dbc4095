import { createHash } from 'node:crypto';
import { countryPack } from '../../country/mn/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { documentKeys } from '../../platform/search/index-documents.ts';
import { type FlagDetails, originalAmounts, processFlags } from './flags.ts';
import { type PhaseTimes, timed, timedSync } from './import/phases.ts';
import { processFacts } from './ocds/facts.ts';
import { inDateOrder, type JsonObject, mergeRelease } from './ocds/merge.ts';
import { processDocument } from './search.ts';

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
}

/**
 * What the batches of one transaction share: buyers and suppliers already looked up or written,
 * the staging tables, the transaction's time, and where the time goes.
 */
export interface StoreSession {
  buyers: Map<string, { id: number; aimag: string | null } | null>;
  suppliers: Map<string, { id: number; name: string; registered: string | null }>;
  staged: boolean;
  /** The transaction's `now()`: the processes' `updated_at`. */
  now: Date;
  times?: PhaseTimes;
}

export async function openStoreSession(tx: Queryable, times?: PhaseTimes): Promise<StoreSession> {
  const [row] = await tx.query<{ now: Date }>(sql`select now() as now`);
  return {
    buyers: new Map(),
    suppliers: new Map(),
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

const pack = countryPack.procurement;

interface ExistingProcess {
  id: number;
  ocid: string;
  compiled: JsonObject | null;
  lastRelease: Date;
  firstRelease: Date;
  releaseCount: number;
  contractPublished: Date | null;
}

/** The aimag (or capital) of an organisation: its unit, or the unit's parent for soums and districts. */
async function buyersBySlug(tx: Queryable, session: StoreSession, slugs: string[]) {
  const missing = [...new Set(slugs)].filter((s) => !session.buyers.has(s));
  if (missing.length > 0) {
    const rows = await tx.query<{ id: number; slug: string; aimag: string | null }>(sql`
      select o.id, o.slug, case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag
      from organizations o left join admin_units u on u.code = o.admin_unit_code
      where o.slug = any(${missing}::text[])`);
    for (const s of missing) session.buyers.set(s, null);
    for (const r of rows) session.buyers.set(r.slug, { id: r.id, aimag: r.aimag });
  }
  const found = new Map<string, { id: number; aimag: string | null }>();
  for (const s of slugs) {
    const b = session.buyers.get(s);
    if (b) found.set(s, b);
  }
  return found;
}

export async function storeReleases(
  tx: Queryable,
  batch: readonly IncomingRelease[],
  options: {
    publishedBy: string;
    now?: Date;
    mayPublishFor?: (buyerId: number | null) => boolean;
    /** Shared by the batches of one transaction (made for this batch alone if not given). */
    session?: StoreSession;
    /**
     * Stage the written processes' search keys for `indexStagedProcesses` (the import), which
     * builds their documents from the rows in one statement; else the caller indexes them.
     */
    stageSearch?: boolean;
  },
): Promise<StoreResult> {
  const result: StoreResult = {
    added: 0,
    unchanged: 0,
    problems: [],
    processIds: [],
    buyerIds: [],
  };
  if (batch.length === 0) return result;
  const session = options.session ?? (await openStoreSession(tx));
  const times = session.times;
  const now = options.now ?? new Date();
  // Releases can only be known for processes that exist: on a first import nothing is looked up.
  const processesOfBatch = new Map(
    (
      await timed(times, 'store.existing', () =>
        tx.query<ExistingProcess>(sql`
          select id, ocid, compiled, last_release as "lastRelease", first_release as "firstRelease",
            release_count as "releaseCount", contract_published as "contractPublished"
          from procurement_processes where ocid = any(${[...new Set(batch.map((b) => String(b.release.ocid)))]}::text[])`),
      )
    ).map((p) => [p.ocid, p]),
  );
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
  const fresh = new Map<string, { item: IncomingRelease; digest: string; text: string }[]>();
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
  if (fresh.size === 0) return result;

  const existing = new Map([...processesOfBatch].filter(([ocid]) => fresh.has(ocid)));
  const existingIds = [...existing.values()].map((p) => p.id);
  const originals = new Map<number, Map<string, number | null>>();
  if (existingIds.length > 0) {
    for (const row of await tx.query<{
      processId: number;
      contractId: string;
      originalValue: string | null;
    }>(sql`
      select process_id as "processId", contract_id as "contractId", original_value as "originalValue"
      from procurement_contracts where process_id = any(${existingIds}::bigint[])`)) {
      const map = originals.get(row.processId) ?? new Map();
      map.set(row.contractId, row.originalValue === null ? null : Number(row.originalValue));
      originals.set(row.processId, map);
    }
  }

  // Compile every touched process: incrementally when the new releases are its newest, else again
  // from all its releases.
  const compiledByOcid = new Map<
    string,
    {
      compiled: JsonObject;
      originals: Map<string, number | null>;
      first: Date;
      last: Date;
      count: number;
      contractSeen: Date | null;
    }
  >();
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
      });
    }
  }

  // Buyers and suppliers.
  const factsByOcid = timedSync(
    times,
    'compile',
    () => new Map([...compiledByOcid].map(([ocid, c]) => [ocid, processFacts(c.compiled)])),
  );
  const buyers = await timed(times, 'store.buyers', () =>
    buyersBySlug(
      tx,
      session,
      [...factsByOcid.values()]
        .map((f) => (f.buyer?.scheme === pack.buyerScheme ? f.buyer.identifier : null))
        .filter((s): s is string => !!s),
    ),
  );
  const supplierKey = (ocid: string, partyId: string) => {
    const party = factsByOcid.get(ocid)!.parties.find((p) => p.id === partyId);
    const scheme = party?.scheme && party.identifier ? party.scheme : 'ocds-party';
    const identifier = party?.scheme && party.identifier ? party.identifier : `${ocid}/${partyId}`;
    return {
      key: `${scheme}\u0000${identifier}`,
      scheme,
      identifier,
      name: party?.name || partyId,
      registered: party?.registeredOn ?? null,
    };
  };
  const supplierRows = new Map<string, SupplierRow>();
  for (const [ocid, f] of factsByOcid) {
    for (const c of f.contracts)
      for (const s of c.supplierIds) {
        const k = supplierKey(ocid, s);
        const prior = supplierRows.get(k.key);
        supplierRows.set(k.key, {
          scheme: k.scheme,
          identifier: k.identifier,
          name: k.name,
          registered_on: k.registered ?? prior?.registered_on ?? null,
        });
      }
  }
  const supplierIds = await timed(times, 'store.suppliers', () => upsertSuppliers(tx, session, supplierRows));

  const processRows: unknown[][] = [];
  const contractRows: unknown[][] = [];
  const searchRows: unknown[][] = [];
  const buyerIds = new Set<number>();
  const written: string[] = [];
  for (const [ocid, c] of compiledByOcid) {
    const f = factsByOcid.get(ocid)!;
    const buyerSlug = f.buyer?.scheme === pack.buyerScheme ? f.buyer.identifier : null;
    const buyer = buyerSlug ? buyers.get(buyerSlug) : undefined;
    if (options.mayPublishFor && !options.mayPublishFor(buyer?.id ?? null)) {
      for (const i of fresh.get(ocid)!)
        result.problems.push({
          where: `${i.item.where}.buyer`,
          message: 'you may publish only for your own organisation as the buyer',
        });
      continue;
    }
    written.push(ocid);
    if (buyer) buyerIds.add(buyer.id);
    const flags: FlagDetails = processFlags(f, c.originals, pack.redFlags);
    const main = [...f.contracts].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0))[0];
    const mainSupplier = main?.supplierIds[0] ? supplierKey(ocid, main.supplierIds[0]) : undefined;
    const sum = f.contracts.some((x) => x.amount !== null)
      ? f.contracts.reduce((s, x) => s + (x.amount ?? 0), 0)
      : null;
    const signed =
      f.contracts
        .map((x) => x.dateSigned)
        .filter(Boolean)
        .sort()[0] ?? null;
    const supplierName = mainSupplier?.name ?? null;
    const flagCodes = Object.keys(flags);
    processRows.push([
      ocid,
      buyer?.id ?? null,
      f.buyer?.name ?? '',
      buyer?.aimag ?? null,
      f.title,
      f.method,
      f.category,
      f.stage,
      f.status,
      f.currency,
      f.tenderAmount,
      sum,
      mainSupplier ? (supplierIds.get(mainSupplier.key) ?? null) : null,
      supplierName,
      f.tenderStart,
      f.tenderEnd,
      f.awardDate,
      signed,
      c.contractSeen,
      c.first,
      signed ?? f.awardDate ?? f.tenderStart ?? c.first.toISOString(),
      c.last,
      c.count,
      f.bids.length > 0
        ? f.bids.filter((b) => b.status !== 'withdrawn' && b.status !== 'invited').length
        : f.numberOfTenderers,
      textArray(flagCodes),
      flags,
      c.count > 1 ? c.compiled : null,
    ]);
    if (options.stageSearch) {
      const document = processDocument({
        ocid,
        title: f.title,
        buyerName: f.buyer?.name ?? '',
        supplierName,
        buyerId: buyer?.id ?? null,
        aimag: buyer?.aimag ?? null,
        year: new Date(signed ?? c.first).getUTCFullYear(),
        updatedAt: session.now,
      });
      const keys = documentKeys(document);
      // Title and body the same in both languages: sent once each.
      searchRows.push([
        ocid,
        document.organizationId,
        document.aimag,
        document.year,
        keys.titleKey,
        keys.bodyKey,
        document.title.mn,
        keys.body.mn,
        document.url,
      ]);
    }
    for (const k of f.contracts) {
      const s = k.supplierIds[0] ? supplierKey(ocid, k.supplierIds[0]) : undefined;
      contractRows.push([
        ocid,
        k.id,
        buyer?.id ?? null,
        s ? (supplierIds.get(s.key) ?? null) : null,
        k.amount,
        c.originals.get(k.id) ?? k.amount,
        k.currency,
        k.status,
        k.dateSigned,
        k.awardDate,
        c.contractSeen ?? now,
      ]);
    }
  }
  if (processRows.length === 0) return result;

  // Staged by COPY, then merged in one statement each: no per-row JSON decoding in the database.
  await ensureStaging(tx, session);
  await timed(times, 'store.processes.copy', async () => {
    // Emptied by truncation, not `delete`: a transaction's deleted rows stay in the table until it
    // ends, and every later batch's merge would scan them again (quadratic in a large import).
    await tx.query(sql`truncate procurement_stage_processes`);
    await tx.copyInto('procurement_stage_processes', PROCESS_COLUMNS, processRows);
  });
  const idRows = await timed(times, 'store.processes.merge', () =>
    tx.query<{ id: number; ocid: string }>(MERGE_PROCESSES),
  );
  const idOf = new Map(idRows.map((w) => [w.ocid, w.id]));
  result.processIds = idRows.map((w) => w.id);
  result.buyerIds = [...buyerIds];

  await timed(times, 'store.releases', () =>
    tx.copyInto(
      'procurement_releases',
      ['process_id', 'ocid', 'release_id', 'date', 'tags', 'data', 'digest', 'published_by'],
      written.flatMap((ocid) =>
        fresh.get(ocid)!.map(({ item, digest, text }) => [
          idOf.get(ocid)!,
          ocid,
          String(item.release.id),
          String(item.release.date),
          textArray(item.release.tag as string[]),
          // The JSON text serialised once already, for the digest.
          text,
          digest,
          options.publishedBy,
        ]),
      ),
    ),
  );
  result.added += written.reduce((n, ocid) => n + fresh.get(ocid)!.length, 0);

  await timed(times, 'store.contracts', async () => {
    // Only processes that were there before can have contracts to replace.
    const replaced = written.filter((o) => existing.has(o)).map((o) => idOf.get(o)!);
    if (replaced.length > 0)
      await tx.query(sql`delete from procurement_contracts where process_id = any(${replaced}::bigint[])`);
    // Straight in by COPY: the ids are known now. A contract id given twice in a process counts once.
    const seen = new Set<string>();
    const rows = [];
    for (const [ocid, ...rest] of contractRows) {
      const key = `${ocid}\u0000${rest[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push([idOf.get(ocid as string)!, ...rest]);
    }
    await tx.copyInto('procurement_contracts', ['process_id', ...CONTRACT_COLUMNS.slice(1)], rows);
  });
  if (searchRows.length > 0)
    await timed(times, 'store.search', () =>
      tx.copyInto('procurement_stage_search', SEARCH_COLUMNS, searchRows),
    );
  return result;
}

/** A PostgreSQL text[] literal. */
const textArray = (items: readonly string[]) =>
  `{${items.map((t) => `"${t.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

interface SupplierRow {
  scheme: string;
  identifier: string;
  name: string;
  registered_on: string | null;
}

/**
 * Suppliers by (scheme, identifier) → id. Those written earlier in this transaction with the same
 * name and registration date are not written again: a national year has a few thousand suppliers
 * and hundreds of thousands of contracts.
 */
async function upsertSuppliers(tx: Queryable, session: StoreSession, rows: Map<string, SupplierRow>) {
  const ids = new Map<string, number>();
  const changed: SupplierRow[] = [];
  for (const [key, row] of rows) {
    const known = session.suppliers.get(key);
    if (
      known &&
      known.name === row.name &&
      (row.registered_on === null || known.registered === row.registered_on)
    )
      ids.set(key, known.id);
    else changed.push(row);
  }
  if (changed.length === 0) return ids;
  const written = await tx.query<{
    id: number;
    scheme: string;
    identifier: string;
    name: string;
    registered: string | null;
  }>(sql`
    insert into procurement_suppliers (scheme, identifier, name, registered_on)
    select scheme, identifier, name, registered_on from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
      as x(scheme text, identifier text, name text, registered_on date)
    on conflict (scheme, identifier) do update set name = excluded.name,
      registered_on = coalesce(excluded.registered_on, procurement_suppliers.registered_on)
    returning id, scheme, identifier, name, registered_on::text as registered`);
  for (const r of written) {
    const key = `${r.scheme}\u0000${r.identifier}`;
    ids.set(key, r.id);
    session.suppliers.set(key, { id: r.id, name: r.name, registered: r.registered });
  }
  return ids;
}

const PROCESS_COLUMNS = [
  'ocid',
  'buyer_id',
  'buyer_name',
  'aimag',
  'title',
  'method',
  'category',
  'stage',
  'status',
  'currency',
  'tender_value',
  'contract_value',
  'supplier_id',
  'supplier_name',
  'tender_start',
  'tender_end',
  'award_date',
  'date_signed',
  'contract_published',
  'first_release',
  'date',
  'last_release',
  'release_count',
  'bid_count',
  'flags',
  'flag_details',
  'compiled',
];
const CONTRACT_COLUMNS = [
  'ocid',
  'contract_id',
  'buyer_id',
  'supplier_id',
  'value',
  'original_value',
  'currency',
  'status',
  'date_signed',
  'award_date',
  'published',
];

const SEARCH_COLUMNS = [
  'ocid',
  'organization_id',
  'aimag',
  'year',
  'title_key',
  'body_key',
  'title',
  'body',
  'url',
];

/** The staging tables of the transaction (temporary: never logged, gone at commit). */
async function ensureStaging(tx: Queryable, session: StoreSession) {
  if (session.staged) return;
  await tx.exec(`
    create temp table if not exists procurement_stage_processes (ocid text, buyer_id bigint, buyer_name text,
      aimag text, title text, method text, category text, stage text, status text, currency text, tender_value numeric,
      contract_value numeric, supplier_id bigint, supplier_name text, tender_start timestamptz, tender_end timestamptz,
      award_date timestamptz, date_signed timestamptz, contract_published timestamptz, first_release timestamptz,
      date timestamptz, last_release timestamptz, release_count int, bid_count int, flags text[], flag_details jsonb,
      compiled jsonb) on commit drop;
    create temp table if not exists procurement_stage_search (ocid text, organization_id bigint, aimag text,
      year int, title_key text, body_key text, title text, body text, url text) on commit drop;`);
  session.staged = true;
}

/** From the staging table into the processes. */
const MERGE_PROCESSES = sql`
  insert into procurement_processes (${sql.raw(PROCESS_COLUMNS.join(', '))})
  select ${sql.raw(PROCESS_COLUMNS.join(', '))} from procurement_stage_processes
  on conflict (ocid) do update set buyer_id = excluded.buyer_id, buyer_name = excluded.buyer_name,
    aimag = excluded.aimag, title = excluded.title, method = excluded.method, category = excluded.category,
    stage = excluded.stage, status = excluded.status, currency = excluded.currency,
    tender_value = excluded.tender_value, contract_value = excluded.contract_value,
    supplier_id = excluded.supplier_id, supplier_name = excluded.supplier_name,
    tender_start = excluded.tender_start, tender_end = excluded.tender_end, award_date = excluded.award_date,
    date_signed = excluded.date_signed, contract_published = excluded.contract_published,
    first_release = excluded.first_release, date = excluded.date, last_release = excluded.last_release,
    release_count = excluded.release_count, bid_count = excluded.bid_count,
    -- Cross-process flags stay until they are refreshed; the process's own are replaced.
    flags = array(select unnest(excluded.flags) union select f from unnest(procurement_processes.flags) f
      where f in ('split', 'new-supplier', 'dominant-supplier')),
    flag_details = excluded.flag_details || (procurement_processes.flag_details - array['R003','R018','R030','R035','R036','value-raised']),
    compiled = excluded.compiled, updated_at = now()
  returning id, ocid`;
