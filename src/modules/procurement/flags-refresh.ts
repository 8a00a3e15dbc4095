import type { CountryPack } from '../../country/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { processFlags } from './flags.ts';
import { processFacts } from './ocds/facts.ts';
import type { JsonObject } from './ocds/merge.ts';
import { compiledRelease, ONLY_RELEASE } from './store.ts';

/**
 * The red flags that compare a process with the buyer's other contracts (splitting under the
 * disclosure threshold, a newly registered supplier, one supplier's share of a buyer's spending),
 * recomputed in one statement for the processes `target` selects (a query of `id`s). A supplier is
 * its root entity (`coalesce(merged_into, id)`): contracts won by two entities a person merged
 * count as one supplier's. Merges are people's decisions, so the families they made are few: read
 * once per statement from the partial index on `merged_into` (`FAMILIES`) and hash-joined, never
 * looked up per contract; a supplier in no family is its own root, as before.
 */
const FAMILIES = sql`
    merged_pairs as materialized (
      select id as member, merged_into as root from legal_entities where merged_into is not null
      union select merged_into, merged_into from legal_entities where merged_into is not null
    ),
    families as materialized (
      -- Each entity of a family a merge made: its root and every member (the root included).
      select a.member, a.root, array_agg(b.member) as members
      from merged_pairs a join merged_pairs b on b.root = a.root group by a.member, a.root
    )`;

async function refresh(tx: Queryable, country: CountryPack, target: SqlQuery): Promise<number> {
  const limits = country.procurement.redFlags;
  const threshold = country.procurement.disclosureThreshold;
  const low = threshold * limits.splitBand;
  const rows = await tx.query<{ n: number }>(sql`
    with target as (${target}),
    ${FAMILIES},
    split as (
      select c.process_id, jsonb_build_object('contracts', g.n, 'total', g.total, 'days', ${limits.splitDays}::int,
        'threshold', ${threshold}::numeric) as detail
      from procurement_contracts c
      left join families f on f.member = c.supplier_id
      join lateral (
        -- The contracts of the same root entity: it and every entity merged into it.
        -- A supplier in no family by equality (the index's own condition), a family's members by any.
        select count(*)::int as n, sum(x.value) as total from (
          select c2.value from procurement_contracts c2
          where f.members is null and c2.supplier_id = c.supplier_id and c2.buyer_id = c.buyer_id and c2.currency = c.currency
            and c2.value >= ${low}::numeric and c2.value < ${threshold}::numeric
            and c2.date_signed between c.date_signed - make_interval(days => ${limits.splitDays}::int)
                                   and c.date_signed + make_interval(days => ${limits.splitDays}::int)
          union all
          select c2.value from procurement_contracts c2
          where f.members is not null and c2.supplier_id = any(f.members) and c2.buyer_id = c.buyer_id and c2.currency = c.currency
            and c2.value >= ${low}::numeric and c2.value < ${threshold}::numeric
            and c2.date_signed between c.date_signed - make_interval(days => ${limits.splitDays}::int)
                                   and c.date_signed + make_interval(days => ${limits.splitDays}::int)
        ) x
      ) g on true
      where c.process_id in (select id from target) and c.currency = ${country.currency}
        and c.value >= ${low}::numeric and c.value < ${threshold}::numeric
        and c.buyer_id is not null and c.supplier_id is not null
        and g.n >= 2 and g.total >= ${threshold}::numeric
    ),
    fresh as (
      -- The registration date of the supplier's entity, or of the entity a person merged it into.
      select c.process_id, jsonb_build_object('supplier', coalesce(s.name_mn, s.name_en), 'registered', s.registered_on::text,
        'days', (coalesce(c.award_date, c.date_signed)::date - s.registered_on), 'limit', ${limits.newSupplierDays}::int) as detail
      from procurement_contracts c join legal_entities e on e.id = c.supplier_id
      join legal_entities s on s.id = coalesce(e.merged_into, e.id)
      where c.process_id in (select id from target) and s.registered_on is not null
        and coalesce(c.award_date, c.date_signed)::date - s.registered_on between 0 and ${limits.newSupplierDays}::int - 1
    ),
    target_years as (
      select distinct t.buyer_id, extract(year from t.date_signed)::int as year from procurement_contracts t
      where t.process_id in (select id from target) and t.buyer_id is not null and t.date_signed is not null
    ),
    in_years as (
      -- Lateral, so each buyer's year is an index range scan, never a scan of every contract.
      select y.year, y.buyer_id, c.supplier_id, c.value from target_years y
      cross join lateral (
        select c.supplier_id, c.value from procurement_contracts c
        where c.buyer_id = y.buyer_id and c.currency = ${country.currency}
          and c.date_signed >= make_timestamptz(y.year, 1, 1, 0, 0, 0, 'UTC')
          and c.date_signed < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'UTC')
      ) c
    ),
    years as (select buyer_id, year, count(*)::int as n, sum(value) as total from in_years group by 1, 2),
    supplier_shares as (
      select buyer_id, year, supplier_id, sum(value) as value from in_years
      where supplier_id is not null group by 1, 2, 3
    ),
    shares as (
      select s.buyer_id, s.year, coalesce(f.root, s.supplier_id) as root, sum(s.value) as value
      from supplier_shares s left join families f on f.member = s.supplier_id group by 1, 2, 3
    ),
    dominant as (
      select c.process_id, jsonb_build_object('percent', round(sh.value / y.total * 100, 1), 'year', y.year,
        'limit', ${Math.round(limits.supplierShare * 100)}::int, 'contracts', y.n) as detail
      from procurement_contracts c
      left join families f on f.member = c.supplier_id
      join years y on y.buyer_id = c.buyer_id and y.year = extract(year from c.date_signed)::int
      join shares sh on sh.buyer_id = c.buyer_id and sh.year = y.year and sh.root = coalesce(f.root, c.supplier_id)
      where c.process_id in (select id from target) and y.n >= ${limits.supplierShareMinimumContracts}::int
        and y.total > 0 and sh.value / y.total > ${limits.supplierShare}::numeric
    ),
    found as (
      select t.id, sp.detail as split, fr.detail as fresh, dm.detail as dominant
      from target t
      left join (select distinct on (process_id) process_id, detail from split order by process_id) sp on sp.process_id = t.id
      left join (select distinct on (process_id) process_id, detail from fresh order by process_id) fr on fr.process_id = t.id
      left join (select distinct on (process_id) process_id, detail from dominant order by process_id) dm on dm.process_id = t.id
    ),
    updated as (
      update procurement_processes p set
        flags = array(select f from unnest(p.flags) f where f not in ('split', 'new-supplier', 'dominant-supplier'))
          || array_remove(array[case when found.split is not null then 'split' end,
               case when found.fresh is not null then 'new-supplier' end,
               case when found.dominant is not null then 'dominant-supplier' end], null),
        flag_details = (p.flag_details - array['split', 'new-supplier', 'dominant-supplier'])
          || jsonb_strip_nulls(jsonb_build_object('split', found.split, 'new-supplier', found.fresh,
               'dominant-supplier', found.dominant))
      from found where p.id = found.id
        and (p.flag_details -> 'split', p.flag_details -> 'new-supplier', p.flag_details -> 'dominant-supplier')
          is distinct from (found.split, found.fresh, found.dominant)
      returning 1
    )
    select count(*)::int as n from updated`);
  return rows[0]?.n ?? 0;
}

