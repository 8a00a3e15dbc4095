import { sql } from '../../platform/db/sql.ts';
import { defineList } from '../../platform/lists/define.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The public states of a question, as the list's `status` filter names them. */
export const publicStatuses = ['open', 'overdue', 'answered'] as const;

/**
 * The public list of questions: the API's query, the page's filters, the dataset's download filters
 * and their SQL all come from here. Conditions read the rows `d` of `publicQuestionRows`
 * (queries.ts), which are also the dataset's source: published questions only, never the asker.
 */
export const questionsList = defineList({
  id: 'questions',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'questions.filter.q',
      description: 'Text in the question, its answer or the record’s title',
      maxLength: 200,
      where: (q) =>
        sql`mn_lower(d.question || ' ' || coalesce(d.answer, '') || ' ' || d.subject_title_mn || ' ' || d.subject_title_en) like mn_lower(${containing(q)})`,
    },
    {
      name: 'organization',
      control: 'select',
      label: 'questions.filter.organization',
      description: 'Slug of the organisation that answers',
      options: async (db, locale) =>
        (
          await db.query<{ slug: string; mn: string; en: string }>(
            sql`select distinct o.slug, o.name_mn as mn, o.name_en as en
              from questions q join organizations o on o.id = q.organization_id
              where q.status in ('published', 'answered')`,
          )
        )
          .map((o) => ({ value: o.slug, label: { mn: o.mn, en: o.en } }))
          .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.organization = ${slug}`,
    },
    {
      name: 'status',
      control: 'select',
      label: 'questions.filter.status',
      description: '`open` (awaiting an answer), `overdue` (open past its deadline) or `answered`',
      options: publicStatuses,
      optionLabel: (value, t) => t(`questions.status.${value}`),
      where: (status) =>
        status === 'answered'
          ? sql`d.status = 'answered'`
          : status === 'overdue'
            ? sql`d.status = 'open' and d.due_at <= now()`
            : sql`d.status = 'open'`,
    },
  ],
  sort: {
    default: '-published',
    tieBreaker: sql`d.id`,
    keys: {
      published: () => ({ by: sql`d.published_at` }),
      due: () => ({ by: sql`d.due_at`, nulls: 'last' }),
    },
  },
});
