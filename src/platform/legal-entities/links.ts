import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';

/** The legal entity a public body is (a state-owned enterprise), as its root after any merge. */
export interface LinkedEntity {
  id: number;
  nameMn: string | null;
  nameEn: string | null;
}

/**
 * The entity linked to a public body, or null: for the organisation's page, which reaches the
 * register through the platform, never through the module that publishes it.
 */
export async function entityOfOrganization(
  db: Queryable,
  organizationId: number,
): Promise<LinkedEntity | null> {
  const [row] = await db.query<LinkedEntity>(sql`
    select r.id, r.name_mn as "nameMn", r.name_en as "nameEn"
    from legal_entities e join legal_entities r on r.id = coalesce(e.merged_into, e.id)
    where e.organization_id = ${organizationId}`);
  return row ? { ...row, id: Number(row.id) } : null;
}
