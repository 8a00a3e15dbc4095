import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import { removeDocuments } from '../../platform/search/index-documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';

/** Published plans and their commitments in the site search; drafts never are. */

interface CommitmentRow {
  id: number;
  number: string | null;
  titleMn: string | null;
  titleEn: string | null;
  planMn: string | null;
  planEn: string | null;
  milestones: string | null;
  organizations: string | null;
  leadId: number | null;
  year: number | null;
  updatedAt: Date;
}

const label = (number: string | null, title: string | null) =>
  title ? (number ? `${number} ${title}` : title) : null;

function commitmentDocument(r: CommitmentRow): SearchDocument {
  const mn = label(r.number, r.titleMn);
  const en = label(r.number, r.titleEn);
  return {
    kind: 'commitment',
    key: String(r.id),
    title: { mn: mn ?? en ?? '', en: en ?? mn ?? '' },
    body: {
      mn: [r.planMn, r.organizations, r.milestones].filter(Boolean).join('. '),
      en: [r.planEn, r.organizations, r.milestones].filter(Boolean).join('. '),
    },
    url: `/plans/commitments/${r.id}`,
    organizationId: r.leadId,
    year: r.year,
    updatedAt: r.updatedAt,
  };
}

const SELECT = sql`select c.id, c.number, c.title_mn as "titleMn", c.title_en as "titleEn",
    p.title_mn as "planMn", p.title_en as "planEn",
    (select string_agg(concat_ws(' ', m.number, m.title_mn, m.title_en), '. ' order by m.position)
      from plan_milestones m where m.commitment_id = c.id) as milestones,
    (select string_agg(distinct coalesce(o.name_mn || ' ' || o.name_en, l.name_as_written), '. ')
      from plan_item_organizations l left join organizations o on o.id = l.organization_id
      where l.commitment_id = c.id) as organizations,
    (select l.organization_id from plan_item_organizations l where l.commitment_id = c.id and l.organization_id is not null
      order by (l.role = 'lead') desc, l.milestone_id nulls first, l.position limit 1) as "leadId",
    extract(year from coalesce(c.end_date, p.period_start))::int as year, c.updated_at as "updatedAt"
  from plan_commitments c join plans p on p.id = c.plan_id`;

const commitments = moduleDocuments('plans', {
  select: SELECT,
  id: sql`c.id`,
  searchable: sql`p.status = 'published'`,
  pageSize: 500,
  document: commitmentDocument,
});

export const plansSearch = commitments.source('plans.search.label', {
  commitment: 'plans.search.commitment',
});

/** Rewrites the search documents of these commitments (all of a plan without ids), in the caller's transaction. */
export async function indexCommitments(
  tx: Queryable,
  planId: number,
  ids?: readonly number[],
): Promise<void> {
  const where = ids
    ? sql`c.plan_id = ${planId} and c.id = any(${[...ids]}::bigint[])`
    : sql`c.plan_id = ${planId}`;
  await commitments.index(tx, where);
}

export async function unindexCommitments(tx: Queryable, ids: readonly number[]): Promise<void> {
  await removeDocuments(tx, 'plans', 'commitment', ids.map(String));
}
