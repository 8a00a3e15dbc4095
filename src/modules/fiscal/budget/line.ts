import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * One budget line followed through the cycle (proposed → approved → revised → executed) to the
 * transactions that name it, and the report when execution and the transactions do not add up:
 * totals that do not agree are shown with the difference, never hidden or forced.
 */

export interface LineCode {
  code: string;
  labelMn: string | null;
  labelEn: string | null;
}

export interface BudgetLine {
  ref: string;
  year: number;
  direction: 'expenditure' | 'revenue';
  nameMn: string;
  nameEn: string | null;
  body: { id: number; slug: string; nameMn: string; nameEn: string };
  functional: LineCode | null;
  economic: LineCode;
  programme: LineCode | null;
  funding: LineCode;
  place: LineCode | null;
  proposed: number | null;
  approved: number | null;
  revised: number | null;
  executed: number | null;
  updatedAt: string;
}

const labelOf = (scheme: string) => sql`
  (select jsonb_build_object('code', c.code, 'labelMn', c.label_mn, 'labelEn', c.label_en)
   from fiscal_codes c where c.scheme = ${scheme} and c.year = l.fiscal_year and c.code = l.${sql.id(`${scheme}_code`)})`;

const num = (v: string | null) => (v === null ? null : Number(v));
const code = (given: string | null, found: LineCode | null): LineCode | null =>
  given === null ? null : (found ?? { code: given, labelMn: null, labelEn: null });

/** A budget line by its reference, with its codes named in its year; null when there is none. */
export async function budgetLine(db: Queryable, ref: string): Promise<BudgetLine | null> {
  const [r] = await db.query<{
    ref: string;
    fiscal_year: number;
    direction: 'expenditure' | 'revenue';
    name_mn: string;
    name_en: string | null;
    organization_id: number;
    slug: string;
    body_mn: string;
    body_en: string;
    functional_code: string | null;
    economic_code: string;
    programme_code: string | null;
    funding_code: string;
    admin_unit_code: string | null;
    functional: LineCode | null;
    economic: LineCode | null;
    programme: LineCode | null;
    funding: LineCode | null;
    place: LineCode | null;
    proposed: string | null;
    approved: string | null;
    revised: string | null;
    executed: string | null;
    updated_at: string;
  }>(sql`
    select l.ref, l.fiscal_year, l.direction, l.name_mn, l.name_en, l.organization_id, o.slug,
      o.name_mn as body_mn, o.name_en as body_en, l.functional_code, l.economic_code, l.programme_code,
      l.funding_code, l.admin_unit_code,
      ${labelOf('functional')} as functional, ${labelOf('economic')} as economic,
      ${labelOf('programme')} as programme, ${labelOf('funding')} as funding,
      (select jsonb_build_object('code', u.code, 'labelMn', u.name_mn, 'labelEn', u.name_en)
       from admin_units u where u.code = l.admin_unit_code) as place,
      l.proposed::text, l.approved::text, l.revised::text, l.executed::text, l.updated_at::text
    from fiscal_budget_lines l join organizations o on o.id = l.organization_id
    where l.ref = ${ref}`);
  if (!r) return null;
  return {
    ref: r.ref,
    year: Number(r.fiscal_year),
    direction: r.direction,
    nameMn: r.name_mn,
    nameEn: r.name_en,
    body: { id: Number(r.organization_id), slug: r.slug, nameMn: r.body_mn, nameEn: r.body_en },
    functional: code(r.functional_code, r.functional),
    economic: code(r.economic_code, r.economic) as LineCode,
    programme: code(r.programme_code, r.programme),
    funding: code(r.funding_code, r.funding) as LineCode,
    place: code(r.admin_unit_code, r.place),
    proposed: num(r.proposed),
    approved: num(r.approved),
    revised: num(r.revised),
    executed: num(r.executed),
    updatedAt: r.updated_at,
  };
}

export interface LineTransaction {
  ref: string;
  paidOn: string;
  kind: 'payment' | 'refund';
  payeeKind: 'entity' | 'individual';
  payeeName: string | null;
  payeeEntityId: number | null;
  amount: number;
  currency: string;
  amountMnt: number;
  purpose: string;
  ocid: string | null;
}

export interface LineTransactions {
  /** The largest first, at most the limit asked. */
  items: LineTransaction[];
  count: number;
  /** The MNT sum of all of them (refunds subtract). */
  total: number;
  /** How many of them are at or under the threshold (published although the law did not require it). */
  atOrUnderThreshold: number;
}

/** The transactions that name a line (`budget_line_ref`). */
export async function lineTransactions(
  db: Queryable,
  ref: string,
  threshold: number,
  limit = 200,
): Promise<LineTransactions> {
  const [totals] = await db.query<{ count: number; total: string; small: number }>(sql`
    select count(*)::int as count, coalesce(sum(amount_mnt), 0)::text as total,
      (count(*) filter (where abs(amount_mnt) <= ${threshold}))::int as small
    from fiscal_transactions where budget_line_ref = ${ref}`);
  const rows = await db.query<{
    ref: string;
    paid_on: string;
    kind: 'payment' | 'refund';
    payee_kind: 'entity' | 'individual';
    payee_name: string | null;
    payee_entity_id: number | null;
    amount: string;
    currency: string;
    amount_mnt: string;
    purpose: string;
    ocid: string | null;
  }>(sql`
    select t.ref, t.paid_on::text, t.kind, t.payee_kind, coalesce(e.name_mn, e.name_en, t.payee_name) as payee_name,
      e.id as payee_entity_id, t.amount::text, t.currency, t.amount_mnt::text, t.purpose, t.ocid
    from fiscal_transactions t
      left join legal_entities le on le.id = t.payee_entity_id
      left join legal_entities e on e.id = coalesce(le.merged_into, le.id)
    where t.budget_line_ref = ${ref}
    order by abs(t.amount_mnt) desc, t.paid_on, t.ref limit ${limit}`);
  return {
    count: totals?.count ?? 0,
    total: Number(totals?.total ?? 0),
    atOrUnderThreshold: totals?.small ?? 0,
    items: rows.map((t) => ({
      ref: t.ref,
      paidOn: t.paid_on,
      kind: t.kind,
      payeeKind: t.payee_kind,
      payeeName: t.payee_kind === 'individual' ? null : t.payee_name,
      payeeEntityId: t.payee_entity_id === null ? null : Number(t.payee_entity_id),
      amount: Number(t.amount),
      currency: t.currency,
      amountMnt: Number(t.amount_mnt),
      purpose: t.purpose,
      ocid: t.ocid,
    })),
  };
}

export interface Mismatch {
  executed: number;
  transactions: number;
  /** executed − transactions: positive when execution is not covered by published transactions. */
  uncovered: number;
}

/**
 * Execution against the transactions behind it: null when they agree to the tögrög (or nothing was
 * executed and nothing paid); otherwise both figures and the difference.
 */
export function mismatchOf(executed: number | null, transactions: number): Mismatch | null {
  const difference = Math.round(((executed ?? 0) - transactions) * 100) / 100;
  if (Math.abs(difference) < 1) return null;
  return { executed: executed ?? 0, transactions, uncovered: difference };
}
