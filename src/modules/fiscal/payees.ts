import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import {
  claimKey,
  enqueueMatching,
  entityKey,
  resolveEntities,
} from '../../platform/legal-entities/index.ts';

/**
 * Links the payees of transactions to the platform's register of legal entities: every transaction
 * of an entity payee that has no entity yet (`refs`, or all of them) gets the entity its scheme and
 * identifier name, or its name alone (an unidentified entity, proposed for matching later). One
 * statement to read, one `resolveEntities` per batch, one statement to write.
 */
export async function linkPayees(
  tx: Queryable,
  pack: CountryPack['legalEntities'],
  source: string,
  refs?: readonly string[],
): Promise<number> {
  // Joined to the keys, not `ref = any($1)`: a parameter array is searched row by row, not hashed.
  const keys = refs ? sql`join unnest(${[...refs]}::text[]) k(ref) on k.ref = t.ref` : sql``;
  const pending = await tx.query<PayeeClaim>(sql`
      select distinct t.payee_scheme, t.payee_identifier, t.payee_name from fiscal_transactions t ${keys}
      where t.payee_kind = 'entity' and t.payee_entity_id is null and t.payee_name is not null`);
  if (pending.length === 0) return 0;
  const links = await payeeEntities(tx, pack, source, pending);
  const updated = await tx.query<{ n: number }>(sql`
    with changed as (update fiscal_transactions t set payee_entity_id = l.entity
    from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(scheme text, identifier text, name text, entity bigint)
      ${refs ? sql`, unnest(${[...refs]}::text[]) k(ref)` : sql``}
    where ${refs ? sql`t.ref = k.ref and` : sql``} t.payee_kind = 'entity' and t.payee_entity_id is null and t.payee_name = l.name
      -- Equalities, not IS NOT DISTINCT FROM, so that the join can be hashed (no scheme or number is '').
      and coalesce(t.payee_scheme, '') = coalesce(l.scheme, '') and coalesce(t.payee_identifier, '') = coalesce(l.identifier, '')
    returning 1) select count(*)::int as n from changed`);
  return updated[0]?.n ?? 0;
}

/** A payee as a transaction names it: scheme and register number (or neither) and name. */
export interface PayeeClaim {
  payee_scheme: string | null;
  payee_identifier: string | null;
  payee_name: string;
}

/**
 * The legal entity of each payee (made when the register has none): one `resolveEntities` for all
 * of them, and matching proposed for names without a number. What `linkPayees` writes; a loader
 * that writes its rows after (the demo) sets them itself.
 */
export async function payeeEntities(
  tx: Queryable,
  pack: CountryPack['legalEntities'],
  source: string,
  payees: readonly PayeeClaim[],
): Promise<{ scheme: string | null; identifier: string | null; name: string; entity: number | undefined }[]> {
  const claims = payees.map((p) => ({
    scheme: p.payee_identifier ? (p.payee_scheme ?? pack.nationalScheme) : null,
    identifier: p.payee_identifier,
    name: p.payee_name,
  }));
  const ids = await resolveEntities(tx, claims, { source }, pack);
  if (claims.some((c) => c.identifier === null)) await enqueueMatching(tx);
  return claims.map((c, i) => ({
    scheme: payees[i]?.payee_scheme ?? null,
    identifier: c.identifier,
    name: c.name,
    entity: ids.get(entityKey(claimKey(c, pack))),
  }));
}
