import type { FiscalPack, FiscalSource } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type Phase, UNCLASSIFIED } from './dimensions.ts';
import { type BreakdownRow, breakdown } from './queries.ts';

/**
 * Figures per person: spending in each aimag and the capital divided by its residents (the pack's
 * population, with its source), and "where does my tax go": an amount of tax split by function in
 * the shares of the national budget.
 */

export interface Population {
  /** The year the figures are of (the budget's year, or the nearest earlier one the pack has). */
  year: number;
  byUnit: Readonly<Record<string, number>>;
  source: FiscalSource;
}

/** The pack's residents for a year: that year's, else the latest before it, else the earliest after; null when none. */
export function populationFor(pack: FiscalPack, year: number): Population | null {
  const years = Object.keys(pack.population.byYear)
    .map(Number)
    .sort((a, b) => a - b);
  const chosen = years.filter((y) => y <= year).at(-1) ?? years[0];
  if (chosen === undefined) return null;
  return { year: chosen, byUnit: pack.population.byYear[chosen] ?? {}, source: pack.population.source };
}

export interface AimagFigures {
  code: string;
  nameMn: string;
  nameEn: string;
  population: number | null;
  /** Expenditure lines placed in the aimag (or one of its soums or districts), in the phase asked. */
  budget: number;
  /** Transactions paid in the aimag in the year (MNT, refunds subtracted). */
  paid: number;
  budgetPerResident: number | null;
  paidPerResident: number | null;
}

const perResident = (amount: number, population: number | null) =>
  population && population > 0 ? amount / population : null;

/**
 * Every aimag and the capital with its expenditure (budget lines in `phase`, and transactions paid)
 * per resident, and what no aimag holds (national lines and payments with no place).
 */
export async function aimagFigures(
  db: Queryable,
  pack: FiscalPack,
  year: number,
  phase: Phase,
): Promise<{
  rows: AimagFigures[];
  unplaced: { budget: number; paid: number };
  population: Population | null;
}> {
  const rows = await db.query<{
    code: string;
    name_mn: string;
    name_en: string;
    budget: string;
    paid: string;
  }>(sql`
    with top as (select u.code, coalesce(p.code, u.code) as aimag
      from admin_units u left join admin_units p on p.code = u.parent_code),
    budget as (
      select coalesce(t.aimag, ${UNCLASSIFIED}) as aimag, sum(l.${sql.id(phase)}) as amount
      from fiscal_budget_lines l left join top t on t.code = l.admin_unit_code
      where l.fiscal_year = ${year} and l.direction = 'expenditure' group by 1
    ),
    paid as (
      select coalesce(t.aimag, ${UNCLASSIFIED}) as aimag, sum(x.amount_mnt) as amount
      from fiscal_transactions x left join top t on t.code = x.aimag_code
      where x.fiscal_year = ${year} group by 1
    )
    select a.code, a.name_mn, a.name_en, coalesce(b.amount, 0)::text as budget, coalesce(p.amount, 0)::text as paid
    from (select code, name_mn, name_en, kind from admin_units where kind in ('capital', 'aimag')
          union all select ${UNCLASSIFIED}, '', '', 'none') a
      left join budget b on b.aimag = a.code left join paid p on p.aimag = a.code
    order by a.kind = 'capital' desc, a.code`);
  const population = populationFor(pack, year);
  const unplaced = rows.find((r) => r.code === UNCLASSIFIED);
  return {
    population,
    unplaced: { budget: Number(unplaced?.budget ?? 0), paid: Number(unplaced?.paid ?? 0) },
    rows: rows
      .filter((r) => r.code !== UNCLASSIFIED)
      .map((r) => {
        const residents = population?.byUnit[r.code] ?? null;
        return {
          code: r.code,
          nameMn: r.name_mn,
          nameEn: r.name_en,
          population: residents,
          budget: Number(r.budget),
          paid: Number(r.paid),
          budgetPerResident: perResident(Number(r.budget), residents),
          paidPerResident: perResident(Number(r.paid), residents),
        };
      }),
  };
}

export interface FunctionPerResident extends BreakdownRow {
  perResident: number | null;
}

/** Spending placed in one aimag by function (COFOG divisions), each per resident of the aimag. */
export async function aimagByFunction(
  db: Queryable,
  pack: FiscalPack,
  code: string,
  year: number,
  phase: Phase,
): Promise<{ rows: FunctionPerResident[]; residents: number | null }> {
  const residents = populationFor(pack, year)?.byUnit[code] ?? null;
  const rows = await breakdown(
    db,
    'functional',
    { year, direction: 'expenditure', aimag: code },
    null,
    phase,
  );
  return { residents, rows: rows.map((r) => ({ ...r, perResident: perResident(r[phase], residents) })) };
}

export interface TaxShare {
  key: string;
  labelMn: string | null;
  labelEn: string | null;
  /** The function's share of the national budget. */
  share: number;
  /** The part of the tax paid that goes to it. */
  amount: number;
}

/**
 * An amount of tax split by function in the shares of the national expenditure budget (`phase`):
 * each function's part rounded to the tögrög, the largest taking what rounding leaves so that the
 * parts add up to the amount paid.
 */
export function splitTax(paid: number, functions: readonly BreakdownRow[], phase: Phase): TaxShare[] {
  const parts = functions.filter((f) => f[phase] > 0);
  const total = parts.reduce((sum, f) => sum + f[phase], 0);
  if (total <= 0 || paid <= 0) return [];
  const shares = parts.map((f) => ({
    key: f.key,
    labelMn: f.labelMn,
    labelEn: f.labelEn,
    share: f[phase] / total,
    amount: Math.round((paid * f[phase]) / total),
  }));
  shares.sort((a, b) => b.share - a.share);
  const rest = Math.round(paid) - shares.reduce((sum, s) => sum + s.amount, 0);
  if (shares[0]) shares[0].amount += rest;
  return shares;
}
