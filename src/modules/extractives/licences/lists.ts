import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../../platform/admin-units.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList } from '../../../platform/lists/define.ts';
import { licenceKinds } from './kinds.ts';
import { LICENCE_STATUSES } from './queries.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const name = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.name_mn) collate "C"` : sql`lower(d.name_en) collate "C"`;

export const RESOURCES = ['mineral', 'petroleum', 'land', 'water'] as const;

/**
 * The licence register's list: the API's query, the page's filters, the dataset's download
 * filters and their SQL. Conditions read the rows `d` of `licenceRows` (queries.ts).
 */
export const licencesList = defineList({
  id: 'extractives-licences',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'extractives.licences.filter.q',
      description: 'Text in the number, the name (either language) or the holders',
      maxLength: 200,
      where: (q) =>
        sql`mn_lower(d.number || ' ' || d.name_mn || ' ' || d.name_en || ' ' || coalesce(d.holders, '')) like mn_lower(${containing(q)})`,
    },
    {
      name: 'type',
      control: 'select',
      label: 'extractives.licences.filter.type',
      description: 'Code of the kind of licence (the country pack’s), e.g. `mining`',
      options: async (db, locale) => {
        const present = await db.query<{ type: string }>(
          sql`select distinct licence_type as type from extractive_licences`,
        );
        const named = new Map(licenceKinds().map((k) => [k.code, k.name]));
        return present
          .map((r) => ({ value: r.type, label: named.get(r.type) ?? { mn: r.type, en: r.type } }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale));
      },
      pattern: /^[a-z0-9-]{1,60}$/,
      where: (v) => sql`d.licence_type = ${v}`,
    },
    {
      name: 'resource',
      control: 'select',
      label: 'extractives.licences.filter.resource',
      description: 'What the licence is over',
      options: RESOURCES,
      optionLabel: (v, t) => t(`extractives.licences.resource.${v}`),
      where: (v) => sql`d.resource = ${v}`,
    },
    {
      name: 'status',
      control: 'select',
      label: 'extractives.licences.filter.status',
      description: 'The licence’s status now',
      options: LICENCE_STATUSES,
      optionLabel: (v, t) => t(`extractives.licences.status.${v}`),
      where: (v) => sql`d.status = ${v}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'extractives.licences.filter.aimag',
      description: 'Code of the aimag or the capital the area lies in; includes units beneath it',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (v) => sql`d.aimag_code = ${v}`,
    },
    {
      name: 'holder',
      control: 'text',
      label: 'extractives.licences.filter.holder',
      description: 'Id of a holder’s legal entity (the entities merged into it included)',
      pattern: /^\d{1,12}$/,
      form: false,
      where: (v) =>
        sql`d.holder_ids && array(select e.id from legal_entities e where coalesce(e.merged_into, e.id) =
          (select coalesce(r.merged_into, r.id) from legal_entities r where r.id = ${Number(v)}))::bigint[]`,
    },
    {
      name: 'commodity',
      control: 'text',
      label: 'extractives.licences.filter.commodity',
      description: 'A commodity the licence names, e.g. `copper`',
      maxLength: 60,
      where: (v) => sql`${v.trim().toLowerCase()} = any(d.commodity_list)`,
    },
  ],
  sort: {
    default: 'number',
    tieBreaker: sql`d.id`,
    keys: {
      number: () => ({ by: sql`d.number collate "C"` }),
      name: (locale) => ({ by: name(locale) }),
      area: () => ({ by: sql`d.area_ha`, thenBy: [sql`d.number collate "C"`] }),
      granted: () => ({ by: sql`d.granted_on`, thenBy: [sql`d.number collate "C"`] }),
    },
  },
});
