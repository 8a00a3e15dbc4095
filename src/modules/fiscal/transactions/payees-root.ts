import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * After a person merged legal entities or undid a merge (the module's `onEntitiesMerged`): the
 * transactions paid to an entity whose root changed take the new root, so the search, the
 * splitting flag and the entity's page count them with their new family at once.
 */
export async function refreshPayeeRoots(tx: Queryable, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.query(sql`
    update fiscal_transactions t set payee_root_id = coalesce(e.merged_into, e.id)
    from legal_entities e
    where e.id = t.payee_entity_id and t.payee_entity_id = any(${[...ids]}::bigint[])
      and t.payee_root_id is distinct from coalesce(e.merged_into, e.id)
    returning 1`);
  return rows.length;
}
