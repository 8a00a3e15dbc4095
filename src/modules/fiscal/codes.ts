import type { FiscalPack, FiscalScheme } from '../../country/fiscal-pack.ts';
import { fiscalSchemes } from '../../country/fiscal-pack.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** A classification scheme of `fiscal_codes`: the pack's four and the special funds. */
export type CodeScheme = FiscalScheme | 'fund';

/** The first and last fiscal year the platform writes codes for when a version is still in force. */
export const LAST_CODED_YEAR = 2035;

export interface CodeRow {
  scheme: CodeScheme;
  year: number;
  code: string;
  parent: string | null;
  label_mn: string;
  label_en: string;
}

/** Every code of the pack, one row per fiscal year it is in force (special funds as scheme `fund`). */
export function packCodes(pack: FiscalPack): CodeRow[] {
  const rows: CodeRow[] = [];
  const years = (from: number, until: number | null) => {
    const out: number[] = [];
    for (let y = from; y <= (until ?? LAST_CODED_YEAR); y++) out.push(y);
    return out;
  };
  for (const scheme of fiscalSchemes) {
    const versions = pack.classifications[scheme].versions;
    for (const version of versions)
      for (const year of years(version.from, version.until))
        for (const c of version.codes)
          rows.push({ scheme, year, code: c.code, parent: c.parent, label_mn: c.mn, label_en: c.en });
  }
  for (const fund of pack.specialFunds.funds)
    for (const year of years(fund.from, fund.until))
      rows.push({
        scheme: 'fund',
        year,
        code: fund.code,
        parent: null,
        label_mn: fund.name.mn,
        label_en: fund.name.en,
      });
  return rows;
}

/**
 * Writes the pack's codes into `fiscal_codes` (run at every start): the table is the pack's, so
 * codes the pack no longer has are removed and the rest replaced, in one statement.
 */
export async function writePackCodes(db: Queryable, pack: FiscalPack): Promise<void> {
  const rows = packCodes(pack);
  await db.query(sql`
    with incoming as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(scheme text, year integer, code text, parent text, label_mn text, label_en text)
    ), removed as (
      delete from fiscal_codes f where not exists (
        select 1 from incoming i where i.scheme = f.scheme and i.year = f.year and i.code = f.code)
    )
    insert into fiscal_codes (scheme, year, code, parent, label_mn, label_en)
    select scheme, year, code, parent, label_mn, label_en from incoming
    on conflict (scheme, year, code) do update set parent = excluded.parent,
      label_mn = excluded.label_mn, label_en = excluded.label_en`);
}
