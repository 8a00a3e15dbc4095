import type { FiscalPack } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';

/**
 * Threshold splitting: payments that look cut into pieces to stay under the glass-account
 * threshold. A group is at least `minPayments` payments by one payer to one payee (its root entity:
 * the entities merged into it are the same payee) within `windowDays` days of the first, each at or
 * above `band` × threshold and not above the threshold, together above it. Refunds never count.
 * Computed in SQL over the payments in the band: a window function counts and adds each payment's
 * following `windowDays` days; windows that qualify and overlap are one group (gaps and islands).
 */
export interface SplittingRule {
  threshold: number;
  band: number;
  windowDays: number;
  minPayments: number;
}

/** The pack's rule at its threshold, or at another one (the "what if" view's proposed threshold). */
export function splittingRule(pack: FiscalPack, threshold = pack.glassAccount.threshold): SplittingRule {
  return {
    threshold,
    band: pack.splitting.band,
    windowDays: pack.splitting.windowDays,
    minPayments: pack.splitting.minPayments,
  };
}

export interface SplitPayment {
  ref: string;
  paidOn: string;
  amountMnt: string;
}

export interface SplitGroup {
  organizationId: number;
  payerSlug: string;
  payerNameMn: string;
  payerNameEn: string;
  payeeId: number;
  payeeNameMn: string | null;
  payeeNameEn: string | null;
  first: string;
  last: string;
  /** Days from the first payment to the last, both counted. */
  days: number;
  count: number;
  total: string;
  payments: SplitPayment[];
}

export interface SplittingScope {
  year?: number;
  /** One payer (organisation id). */
  organizationId?: number;
  /** One payee (root entity id). */
  payeeRootId?: number;
  /** The group that holds this transaction. */
  ref?: string;
}

/** A whole number for the window frame, which takes no parameter. */
function days(n: number): SqlQuery {
  if (!Number.isInteger(n) || n < 0 || n > 3660)
    throw new Error(`splitting window ${n + 1} is not a number of days`);
  return sql`${sql.raw(String(n))}`;
}

/** The groups of split payments in scope, newest first: each with its payer, payee and payments. */
export async function splitGroups(
  db: Queryable,
  rule: SplittingRule,
  scope: SplittingScope = {},
): Promise<SplitGroup[]> {
  // The window holds the first payment's day and the `windowDays - 1` days after it.
  const window = days(rule.windowDays - 1);
  const filters = [
    ...(scope.year === undefined ? [] : [sql`t.fiscal_year = ${scope.year}`]),
    ...(scope.organizationId === undefined ? [] : [sql`t.organization_id = ${scope.organizationId}`]),
    ...(scope.payeeRootId === undefined ? [] : [sql`t.payee_root_id = ${scope.payeeRootId}`]),
    ...(scope.ref === undefined
      ? []
      : [
          sql`(t.organization_id, t.payee_root_id) = (select x.organization_id, x.payee_root_id from fiscal_transactions x where x.ref = ${scope.ref})`,
        ]),
  ];
  const rows = await db.query<SplitGroup & { payments: SplitPayment[] }>(sql`
    with band as (
      select t.ref, t.organization_id as org, t.payee_root_id as payee, t.paid_on, t.amount_mnt,
        t.paid_on - date '2000-01-01' as day
      from fiscal_transactions t
      where t.kind = 'payment' and t.payee_root_id is not null
        and t.amount_mnt >= ${rule.band * rule.threshold}::numeric and t.amount_mnt <= ${rule.threshold}::numeric
        ${filters.length > 0 ? sql`and ${sql.join(filters, ' and ')}` : sql.empty}
    ), windows as (
      select org, payee, day as start, count(*) over w as n, sum(amount_mnt) over w as total
      from band
      window w as (partition by org, payee order by day range between current row and ${window} following)
    ), qualifying as (
      select distinct org, payee, start, start + ${window} as finish from windows
      where n >= ${rule.minPayments} and total > ${rule.threshold}::numeric
    ), islands as (
      select org, payee, start, finish,
        case when start <= max(finish) over (partition by org, payee order by start
          rows between unbounded preceding and 1 preceding) then 0 else 1 end as opens
      from qualifying
    ), numbered as (
      select org, payee, start, finish, sum(opens) over (partition by org, payee order by start) as g from islands
    ), groups as (
      select org, payee, g, min(start) as start, max(finish) as finish from numbered group by org, payee, g
    ), members as (
      select gr.org, gr.payee, gr.g, b.ref, b.paid_on, b.amount_mnt
      from groups gr join band b on b.org = gr.org and b.payee = gr.payee and b.day between gr.start and gr.finish
    )
    select m.org as "organizationId", o.slug as "payerSlug", o.name_mn as "payerNameMn", o.name_en as "payerNameEn",
      m.payee as "payeeId", coalesce(e.name_mn, e.name_en) as "payeeNameMn", coalesce(e.name_en, e.name_mn) as "payeeNameEn",
      min(m.paid_on) as first, max(m.paid_on) as last, max(m.paid_on) - min(m.paid_on) + 1 as days,
      count(*)::int as count, sum(m.amount_mnt)::text as total,
      jsonb_agg(jsonb_build_object('ref', m.ref, 'paidOn', m.paid_on, 'amountMnt', m.amount_mnt::text)
        order by m.paid_on, m.ref) as payments
    from members m join organizations o on o.id = m.org left join legal_entities e on e.id = m.payee
    group by m.org, o.slug, o.name_mn, o.name_en, m.payee, e.name_mn, e.name_en, m.g
    order by max(m.paid_on) desc, m.org, m.payee`);
  return rows.map((r) => ({ ...r, days: Number(r.days) }));
}

