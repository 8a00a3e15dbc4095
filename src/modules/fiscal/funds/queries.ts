import type { FiscalPack, SpecialFund } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * Special funds as the pack lists them by year, and their flows (`fiscal_fund_flows`): what was
 * collected and spent in a year, and the balance carried from the years before (all collections
 * less all spending up to the year's start; flows begin at zero, the platform knows no older balance).
 */

/** The funds in force in `year`, in the pack's order. */
export function fundsInForce(pack: FiscalPack, year: number): SpecialFund[] {
  return pack.specialFunds.funds.filter((f) => f.from <= year && (f.until === null || year <= f.until));
}

/** A fund of the pack by code, whichever years it was in force. */
export function fundOf(pack: FiscalPack, code: string): SpecialFund | undefined {
  return pack.specialFunds.funds.find((f) => f.code === code);
}

export interface FundTotals {
  code: string;
  /** Balance at the start of the year: every collection less every spending before it. */
  opening: number;
  collected: number;
  spent: number;
  /** opening + collected − spent. */
  closing: number;
  flows: number;
}

const zero = (code: string): FundTotals => ({
  code,
  opening: 0,
  collected: 0,
  spent: 0,
  closing: 0,
  flows: 0,
});

/** Each fund's figures for `year` (a fund with no flows has zeros). */
export async function fundTotals(
  db: Queryable,
  year: number,
  codes?: readonly string[],
): Promise<Map<string, FundTotals>> {
  const rows = await db.query<{
    code: string;
    opening: string;
    collected: string;
    spent: string;
    flows: number;
  }>(sql`
    select fund_code as code,
      coalesce(sum(case when fiscal_year < ${year} then (case direction when 'collection' then amount_mnt else -amount_mnt end) end), 0)::text as opening,
      coalesce(sum(amount_mnt) filter (where fiscal_year = ${year} and direction = 'collection'), 0)::text as collected,
      coalesce(sum(amount_mnt) filter (where fiscal_year = ${year} and direction = 'spending'), 0)::text as spent,
      count(*) filter (where fiscal_year = ${year})::int as flows
    from fiscal_fund_flows where fiscal_year <= ${year}
      ${codes ? sql`and fund_code = any(${[...codes]}::text[])` : sql``}
    group by fund_code`);
  const out = new Map<string, FundTotals>();
  for (const code of codes ?? []) out.set(code, zero(code));
  for (const r of rows) {
    const opening = Number(r.opening);
    const collected = Number(r.collected);
    const spent = Number(r.spent);
    out.set(r.code, {
      code: r.code,
      opening,
      collected,
      spent,
      closing: Math.round((opening + collected - spent) * 100) / 100,
      flows: Number(r.flows),
    });
  }
  return out;
}

/** The years with flows of any fund, newest first. */
export async function flowYears(db: Queryable, code?: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(sql`
    select distinct fiscal_year as year from fiscal_fund_flows
    ${code ? sql`where fund_code = ${code}` : sql``} order by 1 desc`);
  return rows.map((r) => Number(r.year));
}

export interface MonthFlows {
  /** `YYYY-MM`. */
  month: string;
  collected: number;
  spent: number;
}

/** A fund's collection and spending by calendar month of `year`, every month with flows. */
export async function fundMonths(db: Queryable, code: string, year: number): Promise<MonthFlows[]> {
  const rows = await db.query<{ month: string; collected: string; spent: string }>(sql`
    select to_char(flowed_on, 'YYYY-MM') as month,
      coalesce(sum(amount_mnt) filter (where direction = 'collection'), 0)::text as collected,
      coalesce(sum(amount_mnt) filter (where direction = 'spending'), 0)::text as spent
    from fiscal_fund_flows where fund_code = ${code} and fiscal_year = ${year}
    group by 1 order by 1`);
  return rows.map((r) => ({ month: r.month, collected: Number(r.collected), spent: Number(r.spent) }));
}

export interface FlowRow {
  ref: string;
  on: string;
  direction: 'collection' | 'spending';
  amount: number;
  purpose: string;
  bodySlug: string;
  bodyMn: string;
  bodyEn: string;
  entityId: number | null;
  entityMn: string | null;
  entityEn: string | null;
  aimag: string | null;
}

/** A fund's flows of `year`, newest first: the body that recorded each, and its counterparty entity. */
export async function fundFlows(
  db: Queryable,
  code: string,
  year: number,
  page: { limit: number; offset: number },
): Promise<{ rows: FlowRow[]; total: number }> {
  const rows = await db.query<FlowRow & { total: number }>(sql`
    select f.ref, to_char(f.flowed_on, 'YYYY-MM-DD') as "on", f.direction, f.amount_mnt::float8 as amount, f.purpose,
      o.slug as "bodySlug", o.name_mn as "bodyMn", coalesce(o.name_en, o.name_mn) as "bodyEn",
      e.id as "entityId", coalesce(e.common_name_mn, e.name_mn, e.name_en) as "entityMn",
      coalesce(e.common_name_en, e.name_en, e.common_name_mn, e.name_mn) as "entityEn",
      f.aimag_code as aimag, count(*) over ()::int as total
    from fiscal_fund_flows f join organizations o on o.id = f.organization_id
    left join legal_entities e on e.id = f.counterparty_entity_id
    where f.fund_code = ${code} and f.fiscal_year = ${year}
    order by f.flowed_on desc, f.id desc limit ${page.limit} offset ${page.offset}`);
  return {
    rows: rows.map(({ total: _, ...r }) => ({
      ...r,
      amount: Number(r.amount),
      entityId: r.entityId === null ? null : Number(r.entityId),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** Every flow of a fund's year for the download, oldest first. */
export async function* allFundFlows(db: Queryable, code: string, year: number): AsyncGenerator<FlowRow> {
  const { rows } = await fundFlows(db, code, year, { limit: 1_000_000, offset: 0 });
  yield* rows.reverse();
}

/**
 * The organisation that answers for a fund in a year: the body that recorded most of its flows
 * that year (the fund's manager), or none when nothing was recorded.
 */
export async function fundManager(db: Queryable, code: string, year: number): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(sql`
    select organization_id as id from fiscal_fund_flows where fund_code = ${code} and fiscal_year = ${year}
    group by organization_id order by count(*) desc, sum(amount_mnt) desc, organization_id limit 1`);
  return row ? Number(row.id) : null;
}
