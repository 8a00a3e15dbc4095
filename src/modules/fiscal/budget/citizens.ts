import type { FiscalPack, FiscalText } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Dimension, LineScope, Phase } from './dimensions.ts';
import { type BreakdownRow, breakdown } from './queries.ts';

/** The citizens' budget: where the money comes from, where it goes, the assumptions, the revision. */

/**
 * The first level of a classification that says something: below the top while the top is one
 * node with children ("Revenue" → taxes, social contributions, grants, other revenue).
 */
export async function telling(
  db: Queryable,
  dimension: Dimension,
  scope: LineScope,
  phase: Phase,
): Promise<{ rows: BreakdownRow[]; parent: string | null }> {
  let parent: string | null = null;
  let rows = await breakdown(db, dimension, scope, parent, phase);
  for (let depth = 0; depth < 3; depth++) {
    const [only] = rows;
    if (rows.length !== 1 || !only || only.kind !== 'node' || !only.children) break;
    parent = only.key;
    rows = await breakdown(db, dimension, scope, parent, phase);
  }
  return { rows, parent };
}

export interface Assumption {
  code: string;
  name: FiscalText;
  unit: FiscalText | null;
  value: number;
  note: { mn: string | null; en: string | null };
}

/** The projections behind a year's proposal, named and with units from the pack (an indicator it lacks keeps its code). */
export async function assumptions(db: Queryable, pack: FiscalPack, year: number): Promise<Assumption[]> {
  const rows = await db.query<{
    indicator: string;
    value: string;
    note_mn: string | null;
    note_en: string | null;
  }>(
    sql`select indicator, value::text, note_mn, note_en from fiscal_assumptions where fiscal_year = ${year}`,
  );
  const order = pack.assumptions.map((a) => a.code);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return rows
    .map((r) => {
      const known = pack.assumptions.find((a) => a.code === r.indicator);
      return {
        code: r.indicator,
        name: known?.name ?? { mn: r.indicator, en: r.indicator },
        unit: known?.unit ?? null,
        value: Number(r.value),
        note: { mn: r.note_mn, en: r.note_en },
      };
    })
    .sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

export interface Revision {
  key: string;
  labelMn: string | null;
  labelEn: string | null;
  approved: number;
  /** The plan after revision (revised where a line was revised, approved otherwise). */
  revisedPlan: number;
  change: number;
}

/** How revision changed the approved expenditure, by function: only the functions it changed, largest change first. */
export function revisions(rows: readonly BreakdownRow[]): Revision[] {
  return rows
    .map((r) => ({
      key: r.key,
      labelMn: r.labelMn,
      labelEn: r.labelEn,
      approved: r.approved,
      revisedPlan: r.plan,
      change: Math.round((r.plan - r.approved) * 100) / 100,
    }))
    .filter((r) => r.change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}
