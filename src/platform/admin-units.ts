import type { AdminUnitSeed } from '../country/pack.ts';
import type { Database, Queryable } from './db/database.ts';
import { sql } from './db/sql.ts';
import type { Locale } from './i18n/index.ts';

export interface AdminUnit {
  code: string;
  kind: 'capital' | 'aimag' | 'district' | 'soum';
  parentCode: string | null;
  nameMn: string;
  nameEn: string;
  lat: number;
  lon: number;
}

/** Brings the admin units in line with the country pack (keyed by code); idempotent. */
export async function seedAdminUnits(db: Database, units: readonly AdminUnitSeed[]): Promise<void> {
  // Parents first, so the foreign key holds whatever order the pack lists them in.
  const depth = (u: AdminUnitSeed) => (u.parentCode === null ? 0 : 1 + (u.kind === 'soum' ? 1 : 0));
  const ordered = [...units].sort((a, b) => depth(a) - depth(b));
  await db.transaction(async (tx) => {
    for (const u of ordered) {
      await tx.query(sql`
        insert into admin_units (code, kind, parent_code, name_mn, name_en, centre_mn, centre_en, lat, lon, iso3166_2)
        values (${u.code}, ${u.kind}, ${u.parentCode}, ${u.nameMn}, ${u.nameEn}, ${u.centreMn}, ${u.centreEn}, ${u.lat}, ${u.lon}, ${u.iso3166_2 ?? null})
        on conflict (code) do update set kind = excluded.kind, parent_code = excluded.parent_code,
          name_mn = excluded.name_mn, name_en = excluded.name_en, centre_mn = excluded.centre_mn,
          centre_en = excluded.centre_en, lat = excluded.lat, lon = excluded.lon, iso3166_2 = excluded.iso3166_2`);
    }
  });
}

/** The capital and the aimags (the units people filter by), in the reader's alphabetical order. */
export async function topLevelUnits(db: Queryable, locale: Locale): Promise<AdminUnit[]> {
  const order = locale === 'mn' ? sql`mn_sort_key(name_mn) collate "C"` : sql`lower(name_en) collate "C"`;
  return db.query<AdminUnit>(sql`
    select code, kind, parent_code as "parentCode", name_mn as "nameMn", name_en as "nameEn", lat, lon
    from admin_units where kind in ('capital', 'aimag') order by kind = 'capital' desc, ${order}`);
}

/** The shape of an administrative unit's code in a query string (a list filter's `pattern`). */
export const ADMIN_UNIT_CODE = /^[0-9A-Za-z-]{1,12}$/;

/** The capital and the aimags as a list filter's choices, named in both languages. */
export async function topLevelUnitOptions(
  db: Queryable,
  locale: Locale,
): Promise<{ value: string; label: { mn: string; en: string } }[]> {
  return (await topLevelUnits(db, locale)).map((u) => ({
    value: u.code,
    label: { mn: u.nameMn, en: u.nameEn },
  }));
}
