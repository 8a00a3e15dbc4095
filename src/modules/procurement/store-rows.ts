import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import {
  claimKey,
  type EntityClaim,
  enqueueMatching,
  entityKey,
  resolveEntities,
} from '../../platform/legal-entities/index.ts';
import { documentKeys, suggestionWords } from '../../platform/search/index-documents.ts';
import { type FlagLimits, processFlags } from './flags.ts';
import { timed, timedSync } from './import/phases.ts';
import { type ContractFacts, type ProcessFacts, processFacts } from './ocds/facts.ts';
import { processDocument } from './search.ts';
import type {
  BuyerChange,
  CompiledProcess,
  FreshRelease,
  KnownBuyer,
  StoreResult,
  StoreSession,
} from './store.ts';
import { textArray } from './store-write.ts';

/**
 * The rows of a batch's compiled processes: their buyers and suppliers looked up or written, then a
 * process row (flat columns and own red flags), its contract rows and its search keys, in the
 * column order of store-write.ts.
 */

/** What `batchRows` makes, for store-write.ts. */
export interface BatchRows {
  /** The OCIDs of the processes whose rows were made, in their order. */
  written: string[];
  processes: unknown[][];
  /** Contract rows with the OCID in place of the process id, which the merge gives. */
  contracts: unknown[][];
  search: unknown[][];
  /** The search rows' suggestion words not staged before in the session (`suggestionWords`). */
  searchWords: string[];
  /** The registry's organisations that are buyers of the written processes. */
  buyerIds: Set<number>;
  /** Written processes whose buyer is not the one stored before. */
  buyerChanges: BuyerChange[];
}

interface Buyer {
  id: number;
  aimag: string | null;
}

/** A supplier as a contract names it: its claim on the register of legal entities, keyed by `entityKey`. */
interface SupplierKey {
  key: string;
  /** The party's name as the release gives it, for the process's row. */
  name: string;
  claim: EntityClaim;
}

/** A register scheme (`MN-SRN`, `GB-COH`): any other scheme is no identifier the register can keep. */
const REGISTER_SCHEME = /^([A-Z]{2}|X[A-Z])-[A-Z0-9]+$/;

/** The buyer's organisation slug, when the buyer is identified in the registry's scheme. */
const buyerSlug = (f: ProcessFacts, buyerScheme: string) =>
  f.buyer?.scheme === buyerScheme ? f.buyer.identifier : null;

const buyerLabel = (b: KnownBuyer) => b.slug ?? `${JSON.stringify(b.name)} (not in the registry)`;
const isChange = (from: KnownBuyer, to: KnownBuyer) =>
  from.id !== to.id || (to.id === null && from.name !== to.name);

/**
 * Why the publisher may not publish releases of a process, as a message per release; null when
 * they may. They must be allowed to publish for its buyer as stored (else one organisation could
 * rewrite another's process by naming itself as the buyer) and for its buyer after the releases,
 * so a change of buyer needs the right to publish for both.
 */
function refusal(
  ocid: string,
  stored: KnownBuyer | undefined,
  to: KnownBuyer,
  mayPublishFor: (buyerId: number | null) => boolean,
): ((releaseId: unknown) => string) | null {
  const change = stored && isChange(stored, to) ? stored : undefined;
  const moving = change
    ? `; it would move the process from ${buyerLabel(change)} to ${buyerLabel(to)}, which needs the right to publish for both`
    : '';
  if (stored && !mayPublishFor(stored.id))
    return (id) =>
      `release ${JSON.stringify(id)} of ${ocid}: the process belongs to the buyer ${buyerLabel(stored)}, for which you may not publish${moving}`;
  if (!mayPublishFor(to.id))
    return (id) =>
      `release ${JSON.stringify(id)} of ${ocid}: you may publish only for your own organisation as the buyer${moving}`;
  return null;
}

/**
 * Makes the rows of the compiled processes. A process the publisher may not publish for (by its
 * stored buyer or its new one, `refusal`) gets none: each of its fresh releases is a problem instead.
 */
