import type { Database } from '../../src/platform/db/database.ts';
import { sql } from '../../src/platform/db/sql.ts';

/**
 * Synthetic glass-account transactions at national scale, written by SQL (generate_series) into a
 * migrated database: seven fiscal years (2019–2025), the registry's reporting bodies (a few pay far
 * more than the rest), 20,000 companies and 10 % payments to individuals, amounts spread from a
 * hundred thousand to half a billion tögrög, 3 % in dollars, 0.5 % refunds, 2 % not yet published,
 * a place for four in five and an OCID for one in ten. Deterministic: row `g` is always the same
 * (each figure is a hash of `g`). The search's indexes are dropped while rows go in and made again.
 */
const PURPOSES = [
  'Эм, эмнэлгийн хэрэгсэл худалдан авалт',
  'Сургуулийн барилгын засвар',
  'Авто замын засвар, арчлалт',
  'Компьютер, дагалдах хэрэгсэл',
  'Нүүрс, түлш нийлүүлэлт',
  'Хог тээвэрлэлтийн үйлчилгээ',
  'Харуул хамгаалалтын үйлчилгээ',
  'Цэцэрлэгийн өргөтгөл',
  'Албан томилолтын зардал',
  'Цахилгаан, дулааны төлбөр',
  'Бичиг хэргийн материал',
  'Сургалт, семинар зохион байгуулах',
  'Автомашины шатахуун',
  'Програм хангамжийн лиценз',
  'Хүнсний бүтээгдэхүүн нийлүүлэлт',
  'Тавилга худалдан авалт',
];

/** A number in [0, 1) from the row and a salt, the same on every run. */
const r = (salt: number) => sql.raw(`((hashint8(g * 16 + ${salt}) & 2147483647)::float8 / 2147483648.0)`);

export async function loadSyntheticTransactions(
  db: Database,
  rows: number,
  say: (text: string) => void,
): Promise<string> {
  const started = performance.now();
  await db.query(sql`
    insert into legal_entities (scheme, identifier, kind, name_mn)
    select 'XB-BENCH', 'E' || g, 'company', 'Бенч ' || g || ' ХХК' from generate_series(0, 19999) g
    on conflict do nothing`);
  const indexes = await db.query<{ name: string; def: string }>(sql`
    select indexname as name, indexdef as def from pg_indexes
    where tablename = 'fiscal_transactions' and indexname not in ('fiscal_transactions_pkey', 'fiscal_transactions_ref_key')`);
  for (const i of indexes) await db.query(sql`drop index ${sql.id(i.name)}`);
  const chunk = 1_000_000;
  for (let from = 1; from <= rows; from += chunk) {
    const to = Math.min(rows, from + chunk - 1);
    await db.query(sql`
      with p as (
        select (select array_agg(organization_id order by organization_id) from fiscal_reporting_bodies) as bodies,
          (select array_agg(id order by id) from legal_entities where scheme = 'XB-BENCH') as entities,
          (select array_agg(code order by code) from fiscal_codes where scheme = 'functional' and year = 2025 and parent is not null) as functional,
          (select array_agg(code order by code) from fiscal_codes where scheme = 'economic' and year = 2025 and parent is not null) as economic,
          (select array_agg(code order by code) from fiscal_codes where scheme = 'funding' and year = 2025) as funding,
          (select array_agg(code order by code) from admin_units where parent_code is null) as aimags,
          ${PURPOSES}::text[] as purposes
      ), x as (
        select g, 2019 + floor(${r(1)} * 7)::int as year, ${r(5)} < 0.005 as refund, ${r(6)} < 0.1 as individual,
          ${r(9)} < 0.03 as usd, round(exp(11.5 + ${r(8)} * 8.5)::numeric, -2) as mnt
        from generate_series(${from}::bigint, ${to}::bigint) g
      )
      insert into fiscal_transactions (ref, organization_id, fiscal_year, paid_on, published_on, kind, payee_kind,
        payee_entity_id, payee_name, amount, currency, rate, purpose, functional_code, economic_code, funding_code,
        aimag_code, ocid)
      select 'B' || g, p.bodies[1 + floor(power(${r(2)}, 3) * cardinality(p.bodies))::int], year,
        make_date(year, 1, 1) + floor(${r(3)} * 365)::int,
        case when ${r(4)} < 0.02 then null else make_date(year, 1, 1) + floor(${r(3)} * 365)::int + floor(power(${r(10)}, 4) * 30)::int end,
        case when refund then 'refund' else 'payment' end, case when individual then 'individual' else 'entity' end,
        case when individual then null else p.entities[1 + floor(power(${r(7)}, 2) * cardinality(p.entities))::int] end,
        case when individual then null else 'Бенч ХХК' end,
        (case when refund then -1 else 1 end) * case when usd then round(mnt / 3450.25, 2) else mnt end,
        case when usd then 'USD' else 'MNT' end, case when usd then 3450.25 else 1 end,
        p.purposes[1 + floor(${r(11)} * cardinality(p.purposes))::int] || ' №' || (g % 997),
        p.functional[1 + floor(${r(12)} * cardinality(p.functional))::int],
        p.economic[1 + floor(${r(13)} * cardinality(p.economic))::int],
        p.funding[1 + floor(power(${r(14)}, 2) * cardinality(p.funding))::int],
        case when ${r(15)} < 0.2 then null else p.aimags[1 + floor(${r(15)} * cardinality(p.aimags))::int] end,
        case when ${r(16)} < 0.1 then 'ocds-bench-' || g end
      from x, p`);
    say(
      `  ${to.toLocaleString('en-US')} transactions (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const inserted = (performance.now() - started) / 1000;
  const indexing = performance.now();
  for (const i of indexes) {
    await db.transaction(async (tx) => {
      await tx.query(sql`set local maintenance_work_mem = '512MB'`);
      await tx.query(sql`${sql.raw(i.def)}`);
    });
    say(`  index ${i.name} (${((performance.now() - indexing) / 1000).toFixed(0)} s)`);
  }
  const indexed = (performance.now() - indexing) / 1000;
  return `${rows.toLocaleString('en-US')} synthetic transactions inserted by SQL in ${inserted.toFixed(0)} s, their ${indexes.length} indexes made in ${indexed.toFixed(0)} s`;
}
