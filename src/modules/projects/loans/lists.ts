import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList } from '../../../platform/lists/define.ts';

const title = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.title_mn) collate "C"` : sql`lower(d.title_en) collate "C"`;

/**
 * The list of loans and grants (`/projects/loans`, its API and downloads): filters by lender (a
 * legal entity's id), currency, kind and project; conditions read the rows `d` of `loanRows`.
 */
export const loansList = defineList({
  id: 'project-loans',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'lender',
      control: 'select',
      label: 'projects.loans.filter.lender',
      description: 'The lender: its legal entity’s id',
      options: async (db) =>
        (
          await db.query<{ id: number; mn: string; en: string }>(sql`
            select distinct coalesce(e.merged_into, e.id) as id, coalesce(r.name_mn, r.name_en) as mn,
              coalesce(r.name_en, r.name_mn) as en
            from project_loans l join legal_entities e on e.id = l.lender_entity_id
            join legal_entities r on r.id = coalesce(e.merged_into, e.id)`)
        ).map((o) => ({ value: String(o.id), label: { mn: o.mn, en: o.en } })),
      pattern: /^\d{1,15}$/,
      where: (id) => sql`d.lender_entity_id = ${Number(id)}`,
    },
    {
      name: 'currency',
      control: 'select',
      label: 'projects.loans.filter.currency',
      description: 'ISO 4217 code of the loan’s currency',
      options: async (db) =>
        (await db.query<{ c: string }>(sql`select distinct currency as c from project_loans order by 1`)).map(
          (o) => ({ value: o.c, label: { mn: o.c, en: o.c } }),
        ),
      pattern: /^[A-Z]{3}$/,
      where: (c) => sql`d.currency = ${c}`,
    },
    {
      name: 'kind',
      control: 'select',
      label: 'projects.loans.filter.kind',
      description: '`loan` or `grant`',
      options: ['loan', 'grant'],
      optionLabel: (v, t) => t(`projects.loans.kind.${v}`),
      where: (k) => sql`d.kind = ${k}`,
    },
    {
      name: 'project',
      control: 'text',
      label: 'projects.loans.filter.project',
      description: 'Slug of the project the loan finances',
      maxLength: 100,
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`d.project = ${slug}`,
    },
  ],
  sort: {
    default: '-signed',
    tieBreaker: sql`d.id`,
    keys: {
      signed: (locale) => ({ by: sql`d.agreement_on`, thenBy: [title(locale)] }),
      name: (locale) => ({ by: title(locale) }),
    },
  },
});