export async function batchRows(
  tx: Queryable,
  session: StoreSession,
  compiledByOcid: ReadonlyMap<string, CompiledProcess>,
  fresh: ReadonlyMap<string, FreshRelease[]>,
  options: { now: Date; mayPublishFor?: (buyerId: number | null) => boolean; stageSearch?: boolean },
  problems: StoreResult['problems'],
): Promise<BatchRows> {
  const times = session.times;
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
        .map((f) => buyerSlug(f, session.country.procurement.buyerScheme))
        .filter((s): s is string => !!s),
    ),
  );
  const pack = session.country.legalEntities;
  // A party named with an identifier of a register is that entity; one with a name only (or an
  // identifier of no register) claims the unidentified entity of its name, which the matcher offers
  // a person to merge.
  const supplierKey = (ocid: string, partyId: string): SupplierKey => {
    const party = factsByOcid.get(ocid)!.parties.find((p) => p.id === partyId);
    const identified =
      !!party?.scheme &&
      REGISTER_SCHEME.test(party.scheme) &&
      !!party.identifier?.trim() &&
      party.identifier.length <= 200;
    const claim: EntityClaim = {
      scheme: identified ? party.scheme : null,
      identifier: identified ? party.identifier : null,
      name: (party?.name.trim() || partyId).slice(0, 300),
      registeredOn: party?.registeredOn ?? null,
    };
    return { key: entityKey(claimKey(claim, pack)), name: party?.name || partyId, claim };
  };
  const supplierIds = await timed(times, 'store.suppliers', () =>
    upsertSuppliers(tx, session, supplierClaims(factsByOcid, supplierKey), ocidsOf(compiledByOcid)),
  );

  const rows: BatchRows = {
    written: [],
    processes: [],
    contracts: [],
    search: [],
    searchWords: [],
    buyerIds: new Set(),
    buyerChanges: [],
  };
  const searchKeys: string[] = [];
  for (const [ocid, c] of compiledByOcid) {
    const f = factsByOcid.get(ocid)!;
    const slug = buyerSlug(f, session.country.procurement.buyerScheme);
    const buyer = slug ? buyers.get(slug) : undefined;
    const to: KnownBuyer = { id: buyer?.id ?? null, slug: buyer ? slug : null, name: f.buyer?.name ?? '' };
    const refused = options.mayPublishFor && refusal(ocid, c.storedBuyer, to, options.mayPublishFor);
    if (refused) {
      for (const i of fresh.get(ocid)!)
        problems.push({ where: `${i.item.where}.buyer`, message: refused(i.item.release.id) });
      continue;
    }
    if (c.storedBuyer && isChange(c.storedBuyer, to))
      rows.buyerChanges.push({ ocid, from: c.storedBuyer, to });
    rows.written.push(ocid);
    if (buyer) rows.buyerIds.add(buyer.id);
    const main = [...f.contracts].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0))[0];
    const mainSupplier = main?.supplierIds[0] ? supplierKey(ocid, main.supplierIds[0]) : undefined;
    const signed =
      f.contracts
        .map((x) => x.dateSigned)
        .filter(Boolean)
        .sort()[0] ?? null;
    const supplierName = mainSupplier?.name ?? null;
    rows.processes.push(
      processRow(ocid, f, c, buyer, session.country.procurement.redFlags, {
        id: mainSupplier ? (supplierIds.get(mainSupplier.key) ?? null) : null,
        name: supplierName,
        signed,
      }),
    );
    if (options.stageSearch)
      rows.search.push(
        searchRow(searchKeys, {
          ocid,
          title: f.title,
          buyerName: f.buyer?.name ?? '',
          supplierName,
          buyerId: buyer?.id ?? null,
          aimag: buyer?.aimag ?? null,
          year: new Date(signed ?? c.first).getUTCFullYear(),
          updatedAt: session.now,
        }),
      );
    for (const k of f.contracts) {
      const s = k.supplierIds[0] ? supplierKey(ocid, k.supplierIds[0]) : undefined;
      rows.contracts.push(
        contractRow(ocid, k, c, buyer, s ? (supplierIds.get(s.key) ?? null) : null, options.now),
      );
    }
  }
  rows.searchWords = suggestionWords(searchKeys, session.searchWords);
  for (const w of rows.searchWords) session.searchWords.add(w);
  return rows;
}

/** The suppliers the contracts name: every spelling of each once, a registration date given anywhere kept. */
function supplierClaims(
  factsByOcid: ReadonlyMap<string, ProcessFacts>,
  supplierKey: (ocid: string, partyId: string) => SupplierKey,
): SupplierKey[] {
  const claims = new Map<string, SupplierKey>();
  for (const [ocid, f] of factsByOcid) {
    for (const c of f.contracts)
      for (const s of c.supplierIds) {
        const k = supplierKey(ocid, s);
        const spelling = `${k.key}\u0000${k.claim.name}`;
        const prior = claims.get(spelling);
        if (!prior || (!prior.claim.registeredOn && k.claim.registeredOn)) claims.set(spelling, k);
      }
  }
  return [...claims.values()];
}

