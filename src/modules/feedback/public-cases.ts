import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * What anyone may see of cases: never the contacts, never the submitter's own text unless a
 * moderator published its redacted version with the submitter's consent, never internal notes.
 * Locations are rounded to two decimals (about a kilometre), so no home can be pinpointed.
 */
export const PUBLIC_CASE_COLUMNS = sql`c.number, c.kind, c.category_code, c.channel, o.slug as organization_slug,
  o.name_mn as organization_mn, o.name_en as organization_en, c.aimag_code, c.status,
  c.status in ('received', 'in-progress', 'awaiting-information') as open,
  c.submitted_at, c.updated_at, c.deadline_at, c.answered_at, c.answered_on_time,
  round(c.lat::numeric, 2)::float8 as lat, round(c.lon::numeric, 2)::float8 as lon,
  c.published_text, c.published_answer, c.published_at, cat.name_mn as category_mn, cat.name_en as category_en`;

interface PublicRow {
  number: string;
  category_code: string;
  organization_mn: string;
  organization_en: string;
  open: boolean;
  submitted_at: Date;
  updated_at: Date;
  deadline_at: Date;
  lat: number | null;
  lon: number | null;
  published_text: string | null;
  published_answer: string | null;
  category_mn: string;
  category_en: string;
}

export interface RequestFilters {
  ids?: readonly string[];
  codes?: readonly string[];
  status?: 'open' | 'closed';
  start?: Date;
  end?: Date;
}

/** Cases as Open311 service requests, newest first, at most 1000 (the spec's default cap). */
export async function publicRequests(ctx: ModuleContext, lang: 'mn' | 'en', filters: RequestFilters) {
  const t = translator(lang);
  const where: SqlQuery[] = [];
  if (filters.ids) where.push(sql`c.number = any(${[...filters.ids]}::text[])`);
  if (filters.codes) where.push(sql`c.category_code = any(${[...filters.codes]}::text[])`);
  if (filters.status === 'open')
    where.push(sql`c.status in ('received', 'in-progress', 'awaiting-information')`);
  if (filters.status === 'closed') where.push(sql`c.status in ('answered', 'closed')`);
  if (filters.start) where.push(sql`c.submitted_at >= ${filters.start}`);
  if (filters.end) where.push(sql`c.submitted_at <= ${filters.end}`);
  const rows = await ctx.db.query<PublicRow>(sql`select ${PUBLIC_CASE_COLUMNS}
    from feedback_cases c join organizations o on o.id = c.organization_id
    join feedback_categories cat on cat.code = c.category_code
    where ${where.length ? sql.join(where, ' and ') : sql`true`} order by c.submitted_at desc, c.id desc limit 1000`);
  return rows.map((r) => ({
    service_request_id: r.number,
    status: r.open ? 'open' : 'closed',
    status_notes: r.published_answer ?? '',
    service_name: t.pick({ mn: r.category_mn, en: r.category_en }),
    service_code: r.category_code,
    description: r.published_text ?? '',
    agency_responsible: t.pick({ mn: r.organization_mn, en: r.organization_en }),
    service_notice: '',
    requested_datetime: new Date(r.submitted_at).toISOString(),
    updated_datetime: new Date(r.updated_at).toISOString(),
    expected_datetime: new Date(r.deadline_at).toISOString(),
    address: '',
    address_id: '',
    zipcode: '',
    ...(r.lat !== null && r.lon !== null ? { lat: r.lat, long: r.lon } : {}),
    media_url: '',
  }));
}
