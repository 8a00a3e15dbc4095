import type { CountryPack } from '../../../country/pack.ts';
import type { Lender, LenderKind } from '../../../country/projects-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import {
  addNames,
  claimKey,
  type EntityClaim,
  type EntityKind,
  entityKey,
  indexEntities,
  resolveEntities,
} from '../../../platform/legal-entities/index.ts';

const SOURCE = 'projects:lenders';

/** The register's kind of a lender: a multilateral bank is an international organisation. */
const KIND: Readonly<Record<LenderKind, EntityKind>> = {
  multilateral: 'international-organisation',
  bilateral: 'other',
  commercial: 'foreign-company',
  institutional: 'other',
  other: 'other',
};

/**
 * The claim a lender of the pack makes: its registration (an org-id.guide scheme, `XM-DAC`) where
 * it has one, else its name only (Mongolian, the register's first language), as the register keeps
 * any party that came with a name.
 */
export const lenderClaim = (lender: Lender): EntityClaim => ({
  scheme: lender.registration?.scheme ?? null,
  identifier: lender.registration?.identifier ?? null,
  name: lender.name.mn,
  kind: KIND[lender.kind],
});

/**
 * Writes the pack's lenders into the legal-entity register (the module's `seed`, at every start):
 * found or added by registration or by name, both names kept (the English one where the register
 * has none, and as a spelling for matching). Running it again changes nothing.
 */
export async function seedLenders(db: Queryable, country: CountryPack): Promise<Map<Lender, number>> {
  const lenders = country.projects.lenders;
  const claims = lenders.map(lenderClaim);
  const ids = await resolveEntities(db, claims, { source: SOURCE }, country.legalEntities);
  const byLender = new Map<Lender, number>();
  lenders.forEach((lender, i) => {
    const id = ids.get(entityKey(claimKey(claims[i]!, country.legalEntities)));
    if (id !== undefined) byLender.set(lender, id);
  });
  const english = lenders.map((l) => ({ id: byLender.get(l), name_en: l.name.en }));
  const named = await db.query<{ id: number }>(sql`
    update legal_entities e set name_en = x.name_en, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(english)}::jsonb) as x(id bigint, name_en text)
    where e.id = x.id and e.name_en is null
    returning e.id`);
  await addNames(
    db,
    lenders.map((l) => ({ entityId: byLender.get(l)!, names: [l.name.mn, l.name.en] })),
    country.legalEntities,
  );
  if (named.length > 0)
    await indexEntities(
      db,
      named.map((r) => Number(r.id)),
    );
  return byLender;
}

/**
 * The lender a form or the API names: a legal entity's id (digits), the pack's lender by its IATI
 * identifier (`XM-DAC-46004`) or by `scheme:identifier`, or an entity of the register by
 * `scheme:identifier`. The entity id (the root, where it was merged), or undefined.
 */
export async function findLender(
  db: Queryable,
  country: CountryPack,
  given: string,
): Promise<number | undefined> {
  const value = given.trim();
  if (value === '') return undefined;
  let scheme: string | null = null;
  let identifier: string | null = null;
  if (/^\d{1,15}$/.test(value)) {
    const [row] = await db.query<{ id: number }>(
      sql`select coalesce(merged_into, id) as id from legal_entities where id = ${Number(value)}`,
    );
    return row ? Number(row.id) : undefined;
  }
  const lender = country.projects.lenders.find(
    (l) =>
      l.iatiRef === value ||
      (l.registration && `${l.registration.scheme}:${l.registration.identifier}` === value),
  );
  if (lender) {
    const k = claimKey(lenderClaim(lender), country.legalEntities);
    scheme = k.scheme;
    identifier = k.identifier;
  } else {
    const colon = value.indexOf(':');
    if (colon <= 0) return undefined;
    scheme = value.slice(0, colon);
    identifier = value.slice(colon + 1).trim();
  }
  const [row] = await db.query<{ id: number }>(sql`
    select coalesce(merged_into, id) as id from legal_entities
    where scheme = ${scheme} and identifier = ${identifier}`);
  return row ? Number(row.id) : undefined;
}
