import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { defineList } from '../../platform/lists/define.ts';
import { FUNDING_SOURCES, SECTORS, STAGES, STATUSES } from './codes.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const name = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.title_mn) collate "C"` : sql`lower(d.title_en) collate "C"`;

/**
 * The list of projects: the API's query, the page's filters, the dataset's download filters and
 * their SQL all come from here. Conditions read the rows `d` of `projectsRows` (queries.ts), which
 * are also the dataset's source. The filters are the ones the other parts of the module link to:
 * q, organization, sector, stage, status, aimag, funding and lender (a legal entity's id).
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
      description: 'Text in the title or the description, in either language',
      maxLength: 200,
      where: (q) =>
        sql`mn_lower(d.title_mn || ' ' || d.title_en || ' ' || d.description_mn || ' ' || d.description_en) like mn_lower(${containing(q)})`,
    },
    {
      name: 'organization',
      control: 'select',
      label: 'projects.filter.organization',
      description: 'Slug of the implementing body',
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
    {
      name: 'sector',
      control: 'select',
      label: 'projects.filter.sector',
      description: 'OC4IDS projectSector code; a top-level sector includes its subsectors',
      options: SECTORS.map((s) => s.code),
      optionLabel: (v, t) => t.pick(SECTORS.find((s) => s.code === v)!.name),
      where: (v) => sql`(d.sector = ${v} or d.sector like ${`${v}.%`})`,
    },
    {
      name: 'stage',
      control: 'select',
      label: 'projects.filter.stage',
      description: 'The stage (OC4IDS projectStatus terms)',
      options: STAGES,
      optionLabel: (v, t) => t(`projects.stage.${v}`),
      where: (v) => sql`d.stage = ${v}`,
    },
    {
      name: 'status',
      control: 'select',
      label: 'projects.filter.status',
      description: 'Where the project stands beside its stage',
      options: STATUSES,
      optionLabel: (v, t) => t(`projects.status.${v}`),
      where: (v) => sql`d.status = ${v}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'projects.filter.aimag',
      description: 'Code of the aimag or the capital; includes the units beneath it',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (v) =>
        sql`(d.admin_unit_code = ${v} or d.admin_unit_code in (select code from admin_units where parent_code = ${v}))`,
    },
    {
      name: 'funding',
      control: 'select',
      label: 'projects.filter.funding',
      description: 'A source that funds the project',
      options: FUNDING_SOURCES,
      optionLabel: (v, t) => t(`projects.funding.${v}`),
      where: (v) =>
        sql`exists (select 1 from project_funding pf where pf.project_id = d.id and pf.source = ${v})`,
    },
    {
      name: 'lender',
      control: 'text',
      label: 'projects.filter.lender',
      description: 'Id of a lender’s legal entity: projects one of its loans or grants funds',
      pattern: /^\d{1,12}$/,
      form: false,
      // A loan or grant that names the project, or that one of its funding rows names.
      where: (v) => sql`(exists (select 1 from project_funding pf join project_loans l on l.id = pf.loan_id
          where pf.project_id = d.id and l.lender_entity_id = ${Number(v)}::bigint)
        or exists (select 1 from project_loans l where l.project_id = d.id and l.lender_entity_id = ${Number(v)}::bigint))`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale) }),
      start: (locale) => ({ by: sql`d.planned_start`, nulls: 'last', thenBy: [name(locale)] }),
      updated: (locale) => ({ by: sql`d.updated_at`, thenBy: [name(locale)] }),
      created: (locale) => ({ by: sql`d.created_at`, thenBy: [name(locale)] }),
    },
  },
});
