import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { defineList } from '../../platform/lists/define.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const name = (locale: Locale) =>
  locale === 'mn'
    ? sql`mn_sort_key(d.name_mn) collate "C"`
    : sql`lower(coalesce(d.name_en, d.name_mn)) collate "C"`;

/**
 * The list of officials' terms in posts: the API's query, the page's filters, the dataset's
 * download filters and their SQL all come from here, over the rows `d` of the platform's `officialTermRows`.
 */
export const officialsList = defineList({
  id: 'officials',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'officials.filter.q',
      description: 'Text in the name or the post, in either language',
      maxLength: 200,
      where: (q) =>
        sql`mn_lower(concat_ws(' ', d.name_mn, d.name_en, d.post_mn, d.post_en)) like mn_lower(${containing(q)})`,
    },
    {
      name: 'organization',
      control: 'select',
      label: 'officials.filter.organization',
      description: 'Slug of the organisation of the post',
      options: async (db, locale) =>
        (
          await db.query<{ slug: string; mn: string; en: string }>(
            sql`select distinct o.slug, o.name_mn as mn, o.name_en as en
              from official_posts p join organizations o on o.id = p.organization_id`,
          )
        )
          .map((o) => ({ value: o.slug, label: { mn: o.mn, en: o.en } }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.organization = ${slug}`,
    },
    {
      name: 'current',
      control: 'checkbox',
      label: 'officials.filter.current',
      description: '`1`: only terms that have not ended',
      where: () => sql`d.current`,
    },
    {
      name: 'declares',
      control: 'checkbox',
      label: 'officials.filter.declares',
      description: '`1`: only posts whose holders declare their assets',
      where: () => sql`d.declares_assets`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale), thenBy: [sql`d.starts_on`] }),
      start: (locale) => ({ by: sql`d.starts_on`, thenBy: [name(locale)] }),
    },
  },
});
