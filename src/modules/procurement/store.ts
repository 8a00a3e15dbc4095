import { createHash } from 'node:crypto';
import { countryPack } from '../../country/mn/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { type FlagDetails, originalAmounts, processFlags } from './flags.ts';
import { processFacts } from './ocds/facts.ts';
import { inDateOrder, type JsonObject, mergeRelease } from './ocds/merge.ts';

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
}

export const digestOf = (release: JsonObject) =>
  createHash('sha256').update(JSON.stringify(release)).digest('base64url');

const pack = countryPack.procurement;

interface ExistingProcess {
  id: number;
  ocid: string;
  compiled: JsonObject;
  lastRelease: Date;
  firstRelease: Date;
  releaseCount: number;
  contractPublished: Date | null;
}

/** The aimag (or capital) of an organisation: its unit, or the unit's parent for soums and districts. */
async function buyersBySlug(tx: Queryable, slugs: string[]) {
  if (slugs.length === 0) return new Map<string, { id: number; aimag: string | null }>();
  const rows = await tx.query<{ id: number; slug: string; aimag: string | null }>(sql`
    select o.id, o.slug, case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag
    from organizations o left join admin_units u on u.code = o.admin_unit_code
    where o.slug = any(${slugs}::text[])`);
  return new Map(rows.map((r) => [r.slug, { id: r.id, aimag: r.aimag }]));
}

