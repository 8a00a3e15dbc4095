import type { MultiPolygon, Polygon } from 'geojson';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../../platform/lists/query.ts';
import { licencesList } from './lists.ts';

/** The statuses a licence passes through (migration 001), in the order of a licence's life. */
export const LICENCE_STATUSES = [
  'applied',
  'granted',
  'transferred',
  'suspended',
  'revoked',
  'expired',
  'relinquished',
] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export interface LicenceHolder {
  entityId: number;
  nameMn: string | null;
  nameEn: string | null;
  identifier: string;
  scheme: string;
  share: number;
}

export interface LicenceEvent {
  status: LicenceStatus;
  occurredOn: string;
  decisionNumber: string | null;
  decisionBody: string | null;
  noteMn: string | null;
  noteEn: string | null;
}

export interface LicenceFee {
  year: number;
  due: string;
  paid: string;
}

/** A licence as pages, the API and the commands read it. Dates are `YYYY-MM-DD`. */
export interface Licence {
  id: number;
  slug: string;
  type: string;
  resource: string;
  number: string;
  nameMn: string;
  nameEn: string;
  status: LicenceStatus;
  appliedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
  commodities: string[];
  geometry: Polygon | MultiPolygon | null;
  areaHa: number | null;
  adminUnitCode: string | null;
  unitNameMn: string | null;
  unitNameEn: string | null;
  aimagCode: string | null;
  organizationId: number;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  createdAt: Date;
  updatedAt: Date;
  holders: LicenceHolder[];
  events: LicenceEvent[];
  fees: LicenceFee[];
}

/**
 * Every licence with what the list filters and sorts on and the dataset downloads: the rows `d`.
 * Holders are their names and register numbers only (legal entities, no person's data).
 */
export const licenceRows = sql`
  select l.id, l.slug, l.licence_type, l.resource, l.number, l.name_mn, l.name_en, l.status,
    l.applied_on::text as applied_on, l.granted_on::text as granted_on, l.expires_on::text as expires_on,
    array_to_string(l.commodities, '; ') as commodities, l.commodities as commodity_list, l.area_ha,
    l.min_lon, l.min_lat, l.max_lon, l.max_lat,
    l.admin_unit_code, coalesce(u.parent_code, u.code) as aimag_code,
    u.name_mn as unit_name_mn, u.name_en as unit_name_en,
    o.slug as organization, o.name_mn as organization_name_mn, o.name_en as organization_name_en,
    (select string_agg(coalesce(e.name_en, e.name_mn) || ' (' || trim_scale(h.share)::text || '%)', '; '
       order by h.share desc, e.id)
     from extractive_licence_holders h join legal_entities e on e.id = h.legal_entity_id
     where h.licence_id = l.id) as holders,
    array(select h.legal_entity_id from extractive_licence_holders h where h.licence_id = l.id) as holder_ids,
    l.created_at, l.updated_at
  from extractive_licences l join organizations o on o.id = l.organization_id
  left join admin_units u on u.code = l.admin_unit_code`;

const COLUMNS = sql`l.id, l.slug, l.licence_type as type, l.resource, l.number, l.name_mn as "nameMn",
  l.name_en as "nameEn", l.status, l.applied_on::text as "appliedOn", l.granted_on::text as "grantedOn",
  l.expires_on::text as "expiresOn", l.commodities, l.geometry, l.area_ha as "areaHa",
  l.admin_unit_code as "adminUnitCode", u.name_mn as "unitNameMn", u.name_en as "unitNameEn",
  coalesce(u.parent_code, u.code) as "aimagCode", l.organization_id as "organizationId",
  o.slug as organization, o.name_mn as "organizationNameMn", o.name_en as "organizationNameEn",
  l.created_at as "createdAt", l.updated_at as "updatedAt"`;

type Head = Omit<Licence, 'holders' | 'events' | 'fees'>;

/** One licence with its holders, status history and fees, by slug or id. */
export async function findLicence(db: Queryable, key: string | number): Promise<Licence | undefined> {
  const where = typeof key === 'number' ? sql`l.id = ${key}` : sql`l.slug = ${key}`;
  const [head] = await db.query<Head>(sql`
    select ${COLUMNS} from extractive_licences l join organizations o on o.id = l.organization_id
    left join admin_units u on u.code = l.admin_unit_code where ${where}`);
  if (!head) return undefined;
  const [holders, events, fees] = await Promise.all([
    db.query<LicenceHolder>(sql`
      select h.legal_entity_id as "entityId", e.name_mn as "nameMn", e.name_en as "nameEn",
        e.identifier, e.scheme, h.share::float8 as share
      from extractive_licence_holders h join legal_entities e on e.id = h.legal_entity_id
      where h.licence_id = ${head.id} order by h.share desc, e.id`),
    db.query<LicenceEvent>(sql`
      select status, occurred_on::text as "occurredOn", decision_number as "decisionNumber",
        decision_body as "decisionBody", note_mn as "noteMn", note_en as "noteEn"
      from extractive_licence_events where licence_id = ${head.id} order by occurred_on, id`),
    db.query<LicenceFee>(sql`
      select fee_year as year, due::text as due, paid::text as paid
      from extractive_licence_fees where licence_id = ${head.id} order by fee_year`),
  ]);
  return { ...head, areaHa: head.areaHa === null ? null : Number(head.areaHa), holders, events, fees };
}

/** How many licences of each kind there are. */
export async function countByType(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.query<{ type: string; count: number }>(
    sql`select licence_type as type, count(*)::int as count from extractive_licences group by licence_type`,
  );
  return new Map(rows.map((r) => [r.type, r.count]));
}

/** A row of the list page: what its table shows. */
export interface LicenceRow {
  id: number;
  slug: string;
  type: string;
  number: string;
  nameMn: string;
  nameEn: string;
  status: LicenceStatus;
  grantedOn: string | null;
  areaHa: number | null;
  holders: string | null;
  unitNameMn: string | null;
  unitNameEn: string | null;
}

const ROW_COLUMNS = sql`d.id, d.slug, d.licence_type as type, d.number, d.name_mn as "nameMn", d.name_en as "nameEn",
  d.status, d.granted_on as "grantedOn", d.area_ha as "areaHa", d.holders,
  d.unit_name_mn as "unitNameMn", d.unit_name_en as "unitNameEn"`;

/** One page of the list, filtered and sorted as `licencesList` declares. */
export function listLicences(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<LicenceRow>> {
  return fetchPage<LicenceRow>(db, licencesList, {
    rows: licenceRows,
    select: ROW_COLUMNS,
    filters,
    ...options,
  });
}
