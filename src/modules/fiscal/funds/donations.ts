import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * Non-budgetary income (`fiscal_donations`): donations, charity and assistance by body, donor
 * type, kind and purpose, against what each body spent of it — its transactions of the year paid
 * from the funding source `non-budgetary`. The donor is a kind and, for an organisation, its legal
 * entity; a citizen donor is only "a citizen": never named, never linked.
 */

/** The funding source whose transactions spend non-budgetary income. */
export const NON_BUDGETARY = 'non-budgetary';
/** The donor type that is a person: never named nor linked to an entity. */
export const CITIZEN = 'citizen';

export async function donationYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    sql`select distinct fiscal_year as year from fiscal_donations order by 1 desc`,
  );
  return rows.map((r) => Number(r.year));
}

export interface BodyIncome {
  slug: string;
  mn: string;
  en: string;
  received: number;
  spent: number;
  count: number;
}

/** Each body with non-budgetary income in `year`: received, and spent from the non-budgetary source. */
export async function incomeByBody(db: Queryable, year: number): Promise<BodyIncome[]> {
  const rows = await db.query<BodyIncome>(sql`
    with received as (
      select organization_id, sum(amount_mnt) as received, count(*)::int as count from fiscal_donations
      where fiscal_year = ${year} group by organization_id
    ), spent as (
      select organization_id, sum(amount_mnt) as spent from fiscal_transactions
      where fiscal_year = ${year} and funding_code = ${NON_BUDGETARY}
        and organization_id in (select organization_id from received)
      group by organization_id
    )
    select o.slug, o.name_mn as mn, coalesce(o.name_en, o.name_mn) as en, r.received::float8 as received,
      coalesce(s.spent, 0)::float8 as spent, r.count
    from received r join organizations o on o.id = r.organization_id
    left join spent s on s.organization_id = r.organization_id
    order by r.received desc, o.slug`);
  return rows.map((r) => ({
    ...r,
    received: Number(r.received),
    spent: Number(r.spent),
    count: Number(r.count),
  }));
}

/** Received in `year` by donor type (of one body, or all). */
export async function incomeByDonorType(
  db: Queryable,
  year: number,
  body: string | null,
): Promise<{ donorType: string; received: number; count: number }[]> {
  const rows = await db.query<{ donorType: string; received: number; count: number }>(sql`
    select d.donor_type as "donorType", sum(d.amount_mnt)::float8 as received, count(*)::int as count
    from fiscal_donations d join organizations o on o.id = d.organization_id
    where d.fiscal_year = ${year} ${body ? sql`and o.slug = ${body}` : sql``}
    group by d.donor_type order by 2 desc`);
  return rows.map((r) => ({ ...r, received: Number(r.received), count: Number(r.count) }));
}

export interface DonationRow {
  ref: string;
  on: string;
  kind: 'donation' | 'charity' | 'assistance';
  donorType: string;
  /** The donor's legal entity: null for a citizen, whatever was stored. */
  donorId: number | null;
  donorMn: string | null;
  donorEn: string | null;
  inKind: boolean;
  amount: number;
  purpose: string;
  bodySlug: string;
  bodyMn: string;
  bodyEn: string;
}

/** The donations of `year` (of one body, or all), newest first. */
export async function donationsOf(
  db: Queryable,
  year: number,
  body: string | null,
  page: { limit: number; offset: number },
): Promise<{ rows: DonationRow[]; total: number }> {
  const rows = await db.query<DonationRow & { total: number }>(sql`
    select d.ref, to_char(d.received_on, 'YYYY-MM-DD') as "on", d.kind, d.donor_type as "donorType",
      case when d.donor_type = ${CITIZEN} then null else e.id end as "donorId",
      case when d.donor_type = ${CITIZEN} then null else coalesce(e.common_name_mn, e.name_mn, e.name_en) end as "donorMn",
      case when d.donor_type = ${CITIZEN} then null else coalesce(e.common_name_en, e.name_en, e.common_name_mn, e.name_mn) end as "donorEn",
      d.in_kind as "inKind", d.amount_mnt::float8 as amount, d.purpose,
      o.slug as "bodySlug", o.name_mn as "bodyMn", coalesce(o.name_en, o.name_mn) as "bodyEn", count(*) over ()::int as total
    from fiscal_donations d join organizations o on o.id = d.organization_id
    left join legal_entities e on e.id = d.donor_entity_id
    where d.fiscal_year = ${year} ${body ? sql`and o.slug = ${body}` : sql``}
    order by d.received_on desc, d.id desc limit ${page.limit} offset ${page.offset}`);
  return {
    rows: rows.map(({ total: _, ...r }) => ({
      ...r,
      amount: Number(r.amount),
      donorId: r.donorId === null ? null : Number(r.donorId),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}
