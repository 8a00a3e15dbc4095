import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * The glass-account duty body by body: what each reporting body published in a fiscal year, what it
 * published late (a transaction above the threshold published more than `publicationDays` after it
 * was paid, or not published when that time has passed), and what is missing: budget lines that
 * report spending (executed) without the transactions behind them, and lines whose executed total
 * differs from the sum of their transactions. Differences are reported as they are, never forced.
 */
export interface Duty {
  threshold: number;
  publicationDays: number;
}

export interface PublishedFigures {
  /** Transactions published (payments and refunds), and their sum in tögrög. */
  published: number;
  amount: string;
  /** Transactions above the threshold, each of which had to be published on its own. */
  due: number;
  late: number;
}

export interface BodyCompliance extends PublishedFigures {
  organizationId: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  /** Expenditure lines with an executed amount and no transaction, and their executed total. */
  missingLines: number;
  missingAmount: string;
  /** Lines with transactions whose executed total differs from their sum. */
  differingLines: number;
}

/** `published_on` is late, or there is none and the time to publish has passed. */
const late = (days: number) => sql`(t.published_on - t.paid_on > ${days}
  or (t.published_on is null and current_date - t.paid_on > ${days}))`;

const figures = (duty: Duty) => sql`
  count(*) filter (where t.published_on is not null)::int as published,
  coalesce(sum(t.amount_mnt) filter (where t.published_on is not null), 0)::text as amount,
  count(*) filter (where t.amount_mnt > ${duty.threshold}::numeric)::int as due,
  count(*) filter (where t.amount_mnt > ${duty.threshold}::numeric and ${late(duty.publicationDays)})::int as late`;

/** Each expenditure line of the year with its executed amount, and the count and sum of its transactions. */
const LINES = (year: number, organizationId?: number) => sql`
  select l.ref, l.organization_id, l.name_mn, coalesce(l.name_en, l.name_mn) as name_en, l.executed,
    s.n, s.total
  from fiscal_budget_lines l
  cross join lateral (select count(*)::int as n, coalesce(sum(t.amount_mnt), 0) as total
    from fiscal_transactions t where t.budget_line_ref = l.ref) s
  where l.fiscal_year = ${year} and l.direction = 'expenditure'
    ${organizationId === undefined ? sql.empty : sql`and l.organization_id = ${organizationId}`}`;

/** Every body that published a transaction or has a budget line in the year, with its figures. */
export async function complianceByBody(db: Queryable, duty: Duty, year: number): Promise<BodyCompliance[]> {
  return db.query<BodyCompliance>(sql`
    with tx as (
      select t.organization_id, ${figures(duty)}
      from fiscal_transactions t where t.fiscal_year = ${year} group by t.organization_id
    ), lines as (
      select organization_id,
        count(*) filter (where n = 0 and executed > 0)::int as "missingLines",
        coalesce(sum(executed) filter (where n = 0 and executed > 0), 0)::text as "missingAmount",
        count(*) filter (where n > 0 and executed is not null and executed <> total)::int as "differingLines"
      from (${LINES(year)}) x group by organization_id
    )
    select o.id as "organizationId", o.slug, o.name_mn as "nameMn", o.name_en as "nameEn",
      coalesce(tx.published, 0) as published, coalesce(tx.amount, '0') as amount,
      coalesce(tx.due, 0) as due, coalesce(tx.late, 0) as late,
      coalesce(lines."missingLines", 0) as "missingLines", coalesce(lines."missingAmount", '0') as "missingAmount",
      coalesce(lines."differingLines", 0) as "differingLines"
    from organizations o
    left join tx on tx.organization_id = o.id
    left join lines on lines.organization_id = o.id
    where tx.organization_id is not null or lines.organization_id is not null
    order by coalesce(tx.late, 0) + coalesce(lines."missingLines", 0) desc, o.slug`);
}

export interface MonthCompliance extends PublishedFigures {
  month: number;
}

/** One body's figures month by month (of the date paid). */
export async function complianceByMonth(
  db: Queryable,
  duty: Duty,
  organizationId: number,
  year: number,
): Promise<MonthCompliance[]> {
  return db.query<MonthCompliance>(sql`
    select extract(month from t.paid_on)::int as month, ${figures(duty)}
    from fiscal_transactions t where t.organization_id = ${organizationId} and t.fiscal_year = ${year}
    group by 1 order by 1`);
}

export interface LineCheck {
  ref: string;
  nameMn: string;
  nameEn: string;
  executed: string | null;
  transactions: number;
  total: string;
  /** Executed less the transactions' sum. */
  difference: string;
}

/** One body's lines whose executed total has no transaction behind it, or differs from their sum. */
export async function linesToCheck(
  db: Queryable,
  organizationId: number,
  year: number,
): Promise<LineCheck[]> {
  return db.query<LineCheck>(sql`
    select ref, name_mn as "nameMn", name_en as "nameEn", executed::text as executed, n as transactions,
      total::text as total, (coalesce(executed, 0) - total)::text as difference
    from (${LINES(year, organizationId)}) x
    where (n = 0 and executed > 0) or (n > 0 and executed is not null and executed <> total)
    order by abs(coalesce(executed, 0) - total) desc, ref`);
}

/** The years with transactions or budget lines, newest first. */
export async function complianceYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ y: number }>(sql`
    select distinct fiscal_year as y from fiscal_budget_lines
    union select y from (
      with recursive y as (
        select max(fiscal_year) as y from fiscal_transactions
        union all select (select max(fiscal_year) from fiscal_transactions where fiscal_year < y.y) from y where y.y is not null)
      select y from y where y is not null) r
    order by 1 desc`);
  return rows.map((r) => r.y);
}
