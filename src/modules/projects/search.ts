import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';

/** Projects in the site search: title and description in both languages, with their aimag and body. */

interface Row {
  id: number;
  slug: string;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  organizationId: number;
  aimag: string | null;
  year: number | null;
  updatedAt: Date;
}

const SELECT = sql`
  select p.id, p.slug, p.title_mn as "titleMn", p.title_en as "titleEn", p.description_mn as "descriptionMn",
    p.description_en as "descriptionEn", p.organization_id as "organizationId",
    coalesce(u.parent_code, u.code) as aimag, extract(year from p.planned_start)::int as year,
    p.updated_at as "updatedAt"
  from projects p left join admin_units u on u.code = p.admin_unit_code`;

function projectDocument(p: Row): SearchDocument {
  return {
    kind: 'project',
    key: p.slug,
    title: { mn: p.titleMn, en: p.titleEn },
    body: { mn: p.descriptionMn, en: p.descriptionEn },
    url: `/projects/${p.slug}`,
    organizationId: p.organizationId,
    aimag: p.aimag,
    year: p.year,
    updatedAt: p.updatedAt,
  };
}

const projects = moduleDocuments<Row>('projects', {
  select: SELECT,
  id: sql`p.id`,
  document: projectDocument,
});

/** The projects' search source (the module joins it with its other parts' in module.ts). */
export const projectsSearch = projects.source('projects.search.label', { project: 'projects.search.kind' });

/** Rewrites the search documents of these projects, in the transaction that wrote them. */
export async function indexProjects(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await projects.index(tx, sql`p.id = any(${ids.map(Number)}::bigint[])`);
}

export const searchMessages = defineMessages({
  'projects.search.label': { mn: 'Төслүүд', en: 'Projects' },
  'projects.search.kind': { mn: 'Төсөл', en: 'Project' },
});
