import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import { projectsList } from './lists.ts';

/** A record of Projects and foreign loans with the organisation it belongs to. */
export interface Project {
  id: number;
  organizationId: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Every record with what the list filters and sorts on: the rows `d` of the list and the dataset. */
export const projectsRows = sql`
  select r.id, r.organization_id, r.slug, r.title_mn, r.title_en, o.slug as organization,
    o.name_mn as organization_name_mn, o.name_en as organization_name_en, r.created_at, r.updated_at
  from projects r join organizations o on o.id = r.organization_id`;

const COLUMNS = sql`d.id, d.organization_id as "organizationId", d.slug, d.title_mn as "titleMn", d.title_en as "titleEn", d.organization,
  d.organization_name_mn as "organizationNameMn", d.organization_name_en as "organizationNameEn",
  d.created_at as "createdAt", d.updated_at as "updatedAt"`;

/** One page of the list, filtered and sorted as `projectsList` declares. */
export function listProjects(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Project>> {
  return fetchPage<Project>(db, projectsList, {
    rows: projectsRows,
    select: COLUMNS,
    filters,
    ...options,
  });
}

/** One record by its slug. */
export async function findProject(db: Queryable, slug: string): Promise<Project | undefined> {
  const [found] = await db.query<Project>(
    sql`select ${COLUMNS} from (${projectsRows}) d where d.slug = ${slug}`,
  );
  return found;
}

/** How many records there are, for the home page. */
export async function countProjects(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(sql`select count(*)::int as count from projects`);
  return row?.count ?? 0;
}
