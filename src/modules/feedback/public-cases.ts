import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * What anyone may learn of one case through Open311 is what the public pages and the performance
 * report already tell: only cases a moderator published (with the submitter's consent), by their
 * redacted text and answer, their category, organisation and status (the published page), their
 * aimag and the month they came in (the report's rows, and the tracking number's YYMM). Never the
 * contacts, an unpublished case, a point on the map, or the day, hour or second of any step.
 */
const monthStartIn = (timeZone: string) =>
  sql`(date_trunc('month', c.submitted_at at time zone ${timeZone}) at time zone ${timeZone})`;

const publicCaseColumns = (timeZone: string) => sql`c.number, c.category_code, o.name_mn as organization_mn,
  o.name_en as organization_en, c.status in ('received', 'in-progress', 'awaiting-information') as open,
  ${monthStartIn(timeZone)} as month_start, to_char(c.submitted_at at time zone ${timeZone}, 'YYYY-MM') as month,
  u.name_mn as aimag_mn, u.name_en as aimag_en,
  c.published_text, c.published_answer, cat.name_mn as category_mn, cat.name_en as category_en`;

interface PublicRow {
  number: string;
  category_code: string;
  organization_mn: string;
  organization_en: string;
  open: boolean;
  month_start: Date;
  month: string;
  aimag_mn: string | null;
  aimag_en: string | null;
  published_text: string;
  published_answer: string | null;
  category_mn: string;
  category_en: string;
}

export interface RequestFilters {
  ids?: readonly string[];
  codes?: readonly string[];
  status?: 'open' | 'closed';
  /** Cases whose month reaches past this instant… */
  start?: Date;
  /** …and begins by this one: a date filter finds a month, never a finer time. */
  end?: Date;
}

/** The first instant of a month in the country's time zone, in W3C format with its offset: `2026-03-01T00:00:00+08:00`. */
function monthStart(month: string, instant: Date): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const offsetMinutes = Math.round((Date.UTC(year, mon - 1, 1) - instant.getTime()) / 60_000);
  const abs = Math.abs(offsetMinutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${month}-01T00:00:00${offsetMinutes < 0 ? '-' : '+'}${hhmm}`;
}

/** Published cases as Open311 service requests, newest first, at most 1000 (the spec's default cap). */
export async function publicRequests(ctx: ModuleContext, lang: 'mn' | 'en', filters: RequestFilters) {
  const t = translator(lang);
  const { timeZone } = ctx.country;
  const where: SqlQuery[] = [sql`c.published_at is not null`];
  if (filters.ids) where.push(sql`c.number = any(${[...filters.ids]}::text[])`);
  if (filters.codes) where.push(sql`c.category_code = any(${[...filters.codes]}::text[])`);
  if (filters.status === 'open')
    where.push(sql`c.status in ('received', 'in-progress', 'awaiting-information')`);
  if (filters.status === 'closed') where.push(sql`c.status in ('answered', 'closed')`);
  if (filters.start)
    where.push(
      sql`(date_trunc('month', c.submitted_at at time zone ${timeZone}) + interval '1 month') at time zone ${timeZone} > ${filters.start}`,
    );
  if (filters.end) where.push(sql`${monthStartIn(timeZone)} <= ${filters.end}`);
  const rows = await ctx.db.query<PublicRow>(sql`select ${publicCaseColumns(timeZone)}
    from feedback_cases c join organizations o on o.id = c.organization_id
    join feedback_categories cat on cat.code = c.category_code left join admin_units u on u.code = c.aimag_code
    where ${sql.join(where, ' and ')} order by month desc, c.id desc limit 1000`);
  return rows.map((r) => ({
    service_request_id: r.number,
    status: r.open ? 'open' : 'closed',
    status_notes: r.published_answer ?? '',
    service_name: t.pick({ mn: r.category_mn, en: r.category_en }),
    service_code: r.category_code,
    description: r.published_text,
    agency_responsible: t.pick({ mn: r.organization_mn, en: r.organization_en }),
    service_notice: '',
    requested_datetime: monthStart(r.month, new Date(r.month_start)),
    updated_datetime: '',
    expected_datetime: '',
    address: r.aimag_mn && r.aimag_en ? t.pick({ mn: r.aimag_mn, en: r.aimag_en }) : '',
    address_id: '',
    zipcode: '',
    media_url: '',
  }));
}
