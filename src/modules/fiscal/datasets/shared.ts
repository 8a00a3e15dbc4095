import { countryPackFor } from '../../../country/index.ts';
import type { CountryPack } from '../../../country/pack.ts';
import type { FieldSpec } from '../../../platform/datasets/declare.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ImportColumn, ImportRule } from '../../../platform/imports/types.ts';
import type { DatasetFilter } from '../../../platform/module.ts';

/**
 * What the fiscal module's importable datasets share: a body named by its slug, codes checked
 * against the classification of the row's year (composite references, judged in SQL so that a
 * CSV file keeps the import's fast path), the ref's shape, filters, and the country's settings the
 * rules read in SQL (written by the module's seed: `platform_settings` key `fiscal`).
 */

/** The ref's shape (the tables' check), for the reader and for SQL. */
export const refColumn: ImportColumn = {
  maxLength: 100,
  pattern: {
    regex: /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/,
    sql: '^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$',
    message: {
      mn: 'Дугаар нь латин үсэг, цифрээр эхэлж, зөвхөн латин үсэг, цифр, . _ / - агуулна',
      en: 'A reference starts with a Latin letter or digit and holds only those and . _ / -',
    },
  },
};

/** A body named by its slug: the column receives its organisation's id. */
export const bodyColumn: ImportColumn = {
  column: 'organization_id',
  references: { table: 'organizations', column: 'slug', lookup: 'id' },
};

const SCHEME_WORDS = {
  functional: { mn: 'чиг үүргийн', en: 'functional' },
  economic: { mn: 'эдийн засгийн', en: 'economic' },
  programme: { mn: 'хөтөлбөрийн', en: 'programme' },
  funding: { mn: 'санхүүжилтийн эх үүсвэрийн', en: 'funding source' },
  fund: { mn: 'тусгай сангийн', en: 'special fund' },
} as const;

/** A code that must be in force in the row's fiscal year: a (year, code) of `fiscal_<scheme>_codes`. */
export function codeColumn(scheme: keyof typeof SCHEME_WORDS): ImportColumn {
  const words = SCHEME_WORDS[scheme];
  return {
    maxLength: 40,
    references: {
      table: `fiscal_${scheme}_codes`,
      column: 'code',
      with: { fiscal_year: 'year' },
      message: {
        mn: `«{value}» код {fiscal_year} оны ${words.mn} ангилалд байхгүй (тухайн жилд хүчингүй эсвэл үл мэдэгдэх код)`,
        en: `Code "{value}" is not in the ${words.en} classification of {fiscal_year} (unknown, or not in force that year)`,
      },
    },
  };
}

/** The body must report under the glass-account law (a public body or one the pack adds). */
export const reportingBodyRule: ImportRule = {
  field: 'body',
  holds: sql`exists (select 1 from fiscal_reporting_bodies b join organizations o on o.id = b.organization_id
    where o.slug = s.body)`,
  message: {
    mn: 'Энэ байгууллага Шилэн дансны хуулийн дагуу тайлагнадаггүй',
    en: 'This organisation does not report under the glass-account law',
  },
};

/** A fiscal year field, and the ones every fiscal dataset has. */
export const yearField: FieldSpec = {
  mn: 'Төсвийн жил',
  en: 'Fiscal year',
  type: 'integer',
  required: true,
};
export const bodyField: FieldSpec = {
  mn: 'Байгууллага (таних нэр)',
  en: 'Body (identifier)',
  description: {
    mn: 'Байгууллагын бүртгэл дэх таних нэр (slug), жишээ нь ministry-of-health.',
    en: 'The organisation’s identifier in the registry (its slug), e.g. ministry-of-health.',
  },
  required: true,
};

/** The download filters every fiscal dataset has: year and body. */
export const yearAndBodyFilters: DatasetFilter[] = [
  {
    name: 'year',
    title: { mn: 'Төсвийн жил', en: 'Fiscal year' },
    pattern: /^\d{4}$/,
    where: (v) => sql`d.fiscal_year = ${Number(v)}`,
  },
  { name: 'body', title: { mn: 'Байгууллага', en: 'Body' }, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ },
];

/**
 * The pack's facts that SQL reads (the import rules, and the transaction search's `threshold`
 * filter, one declaration for page, API and downloads, which know no pack); written at every start.
 */
export async function writeFiscalSettings(db: Queryable, country: CountryPack): Promise<void> {
  const value = JSON.stringify({
    threshold: country.fiscal.glassAccount.threshold,
    publicationDays: country.fiscal.glassAccount.publicationDays,
    currency: country.currency,
    rateGapDays: country.exchangeRates.maxGapDays,
    yearStartMonth: country.fiscal.yearStartMonth,
    donorTypes: country.fiscal.donorTypes.map((d) => d.code),
  });
  await db.query(sql`insert into platform_settings (key, value) values ('fiscal', ${value}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()
    where platform_settings.value is distinct from excluded.value`);
}

/** A setting of `writeFiscalSettings`, in SQL. */
export const setting = (name: 'currency' | 'rateGapDays' | 'yearStartMonth') =>
  name === 'currency'
    ? sql`(select value->>'currency' from platform_settings where key = 'fiscal')`
    : sql`(select (value->>${name})::int from platform_settings where key = 'fiscal')`;

/** The country pack of the installation, for an `afterMerge` (which is given a transaction only). */
export async function installedCountry(tx: Queryable): Promise<CountryPack> {
  const [row] = await tx.query<{ code: string }>(
    sql`select value->>'code' as code from platform_settings where key = 'country'`,
  );
  if (!row) throw new Error('the installation has no country recorded');
  return countryPackFor(row.code);
}
