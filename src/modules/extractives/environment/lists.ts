import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../../platform/admin-units.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList } from '../../../platform/lists/define.ts';
import { STAGES } from './stages.ts';

const company = (locale: Locale) =>
  locale === 'mn'
    ? sql`mn_sort_key(coalesce(d.entity_name_mn, d.entity_name_en)) collate "C"`
    : sql`lower(coalesce(d.entity_name_en, d.entity_name_mn)) collate "C"`;

/**
 * The environmental list: the page's filters, the API's query and the dataset's download filters
 * come from here. Rows `d` are `caseRows` (queries.ts) from the notice on. By default the
 * companies listed now come first, then the cases in due process, the latest step first.
 */
export const environmentList = defineList({
  id: 'extractives-environment',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'stage',
      control: 'select',
      label: 'extractives.environment.filter.stage',
      description: 'Where the case stands in due process',
      options: STAGES.filter((s) => s !== 'inspected'),
      optionLabel: (v, t) => t('extractives.environment.stage', { stage: v }),
      where: (v) => sql`d.stage = ${v}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'extractives.environment.filter.aimag',
      description: 'Code of the aimag or the capital where the harm was found',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (v) => sql`d.aimag = ${v}`,
    },
    {
      name: 'company',
      control: 'select',
      label: 'extractives.environment.filter.company',
      description: 'Id of the legal entity (as in /legal-entities/{id})',
      options: async (db, locale) =>
        (
          await db.query<{ id: number; mn: string | null; en: string | null }>(
            sql`select distinct e.id, e.name_mn as mn, e.name_en as en
              from extractive_environment_cases c join legal_entities e on e.id = c.legal_entity_id
              where c.stage <> 'inspected'`,
          )
        )
          .map((e) => ({
            value: String(e.id),
            label: { mn: e.mn ?? e.en ?? '', en: e.en ?? e.mn ?? '' },
          }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
      pattern: /^[0-9]{1,15}$/,
      where: (v) => sql`d.entity_id = ${Number(v)}`,
    },
  ],
  sort: {
    default: 'listed',
    tieBreaker: sql`d.id`,
    keys: {
      listed: (locale) => ({
        by: sql`(not d.listed)::int`,
        // The latest step first: days before 2000-01-01, so that ascending is newest first.
        thenBy: [sql`date '2000-01-01' - coalesce(d.decided_on, d.noticed_on)::date`, company(locale)],
      }),
      company: (locale) => ({ by: company(locale) }),
      noticed: () => ({ by: sql`d.noticed_on` }),
    },
  },
});
