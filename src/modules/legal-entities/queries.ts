import type { CountryPack } from '../../country/pack.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { matchKey } from '../../platform/legal-entities/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import { entitiesList } from './lists.ts';

/** An entity as the list, the page and the API show it: public facts only. */
export interface Entity {
  id: number;
  scheme: string;
  identifier: string;
  nameMn: string | null;
  nameEn: string | null;
  commonNameMn: string | null;
  commonNameEn: string | null;
  kind: string;
  status: string;
  adminUnitCode: string | null;
  /** The unit's name, a district's or soum's after its capital's or aimag's ("Орхон — Баян-Өндөр"). */
  adminUnitMn: string | null;
  adminUnitEn: string | null;
  aimag: string | null;
  registeredOn: string | null;
  organization: string | null;
  organizationMn: string | null;
  organizationEn: string | null;
}

/** Every entity with its place and public body. */
const allEntities = sql`
  select e.id, e.scheme, e.identifier, e.name_mn, e.name_en, e.common_name_mn, e.common_name_en, e.kind,
    e.status, e.admin_unit_code,
    concat_ws(' — ', p.name_mn, u.name_mn) as admin_unit_mn, concat_ws(' — ', p.name_en, u.name_en) as admin_unit_en,
    case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag,
    e.registered_on, o.slug as organization, o.name_mn as organization_mn, o.name_en as organization_en,
    e.merged_into, e.updated_at
  from legal_entities e
  left join admin_units u on u.code = e.admin_unit_code
  left join admin_units p on p.code = u.parent_code
  left join organizations o on o.id = e.organization_id`;

/** Root entities (merged into none): the rows `d` of the list and the dataset. */
export const entityRows = sql`${allEntities} where e.merged_into is null`;

const COLUMNS = sql`d.id, d.scheme, d.identifier, d.name_mn as "nameMn", d.name_en as "nameEn",
  d.common_name_mn as "commonNameMn", d.common_name_en as "commonNameEn", d.kind, d.status,
  d.admin_unit_code as "adminUnitCode", d.admin_unit_mn as "adminUnitMn", d.admin_unit_en as "adminUnitEn",
  d.aimag, d.registered_on as "registeredOn", d.organization, d.organization_mn as "organizationMn",
  d.organization_en as "organizationEn"`;

const numbered = (e: Entity): Entity => ({ ...e, id: Number(e.id) });

/**
 * The list's filters with a name search as its match key (either script, legal forms dropped), so
 * the condition meets the keys in `legal_entity_names` through their trigram index.
 */
export function searchable(filters: ListFilterValues, pack: CountryPack['legalEntities']): ListFilterValues {
  const q = filters.q;
  if (typeof q !== 'string') return filters;
  return { ...filters, q: matchKey(q, pack) || q };
}

/** One page of root entities, filtered and sorted as `entitiesList` declares. */
export async function listEntities(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Entity>> {
  const page = await fetchPage<Entity>(db, entitiesList, {
    rows: entityRows,
    select: COLUMNS,
    filters,
    ...options,
  });
  return { ...page, items: page.items.map(numbered) };
}

/** An entity by id, whether root or merged, with where it was merged into (null for a root). */
export async function findEntity(
  db: Queryable,
  id: string | number,
): Promise<(Entity & { mergedInto: number | null }) | undefined> {
  const [row] = await db.query<Entity & { mergedInto: number | null }>(sql`
    select ${COLUMNS}, d.merged_into as "mergedInto" from (${allEntities}) d where d.id = ${String(id)}::bigint`);
  if (!row) return undefined;
  return { ...numbered(row), mergedInto: row.mergedInto === null ? null : Number(row.mergedInto) };
}

/** Where each fact of the entity came from: field, source, document, when. */
export interface FactSource {
  field: string;
  source: string;
  reference: string | null;
  recordedAt: Date;
}

export function sourcesOf(db: Queryable, id: number): Promise<FactSource[]> {
  return db.query<FactSource>(sql`
    select field, source, reference, recorded_at as "recordedAt" from legal_entity_sources
    where entity_id = ${id} order by field, recorded_at desc, source`);
}

/** The names the entity and the entities merged into it are known by, but for the ones it shows. */
export async function otherNames(
  db: Queryable,
  entity: Entity,
  family: readonly number[],
): Promise<string[]> {
  const shown = [entity.nameMn, entity.nameEn, entity.commonNameMn, entity.commonNameEn].filter(
    (n): n is string => n !== null,
  );
  const rows = await db.query<{ name: string }>(sql`
    select distinct name from legal_entity_names
    where entity_id = any(${[...family]}::bigint[]) and not (name = any(${shown}::text[]))
    order by name`);
  return rows.map((r) => r.name);
}

/** How many root entities the register holds, for the home page. */
export async function countEntities(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    sql`select count(*)::int as n from legal_entities where merged_into is null`,
  );
  return row?.n ?? 0;
}
