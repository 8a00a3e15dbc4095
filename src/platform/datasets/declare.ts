import { type SqlQuery, sql } from '../db/sql.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { DatasetField, DatasetFilter } from '../module.ts';
import { SLUG } from '../patterns.ts';

/** A field as a declaration writes it: its title in both languages and what else it has. */
export type FieldSpec = Bilingual & Partial<Omit<DatasetField, 'name' | 'title'>>;

/**
 * A dataset's fields from a table keyed by field name, in the order written: each its title
 * (`mn`, `en`) and only what differs from a plain, optional text field —
 * `{ id: { mn: 'Дугаар', en: 'Id', type: 'integer', required: true }, title: { mn: 'Нэр', en: 'Title' } }`.
 */
export function datasetFields(fields: Readonly<Record<string, FieldSpec>>): DatasetField[] {
  return Object.entries(fields).map(([name, { mn, en, type = 'string', ...rest }]) => ({
    name,
    type,
    title: { mn, en },
    ...rest,
  }));
}

/** A download filter whose value is a slug (an organisation, a plan), compared with the column of its name. */
export function slugFilter(name: string, title: Bilingual): DatasetFilter {
  return { name, title, pattern: SLUG };
}

/**
 * A dataset's `lastModified`: the newest of its rows' own times (`rows`, one value: demo data, seeds
 * and direct SQL write without versions) and, with `dataset`, of its change history; while it has
 * neither, with `installed`, when that module's first migration ran, so the catalogue always has a
 * date to give (DCAT and data.json require one).
 */
export function lastChanged(parts: { rows: SqlQuery; dataset?: string; installed?: string }): SqlQuery {
  const times = [sql`(${parts.rows})`];
  if (parts.dataset)
    times.push(sql`(select max(changed_at) from record_versions where dataset = ${parts.dataset})`);
  const installed = parts.installed
    ? sql`, (select min(applied_at) from schema_migrations where id like ${`${parts.installed}/%`})`
    : sql``;
  return sql`select coalesce(greatest(${sql.join(times)})${installed}) as modified`;
}