/**
 * After processes changed: their own cross-process flags and those of the processes they can
 * affect — the same supplier's (root entity's) contracts with the same buyer around the splitting
 * window, and in the same buyer's years the processes of a supplier whose share is now above the
 * limit or that carried the flag until now (the shares of everyone else cannot cross it by this
 * change). After a merge or its undoing, the processes of the entities it moved (`refreshFlagsOfEntities`).
 */
export function refreshFlagsAround(
  tx: Queryable,
  country: CountryPack,
  processIds: readonly number[],
): Promise<number> {
  if (processIds.length === 0) return Promise.resolve(0);
  const ids = [...processIds];
  const limits = country.procurement.redFlags;
  const window = limits.splitDays * 2;
  return refresh(
    tx,
    country,
    sql`
      with ${FAMILIES},
      changed as (
        select c.buyer_id, coalesce(f.members, array[c.supplier_id]) as members, c.date_signed
        from procurement_contracts c left join families f on f.member = c.supplier_id
        where c.process_id = any(${ids}::bigint[]) and c.buyer_id is not null and c.date_signed is not null
      ),
      buyer_years as (select distinct buyer_id, extract(year from date_signed)::int as year from changed),
      shares as (
        select y.buyer_id, y.year, coalesce(f.root, c.supplier_id) as root,
          sum(c.value) / nullif(sum(sum(c.value)) over (partition by y.buyer_id, y.year), 0) as share
        from buyer_years y cross join lateral (
          select c.supplier_id, c.value from procurement_contracts c
          where c.buyer_id = y.buyer_id and c.currency = ${country.currency}
            and c.date_signed >= make_timestamptz(y.year, 1, 1, 0, 0, 0, 'UTC')
            and c.date_signed < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'UTC')
        ) c
        left join families f on f.member = c.supplier_id
        group by 1, 2, 3
      )
      select ${sql.raw('unnest')}(${ids}::bigint[]) as id
      union
      select n.process_id from changed c join procurement_contracts n on n.buyer_id = c.buyer_id
        and n.supplier_id = any(c.members)
        and n.date_signed between c.date_signed - make_interval(days => ${window}::int)
                              and c.date_signed + make_interval(days => ${window}::int)
      union
      select n.process_id from shares s left join families f on f.member = s.root
      join procurement_contracts n on n.buyer_id = s.buyer_id
        and n.supplier_id = any(coalesce(f.members, array[s.root]))
        and n.date_signed >= make_timestamptz(s.year, 1, 1, 0, 0, 0, 'UTC')
        and n.date_signed < make_timestamptz(s.year + 1, 1, 1, 0, 0, 0, 'UTC')
      where s.share > ${limits.supplierShare}::numeric
      union
      select p.id from buyer_years y join procurement_processes p on p.buyer_id = y.buyer_id
      where p.flags @> array['dominant-supplier']::text[]`,
  );
}