/** The OCIDs of the batch, as the reference of what procurement said about an entity (the first, then how many). */
function ocidsOf(compiledByOcid: ReadonlyMap<string, CompiledProcess>): string | null {
  const [first] = compiledByOcid.keys();
  if (first === undefined) return null;
  return compiledByOcid.size === 1 ? first : `${first} (+${compiledByOcid.size - 1})`;
}

/**
 * A process's flat columns, in the order of `PROCESS_COLUMNS` (store-write.ts). Its compiled
 * release is kept only from its second release on (`compiledRelease` reads the others).
 */
function processRow(
  ocid: string,
  f: ProcessFacts,
  c: CompiledProcess,
  buyer: Buyer | undefined,
  limits: FlagLimits,
  contract: { id: number | null; name: string | null; signed: string | null },
): unknown[] {
  const flags = processFlags(f, c.originals, limits);
  const sum = f.contracts.some((x) => x.amount !== null)
    ? f.contracts.reduce((s, x) => s + (x.amount ?? 0), 0)
    : null;
  return [
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
    contract.id,
    contract.name,
    f.tenderStart,
    f.tenderEnd,
    f.awardDate,
    contract.signed,
    c.contractSeen,
    c.first,
    contract.signed ?? f.awardDate ?? f.tenderStart ?? c.first.toISOString(),
    c.last,
    c.count,
    f.bids.length > 0
      ? f.bids.filter((b) => b.status !== 'withdrawn' && b.status !== 'invited').length
      : f.numberOfTenderers,
    textArray(Object.keys(flags)),
    flags,
    c.count > 1 ? c.compiled : null,
  ];
}

/** A contract's row, in the order of `CONTRACT_COLUMNS` (store-write.ts), its value before amendments kept. */
function contractRow(
  ocid: string,
  k: ContractFacts,
  c: CompiledProcess,
  buyer: Buyer | undefined,
  supplierId: number | null,
  now: Date,
): unknown[] {
  return [
    ocid,
    k.id,
    buyer?.id ?? null,
    supplierId,
    k.amount,
    c.originals.get(k.id) ?? k.amount,
    k.currency,
    k.status,
    k.dateSigned,
    k.awardDate,
    c.contractSeen ?? now,
  ];
}

/**
 * The search keys of a process's document (`processDocument`), in the order of `SEARCH_COLUMNS`;
 * its title and body keys are added to `allKeys`.
 */
function searchRow(allKeys: string[], p: Parameters<typeof processDocument>[0]): unknown[] {
  const document = processDocument(p);
  const keys = documentKeys(document);
  allKeys.push(keys.titleKey, keys.bodyKey);
  // Title and body the same in both languages: sent once each.
  return [
    p.ocid,
    document.organizationId,
    document.aimag,
    document.year,
    keys.titleKey,
    keys.bodyKey,
    document.title.mn,
    keys.body.mn,
    document.url,
  ];
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
  const found = new Map<string, Buyer>();
  for (const s of slugs) {
    const b = session.buyers.get(s);
    if (b) found.set(s, b);
  }
  return found;
}

/**
 * The suppliers' entities by `entityKey` → id, found or added on the platform's register with
 * `resolveEntities`, in this transaction. A claim already resolved earlier in the transaction with
 * the same spelling and registration date is not sent again: a national year has a few thousand
 * suppliers and hundreds of thousands of contracts.
 */
async function upsertSuppliers(
  tx: Queryable,
  session: StoreSession,
  claims: readonly SupplierKey[],
  reference: string | null,
) {
  const ids = new Map<string, number>();
  const changed: EntityClaim[] = [];
  for (const { key, claim } of claims) {
    const known = session.suppliers.get(key);
    if (known?.names.has(claim.name) && (!claim.registeredOn || known.registered !== null))
      ids.set(key, known.id);
    else changed.push(claim);
  }
  if (changed.length === 0) return ids;
  const pack = session.country.legalEntities;
  const written = await resolveEntities(tx, changed, { source: 'procurement', reference }, pack);
  // Names without an identifier wait for the matcher, which only proposes: the import goes on.
  if (changed.some((claim) => claim.identifier === null)) await enqueueMatching(tx);
  for (const claim of changed) {
    const key = entityKey(claimKey(claim, pack));
    const id = written.get(key)!;
    ids.set(key, id);
    const known = session.suppliers.get(key) ?? { id, names: new Set<string>(), registered: null };
    known.names.add(claim.name);
    known.registered ??= claim.registeredOn ?? null;
    session.suppliers.set(key, known);
  }
  return ids;
}
