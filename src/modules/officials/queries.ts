import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import { officialTermRows } from '../../platform/officials.ts';
import { officialsList } from './lists.ts';

/** One term of an official in a post (Popolo's membership), with the person, post and organisation. */
export interface Term {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string | null;
  postMn: string;
  postEn: string | null;
  role: string | null;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  startsOn: string;
  endsOn: string | null;
  declaresAssets: boolean;
  politicallyExposed: boolean;
  source: string | null;
}

const COLUMNS = sql`d.id, d.official as slug, d.name_mn as "nameMn", d.name_en as "nameEn",
  d.post_mn as "postMn", d.post_en as "postEn", d.role, d.organization,
  d.organization_name_mn as "organizationNameMn", d.organization_name_en as "organizationNameEn",
  d.starts_on as "startsOn", d.ends_on as "endsOn", d.declares_assets as "declaresAssets",
  d.politically_exposed as "politicallyExposed", d.source`;

/** One page of terms, filtered and sorted as `officialsList` declares. */
export function listTerms(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Term>> {
  return fetchPage<Term>(db, officialsList, { rows: officialTermRows, select: COLUMNS, filters, ...options });
}

/** An official's terms, latest first. */
export function termsOf(db: Queryable, slug: string): Promise<Term[]> {
  return db.query<Term>(
    sql`select ${COLUMNS} from (${officialTermRows}) d where d.official = ${slug} order by d.starts_on desc, d.id desc`,
  );
}

/** The terms of many officials at once, latest first, for the API's list of people. */
export function termsOfMany(db: Queryable, slugs: readonly string[]): Promise<Term[]> {
  return db.query<Term>(
    sql`select ${COLUMNS} from (${officialTermRows}) d where d.official = any(${[...slugs]}) order by d.starts_on desc, d.id desc`,
  );
}

/** An official by slug (public facts only). */
export async function findOfficial(
  db: Queryable,
  slug: string,
): Promise<{ id: number; slug: string; nameMn: string; nameEn: string | null } | undefined> {
  const [row] = await db.query<{ id: number; slug: string; nameMn: string; nameEn: string | null }>(
    sql`select id, slug, name_mn as "nameMn", name_en as "nameEn" from officials where slug = ${slug}`,
  );
  return row;
}

/** How many people hold a post today, for the home page. */
export async function countCurrentOfficials(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    sql`select count(distinct official_id)::int as count from official_memberships
      where ends_on is null or ends_on >= current_date`,
  );
  return row?.count ?? 0;
}