/**
 * After a person merged entities or undid a merge (`onEntitiesMerged`, given every entity whose
 * root changed): the cross-process flags of the processes those entities' families won, and of
 * those around them (`refreshFlagsAround`). A merge changes no buyer's total, so no other
 * supplier's share crosses the limit by it.
 */
export async function refreshFlagsOfEntities(
  tx: Queryable,
  country: CountryPack,
  entityIds: readonly number[],
): Promise<number> {
  if (entityIds.length === 0) return 0;
  const won = await tx.query<{ id: number }>(sql`
    select distinct c.process_id as id from procurement_contracts c
    where c.supplier_id in (select id from legal_entities
      where id = any(${[...entityIds]}::bigint[]) or merged_into = any(${[...entityIds]}::bigint[]))`);
  return refreshFlagsAround(
    tx,
    country,
    won.map((r) => Number(r.id)),
  );
}

/** Every process of these buyers (after a bulk import), or of all buyers. */
export function refreshFlagsOfBuyers(
  tx: Queryable,
  country: CountryPack,
  buyerIds: readonly number[] | 'all',
): Promise<number> {
  return refresh(
    tx,
    country,
    buyerIds === 'all'
      ? sql`select id from procurement_processes`
      : sql`select id from procurement_processes where buyer_id = any(${[...buyerIds]}::bigint[])
          union select unnest(array[]::bigint[])`,
  );
}

/**
 * Everything about one process's flags, from what is stored: its own (from the compiled release
 * and each contract's first published value), then the cross-process ones around it.
 */
export async function recomputeProcessFlags(
  tx: Queryable,
  country: CountryPack,
  processId: number,
): Promise<string[]> {
  const [row] = await tx.query<{ compiled: JsonObject | null; onlyRelease: JsonObject | null }>(
    sql`select p.compiled, ${ONLY_RELEASE} from procurement_processes p where p.id = ${processId}`,
  );
  if (!row) return [];
  const originals = new Map(
    (
      await tx.query<{ id: string; value: string | null }>(sql`
        select contract_id as id, original_value as value from procurement_contracts where process_id = ${processId}`)
    ).map((c) => [c.id, c.value === null ? null : Number(c.value)]),
  );
  const own = processFlags(processFacts(compiledRelease(row)), originals, country.procurement.redFlags);
  await tx.query(sql`
    update procurement_processes p set
      flags = array(select jsonb_object_keys(${JSON.stringify(own)}::jsonb))
        || array(select f from unnest(p.flags) f where f in ('split', 'new-supplier', 'dominant-supplier')),
      flag_details = ${JSON.stringify(own)}::jsonb
        || (p.flag_details - array['R003', 'R018', 'R030', 'R035', 'R036', 'value-raised'])
    where p.id = ${processId}`);
  await refreshFlagsAround(tx, country, [processId]);
  const [after] = await tx.query<{ flags: string[] }>(
    sql`select flags from procurement_processes where id = ${processId}`,
  );
  return after?.flags ?? [];
}
