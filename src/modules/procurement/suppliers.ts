import type { CountryPack } from '../../country/index.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { claimKey, matchKey, UNIDENTIFIED } from '../../platform/legal-entities/index.ts';

/**
 * Suppliers are legal entities of the platform's register (`legal_entities`): the processes',
 * contracts' and known spending's `supplier_id` refer to one. A person's decisions (this entity is
 * that one) live in `legal_entities.merged_into`, so a supplier's wins are counted under the root
 * entity, `coalesce(merged_into, id)`, and its rows may refer to any entity of its family.
 */

/** The ids of the family of the entity `id` belongs to (its root and everything merged into that). */
export const familyOf = (id: number) => sql`(select f.id from legal_entities f
  where coalesce(f.merged_into, f.id) = (select coalesce(e.merged_into, e.id) from legal_entities e where e.id = ${id}))`;

/**
 * Finishes migration 005: the names of the entities made from the old supplier table got an
 * approximate match key in SQL; this gives them the real one (`matchKey`, from the country pack),
 * gives each unidentified entity the key of its name as identifier (joining the entity that
 * already has it, whose rows then take procurement's), marks entities of foreign schemes as
 * foreign companies, and empties the list. Idempotent; nothing to do once done (procurement's seed).
 */
export async function keyMigratedSuppliers(db: Database, country: CountryPack): Promise<number> {
  const pack = country.legalEntities;
  return db.transaction(async (tx) => {
    const listed = await tx.query<{ id: number }>(sql`
      select entity_id as id from procurement_entities_to_key order by entity_id for update`);
    if (listed.length === 0) return 0;
    const ids = listed.map((r) => Number(r.id));
    const names = await tx.query<{ entityId: number; name: string }>(sql`
      select entity_id as "entityId", name from legal_entity_names where entity_id = any(${ids}::bigint[])`);
    const keyed = names.map((n) => ({
      entity_id: n.entityId,
      name: n.name,
      match_key: matchKey(n.name, pack),
    }));
    await tx.query(sql`
      update legal_entity_names n set match_key = x.match_key
      from jsonb_to_recordset(${JSON.stringify(keyed)}::jsonb) as x(entity_id bigint, name text, match_key text)
      where n.entity_id = x.entity_id and n.name = x.name and n.match_key <> x.match_key`);
    await tx.query(sql`
      update legal_entities set kind = 'foreign-company'
      where id = any(${ids}::bigint[]) and kind = 'company' and scheme <> ${UNIDENTIFIED} and scheme <> ${pack.nationalScheme}
        -- A kind someone stated (the register's import, a person) stays.
        and not exists (select 1 from legal_entity_sources s where s.entity_id = legal_entities.id and s.field = 'kind')`);
    const unidentified = await tx.query<{ id: number; identifier: string; name: string }>(sql`
      select id, identifier, coalesce(name_mn, name_en) as name from legal_entities
      where id = any(${ids}::bigint[]) and scheme = ${UNIDENTIFIED} order by id`);
    for (const e of unidentified) {
      const key = claimKey({ scheme: null, identifier: null, name: e.name }, pack).identifier;
      if (key !== e.identifier) await rekey(tx, Number(e.id), key);
    }
    await tx.query(sql`delete from procurement_entities_to_key where entity_id = any(${ids}::bigint[])`);
    return ids.length;
  });
}

/** Gives an unidentified entity its real key, or folds it into the entity that already has that key. */
async function rekey(tx: Queryable, id: number, key: string): Promise<void> {
  const [other] = await tx.query<{ id: number }>(sql`
    select id from legal_entities where scheme = ${UNIDENTIFIED} and identifier = ${key}`);
  if (!other) {
    await tx.query(sql`update legal_entities set identifier = ${key}, updated_at = now() where id = ${id}`);
    return;
  }
  const into = Number(other.id);
  await tx.query(sql`update procurement_processes set supplier_id = ${into} where supplier_id = ${id}`);
  await tx.query(sql`update procurement_contracts set supplier_id = ${into} where supplier_id = ${id}`);
  await tx.query(sql`update procurement_known_spending set supplier_id = ${into} where supplier_id = ${id}`);
  await tx.query(sql`insert into legal_entity_names (entity_id, name, match_key)
    select ${into}, name, match_key from legal_entity_names where entity_id = ${id} on conflict do nothing`);
  await tx.query(sql`insert into legal_entity_sources (entity_id, field, source, reference, recorded_at)
    select ${into}, field, source, reference, recorded_at from legal_entity_sources where entity_id = ${id}
    on conflict do nothing`);
  await tx.query(sql`delete from legal_entities where id = ${id}`);
}
