import type { OrganizationSeed } from '../../country/index.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { indexOrganizations } from './search.ts';

export const organizationKinds = [
  'government',
  'parliament',
  'ministry',
  'agency',
  'authority',
  'council',
  'committee',
  'local-government',
  'court',
  'state-owned-enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

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

export const sortKeys = ['name', '-name', 'kind', '-kind', 'aimag', '-aimag'] as const;
export type OrganizationSort = (typeof sortKeys)[number];

export interface OrganizationFilters {
  q?: string;
  kind?: OrganizationKind;
  /** An admin unit code: the unit and every unit beneath it. */
  aimag?: string;
  /** Slug of the parent organisation: its direct sub-organisations. */
  parent?: string;
}

const SELECT = sql`
  select o.id, o.slug, o.name_mn as "nameMn", o.name_en as "nameEn", o.abbreviation, o.kind,
    p.slug as "parentSlug", p.name_mn as "parentNameMn", p.name_en as "parentNameEn",
    o.admin_unit_code as "adminUnitCode", u.name_mn as "adminUnitNameMn", u.name_en as "adminUnitNameEn",
    o.website, o.email, o.phone, o.address, o.updated_at as "updatedAt"
  from organizations o
  left join organizations p on p.id = o.parent_id
  left join admin_units u on u.code = o.admin_unit_code`;

/** ORDER BY for a sort key; names in Mongolian alphabetical order for Mongolian readers. */
function orderBy(sort: OrganizationSort, locale: Locale): SqlQuery {
  const name = locale === 'mn' ? sql`mn_sort_key(o.name_mn) collate "C"` : sql`lower(o.name_en) collate "C"`;
  const unit = locale === 'mn' ? sql`mn_sort_key(u.name_mn) collate "C"` : sql`lower(u.name_en) collate "C"`;
  const desc = sort.startsWith('-') ? sql.raw('desc') : sql.raw('asc');
  switch (sort.replace(/^-/, '')) {
    case 'kind':
      return sql`order by o.kind ${desc}, ${name}, o.id`;
    case 'aimag':
      return sql`order by ${unit} ${desc} nulls last, ${name}, o.id`;
    default:
      return sql`order by ${name} ${desc}, o.id`;
  }
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function where(filters: OrganizationFilters): SqlQuery {
  const parts: SqlQuery[] = [];
  const q = filters.q?.trim();
  if (q) {
    parts.push(
      sql`mn_lower(o.name_mn || ' ' || o.name_en || ' ' || coalesce(o.abbreviation, '') || ' ' || array_to_string(o.aliases, ' ')) like mn_lower(${likePattern(q)})`,
    );
  }
  if (filters.kind) parts.push(sql`o.kind = ${filters.kind}`);
  if (filters.aimag) {
    parts.push(sql`(o.admin_unit_code = ${filters.aimag} or u.parent_code = ${filters.aimag})`);
  }
  if (filters.parent) parts.push(sql`p.slug = ${filters.parent}`);
  return parts.length > 0 ? sql`where ${sql.join(parts, ' and ')}` : sql.empty;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listOrganizations(
  db: Queryable,
  filters: OrganizationFilters,
  options: { sort: OrganizationSort; page: number; pageSize: number; locale: Locale },
): Promise<Page<Organization>> {
  const condition = where(filters);
  const offset = (options.page - 1) * options.pageSize;
  const [items, [count]] = await Promise.all([
    db.query<Organization>(
      sql`${SELECT} ${condition} ${orderBy(options.sort, options.locale)} limit ${options.pageSize} offset ${offset}`,
    ),
    db.query<{ total: number }>(sql`select count(*)::int as total from organizations o
      left join organizations p on p.id = o.parent_id left join admin_units u on u.code = o.admin_unit_code ${condition}`),
  ]);
  return { items, total: count?.total ?? 0, page: options.page, pageSize: options.pageSize };
}

export async function findOrganization(db: Queryable, slug: string): Promise<Organization | undefined> {
  const [row] = await db.query<Organization>(sql`${SELECT} where o.slug = ${slug}`);
  return row;
}

/** Every organisation in Mongolian alphabetical order, for downloads. */
export async function* allOrganizations(db: Queryable, locale: Locale = 'mn'): AsyncGenerator<Organization> {
  yield* await db.query<Organization>(sql`${SELECT} ${orderBy('name', locale)}`);
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
