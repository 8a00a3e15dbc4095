import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { matchKey } from './names.ts';
import type { ClaimSource, EntityKind, EntityStatus } from './register.ts';

/**
 * The facts of an entity a person or the register itself states, field by field (the columns of
 * `legal_entities`). Unlike a module's claim (`resolveEntities`), these are the entity's facts:
 * they overwrite what a module spelt.
 */
export interface EntityFacts {
  scheme: string;
  identifier: string;
  name_mn: string | null;
  name_en: string | null;
  common_name_mn: string | null;
  common_name_en: string | null;
  kind: EntityKind;
  status: EntityStatus;
  admin_unit_code: string | null;
  registered_on: string | null;
  organization_id: number | null;
}

export const FACT_FIELDS = [
  'scheme',
  'identifier',
  'name_mn',
  'name_en',
  'common_name_mn',
  'common_name_en',
  'kind',
  'status',
  'admin_unit_code',
  'registered_on',
  'organization_id',
] as const satisfies readonly (keyof EntityFacts)[];

/**
 * The fields whose stated value differs from the stored one: for a new entity, every field stated
 * with a value; a field not stated (undefined) is left as it is.
 */
export function changedFacts(
  before: Partial<EntityFacts> | undefined,
  after: Partial<EntityFacts>,
): (keyof EntityFacts)[] {
  return FACT_FIELDS.filter((f) =>
    after[f] === undefined
      ? false
      : before === undefined
        ? after[f] !== null
        : (before[f] ?? null) !== (after[f] ?? null),
  );
}

/** The stored facts of entities, by id, as `EntityFacts` (dates as `YYYY-MM-DD`, ids as numbers). */
export async function readFacts(db: Queryable, ids: readonly number[]): Promise<Map<number, EntityFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<EntityFacts & { id: number }>(sql`
    select id, scheme, identifier, name_mn, name_en, common_name_mn, common_name_en, kind, status,
      admin_unit_code, registered_on, organization_id
    from legal_entities where id = any(${[...ids]}::bigint[])`);
  return new Map(
    rows.map(({ id, ...f }) => [
      Number(id),
      { ...f, organization_id: f.organization_id === null ? null : Number(f.organization_id) },
    ]),
  );
}

/**
 * Records who stated the changed facts of entities: the source now says the field's value, and the
 * sources that said the value it replaced no longer speak for it (a fact's sources are those of
 * its current value). In the caller's transaction.
 */
export async function recordSources(
  tx: Queryable,
  changes: readonly { entityId: number; fields: readonly string[] }[],
  from: ClaimSource,
): Promise<void> {
  const rows = changes.flatMap((c) => c.fields.map((field) => ({ entity_id: c.entityId, field })));
  if (rows.length === 0) return;
  const json = JSON.stringify(rows);
  await tx.query(sql`
    delete from legal_entity_sources s
    using jsonb_to_recordset(${json}::jsonb) as x(entity_id bigint, field text)
    where s.entity_id = x.entity_id and s.field = x.field and s.source <> ${from.source}`);
  await tx.query(sql`
    insert into legal_entity_sources (entity_id, field, source, reference)
    select entity_id, field, ${from.source}, ${from.reference ?? null}
    from jsonb_to_recordset(${json}::jsonb) as x(entity_id bigint, field text)
    on conflict (entity_id, field, source) do update
      set reference = excluded.reference, recorded_at = now()`);
}

/**
 * Adds the entities' names (as registered and as commonly written) to the names they are known by,
 * with their match keys; names known before are kept, for matching what sources wrote earlier.
 */
export async function addNames(
  tx: Queryable,
  entities: readonly { entityId: number; names: readonly (string | null)[] }[],
  pack: CountryPack['legalEntities'],
): Promise<void> {
  const rows = entities.flatMap((e) =>
    [...new Set(e.names.filter((n): n is string => !!n))].map((name) => ({
      entity_id: e.entityId,
      name,
      match_key: matchKey(name, pack) || name.toLowerCase(),
    })),
  );
  if (rows.length === 0) return;
  await tx.query(sql`
    insert into legal_entity_names (entity_id, name, match_key)
    select entity_id, name, match_key from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(entity_id bigint, name text, match_key text)
    on conflict do nothing`);
}

/** A register extract's entity: its facts, kind and status left empty (null) where the extract does not say. */
export type RegisterEntry = Omit<EntityFacts, 'kind' | 'status'> & {
  kind: EntityKind | null;
  status: EntityStatus | null;
};

