import type { FiscalPack } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type PublishedCell, type SuppressedCube, suppress } from './suppression.ts';

/**
 * The public servants' benefits of a fiscal year as the platform publishes them: the cube of
 * organisation × grade × benefit type with every total, small cells and their complements
 * suppressed (`suppression.ts`). Every public reader (pages, downloads, the aggregate API) goes
 * through `publishedBenefits`: the stored counts never leave this file.
 */

export const BENEFIT_DIMENSIONS = ['organization', 'grade', 'type'] as const;
export type BenefitDimension = (typeof BENEFIT_DIMENSIONS)[number];

export interface Member {
  code: string;
  mn: string;
  en: string;
}

export interface PublishedBenefits {
  year: number;
  minimumCell: number;
  /** The members of each dimension: organisations (by slug) reporting that year, the pack's grades and types. */
  members: Readonly<Record<BenefitDimension, readonly Member[]>>;
  cube: SuppressedCube;
}

interface Stored {
  slug: string;
  name_mn: string;
  name_en: string | null;
  grade: string;
  benefit_type: string;
  recipients: number;
  amount: string;
}

// A year's cube is computed once per state of its rows (the signature), per database.
const cache = new WeakMap<object, Map<string, PublishedBenefits>>();

/** The fiscal years with benefits reported, newest first. */
export async function benefitYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    sql`select distinct fiscal_year as year from fiscal_benefits order by 1 desc`,
  );
  return rows.map((r) => Number(r.year));
}

/** The published (suppressed) benefits of `year`; organisations with nothing reported are not members. */
export async function publishedBenefits(
  db: Queryable,
  pack: FiscalPack,
  year: number,
): Promise<PublishedBenefits> {
  const [sign] = await db.query<{ signature: string }>(sql`
    select count(*) || ':' || coalesce(md5(string_agg(organization_id || ':' || grade || ':' || benefit_type || ':'
      || recipients || ':' || amount_mnt, ',' order by organization_id, grade, benefit_type)), '') as signature
    from fiscal_benefits where fiscal_year = ${year}`);
  const minimumCell = pack.benefits.minimumCell;
  const key = `${year}:${minimumCell}:${sign?.signature ?? ''}`;
  const perDb = cache.get(db) ?? new Map<string, PublishedBenefits>();
  cache.set(db, perDb);
  const cached = perDb.get(key);
  if (cached) return cached;
  const rows = await db.query<Stored>(sql`
    select o.slug, o.name_mn, o.name_en, b.grade, b.benefit_type, b.recipients, b.amount_mnt::text as amount
    from fiscal_benefits b join organizations o on o.id = b.organization_id
    where b.fiscal_year = ${year} order by o.name_mn, o.slug`);
  const organizations: Member[] = [];
  for (const r of rows)
    if (organizations.at(-1)?.code !== r.slug)
      organizations.push({ code: r.slug, mn: r.name_mn, en: r.name_en ?? r.name_mn });
  const codes = (list: FiscalPack['benefits']['grades'], seen: readonly string[]) => {
    const members: Member[] = list.map((c) => ({ code: c.code, mn: c.mn, en: c.en }));
    // A code the pack no longer lists stays a member of the years that used it, named by its code.
    for (const code of new Set(seen))
      if (!members.some((m) => m.code === code)) members.push({ code, mn: code, en: code });
    return members;
  };
  const members = {
    organization: organizations,
    grade: codes(
      pack.benefits.grades,
      rows.map((r) => r.grade),
    ),
    type: codes(
      pack.benefits.types,
      rows.map((r) => r.benefit_type),
    ),
  };
  const cube = suppress(
    BENEFIT_DIMENSIONS.map((d) => members[d].map((m) => m.code)),
    rows.map((r) => ({
      coords: [r.slug, r.grade, r.benefit_type],
      recipients: Number(r.recipients),
      amount: Number(r.amount),
    })),
    minimumCell,
  );
  const published: PublishedBenefits = { year, minimumCell, members, cube };
  // One state per year is enough: the newest.
  for (const old of perDb.keys()) if (old.startsWith(`${year}:`)) perDb.delete(old);
  perDb.set(key, published);
  return published;
}

/** A cell of the published cube by member codes (`null`: the dimension's total). */
export function benefitCell(
  p: PublishedBenefits,
  at: Partial<Record<BenefitDimension, string | null>>,
): PublishedCell {
  return p.cube.cell(BENEFIT_DIMENSIONS.map((d) => at[d] ?? null));
}

/** Whether a member code is one of the dimension's. */
export function hasMember(p: PublishedBenefits, dimension: BenefitDimension, code: string): boolean {
  return p.members[dimension].some((m) => m.code === code);
}
