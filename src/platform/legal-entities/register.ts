import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { UNIDENTIFIED } from './identifiers.ts';
import { matchKey } from './names.ts';
import { indexEntities } from './search.ts';

export const ENTITY_KINDS = [
  'company',
  'state-owned-enterprise',
  'state-shareholding-company',
  'cooperative',
  'ngo',
  'foundation',
  'foreign-company',
  'international-organisation',
  'government-body',
  'other',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_STATUSES = ['active', 'suspended', 'in-liquidation', 'dissolved', 'unknown'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/**
 * What a source document says of a party: its identifier where it gives one (already checked by
 * the caller), else only its name. A module's import hands these over in bulk and gets the ids back.
 */
export interface EntityClaim {
  /** With `identifier`; both null for a party that came with a name only. */
  scheme: string | null;
  identifier: string | null;
  name: string;
  registeredOn?: string | null;
  kind?: EntityKind;
}

/** Where claims came from: the module (or `import:<name>`, `user:<id>`) and its document. */
export interface ClaimSource {
  source: string;
  reference?: string | null;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The key a claim is stored under: scheme and identifier, or `unidentified` and the name's match key. */
export function claimKey(
  claim: EntityClaim,
  pack: CountryPack['legalEntities'],
): { scheme: string; identifier: string } {
  if (claim.scheme !== null && claim.identifier !== null)
    return { scheme: claim.scheme, identifier: claim.identifier.trim() };
  const key = matchKey(claim.name, pack) || claim.name.trim().toLowerCase();
  return { scheme: UNIDENTIFIED, identifier: key };
}

/** `scheme:identifier`, the key of `resolveEntities`' answer (a scheme has no colon). */
export function entityKey(k: { scheme: string; identifier: string }): string {
  return `${k.scheme}:${k.identifier}`;
}

/**
 * Finds or adds the entity of each claim, in one statement whatever their number (imports call it
 * per batch, at their own speed). An identifier links at once; a name alone gets (or finds) the
 * unidentified entity of that name, which the matcher later proposes to a person to merge. Names
 * already known are not overwritten by a module's spelling: every spelling is kept as a name of
 * the entity for matching, and each fact's source is recorded once. The entities added, renamed or
 * given a new spelling get their search documents (their roots') in the same transaction
 * (`indexEntities`), so a party a module's import brings is found at once. Returns the entity id by
 * `entityKey(claimKey(claim))`.
 */
export async function resolveEntities(
  tx: Queryable,
  claims: readonly EntityClaim[],
  from: ClaimSource,
  pack: CountryPack['legalEntities'],
): Promise<Map<string, number>> {
  const rows = new Map<string, Record<string, string | null>>();
  const names: { key: string; name: string; match_key: string }[] = [];
  for (const claim of claims) {
    const k = claimKey(claim, pack);
    const key = entityKey(k);
    const name = claim.name.trim();
    const cyrillic = CYRILLIC.test(name);
    if (!rows.has(key))
      rows.set(key, {
        key,
        scheme: k.scheme,
        identifier: k.identifier,
        name_mn: cyrillic ? name : null,
        name_en: cyrillic ? null : name,
        registered_on: claim.registeredOn ?? null,
        kind:
          claim.kind ??
          (k.scheme !== UNIDENTIFIED && k.scheme !== pack.nationalScheme ? 'foreign-company' : 'company'),
      });
    else if (claim.registeredOn && !rows.get(key)?.registered_on) {
      const row = rows.get(key);
      if (row) row.registered_on = claim.registeredOn;
    }
    names.push({ key, name, match_key: matchKey(name, pack) });
  }
  if (rows.size === 0) return new Map();
  // `before` reads the rows as they were before the upsert (a statement's CTEs share its
  // snapshot), so the entities added or renamed come back with their ids, for search.
  const written = await tx.query<{ id: number; key: string; changed: boolean }>(sql`
    with claim as (
      select * from jsonb_to_recordset(${JSON.stringify([...rows.values()])}::jsonb)
        as x(key text, scheme text, identifier text, name_mn text, name_en text, registered_on date, kind text)
    ), before as (
      select e.id, e.name_mn, e.name_en from legal_entities e
      join claim c on c.scheme = e.scheme and c.identifier = e.identifier
    ), added as (
      insert into legal_entities (scheme, identifier, name_mn, name_en, registered_on, kind)
      select scheme, identifier, name_mn, name_en, registered_on, kind from claim
      on conflict (scheme, identifier) do update set
        name_mn = coalesce(legal_entities.name_mn, excluded.name_mn),
        name_en = coalesce(legal_entities.name_en, excluded.name_en),
        registered_on = coalesce(legal_entities.registered_on, excluded.registered_on),
        updated_at = case
          when (legal_entities.name_mn is null and excluded.name_mn is not null)
            or (legal_entities.name_en is null and excluded.name_en is not null)
            or (legal_entities.registered_on is null and excluded.registered_on is not null)
          then now() else legal_entities.updated_at end
      returning id, scheme, identifier, name_mn, name_en
    )
    select a.id, c.key,
      (b.id is null or (b.name_mn, b.name_en) is distinct from (a.name_mn, a.name_en)) as changed
    from added a join claim c on c.scheme = a.scheme and c.identifier = a.identifier
    left join before b on b.id = a.id`);
  const ids = new Map(written.map((r) => [r.key, Number(r.id)]));
  const changed = new Set(written.filter((r) => r.changed).map((r) => Number(r.id)));
  const named = names.map((n) => ({ entity_id: ids.get(n.key), name: n.name, match_key: n.match_key }));
  // A new spelling is found by search too: its entity's document is rewritten with it.
  const spelt = await tx.query<{ entity_id: number }>(sql`
    insert into legal_entity_names (entity_id, name, match_key)
    select entity_id, name, match_key from jsonb_to_recordset(${JSON.stringify(named)}::jsonb)
      as x(entity_id bigint, name text, match_key text)
    on conflict do nothing
    returning entity_id`);
  for (const r of spelt) changed.add(Number(r.entity_id));
  const sourced = [...rows.values()].flatMap((r) => {
    const id = ids.get(r.key as string);
    const fields = [
      'identifier',
      r.name_mn ? 'name_mn' : 'name_en',
      ...(r.registered_on ? ['registered_on'] : []),
    ];
    return fields.map((field) => ({ entity_id: id, field }));
  });
  await tx.query(sql`
    insert into legal_entity_sources (entity_id, field, source, reference)
    select entity_id, field, ${from.source}, ${from.reference ?? null}
    from jsonb_to_recordset(${JSON.stringify(sourced)}::jsonb) as x(entity_id bigint, field text)
    on conflict do nothing`);
  // In the site search at once, whichever module claimed them (the roots' documents, in bulk).
  await indexEntities(tx, [...changed]);
  return ids;
}

/** The entity a person's decisions made of this one: itself, or the entity it was merged into. */
export async function rootOf(db: Queryable, id: number): Promise<number | null> {
  const rows = await db.query<{ root: number }>(
    sql`select coalesce(merged_into, id) as root from legal_entities where id = ${id}`,
  );
  return rows[0] ? Number(rows[0].root) : null;
}

/** The entity and every entity merged into it: the ids a module's rows may refer to it by. */
export async function entityFamily(db: Queryable, root: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    sql`select id from legal_entities where id = ${root} or merged_into = ${root} order by id`,
  );
  return rows.map((r) => Number(r.id));
}
