import { countryPack } from '../../country/mn/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';

const pack = countryPack.procurement;
const limits = pack.redFlags;

/**
 * The red flags that compare a process with the buyer's other contracts (splitting under the
 * disclosure threshold, a newly registered supplier, one supplier's share of a buyer's spending),
 * recomputed in one statement for the processes `target` selects (a query of `id`s).
 */
async function refresh(tx: Queryable, target: SqlQuery): Promise<number> {
  const threshold = pack.disclosureThreshold;
  const low = threshold * limits.splitBand;
  const rows = await tx.query<{ n: number }>(sql`
    with target as (${target}),
    split as (
      select c.process_id, jsonb_build_object('contracts', g.n, 'total', g.total, 'days', ${limits.splitDays}::int,
        'threshold', ${threshold}::numeric) as detail
      from procurement_contracts c
      join lateral (
        select count(*)::int as n, sum(c2.value) as total from procurement_contracts c2
        where c2.buyer_id = c.buyer_id and c2.supplier_id = c.supplier_id and c2.currency = c.currency
          and c2.value >= ${low}::numeric and c2.value < ${threshold}::numeric
          and c2.date_signed between c.date_signed - make_interval(days => ${limits.splitDays}::int)
                                 and c.date_signed + make_interval(days => ${limits.splitDays}::int)
      ) g on true
      where c.process_id in (select id from target) and c.currency = ${countryPack.currency}
        and c.value >= ${low}::numeric and c.value < ${threshold}::numeric
        and c.buyer_id is not null and c.supplier_id is not null
        and g.n >= 2 and g.total >= ${threshold}::numeric
    ),
    fresh as (
      select c.process_id, jsonb_build_object('supplier', s.name, 'registered', s.registered_on::text,
        'days', (coalesce(c.award_date, c.date_signed)::date - s.registered_on), 'limit', ${limits.newSupplierDays}::int) as detail
      from procurement_contracts c join procurement_suppliers s on s.id = c.supplier_id
      where c.process_id in (select id from target) and s.registered_on is not null
        and coalesce(c.award_date, c.date_signed)::date - s.registered_on between 0 and ${limits.newSupplierDays}::int - 1
    ),
    years as (
      select c.buyer_id, extract(year from c.date_signed)::int as year, count(*)::int as n, sum(c.value) as total
      from procurement_contracts c
      where (c.buyer_id, extract(year from c.date_signed)::int) in (
        select t.buyer_id, extract(year from t.date_signed)::int from procurement_contracts t
        where t.process_id in (select id from target) and t.buyer_id is not null and t.date_signed is not null)
        and c.currency = ${countryPack.currency}
      group by 1, 2
    ),
    shares as (
      select c.buyer_id, extract(year from c.date_signed)::int as year, c.supplier_id, sum(c.value) as value
      from procurement_contracts c join years y on y.buyer_id = c.buyer_id and y.year = extract(year from c.date_signed)::int
      where c.currency = ${countryPack.currency} and c.supplier_id is not null
      group by 1, 2, 3
    ),
    dominant as (
      select c.process_id, jsonb_build_object('percent', round(sh.value / y.total * 100, 1), 'year', y.year,
        'limit', ${Math.round(limits.supplierShare * 100)}::int, 'contracts', y.n) as detail
      from procurement_contracts c
      join years y on y.buyer_id = c.buyer_id and y.year = extract(year from c.date_signed)::int
      join shares sh on sh.buyer_id = c.buyer_id and sh.year = y.year and sh.supplier_id = c.supplier_id
      where c.process_id in (select id from target) and y.n >= ${limits.supplierShareMinimumContracts}::int
        and y.total > 0 and sh.value / y.total > ${limits.supplierShare}::numeric
    ),
    found as (
      select t.id,
        (select detail from split where split.process_id = t.id limit 1) as split,
        (select detail from fresh where fresh.process_id = t.id limit 1) as fresh,
        (select detail from dominant where dominant.process_id = t.id limit 1) as dominant
      from target t
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
 * After processes changed: their own cross-process flags and those of every process they can
 * affect — the same buyer's contracts in the same years (shares), which include the same
 * supplier's contracts within the splitting window.
 */
export function refreshFlagsAround(tx: Queryable, processIds: readonly number[]): Promise<number> {
  if (processIds.length === 0) return Promise.resolve(0);
  const ids = [...processIds];
  return refresh(
    tx,
    sql`select ${sql.raw('unnest')}(${ids}::bigint[]) as id
      union
      select n.process_id from procurement_contracts c
      join procurement_contracts n on n.buyer_id = c.buyer_id
        and n.date_signed >= date_trunc('year', c.date_signed) - make_interval(days => ${limits.splitDays}::int)
        and n.date_signed < date_trunc('year', c.date_signed) + interval '1 year' + make_interval(days => ${limits.splitDays}::int)
      where c.process_id = any(${ids}::bigint[])`,
  );
}

/** Every process of these buyers (after a bulk import), or of all buyers. */
export function refreshFlagsOfBuyers(tx: Queryable, buyerIds: readonly number[] | 'all'): Promise<number> {
  return refresh(
    tx,
    buyerIds === 'all'
      ? sql`select id from procurement_processes`
      : sql`select id from procurement_processes where buyer_id = any(${[...buyerIds]}::bigint[])
          union select unnest(array[]::bigint[])`,
  );
}