/** How much a threshold would publish one by one, per body: the "what if" view's figures. */
export interface ThresholdFigures {
  organizationId: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  /** Payments above each threshold: count and amount. */
  current: { count: number; amount: string };
  proposed: { count: number; amount: string };
  /** All payments of the body in scope. */
  all: { count: number; amount: string };
}

/**
 * Per body, the payments that each threshold would publish one by one (strictly above it), and all
 * payments, in a year (or all years); bodies with payments only, the most money first.
 */
export async function thresholdFigures(
  db: Queryable,
  thresholds: { current: number; proposed: number },
  year?: number,
): Promise<ThresholdFigures[]> {
  const rows = await db.query<{
    organizationId: number;
    slug: string;
    nameMn: string;
    nameEn: string;
    currentCount: number;
    currentAmount: string;
    proposedCount: number;
    proposedAmount: string;
    allCount: number;
    allAmount: string;
  }>(sql`
    select t.organization_id as "organizationId", o.slug, o.name_mn as "nameMn", o.name_en as "nameEn",
      count(*) filter (where t.amount_mnt > ${thresholds.current}::numeric)::int as "currentCount",
      coalesce(sum(t.amount_mnt) filter (where t.amount_mnt > ${thresholds.current}::numeric), 0)::text as "currentAmount",
      count(*) filter (where t.amount_mnt > ${thresholds.proposed}::numeric)::int as "proposedCount",
      coalesce(sum(t.amount_mnt) filter (where t.amount_mnt > ${thresholds.proposed}::numeric), 0)::text as "proposedAmount",
      count(*)::int as "allCount", sum(t.amount_mnt)::text as "allAmount"
    from fiscal_transactions t join organizations o on o.id = t.organization_id
    where t.kind = 'payment' ${year === undefined ? sql.empty : sql`and t.fiscal_year = ${year}`}
    group by t.organization_id, o.slug, o.name_mn, o.name_en
    order by sum(t.amount_mnt) desc, o.slug`);
  return rows.map((r) => ({
    organizationId: r.organizationId,
    slug: r.slug,
    nameMn: r.nameMn,
    nameEn: r.nameEn,
    current: { count: r.currentCount, amount: r.currentAmount },
    proposed: { count: r.proposedCount, amount: r.proposedAmount },
    all: { count: r.allCount, amount: r.allAmount },
  }));
}
