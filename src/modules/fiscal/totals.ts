import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** A budget line whose executed amount is not what its transactions add up to (MNT, exact decimals). */
export interface TotalThatDoesNotAddUp {
  ref: string;
  executed: string | null;
  paid: string;
  transactions: number;
}

/**
 * The budget lines (`refs`, or of a `year`, or all) whose executed amount differs from the sum of
 * their transactions in MNT: reported, never an import error and never corrected (the issue's
 * "totals that do not add up"). A line with no transaction at all is not here: that is the
 * compliance view's "missing".
 */
export async function totalsThatDoNotAddUp(
  db: Queryable,
  scope: { refs?: readonly string[]; year?: number } = {},
): Promise<TotalThatDoesNotAddUp[]> {
  return db.query<TotalThatDoesNotAddUp>(sql`
    select l.ref, l.executed::text as executed, t.paid::text as paid, t.n as transactions
    from fiscal_budget_lines l
    join (select budget_line_ref, sum(amount_mnt) as paid, count(*)::int as n from fiscal_transactions
      where budget_line_ref is not null ${scope.refs ? sql`and budget_line_ref = any(${[...scope.refs]}::text[])` : sql``}
      group by budget_line_ref) t on t.budget_line_ref = l.ref
    where l.executed is distinct from t.paid ${scope.year ? sql`and l.fiscal_year = ${scope.year}` : sql``}
    order by l.ref`);
}
