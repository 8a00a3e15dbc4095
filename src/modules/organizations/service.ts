import type { OrganizationSeed } from '../../country/index.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import type { OrganizationKind } from './kinds.ts';
import { organizationsList } from './list.ts';
import { indexOrganizations } from './search.ts';

export { type OrganizationKind, organizationKinds } from './kinds.ts';
export type { OrganizationSort } from './list.ts';

export interface Organization {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  abbreviation: string | null;
  kind: OrganizationKind;
  parentSlug: string | null;
  parentNameMn: string | null;
  parentNameEn: string | null;
  adminUnitCode: string | null;
  adminUnitNameMn: string | null;
  adminUnitNameEn: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  updatedAt: Date;
}

/** Filter values of the list, as checked against `organizationsList` (list.ts). */
export interface OrganizationFilters {
  q?: string;
  kind?: OrganizationKind;
  /** An admin unit code: the unit and every unit beneath it. */
  aimag?: string;
  /** Slug of the parent organisation: its direct sub-organisations. */
  parent?: string;
}

/** Every body with what its list filters and sorts on, as the rows `d` of `organizationsList`. */
const ROWS = sql`
  select o.id, o.slug, o.name_mn, o.name_en, o.abbreviation, o.kind, o.aliases,
    p.slug as parent_slug, p.name_mn as parent_name_mn, p.name_en as parent_name_en,
    o.admin_unit_code, u.parent_code as admin_unit_parent,
    u.name_mn as admin_unit_name_mn, u.name_en as admin_unit_name_en,
    o.website, o.email, o.phone, o.address, o.updated_at
  from organizations o
  left join organizations p on p.id = o.parent_id
  left join admin_units u on u.code = o.admin_unit_code`;

const COLUMNS = sql`d.id, d.slug, d.name_mn as "nameMn", d.name_en as "nameEn", d.abbreviation, d.kind,
  d.parent_slug as "parentSlug", d.parent_name_mn as "parentNameMn", d.parent_name_en as "parentNameEn",
  d.admin_unit_code as "adminUnitCode", d.admin_unit_name_mn as "adminUnitNameMn",
  d.admin_unit_name_en as "adminUnitNameEn", d.website, d.email, d.phone, d.address,
  d.updated_at as "updatedAt"`;

/** One page of the directory, filtered and sorted as `organizationsList` declares. */
export function listOrganizations(
  db: Queryable,
  filters: OrganizationFilters,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<Organization>> {
  return fetchPage<Organization>(db, organizationsList, {
    rows: ROWS,
    select: COLUMNS,
    filters: filters as ListFilterValues,
    ...options,
  });
}

export async function findOrganization(db: Queryable, slug: string): Promise<Organization | undefined> {
  const [row] = await db.query<Organization>(sql`select ${COLUMNS} from (${ROWS}) d where d.slug = ${slug}`);
  return row;
}

export async function countOrganizations(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from organizations`);
  return row?.n ?? 0;
}

/**
 * Brings the registry in line with the country pack: inserts new bodies, updates changed ones,
 * keyed by slug. Bodies added by publishers and not in the pack are left alone. Idempotent.
 * `inTransaction` runs last, in the same transaction: the module records the dataset's versions
 * there, so history commits with the change, and a run that changes nothing records nothing.
 */
export async function seedOrganizations(
  db: Database,
  seeds: readonly OrganizationSeed[],
  inTransaction?: (tx: Queryable) => Promise<unknown>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const changed: string[] = [];
    for (const o of seeds) {
      const written = await tx.query<{ slug: string }>(sql`
        insert into organizations (slug, name_mn, name_en, abbreviation, kind, admin_unit_code, website, email, phone, address, aliases)
        values (${o.slug}, ${o.nameMn}, ${o.nameEn}, ${o.abbreviation ?? null}, ${o.kind}, ${o.adminUnitCode},
          ${o.website ?? null}, ${o.email ?? null}, ${o.phone ?? null}, ${o.address ?? null}, ${o.aliases ?? []})
        on conflict (slug) do update set
          name_mn = excluded.name_mn, name_en = excluded.name_en, abbreviation = excluded.abbreviation,
          kind = excluded.kind, admin_unit_code = excluded.admin_unit_code, website = excluded.website,
          email = excluded.email, phone = excluded.phone, address = excluded.address, aliases = excluded.aliases,
          updated_at = now()
        where (organizations.name_mn, organizations.name_en, organizations.abbreviation, organizations.kind,
               organizations.admin_unit_code, organizations.website, organizations.email, organizations.phone,
               organizations.address, organizations.aliases)
          is distinct from (excluded.name_mn, excluded.name_en, excluded.abbreviation, excluded.kind,
               excluded.admin_unit_code, excluded.website, excluded.email, excluded.phone, excluded.address, excluded.aliases)
        returning slug`);
      changed.push(...written.map((r) => r.slug));
    }
    // Parents after every body exists, so order in the pack does not matter.
    for (const o of seeds) {
      await tx.query(sql`
        update organizations set parent_id = (select id from organizations where slug = ${o.parentSlug})
        where slug = ${o.slug} and parent_id is distinct from (select id from organizations where slug = ${o.parentSlug})`);
    }
    await indexOrganizations(tx, changed);
    await inTransaction?.(tx);
    return seeds.length;
  });
}