/**
 * Writes a register extract's entities, keyed by scheme and identifier: each new one added, each
 * known one given the register's facts (its names overwrite a module's spelling; a fact the
 * extract leaves empty keeps what is stored), the changed facts sourced to `from`, every name kept
 * for matching. The caller checked the facts (identifiers, kinds, units, links taken by no other
 * entity). Returns the ids written and which were added or changed. In the caller's transaction.
 */
export async function recordRegisterEntries(
  tx: Queryable,
  entries: readonly RegisterEntry[],
  from: ClaimSource,
  pack: CountryPack['legalEntities'],
): Promise<{ added: number[]; changed: number[]; unchanged: number[] }> {
  const result = { added: [] as number[], changed: [] as number[], unchanged: [] as number[] };
  if (entries.length === 0) return result;
  const json = JSON.stringify(entries);
  const known = await tx.query<{ id: number; scheme: string; identifier: string }>(sql`
    select e.id, e.scheme, e.identifier from legal_entities e
    join jsonb_to_recordset(${json}::jsonb) as x(scheme text, identifier text)
      on e.scheme = x.scheme and e.identifier = x.identifier
    for update of e`);
  const before = await readFacts(
    tx,
    known.map((k) => Number(k.id)),
  );
  const idOf = new Map(known.map((k) => [`${k.scheme}:${k.identifier}`, Number(k.id)]));
  const written = await tx.query<{ id: number; scheme: string; identifier: string }>(sql`
    insert into legal_entities (scheme, identifier, name_mn, name_en, common_name_mn, common_name_en,
      kind, status, admin_unit_code, registered_on, organization_id)
    select x.scheme, x.identifier, x.name_mn, x.name_en, x.common_name_mn, x.common_name_en,
      coalesce(x.kind, e.kind, 'company'), coalesce(x.status, e.status, 'unknown'), x.admin_unit_code,
      x.registered_on, x.organization_id
    from jsonb_to_recordset(${json}::jsonb) as x(scheme text, identifier text, name_mn text, name_en text,
      common_name_mn text, common_name_en text, kind text, status text, admin_unit_code text,
      registered_on date, organization_id bigint)
    left join legal_entities e on e.scheme = x.scheme and e.identifier = x.identifier
    on conflict (scheme, identifier) do update set
      name_mn = coalesce(excluded.name_mn, legal_entities.name_mn),
      name_en = coalesce(excluded.name_en, legal_entities.name_en),
      common_name_mn = coalesce(excluded.common_name_mn, legal_entities.common_name_mn),
      common_name_en = coalesce(excluded.common_name_en, legal_entities.common_name_en),
      kind = excluded.kind,
      status = excluded.status,
      admin_unit_code = coalesce(excluded.admin_unit_code, legal_entities.admin_unit_code),
      registered_on = coalesce(excluded.registered_on, legal_entities.registered_on),
      organization_id = coalesce(excluded.organization_id, legal_entities.organization_id),
      updated_at = case when (legal_entities.name_mn, legal_entities.name_en, legal_entities.common_name_mn,
          legal_entities.common_name_en, legal_entities.kind, legal_entities.status,
          legal_entities.admin_unit_code, legal_entities.registered_on, legal_entities.organization_id)
        is distinct from (coalesce(excluded.name_mn, legal_entities.name_mn), coalesce(excluded.name_en, legal_entities.name_en),
          coalesce(excluded.common_name_mn, legal_entities.common_name_mn),
          coalesce(excluded.common_name_en, legal_entities.common_name_en), excluded.kind, excluded.status,
          coalesce(excluded.admin_unit_code, legal_entities.admin_unit_code),
          coalesce(excluded.registered_on, legal_entities.registered_on),
          coalesce(excluded.organization_id, legal_entities.organization_id))
        then now() else legal_entities.updated_at end
    returning id, scheme, identifier`);
  const ids = new Map(written.map((w) => [`${w.scheme}:${w.identifier}`, Number(w.id)]));
  const sourced: { entityId: number; fields: (keyof EntityFacts)[] }[] = [];
  for (const entry of entries) {
    const id = ids.get(`${entry.scheme}:${entry.identifier}`)!;
    const stated = Object.fromEntries(FACT_FIELDS.map((f) => [f, entry[f] ?? undefined]));
    const fields = changedFacts(before.get(id), stated);
    if (!idOf.has(`${entry.scheme}:${entry.identifier}`)) result.added.push(id);
    else if (fields.length > 0) result.changed.push(id);
    else result.unchanged.push(id);
    sourced.push({ entityId: id, fields });
  }
  await recordSources(tx, sourced, from);
  await addNames(
    tx,
    entries.map((e) => ({
      entityId: ids.get(`${e.scheme}:${e.identifier}`)!,
      names: [e.name_mn, e.name_en, e.common_name_mn, e.common_name_en],
    })),
    pack,
  );
  return result;
}
