import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { defineList } from '../../platform/lists/define.ts';
import { organizationKinds } from './kinds.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const name = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.name_mn) collate "C"` : sql`lower(d.name_en) collate "C"`;
const unit = (locale: Locale) =>
  locale === 'mn'
    ? sql`mn_sort_key(d.admin_unit_name_mn) collate "C"`
    : sql`lower(d.admin_unit_name_en) collate "C"`;

/**
 * The directory's list: the API's query, the page's filters, the dataset's download filters and
 * their SQL all come from here. Conditions read the rows `d` of `organizationRows` (service.ts)
 * and of the dataset's source alike.
 */
export const organizationsList = defineList({
  id: 'organizations',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'organizations.filter.q',
      description: 'Text in the name or abbreviation, in either language',
      maxLength: 200,
      where: (q) =>
        sql`mn_lower(d.name_mn || ' ' || d.name_en || ' ' || coalesce(d.abbreviation, '') || ' ' || array_to_string(d.aliases, ' ')) like mn_lower(${containing(q)})`,
    },
    {
      name: 'kind',
      control: 'select',
      label: 'organizations.filter.kind',
      options: organizationKinds,
      optionLabel: (kind, t) => t(`organizations.kind.${kind}`),
      where: (kind) => sql`d.kind = ${kind}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'organizations.filter.aimag',
      description: 'Administrative unit code; includes units beneath it',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (code) => sql`(d.admin_unit_code = ${code} or d.admin_unit_parent = ${code})`,
    },
    {
      name: 'parent',
      control: 'text',
      label: 'organizations.filter.parent',
      description: 'Slug of the parent organisation',
      pattern: /^[a-z0-9-]{1,100}$/,
      form: false,
      where: (slug) => sql`d.parent_slug = ${slug}`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale) }),
      kind: (locale) => ({ by: sql`d.kind`, thenBy: [name(locale)] }),
      aimag: (locale) => ({ by: unit(locale), nulls: 'last', thenBy: [name(locale)] }),
    },
  },
});

type SortKey = keyof typeof organizationsList.sort.keys & string;
/** A value of `?sort=`: a key, or `-key` for descending. */
export type OrganizationSort = SortKey | `-${SortKey}`;
