import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { claimKey, entityKey, indexEntities, resolveEntities } from '../../platform/legal-entities/index.ts';

/** The organisation kind of the registry's groups ("all ministries", "civil society"): not bodies with a budget. */
const GROUPS = 'other';

/**
 * Who reports under the glass-account law: every public body of the registry, and the bodies the
 * pack names with state shares (written at every start, from the registry and the pack).
 */
export async function writeReportingBodies(db: Queryable, country: CountryPack): Promise<void> {
  const pack = country.fiscal;
  const shares = pack.stateShares.map((s) => ({ slug: s.slug, share: s.share }));
  await db.query(sql`
    with shares as (
      select * from jsonb_to_recordset(${JSON.stringify(shares)}::jsonb) as s(slug text, share numeric)
    ), bodies as (
      select o.id as organization_id,
        case when s.share is null then 'public-body' when s.share = 100 then 'state-owned' else 'state-share' end as basis,
        s.share as state_share
      from organizations o left join shares s on s.slug = o.slug
      where s.slug is not null or (o.kind <> ${GROUPS} and o.kind <> 'state-owned-enterprise')
    ), removed as (
      delete from fiscal_reporting_bodies r where not exists (select 1 from bodies b where b.organization_id = r.organization_id)
    )
    insert into fiscal_reporting_bodies (organization_id, basis, state_share)
    select organization_id, basis, state_share from bodies
    on conflict (organization_id) do update set basis = excluded.basis, state_share = excluded.state_share`);
}

const KIND_OF_BASIS = {
  'public-body': 'government-body',
  'state-owned': 'state-owned-enterprise',
  'state-share': 'state-shareholding-company',
} as const;

/**
 * Every reporting body is an organisation linked to its legal entity: a body with no entity linked
 * yet gets one by its Mongolian name (unidentified until its register number is recorded, so the
 * matching job may propose it for a merge with the same company known by number elsewhere).
 */
export async function linkReportingEntities(db: Queryable, country: CountryPack): Promise<void> {
  const bodies = await db.query<{
    organization_id: number;
    name_mn: string;
    basis: keyof typeof KIND_OF_BASIS;
  }>(sql`
    select r.organization_id, o.name_mn, r.basis from fiscal_reporting_bodies r
    join organizations o on o.id = r.organization_id
    where not exists (select 1 from legal_entities e where e.organization_id = r.organization_id)`);
  if (bodies.length === 0) return;
  const claims = bodies.map((b) => ({
    scheme: null,
    identifier: null,
    name: b.name_mn,
    kind: KIND_OF_BASIS[b.basis],
  }));
  const ids = await resolveEntities(db, claims, { source: 'fiscal:reporting-bodies' }, country.legalEntities);
  const links = bodies.map((b, i) => ({
    organization_id: b.organization_id,
    entity_id: ids.get(entityKey(claimKey(claims[i] as (typeof claims)[number], country.legalEntities))),
  }));
  await db.query(sql`
    update legal_entities e set organization_id = l.organization_id, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(organization_id bigint, entity_id bigint)
    where e.id = l.entity_id and e.organization_id is null`);
  // A public body is found in search as its organisation, not twice.
  await indexEntities(db, [...ids.values()]);
}
