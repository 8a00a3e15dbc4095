import type { CountryPack } from '../../country/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { familyOf } from './suppliers.ts';

/** What the profiles read: the database, and the country pack (currency, disclosure duty). */
export interface ProfileContext {
  db: Queryable;
  country: CountryPack;
}

/**
 * Figures of a buyer's or a supplier's profile, from the contracts table (one row per contract,
 * in the country's currency; contracts in other currencies are counted but not summed).
 */
export interface Profile {
  contracts: number;
  total: number;
  byMonth: { month: string; value: number }[];
  byMethod: { method: string; count: number; value: number }[];
  flags: { flag: string; count: number }[];
  top: { id: number | string; name: string; count: number; value: number }[];
}

async function profile(
  { db, country }: ProfileContext,
  who: SqlQuery,
  counterpart: 'supplier' | 'buyer',
): Promise<Profile> {
  const currency = country.currency;
  const [totals] = await db.query<{ contracts: number; total: string | null }>(sql`
    select count(*)::int as contracts, sum(c.value) filter (where c.currency = ${currency}) as total
    from procurement_contracts c where ${who}`);
  const byMonth = await db.query<{ month: string; value: string }>(sql`
    select to_char(date_trunc('month', c.date_signed), 'YYYY-MM') as month, sum(c.value) as value
    from procurement_contracts c where ${who} and c.currency = ${currency} and c.date_signed is not null
    group by 1 order by 1 desc limit 24`);
  const byMethod = await db.query<{ method: string; count: number; value: string }>(sql`
    select coalesce(p.method, 'unknown') as method, count(*)::int as count, coalesce(sum(c.value), 0) as value
    from procurement_contracts c join procurement_processes p on p.id = c.process_id
    where ${who} group by 1 order by 2 desc`);
  const flags = await db.query<{ flag: string; count: number }>(sql`
    select f as flag, count(distinct p.id)::int as count
    from procurement_contracts c join procurement_processes p on p.id = c.process_id, unnest(p.flags) f
    where ${who} group by 1 order by 2 desc`);
  const top =
    counterpart === 'supplier'
      ? // Under the root entity: what a person merged counts as one supplier.
        await db.query<{ id: number; name: string; count: number; value: string }>(sql`
          select s.id, coalesce(s.name_mn, s.name_en) || coalesce(' / ' || s.name_en, '') as name,
            count(*)::int as count, coalesce(sum(c.value), 0) as value
          from procurement_contracts c join legal_entities e on e.id = c.supplier_id
          join legal_entities s on s.id = coalesce(e.merged_into, e.id)
          where ${who} group by 1, 2 order by 4 desc limit 10`)
      : await db.query<{ id: string; name: string; count: number; value: string }>(sql`
          select o.slug as id, o.name_mn || ' / ' || o.name_en as name, count(*)::int as count, coalesce(sum(c.value), 0) as value
          from procurement_contracts c join organizations o on o.id = c.buyer_id
          where ${who} group by 1, 2 order by 4 desc limit 10`);
  return {
    contracts: totals?.contracts ?? 0,
    total: Number(totals?.total ?? 0),
    byMonth: byMonth.reverse().map((r) => ({ month: r.month, value: Number(r.value) })),
    byMethod: byMethod.map((r) => ({ method: r.method, count: r.count, value: Number(r.value) })),
    flags,
    top: top.map((r) => ({ id: r.id, name: r.name, count: r.count, value: Number(r.value) })),
  };
}

export const buyerProfile = (ctx: ProfileContext, buyerId: number) =>
  profile(ctx, sql`c.buyer_id = ${buyerId}`, 'supplier');
/** A supplier's figures: the contracts of its entity and of every entity merged into it. */
export const supplierProfile = (ctx: ProfileContext, supplierId: number) =>
  profile(ctx, sql`c.supplier_id in ${familyOf(supplierId)}`, 'buyer');

/** A supplier: an entity of the register of legal entities, as procurement shows it. */
export interface Supplier {
  id: number;
  scheme: string;
  identifier: string;
  nameMn: string | null;
  nameEn: string | null;
  registeredOn: string | null;
  /** The entity a person merged this one into (its figures are shown there). */
  mergedInto: number | null;
}

export async function findSupplier(db: Queryable, id: number): Promise<Supplier | undefined> {
  const [row] = await db.query<Supplier>(sql`
    select id, scheme, identifier, name_mn as "nameMn", name_en as "nameEn",
      registered_on::text as "registeredOn", merged_into as "mergedInto"
    from legal_entities where id = ${id}`);
  return row && { ...row, mergedInto: row.mergedInto === null ? null : Number(row.mergedInto) };
}

export interface DisclosureRow {
  buyerId: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  required: number;
  onTime: number;
  late: number;
  missing: number;
}

/**
 * The disclosure duty per buyer: contracts at or above the threshold, published within the
 * period after signing or late; and spending known from payments or budget lines at or above it
 * that no published contract covers (missing).
 */
export async function disclosureByBuyer(
  { db, country }: ProfileContext,
  buyerId?: number,
): Promise<DisclosureRow[]> {
  const { disclosureThreshold: threshold, disclosureDays: days } = country.procurement;
  const currency = country.currency;
  const only = buyerId === undefined ? sql`true` : sql`o.id = ${buyerId}`;
  return db.query<DisclosureRow>(sql`
    with duty as (
      select c.buyer_id,
        count(*)::int as required,
        count(*) filter (where c.published <= c.date_signed + make_interval(days => ${days}::int))::int as on_time,
        count(*) filter (where c.published > c.date_signed + make_interval(days => ${days}::int))::int as late
      from procurement_contracts c
      where c.value >= ${threshold}::numeric and c.currency = ${currency} and c.date_signed is not null
      group by 1
    ),
    missing as (
      select k.buyer_id, count(*)::int as missing from procurement_known_spending k
      where k.amount >= ${threshold}::numeric and k.currency = ${currency}
        and not exists (select 1 from procurement_processes p where p.ocid = k.ocid)
        and not exists (select 1 from procurement_contracts c where c.buyer_id = k.buyer_id
          and c.supplier_id = k.supplier_id and c.value = k.amount)
      group by 1
    )
    select o.id as "buyerId", o.slug, o.name_mn as "nameMn", o.name_en as "nameEn",
      coalesce(d.required, 0) + coalesce(m.missing, 0) as required, coalesce(d.on_time, 0) as "onTime",
      coalesce(d.late, 0) as late, coalesce(m.missing, 0) as missing
    from organizations o left join duty d on d.buyer_id = o.id left join missing m on m.buyer_id = o.id
    where (d.buyer_id is not null or m.buyer_id is not null) and ${only}
    order by coalesce(m.missing, 0) + coalesce(d.late, 0) desc, mn_sort_key(o.name_mn) collate "C"`);
}
