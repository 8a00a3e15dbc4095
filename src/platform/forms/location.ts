import type { FieldProblem } from '../commands/index.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { Locale } from '../i18n/index.ts';

/** An aimag (or the capital) with its soums (or districts), as the location field lists them. */
export interface LocationUnit {
  code: string;
  nameMn: string;
  nameEn: string;
  children: { code: string; nameMn: string; nameEn: string }[];
}

/**
 * The capital and the aimags, each with the units under it, in the reader's alphabetical order:
 * the choices of a location field. Units the country pack does not list are not offered.
 */
export async function locationUnits(db: Queryable, locale: Locale): Promise<LocationUnit[]> {
  const name = (alias: string) =>
    locale === 'mn'
      ? sql`mn_sort_key(${sql.raw(alias)}.name_mn) collate "C"`
      : sql`lower(${sql.raw(alias)}.name_en) collate "C"`;
  const rows = await db.query<{
    code: string;
    parentCode: string | null;
    nameMn: string;
    nameEn: string;
  }>(sql`
    select u.code, u.parent_code as "parentCode", u.name_mn as "nameMn", u.name_en as "nameEn"
    from admin_units u left join admin_units p on p.code = u.parent_code
    where (u.kind in ('capital', 'aimag') and u.parent_code is null) or p.kind in ('capital', 'aimag')
    order by u.parent_code is not null, u.kind = 'capital' desc, ${name('u')}`);
  const top = new Map<string, LocationUnit>();
  for (const r of rows) {
    if (r.parentCode === null)
      top.set(r.code, { code: r.code, nameMn: r.nameMn, nameEn: r.nameEn, children: [] });
    else top.get(r.parentCode)?.children.push({ code: r.code, nameMn: r.nameMn, nameEn: r.nameEn });
  }
  return [...top.values()];
}

/** What a location field sent, as text (every part optional). */
export interface LocationInput {
  aimag?: string | undefined;
  soum?: string | undefined;
}

/**
 * Checks the aimag and soum of a location field: each a unit the country has, the soum one of the
 * aimag's (a problem on the soum field naming both otherwise). A soum sent without its aimag
 * gives the aimag (`aimag` in the answer). `fields` names the form's fields when they differ.
 */
export async function checkLocation(
  db: Queryable,
  input: LocationInput,
  fields: { aimag: string; soum: string } = { aimag: 'aimag', soum: 'soum' },
): Promise<{ problems: FieldProblem[]; aimag: string | null; soum: string | null }> {
  const aimag = input.aimag?.trim() || null;
  const soum = input.soum?.trim() || null;
  const problems: FieldProblem[] = [];
  if (!aimag && !soum) return { problems, aimag, soum };
  const units = await db.query<{
    code: string;
    parentCode: string | null;
    nameMn: string;
    nameEn: string;
  }>(sql`
    select code, parent_code as "parentCode", name_mn as "nameMn", name_en as "nameEn" from admin_units
    where code = any(${[aimag ?? '', soum ?? '']}::text[])`);
  const top = units.find((u) => u.code === aimag && u.parentCode === null);
  const under = units.find((u) => u.code === soum && u.parentCode !== null);
  if (aimag && !top) problems.push({ field: fields.aimag, key: 'location.error.aimagUnknown' });
  if (soum && !under) problems.push({ field: fields.soum, key: 'location.error.soumUnknown' });
  else if (under && top && under.parentCode !== top.code)
    problems.push({
      field: fields.soum,
      key: 'location.error.soumNotInAimag',
      params: { soum: { mn: under.nameMn, en: under.nameEn }, aimag: { mn: top.nameMn, en: top.nameEn } },
    });
  return { problems, aimag: aimag ?? under?.parentCode ?? null, soum };
}
