import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { DatasetField } from '../module.ts';
import { copiedStaged, isDataError, openCsvForCopy } from './csv-copy.ts';
import type { StagingTables } from './merge.ts';
import type { ImportPlan } from './plan.ts';
import type { Staged, StageOptions } from './stage.ts';

/**
 * The fast path of a CSV import: PostgreSQL reads the file. The file's bytes (as UTF-8) are copied
 * as they are into a staging table of text columns, one per header; meanwhile JavaScript scans the
 * bytes (making no strings) for the record structure and the shape of every typed cell, and one
 * set-based statement then checks what is left (code lists, lengths, yes/no) and casts the rows
 * into the typed staging table the rest of the import works from. Regular expressions in SQL were
 * slower than the row-by-row reader itself, hence the split.
 *
 * It judges only what it can judge exactly as the row-by-row reader (stage.ts) would: the common
 * spellings of each type, required, code lists, lengths. Whenever a file or a cell is anything
 * else (a problem, a quoted line break, a blank line, a spelling only the reader accepts, a row
 * of another width) it gives up, and the import reads the file row by row, which reports every
 * problem with its line and column. So a file's outcome, its report and the values staged are
 * the same either way; a right file in the usual spellings is only faster. References (with their
 * `with` fields) and `rules` are judged after staging, over the whole file, the same way on both
 * paths (merge.ts). Datasets with a whole-row `check` function or a `pattern` without its `sql`
 * form (a JavaScript regular expression only) always take the reader.
 */

/** Whether the SQL below can judge every rule of the dataset's import. */
export function fastEligible(plan: ImportPlan): boolean {
  if (plan.spec.check) return false;
  return plan.fields.every((f) => {
    const pattern = plan.rules(f.name).pattern;
    return (!pattern || pattern.sql !== undefined) && (!f.values || f.type === 'string');
  });
}

const TRUE = ['true', 'yes', '1', 'y', 'тийм', 'үнэн'];
const FALSE = ['false', 'no', '0', 'n', 'үгүй', 'худал'];
const spellings = (words: string[]) =>
  words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);

/**
 * What the scanner leaves to SQL of a non-empty cell `c`: the spellings of yes and no, code lists,
 * lengths, patterns (their `sql` form), and in a Windows-1251 file letters lost as "?". Null when
 * there is nothing to check.
 */
export function cellOk(
  field: DatasetField,
  plan: ImportPlan,
  c: SqlQuery,
  lostLetters: boolean,
): SqlQuery | null {
  const rules = plan.rules(field.name);
  const tests: SqlQuery[] = [];
  if (lostLetters) tests.push(sql`${c} !~ '[\\u0400-\\u04ff]\\?|\\?[\\u0400-\\u04ff]'`);
  if (field.type === 'boolean')
    tests.push(sql`${c} = any(${[...spellings(TRUE), ...spellings(FALSE)]}::text[])`);
  if (field.values) tests.push(sql`${c} = any(${[...field.values]}::text[])`);
  if (rules.maxLength !== undefined) {
    // JavaScript counts UTF-16 units: a character beyond the first plane is two.
    const max = rules.maxLength;
    tests.push(sql`case when octet_length(${c}) <= ${max} then true when char_length(${c}) > ${max} then false
      else ${c} !~ '[^\\u0001-\\uffff]' end`);
  }
  if (rules.pattern?.sql !== undefined) tests.push(sql`${c} ~ ${rules.pattern.sql}`);
  return tests.length > 0 ? sql.join(tests, ' and ') : null;
}

/**
 * Checks that the `sql` forms of the dataset's patterns are PostgreSQL regular expressions, so a
 * mistaken one fails the import at once, naming it, instead of sending files the reader's way.
 */
export async function checkSqlPatterns(db: Queryable, plan: ImportPlan): Promise<void> {
  for (const f of plan.fields) {
    const pattern = plan.rules(f.name).pattern?.sql;
    if (pattern === undefined) continue;
    try {
      await db.query(sql`select '' ~ ${pattern} as ok`);
    } catch (error) {
      throw new Error(
        `dataset ${plan.dataset.id}: import: the sql pattern of "${f.name}" is not a PostgreSQL regular expression: ${(error as Error).message}`,
      );
    }
  }
}

/** The value the reader would stage for a cell `c` that `cellOk` accepted. */
function cellValue(field: DatasetField, c: SqlQuery): SqlQuery {
  switch (field.type) {
    case 'integer':
      return sql`${c}::bigint`;
    case 'number':
      // As JavaScript's Number and back to text: "12.50" is 12.5.
      return sql`trim_scale(${c}::numeric)`;
    case 'boolean':
      return sql`${c} = any(${spellings(TRUE)}::text[])`;
    case 'date':
      return sql`replace(${c}, '.', '-')::date`;
    case 'datetime':
      return sql`${c}::timestamptz`;
    default:
      return c;
  }
}

/**
 * Stages a CSV file through COPY and SQL checks; `undefined` when the file needs the row-by-row
 * reader (nothing is left staged then). The staging tables must exist and be empty.
 */
export async function stageCsvFast(
  db: Queryable,
  plan: ImportPlan,
  file: string,
  tables: StagingTables,
  options: StageOptions,
): Promise<Staged | undefined> {
  if (!fastEligible(plan)) return undefined;
  const csv = await openCsvForCopy(plan, file, options);
  if (!csv) return undefined;
  const { headers, positions } = csv;
  const fields = plan.fields;
  const raw = `${tables.rows}_raw`;
  const rawColumns = headers.map((_, i) => `c${i + 1}`);
  await db.exec(`drop table if exists ${raw};
    create unlogged table ${raw} (ord bigint generated always as identity, ${rawColumns.map((c) => `${c} text`).join(', ')})`);
  try {
    const copied = await csv.copyInto(db, raw, rawColumns);
    if (copied === undefined) return undefined;
    const lostLetters = options.encoding === 'windows-1251';
    const oks: SqlQuery[] = [];
    const values: SqlQuery[] = [];
    fields.forEach((field, i) => {
      const at = positions[i] as number;
      if (at < 0) {
        values.push(sql`null`);
        return;
      }
      const c = sql`r.${sql.id(rawColumns[at] as string)}`;
      const ok = cellOk(field, plan, c, lostLetters);
      if (ok) oks.push(sql`(${c} is null or ${c} = '' or (${ok}))`);
      values.push(sql`case when ${c} = '' then null else ${cellValue(field, c)} end`);
    });
    const columns = ['line', ...fields.map((f) => f.name)].map((c) => sql`${sql.id(c)}`);
    let inserted: number;
    try {
      // A typed value of the right shape may still not be one (a 30th of February): the cast
      // fails the statement, and the reader says which.
      const [row] = await db.query<{ n: number }>(sql`with staged as (
        insert into ${sql.id(tables.rows)} (${sql.join(columns)})
        select r.ord + 1, ${sql.join(values)} from ${sql.id(raw)} r
        where ${oks.length > 0 ? sql.join(oks, ' and ') : sql`true`}
        returning 1)
        select count(*) as n from staged`);
      inserted = Number(row?.n);
    } catch (error) {
      if (isDataError(error)) return undefined;
      throw error;
    }
    if (inserted !== copied) {
      await db.query(sql`truncate ${sql.id(tables.rows)}`);
      return undefined;
    }
    await options.onProgress(copied, copied);
    return copiedStaged(csv, plan, copied);
  } finally {
    await csv.close();
    await db.exec(`drop table if exists ${raw}`);
  }
}
