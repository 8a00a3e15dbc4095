import type { MultiPolygon, Polygon } from 'geojson';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { rectangle } from '../../../platform/places/test-support.ts';

/**
 * Factories for tests of the licence register and of the registers beside it (contracts, owners,
 * the environmental list, the map): rows written straight into the tables with sensible defaults
 * (a granted mineral exploration licence of the Mongolian pack over a small square near 46.5° N
 * 103° E, held whole by a new company), so each test states only what it is about.
 */

let serial = 0;

/** A company in the register of legal entities (national scheme `MN-SRN` unless said). */
export async function buildHolder(
  db: Queryable,
  spec: { name?: string; identifier?: string; scheme?: string } = {},
): Promise<{ id: number; identifier: string }> {
  serial += 1;
  const identifier = spec.identifier ?? `9${String(serial).padStart(6, '0')}${process.pid % 10}`;
  const [row] = await db.query<{ id: number }>(sql`
    insert into legal_entities (scheme, identifier, name_en, kind, status)
    values (${spec.scheme ?? 'MN-SRN'}, ${identifier}, ${spec.name ?? `Holder ${serial} LLC`}, 'company', 'active')
    on conflict (scheme, identifier) do update set updated_at = legal_entities.updated_at
    returning id`);
  return { id: Number(row!.id), identifier };
}

export interface LicenceSpec {
  type?: string;
  resource?: 'mineral' | 'petroleum' | 'land' | 'water';
  /** The issuer's slug; the first organisation when the pack has no such body. */
  issuer?: string;
  number?: string;
  name?: string;
  status?: string;
  appliedOn?: string | null;
  grantedOn?: string | null;
  expiresOn?: string | null;
  commodities?: string[];
  geometry?: Polygon | MultiPolygon | null;
  /** Hectares stored with the geometry (not computed here). */
  areaHa?: number;
  adminUnit?: string | null;
  /** Holders and shares; a new company holding 100 when left out. */
  holders?: { entityId: number; share: number }[];
}

/** A licence row with its holders and one status event; its id and slug. */
export async function buildLicence(
  db: Queryable,
  spec: LicenceSpec = {},
): Promise<{ id: number; slug: string }> {
  serial += 1;
  const number = spec.number ?? `XV-${String(serial).padStart(6, '0')}`;
  const type = spec.type ?? 'mineral-exploration';
  const slug = `${type}-${number}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [org] = await db.query<{ id: number }>(sql`
    select id from organizations order by slug = ${spec.issuer ?? 'mineral-resources-authority'} desc, id limit 1`);
  const geometry = spec.geometry === undefined ? rectangle(46.5, 103, 0.02) : spec.geometry;
  const box = geometry
    ? (() => {
        const points = (
          geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
        ).flat();
        const lons = points.map((p) => p[0]!);
        const lats = points.map((p) => p[1]!);
        return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
      })()
    : [null, null, null, null];
  const status = spec.status ?? 'granted';
  const grantedOn = spec.grantedOn === undefined ? '2020-05-01' : spec.grantedOn;
  const [row] = await db.query<{ id: number }>(sql`
    insert into extractive_licences (organization_id, licence_type, resource, number, slug, name_mn, name_en, status,
      applied_on, granted_on, expires_on, commodities, geometry, min_lon, min_lat, max_lon, max_lat, area_ha, admin_unit_code)
    values (${org!.id}, ${type}, ${spec.resource ?? 'mineral'}, ${number}, ${slug}, ${spec.name ?? `Талбай ${serial}`},
      ${spec.name ?? `Area ${serial}`}, ${status}, ${spec.appliedOn === undefined ? '2020-01-15' : spec.appliedOn}, ${grantedOn},
      ${spec.expiresOn === undefined ? '2023-05-01' : spec.expiresOn}, ${spec.commodities ?? ['copper']}::text[],
      ${geometry ? JSON.stringify(geometry) : null}::jsonb, ${box[0]}, ${box[1]}, ${box[2]}, ${box[3]},
      ${geometry ? (spec.areaHa ?? 1370) : null}, ${spec.adminUnit ?? null})
    returning id`);
  const id = Number(row!.id);
  const holders = spec.holders ?? [{ entityId: (await buildHolder(db)).id, share: 100 }];
  for (const h of holders)
    await db.query(sql`insert into extractive_licence_holders (licence_id, legal_entity_id, share)
      values (${id}, ${h.entityId}, ${h.share})`);
  await db.query(sql`insert into extractive_licence_events (licence_id, status, occurred_on, decision_number, decision_body)
    values (${id}, ${status}, ${grantedOn ?? '2020-01-15'}, ${`D-${serial}`}, 'Test authority')`);
  return { id, slug };
}
