import type { Queryable } from '../db/database.ts';
import type { SqlQuery } from '../db/sql.ts';
import type { Bilingual } from '../i18n/index.ts';

/** A problem in a file's content, in both languages, so pages and the CLI say it in the reader's. */
export type ProblemText = Bilingual;

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
  references?: { table: string; column: string; lookup?: string };
  /** At most this many characters (strings). */
  maxLength?: number;
  /** A pattern the text must match, with what to say when it does not. */
  pattern?: { regex: RegExp; message: ProblemText };
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
   * each problem names its field.
   */
  check?: (row: Readonly<Record<string, unknown>>) => { field: string; message: ProblemText }[];
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
