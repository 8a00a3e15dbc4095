import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** A project's link to a procurement process, with the loan that finances it. */
export interface ContractLink {
  id: number;
  projectId: number;
  projectSlug: string;
  ocid: string;
  loanSlug: string | null;
  loanTitleMn: string | null;
  loanTitleEn: string | null;
  generalConditionsMn: string | null;
  generalConditionsEn: string | null;
  createdAt: string;
}

const LINKS = sql`
  select c.id::int as id, c.project_id::int as "projectId", p.slug as "projectSlug", c.ocid,
    l.slug as "loanSlug", l.title_mn as "loanTitleMn", l.title_en as "loanTitleEn",
    c.general_conditions_mn as "generalConditionsMn", c.general_conditions_en as "generalConditionsEn",
    c.created_at as "createdAt"
  from project_contracts c join projects p on p.id = c.project_id left join project_loans l on l.id = c.loan_id`;

/** A project's links, in the order they were recorded. */
export async function contractLinks(db: Queryable, projectId: number): Promise<ContractLink[]> {
  return db.query<ContractLink>(sql`${LINKS} where c.project_id = ${projectId} order by c.id`);
}

export async function findContractLink(db: Queryable, id: number): Promise<ContractLink | undefined> {
  const [row] = await db.query<ContractLink>(sql`${LINKS} where c.id = ${id}`);
  return row;
}

/** The loans of a project (those a link may name as financing it). */
export async function projectLoans(
  db: Queryable,
  projectId: number,
): Promise<{ id: number; slug: string; titleMn: string; titleEn: string }[]> {
  return db.query(sql`select id::int as id, slug, title_mn as "titleMn", title_en as "titleEn"
    from project_loans where project_id = ${projectId} order by agreement_on, slug`);
}
