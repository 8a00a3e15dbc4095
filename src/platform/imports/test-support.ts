import type { DatasetField } from '../module.ts';

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
