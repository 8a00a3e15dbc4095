import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import { defineList, type ListFilter } from '../../platform/lists/define.ts';
import { flagCodes } from './flags.ts';
import { methods } from './ocds/codelists.ts';
import { familyOf } from './suppliers.ts';

export const stages = ['planning', 'tender', 'award', 'contract', 'implementation'] as const;
/** The statuses the page offers; the API takes any status code (`pattern`). */
export const statuses = [
  'planning',
  'active',
  'complete',
  'cancelled',
  'unsuccessful',
  'pending',
  'terminated',
] as const;

/** `%text%` for LIKE on lower-cased text, with the pattern characters in the text taken literally. */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A choice among fixed codes that the rows hold in the column of the filter's name (`d.method`),
 * each labelled by the catalogue (`procurement.method.open`).
 */
function codeFilter(name: 'method' | 'stage', options: readonly string[], description?: string): ListFilter {
  return {
    name,
    control: 'select',
    label: `procurement.filter.${name}`,
    ...(description ? { description } : {}),
    options,
    optionLabel: (code, t) => t(`procurement.${name}.${code}`),
    where: (code) => sql`d.${sql.id(name)} = ${code}`,
  };
}

const isFlag = (value: string) => (flagCodes as readonly string[]).includes(value);

/** A day written YYYY-MM-DD, with a month and a day that can be (the database reads it as a date). */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An amount of money, without signs, exponents or separators. */
const AMOUNT = /^\d{1,15}(\.\d{1,6})?$/;

/**
 * The list of contracting processes: the API's query (keyset, `limit` up to 500), the page's
 * filters, the dataset's download filters and their SQL all come from here. Conditions read the
 * rows `d` of `PROCESS_ROWS` (service.ts) and of the dataset's source alike: both have the
 * process's columns, `buyer_slug` and `flag_list`.
 */
export const processesList = defineList({
  id: 'procurement',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'procurement.filter.q',
      description: 'Text in the title, or an OCID',
      maxLength: 200,
      where: (q) => sql`(lower(d.title) like ${containing(q)} or d.ocid = ${q})`,
    },
    {
      name: 'buyer',
      control: 'select',
      label: 'procurement.filter.buyer',
      description: 'Slug of the buyer',
      // The buyers that have processes, in the reader's order.
      options: async (db, locale) =>
        (
          await db.query<{ slug: string; nameMn: string; nameEn: string }>(sql`
            select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn" from organizations o
            where exists (select 1 from procurement_processes p where p.buyer_id = o.id)
            order by ${locale === 'mn' ? sql`mn_sort_key(o.name_mn) collate "C"` : sql`lower(o.name_en) collate "C"`}`)
        ).map((b) => ({ value: b.slug, label: { mn: b.nameMn, en: b.nameEn } })),
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.buyer_id = (select id from organizations where slug = ${slug})`,
    },
    {
      name: 'supplier',
      control: 'text',
      label: 'procurement.filter.supplier',
      description: 'Id of the supplier (its legal entity; the entities merged into it are included)',
      pattern: /^\d{1,12}$/,
      form: false,
      where: (id) => sql`d.supplier_id in ${familyOf(Number(id))}`,
    },
    codeFilter('method', methods, 'Procurement method (OCDS method codelist)'),
    codeFilter('stage', stages),
    {
      name: 'status',
      control: 'select',
      label: 'procurement.filter.status',
      description: 'Tender, award or contract status',
      options: async () => {
        const mn = translator('mn');
        const en = translator('en');
        return statuses.map((s) => ({
          value: s,
          label: { mn: mn(`procurement.status.${s}`), en: en(`procurement.status.${s}`) },
        }));
      },
      pattern: /^[a-zA-Z]{1,40}$/,
      where: (s) => sql`d.status = ${s}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'procurement.filter.aimag',
      description: 'Aimag or capital code of the buyer',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (code) => sql`d.aimag = ${code}`,
    },
    {
      name: 'flag',
      control: 'select',
      label: 'procurement.filter.flag',
      description: 'Only processes that raise this red flag',
      options: flagCodes,
      optionLabel: (f, t) => t(`procurement.flag.${f}.title`),
      // The code is written out, so that the planner can use the flag's partial indexes (003_list.sql).
      where: (f) =>
        isFlag(f)
          ? sql`d.flag_list @> array[${sql.raw(`'${f}'`)}]::text[]`
          : sql`d.flag_list @> array[${f}]::text[]`,
    },
    {
      name: 'valueMin',
      control: 'text',
      label: 'procurement.filter.valueMin',
      pattern: AMOUNT,
      input: { inputmode: 'numeric' },
      where: (v) => sql`d.contract_value >= ${Number(v)}`,
    },
    {
      name: 'valueMax',
      control: 'text',
      label: 'procurement.filter.valueMax',
      pattern: AMOUNT,
      input: { inputmode: 'numeric' },
      where: (v) => sql`d.contract_value <= ${Number(v)}`,
    },
    {
      name: 'from',
      control: 'text',
      label: 'procurement.filter.from',
      description: 'Date from (signed, else awarded, else tender start), inclusive',
      pattern: DAY,
      input: { type: 'date' },
      where: (day) => sql`d.date >= ${day}::date`,
    },
    {
      name: 'to',
      control: 'text',
      label: 'procurement.filter.to',
      description: 'Date to, inclusive',
      pattern: DAY,
      input: { type: 'date' },
      where: (day) => sql`d.date < ${day}::date + 1`,
    },
  ],
  sort: {
    default: '-date',
    tieBreaker: sql`d.id`,
    keys: {
      date: () => ({ by: sql`d.date` }),
      value: () => ({ by: sql`coalesce(d.contract_value, 0)` }),
    },
  },
});

/**
 * The OCDS packages (`/api/v1/procurement/releases`, `/records`): release or process order, and
 * `limit` up to 1,000, which their published contract has always taken (over the one cap of 500).
 */
export const packagesList = defineList({
  id: 'procurement-packages',
  pageSize: 100,
  maxPageSize: 1000,
  filters: [
    {
      name: 'ocid',
      control: 'text',
      label: 'procurement.filter.q',
      description: 'Only the releases of this process',
      pattern: /^ocds-[A-Za-z0-9-]{1,200}$/,
      where: (ocid) => sql`d.ocid = ${ocid}`,
    },
  ],
  sort: { default: 'seq', tieBreaker: sql`d.seq`, keys: { seq: () => ({ by: sql`d.seq` }) } },
});
