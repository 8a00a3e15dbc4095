import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { defineList } from '../../platform/lists/define.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const name = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.title_mn) collate "C"` : sql`lower(d.title_en) collate "C"`;

/**
 * The list of Projects and foreign loans: the API's query, the page's filters, the dataset's download filters
 * and their SQL all come from here. Conditions read the rows `d` of `projectsRows` (queries.ts),
 * which are also the dataset's source.
 */
export const projectsList = defineList({
  id: 'projects',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'projects.filter.q',
      description: 'Text in the name, in either language',
      maxLength: 200,
      where: (q) => sql`mn_lower(d.title_mn || ' ' || d.title_en) like mn_lower(${containing(q)})`,
    },
    {
      name: 'organization',
      control: 'select',
      label: 'projects.filter.organization',
      description: 'Slug of the organisation the records belong to',
      options: async (db, locale) =>
        (
          await db.query<{ slug: string; mn: string; en: string }>(
            sql`select distinct o.slug, o.name_mn as mn, o.name_en as en
              from projects r join organizations o on o.id = r.organization_id`,
          )
        )
          .map((o) => ({ value: o.slug, label: { mn: o.mn, en: o.en } }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.organization = ${slug}`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale) }),
      created: (locale) => ({ by: sql`d.created_at`, thenBy: [name(locale)] }),
    },
  },
});
