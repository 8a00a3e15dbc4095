import type { Queryable } from '../db/database.ts';
import type { SqlQuery } from '../db/sql.ts';
import type { Bilingual } from '../i18n/index.ts';

/** A problem in a file's content, in both languages, so pages and the CLI say it in the reader's. */
export type ProblemText = Bilingual;

/**
 * A value that must exist in another table (or view): `table.column`, and with `with` also the
 * row's other fields there, e.g. `{ table: 'fiscal_economic_codes', column: 'code', with:
 * { fiscal_year: 'year' } }`: the pair (fiscal_year, the value) must be a (year, code) of the table.
 * A row whose value or any `with` field is empty is not checked (`required` says so), as an SQL
 * foreign key with MATCH SIMPLE.
 */
export interface ImportReference {
  table: string;
  column: string;
  /** The table's column receives `table.lookup` of the matching row instead of the value. */
  lookup?: string;
  /** Other imported fields of the same row, each to the column of `table` it must equal. */
  with?: Readonly<Record<string, string>>;
  /**
   * What to say of a value not found, in both languages: `{value}` is the value, `{<field>}` the
   * row's value of a `with` field, e.g. `{ en: 'Code {value} is not in the economic classification
   * of {fiscal_year}', mn: '…' }`. Default: the value, the table and the `with` fields' titles and values.
   */
  message?: ProblemText;
}

/**
 * How one field of an importable dataset is written to the table. Default: the column of the
 * field's own name, taking the value as the file gives it.
 */
export interface ImportColumn {
  /** The table's column; default the field's name. */
  column?: string;
  /**
   * The value must exist in `table.column` (a code list or another register). With `lookup` the
   * table's column receives `table.lookup` of the matching row instead (e.g. a parent's id from
   * its slug); a lookup into the dataset's own table also finds rows added by the same file.
   */
  references?: ImportReference;
  /** At most this many characters (strings). */
  maxLength?: number;
  /**
   * A pattern the text must match, with what to say when it does not. `sql`, the same pattern as a
   * PostgreSQL regular expression (`~`, POSIX ARE), lets a CSV file take the fast path and the first
   * load; the declaration vouches that both accept the same texts (the row-by-row reader uses `regex`).
   */
  pattern?: { regex: RegExp; sql?: string; message: ProblemText };
}

/**
 * A condition every row must meet, judged by PostgreSQL over the whole file at once (so a dataset
 * with rules keeps the fast path and the first load). `holds` is an SQL boolean expression over
 * the row's fields, each written as a plain column name: its field name (the typed staging table's
 * column, e.g. `amount >= 0 or kind = 'refund'`; `s.amount` inside a subquery of another table).
 * Field types as staged: string `text`, integer `bigint`, number `numeric`, boolean, `date`,
 * `timestamptz`; an empty value is NULL. A NULL result holds, as in a CHECK constraint (write
 * `coalesce(…, false)` or `x is not null and …` to refuse it). A row that breaks it is a problem
 * on its line in the column of `field`, saying `message`. Rules are judged on rows whose every
 * cell was right.
 */
export interface ImportRule {
  field: string;
  holds: SqlQuery;
  message: ProblemText;
}

/**
 * A dataset declares itself importable with this (`DatasetDeclaration.import`): the rows of a file
 * (CSV, XLSX, JSON, NDJSON) are checked field by field, staged, and merged into `table` on the
 * dataset's key (its natural key: one field, unique in the table). See src/platform/imports/README.md.
 */
export interface DatasetImport {
  /** The table the rows go into (snake_case). */
  table: string;
  /** The action that allows an import, checked against the dataset's publisher organisation. */
  action: string;
  /** The fields a file supplies, key first or not; default every field. Others are ignored. */
  fields?: readonly string[];
  columns?: Readonly<Record<string, ImportColumn>>;
  /** Columns set to a value whenever a row is added or changed, e.g. `{ updated_at: sql\`now()\` }`. */
  touch?: Readonly<Record<string, SqlQuery>>;
  /**
   * Checks of a whole row after its fields parsed (values by field name, null when empty);
   * each problem names its field. A dataset with `check` is always read row by row: prefer `rules`.
   */
  check?: (row: Readonly<Record<string, unknown>>) => { field: string; message: ProblemText }[];
  /** Whole-row rules in SQL (`ImportRule`): unlike `check`, they keep the fast path and first load. */
  rules?: readonly ImportRule[];
  /** Runs in the import's transaction after the merge, with the keys added or changed (a search index). */
  afterMerge?: (tx: Queryable, keys: readonly string[]) => Promise<void>;
}

/** One problem, where it is in the file: a line (CSV, NDJSON), row (XLSX) or record (JSON). */
export interface ImportProblem {
  /** Line, row or record number, from 1; absent for the file as a whole. */
  line?: number;
  /** The file's header (or the field) the problem is in. */
  column?: string;
  message: ProblemText;
}

export type ImportFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export const importEncodings: readonly ImportEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251'];

/** A row as a sample shows it: its line, values by field, and for a change the values it replaces. */
export interface SampleRow {
  line: number;
  key: string;
  values: Record<string, unknown>;
  before?: Record<string, unknown>;
}

/** What an import found and did (or, in a dry run, would do). */
export interface DatasetImportReport {
  format?: ImportFormat;
  encoding?: ImportEncoding;
  /** Data rows read (the header not counted). */
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  /** The first `PROBLEMS_KEPT` problems in file order; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Headers of the file and the field each went to (null: ignored). */
  mapping: { header: string; field: string | null }[];
  /** Headers no field matched: the mapping step must place them (or ignore them) first. */
  unmapped: string[];
  /** Some of the rows that would be (or were) added and changed. */
  samples: { added: SampleRow[]; changed: SampleRow[] };
}

export const PROBLEMS_KEPT = 1000;
