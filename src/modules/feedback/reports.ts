import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';

/** The figures of the public scorecard, for any grouping of cases. */
export const FIGURES = sql`count(*)::int as received,
  count(c.answered_at)::int as answered,
  (count(*) filter (where c.answered_on_time))::int as answered_on_time,
  round((percentile_cont(0.5) within group (order by extract(epoch from c.answered_at - c.submitted_at) / 86400))::numeric, 1)::float8 as median_days_to_answer,
  (count(*) filter (where c.status in ('received', 'in-progress', 'awaiting-information') and c.deadline_at <= now()))::int as overdue_now,
  round(avg(c.rating)::numeric, 2)::float8 as satisfaction,
  count(c.rating)::int as ratings`;

/** The month a case came in, in the country's time zone (`ctx.country.timeZone`, or SQL's `country_time_zone()`). */
export const monthIn = (timeZone: string | SqlQuery): SqlQuery =>
  sql`to_char(c.submitted_at at time zone ${timeZone}, 'YYYY-MM')`;

/** Where the figures are read, and the country whose time zone tells the month of a case. */
export type ReportSource = Pick<ModuleContext, 'db' | 'country'>;

export interface Figures {
  received: number;
  answered: number;
  answered_on_time: number;
  median_days_to_answer: number | null;
  overdue_now: number;
  satisfaction: number | null;
  ratings: number;
}

export type Grouping = 'organization' | 'category' | 'aimag' | 'month';

export interface ReportFilters {
  /** `YYYY`: cases that came in that year. */
  year?: string;
  organization?: string;
  category?: string;
  aimag?: string;
}

function conditions(filters: ReportFilters, month: SqlQuery): SqlQuery {
  const where: SqlQuery[] = [sql`true`];
  if (filters.year) where.push(sql`${month} like ${`${filters.year}-%`}`);
  if (filters.organization) where.push(sql`o.slug = ${filters.organization}`);
  if (filters.category) where.push(sql`c.category_code = ${filters.category}`);
  if (filters.aimag) where.push(sql`c.aimag_code = ${filters.aimag}`);
  return sql.join(where, ' and ');
}

const FROM = sql`from feedback_cases c join organizations o on o.id = c.organization_id
  join feedback_categories cat on cat.code = c.category_code left join admin_units u on u.code = c.aimag_code`;

export interface GroupRow extends Figures {
  key: string;
  nameMn: string;
  nameEn: string;
}

/** Figures per organisation, category, aimag (null: national cases) or month. */
export async function reportBy(
  { db, country }: ReportSource,
  grouping: Grouping,
  filters: ReportFilters,
): Promise<GroupRow[]> {
  const month = monthIn(country.timeZone);
  const key = {
    organization: sql`o.slug`,
    category: sql`c.category_code`,
    aimag: sql`coalesce(c.aimag_code, '')`,
    month,
  }[grouping];
  const names = {
    organization: sql`min(o.name_mn) as "nameMn", min(o.name_en) as "nameEn"`,
    category: sql`min(cat.name_mn) as "nameMn", min(cat.name_en) as "nameEn"`,
    aimag: sql`coalesce(min(u.name_mn), '') as "nameMn", coalesce(min(u.name_en), '') as "nameEn"`,
    month: sql`'' as "nameMn", '' as "nameEn"`,
  }[grouping];
  return db.query<GroupRow>(sql`select ${key} as key, ${names}, ${FIGURES} ${FROM}
    where ${conditions(filters, month)} group by 1 order by 1`);
}

export async function reportTotals({ db, country }: ReportSource, filters: ReportFilters): Promise<Figures> {
  const where = conditions(filters, monthIn(country.timeZone));
  const [row] = await db.query<Figures>(sql`select ${FIGURES} ${FROM} where ${where}`);
  return row!;
}

/** The share answered on time of those received, as a whole percentage (null with nothing received). */
export const onTimeRate = (f: Figures): number | null =>
  f.received === 0 ? null : Math.round((100 * f.answered_on_time) / f.received);