export async function storeReleases(
  tx: Queryable,
  batch: readonly IncomingRelease[],
  options: {
    publishedBy: string;
    now?: Date;
    mayPublishFor?: (buyerId: number | null) => boolean;
  },
): Promise<StoreResult> {
  const result: StoreResult = { added: 0, unchanged: 0, problems: [], processIds: [] };
  if (batch.length === 0) return result;
  const now = options.now ?? new Date();
  // A release stored by this same transaction came earlier in the same file: a duplicate id.
  const known = await tx.query<{ ocid: string; releaseId: string; digest: string; thisImport: boolean }>(sql`
    select r.ocid, r.release_id as "releaseId", r.digest, r.created_at = now() as "thisImport"
    from unnest(${batch.map((b) => String(b.release.ocid))}::text[], ${batch.map((b) => String(b.release.id))}::text[])
      as k(ocid, release_id)
    join procurement_releases r on r.ocid = k.ocid and r.release_id = k.release_id`);
  const knownDigest = new Map(known.map((k) => [`${k.ocid}\u0000${k.releaseId}`, k]));
  const fresh = new Map<string, { item: IncomingRelease; digest: string }[]>();
  for (const item of batch) {
    const digest = digestOf(item.release);
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
    list.push({ item, digest });
    fresh.set(String(item.release.ocid), list);
  }
  if (fresh.size === 0) return result;

  const existing = new Map(
    (
      await tx.query<ExistingProcess>(sql`
        select id, ocid, compiled, last_release as "lastRelease", first_release as "firstRelease",
          release_count as "releaseCount", contract_published as "contractPublished"
        from procurement_processes where ocid = any(${[...fresh.keys()]}::text[])`)
    ).map((p) => [p.ocid, p]),
  );
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
    if (before && Date.parse(String(releases[0]!.date)) < before.lastRelease.getTime()) {
      older.push(ocid);
      continue;
    }
    let compiled = before?.compiled;
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
  const factsByOcid = new Map([...compiledByOcid].map(([ocid, c]) => [ocid, processFacts(c.compiled)]));
  const slugs = [...factsByOcid.values()]
    .map((f) => (f.buyer?.scheme === pack.buyerScheme ? f.buyer.identifier : null))
    .filter((s): s is string => !!s);
  const buyers = await buyersBySlug(tx, [...new Set(slugs)]);
  const supplierRows = new Map<
    string,
    { scheme: string; identifier: string; name: string; registered_on: string | null }
  >();
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
  const supplierIds = new Map<string, number>();
  if (supplierRows.size > 0) {
    const rows = await tx.query<{ id: number; scheme: string; identifier: string }>(sql`
      insert into procurement_suppliers (scheme, identifier, name, registered_on)
      select scheme, identifier, name, registered_on from jsonb_to_recordset(${JSON.stringify([...supplierRows.values()])}::jsonb)
        as x(scheme text, identifier text, name text, registered_on date)
      on conflict (scheme, identifier) do update set name = excluded.name,
        registered_on = coalesce(excluded.registered_on, procurement_suppliers.registered_on)
      returning id, scheme, identifier`);
    for (const r of rows) supplierIds.set(`${r.scheme}\u0000${r.identifier}`, r.id);
  }

  const processRows = [];
  const contractRows: Record<string, unknown>[] = [];
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
    processRows.push({
      ocid,
      buyer_id: buyer?.id ?? null,
      buyer_name: f.buyer?.name ?? '',
      aimag: buyer?.aimag ?? null,
      title: f.title,
      method: f.method,
      category: f.category,
      stage: f.stage,
      status: f.status,
      currency: f.currency,
      tender_value: f.tenderAmount,
      contract_value: sum,
      supplier_id: mainSupplier ? (supplierIds.get(mainSupplier.key) ?? null) : null,
      supplier_name: mainSupplier?.name ?? null,
      tender_start: f.tenderStart,
      tender_end: f.tenderEnd,
      award_date: f.awardDate,
      date_signed: signed,
      contract_published: c.contractSeen?.toISOString() ?? null,
      first_release: c.first.toISOString(),
      date: signed ?? f.awardDate ?? f.tenderStart ?? c.first.toISOString(),
      last_release: c.last.toISOString(),
      release_count: c.count,
      bid_count:
        f.bids.length > 0
          ? f.bids.filter((b) => b.status !== 'withdrawn' && b.status !== 'invited').length
          : f.numberOfTenderers,
      flags: Object.keys(flags),
      flag_details: flags,
      compiled: c.compiled,
    });
    for (const k of f.contracts) {
      const s = k.supplierIds[0] ? supplierKey(ocid, k.supplierIds[0]) : undefined;
      contractRows.push({
        ocid,
        contract_id: k.id,
        buyer_id: buyer?.id ?? null,
        supplier_id: s ? (supplierIds.get(s.key) ?? null) : null,
        value: k.amount,
        original_value: c.originals.get(k.id) ?? k.amount,
        currency: k.currency,
        status: k.status,
        date_signed: k.dateSigned,
        award_date: k.awardDate,
        published: (c.contractSeen ?? now).toISOString(),
      });
    }
  }
  if (processRows.length === 0) return result;

  const written = await tx.query<{ id: number; ocid: string }>(sql`
    insert into procurement_processes (ocid, buyer_id, buyer_name, aimag, title, method, category, stage, status,
      currency, tender_value, contract_value, supplier_id, supplier_name, tender_start, tender_end, award_date,
      date_signed, contract_published, first_release, date, last_release, release_count, bid_count, flags, flag_details, compiled)
    select ocid, buyer_id, buyer_name, aimag, title, method, category, stage, status, currency, tender_value,
      contract_value, supplier_id, supplier_name, tender_start, tender_end, award_date, date_signed,
      contract_published, first_release, date, last_release, release_count, bid_count, flags, flag_details, compiled
    from jsonb_to_recordset(${JSON.stringify(processRows)}::jsonb) as x(ocid text, buyer_id bigint, buyer_name text,
      aimag text, title text, method text, category text, stage text, status text, currency text, tender_value numeric,
      contract_value numeric, supplier_id bigint, supplier_name text, tender_start timestamptz, tender_end timestamptz,
      award_date timestamptz, date_signed timestamptz, contract_published timestamptz, first_release timestamptz,
      date timestamptz, last_release timestamptz, release_count int, bid_count int, flags text[], flag_details jsonb, compiled jsonb)
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
    returning id, ocid`);
  const idOf = new Map(written.map((w) => [w.ocid, w.id]));
  result.processIds = written.map((w) => w.id);

  await tx.copyInto(
    'procurement_releases',
    ['process_id', 'ocid', 'release_id', 'date', 'tags', 'data', 'digest', 'published_by'],
    [...fresh]
      .filter(([ocid]) => idOf.has(ocid))
      .flatMap(([ocid, items]) =>
        items.map(({ item, digest }) => [
          idOf.get(ocid)!,
          ocid,
          String(item.release.id),
          String(item.release.date),
          `{${(item.release.tag as string[]).map((t) => `"${t}"`).join(',')}}`,
          JSON.stringify(item.release),
          digest,
          options.publishedBy,
        ]),
      ),
  );
  result.added += [...fresh].filter(([ocid]) => idOf.has(ocid)).reduce((n, [, items]) => n + items.length, 0);

  await tx.query(
    sql`delete from procurement_contracts where process_id = any(${result.processIds}::bigint[])`,
  );
  if (contractRows.length > 0) {
    await tx.query(sql`
      insert into procurement_contracts (process_id, contract_id, buyer_id, supplier_id, value, original_value,
        currency, status, date_signed, award_date, published)
      select p.id, x.contract_id, x.buyer_id, x.supplier_id, x.value, x.original_value, x.currency, x.status,
        x.date_signed, x.award_date, x.published
      from jsonb_to_recordset(${JSON.stringify(contractRows)}::jsonb) as x(ocid text, contract_id text, buyer_id bigint,
        supplier_id bigint, value numeric, original_value numeric, currency text, status text,
        date_signed timestamptz, award_date timestamptz, published timestamptz)
      join procurement_processes p on p.ocid = x.ocid
      on conflict (process_id, contract_id) do nothing`);
  }
  return result;
}
