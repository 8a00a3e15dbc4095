import { sql } from '../db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../module.ts';
import type { DatasetImport } from './types.ts';

/** The same text in both languages, for test declarations. */
export const bi = (text: string) => ({ mn: text, en: text });

/** A test dataset's fields of every type an import parses, keyed by `code`. */
export const itemFields: DatasetField[] = [
  { name: 'code', type: 'string', title: { mn: 'Код', en: 'Code' }, required: true },
  { name: 'amount', type: 'number', title: bi('Amount') },
  { name: 'count', type: 'integer', title: bi('Count') },
  { name: 'active', type: 'boolean', title: bi('Active') },
  { name: 'issued', type: 'date', title: bi('Issued') },
  { name: 'seen_at', type: 'datetime', title: bi('Seen') },
];

/**
 * A test register importable into `table` (its id the table's name in kebab-case), keyed by
 * `code`, read back as its fields in their order; `rules` add to its import section.
 */
export function tableDataset(
  table: string,
  fields: DatasetField[],
  action: string,
  rules: Partial<DatasetImport> = {},
): DatasetDeclaration {
  return {
    id: table.replaceAll('_', '-'),
    title: bi(table),
    description: bi(`Rows of ${table}, for tests`),
    publisher: 'government',
    themes: ['GOVE'],
    key: ['code'],
    fields,
    source: sql`select ${sql.join(fields.map((f) => sql`${sql.id(f.name)}`))} from ${sql.id(table)}`,
    import: { table, action, ...rules },
  };
}
