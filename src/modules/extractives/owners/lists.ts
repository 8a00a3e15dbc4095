import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList } from '../../../platform/lists/define.ts';
import { fetchPage, type OffsetPage } from '../../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../../platform/lists/query.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The entities with declared owners: one row each, with what the list filters on. Public facts only. */
export const ownedEntityRows = sql`
  select e.id::int as id, coalesce(e.name_mn, e.name_en) as name_mn, coalesce(e.name_en, e.name_mn) as name_en,
    e.scheme, e.identifier,
    count(distinct w.id)::int as owners,
    count(distinct w.person_id)::int as persons,
    bool_or(p.pep_status = 'isPep') is true as pep,
    bool_or(w.party_state is not null) as state,
    max(w.updated_at) as updated_at
  from extractive_ownerships w join legal_entities e on e.id = w.subject_id
  left join extractive_owner_persons p on p.id = w.person_id
  group by e.id`;

const name = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.name_mn) collate "C"` : sql`lower(d.name_en) collate "C"`;

/** The list of owned entities: the page's filters, the API's query and their SQL. */
export const ownersList = defineList({
  id: 'extractives-owners',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'extractives.owners.filter.q',
      description: 'Text in the entity’s name, in either language',
      maxLength: 200,
      where: (q) => sql`mn_lower(d.name_mn || ' ' || d.name_en) like mn_lower(${containing(q)})`,
    },
    {
      name: 'pep',
      control: 'checkbox',
      label: 'extractives.owners.filter.pep',
      description: '`1`: only entities with a politically exposed owner',
      where: () => sql`d.pep`,
    },
    {
      name: 'state',
      control: 'checkbox',
      label: 'extractives.owners.filter.state',
      description: '`1`: only entities a State owns directly',
      where: () => sql`d.state`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale) }),
      updated: (locale) => ({ by: sql`d.updated_at`, thenBy: [name(locale)] }),
    },
  },
});

export interface OwnedEntityRow {
  id: number;
  nameMn: string;
  nameEn: string;
  owners: number;
  persons: number;
  pep: boolean;
  state: boolean;
  updatedAt: Date;
}

const COLUMNS = sql`d.id, d.name_mn as "nameMn", d.name_en as "nameEn", d.owners, d.persons, d.pep, d.state,
  d.updated_at as "updatedAt"`;

/** One page of the owned entities. */
export function listOwnedEntities(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<OwnedEntityRow>> {
  return fetchPage<OwnedEntityRow>(db, ownersList, {
    rows: ownedEntityRows,
    select: COLUMNS,
    filters,
    ...options,
  });
}
