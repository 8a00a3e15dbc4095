import { recordFirstLoad, versionRowsSql } from '../datasets/version-batches.ts';
import type { Queryable, Row } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { DatasetField } from '../module.ts';
import { copiedStaged, isDataError, openCsvForCopy } from './csv-copy.ts';
import { cellOk, fastEligible } from './fast.ts';
import { referenceFilled, referenceMatch } from './merge.ts';
import type { ImportPlan } from './plan.ts';
import type { Staged, StageOptions } from './stage.ts';
import type { SampleRow } from './types.ts';
import { sqlType } from './values.ts';

/**
 * The first load of an empty dataset from a CSV file: COPY writes the file's rows straight into the
 * dataset's table, inside the import's one transaction, while the byte scanner (scan.ts) judges
 * every cell; what COPY cannot judge (code lists, lengths, patterns, empty quoted text, references
 * with their `with` fields, the dataset's `rules`) one statement checks afterwards, and the change history is one batch (version-batches.ts). So the
 * rows are written once, and a million of them commit at about the speed of a bare COPY.
 *
 * It is taken only where its outcome is exactly the staged import's: the dataset's table has no
 * row and the dataset no history; every header maps to an imported field and every imported field
 * has its header; the fields need no lookup, `touch`, `check`, pattern without its `sql` form or
 * yes/no (and a typed field no length or pattern); each column's type reads the plain spellings as
 * the staged import would store them (a `numeric(p,s)` column takes numbers of at most s decimals,
 * which it would round; with `rules`, which see the loaded values, no `real` column); the key has
 * a unique index (so a duplicate fails the COPY). Anything else, or anything wrong in the file, rolls the
 * transaction back and the import goes the staged way (run.ts), which says what is wrong.
 */

/** The column types whose reading of a field's plain spellings is the staged value's. */
const TYPES: Record<string, RegExp> = {
  integer: /^(smallint|integer|bigint)$/,
  number: /^(double precision|real|numeric\(\d+,\d+\))$/,
  string: /^(text|character varying(\(\d+\))?)$/,
  date: /^date$/,
  datetime: /^timestamp with time zone$/,
};

/** Whether the plan's rules allow a first load at all (the table and file are judged later). */
export function firstLoadRules(plan: ImportPlan, options: StageOptions): boolean {
  if (options.format !== 'csv' || options.encoding === 'windows-1251') return false;
  if (!fastEligible(plan) || Object.keys(plan.spec.touch ?? {}).length > 0) return false;
  if (!versionRowsSql(plan.dataset)) return false;
  return plan.fields.every((f) => {
    const rules = plan.rules(f.name);
    // `wrongRows` judges lengths and patterns of text columns only.
    const typedRules = f.type !== 'string' && (rules.maxLength !== undefined || rules.pattern !== undefined);
    return TYPES[f.type] !== undefined && !rules.references?.lookup && !typedRules;
  });
}

/**
 * The table is empty, the dataset has no history, and its columns and key index suit the load:
 * then the decimals each number field may have (its column's scale), else undefined.
 */
async function tableReady(tx: Queryable, plan: ImportPlan): Promise<Map<string, number> | undefined> {
  const table = sql.id(plan.spec.table);
  const [state] = await tx.query<{ empty: boolean; fresh: boolean }>(sql`select
      not exists (select 1 from ${table}) as empty,
      not exists (select 1 from record_versions where dataset = ${plan.dataset.id})
        and not exists (select 1 from record_version_batches where dataset = ${plan.dataset.id}) as fresh`);
  if (!state?.empty || !state.fresh) return undefined;
  const columns = await tx.query<{ name: string; type: string; keyed: boolean }>(sql`
    select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisunique and i.indpred is null
        and i.indnkeyatts = 1 and i.indkey[0] = a.attnum) as keyed
    from pg_attribute a where a.attrelid = ${plan.spec.table}::regclass and a.attnum > 0 and not a.attisdropped`);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const decimals = new Map<string, number>();
  const ready = plan.fields.every((f) => {
    const column = byName.get(plan.column(f.name));
    if (!column || !TYPES[f.type]?.test(column.type)) return false;
    const scale = /^numeric\(\d+,(\d+)\)$/.exec(column.type)?.[1];
    if (f.type === 'number' && scale !== undefined) decimals.set(f.name, Number(scale));
    // A rule sees the loaded value: a real's (six digits) would not be the staged number.
    if (plan.spec.rules?.length && column.type === 'real') return false;
    return f !== plan.key || column.keyed;
  });
  return ready ? decimals : undefined;
}

/** The loaded table `t` read as the staged rows: each field by its name, typed as staging types it. */
function asStaged(plan: ImportPlan): SqlQuery {
  const values = plan.fields.map((f) => {
    const c = sql`t.${sql.id(plan.column(f.name))}`;
    // As staged: a number with no trailing zeros, no text empty (COPY's quoted '' is no value).
    const value =
      f.type === 'number'
        ? sql`trim_scale(${c}::numeric)`
        : f.type === 'string'
          ? sql`nullif(${c}::text, '')`
          : sql`${c}::${sql.raw(sqlType(f))}`;
    return sql`${value} as ${sql.id(f.name)}`;
  });
  return sql`(select 0 as line, true as line_ok, ${sql.join(values)} from ${sql.id(plan.spec.table)} t)`;
}

/** Rows the staged import would not have taken as they are: one statement over the loaded table. */
function wrongRows(plan: ImportPlan): SqlQuery {
  const table = sql.id(plan.spec.table);
  const loaded = (field: string) => sql`t.${sql.id(plan.column(field))}`;
  const tests = plan.fields.flatMap((f: DatasetField) => {
    const c = loaded(f.name);
    const out: SqlQuery[] = [];
    if (f.type === 'string') {
      // A quoted empty value is '' to COPY and no value to the import.
      out.push(sql`${c} = ''`);
      const ok = cellOk(f, plan, c, false);
      if (ok) out.push(sql`(${c} is not null and not (${ok}))`);
    }
    const ref = plan.rules(f.name).references;
    if (ref)
      out.push(sql`(${referenceFilled(ref, f.name, loaded)} and not exists (select 1 from ${sql.id(ref.table)} r
        where ${referenceMatch(ref, f.name, loaded)}))`);
    return out;
  });
  const checks = [
    ...(tests.length > 0 ? [sql`exists (select 1 from ${table} t where ${sql.join(tests, ' or ')})`] : []),
    ...(plan.spec.rules?.length
      ? [
          sql`exists (select 1 from ${asStaged(plan)} s where ${sql.join(
            plan.spec.rules.map((rule) => sql`(${rule.holds}) is false`),
            ' or ',
          )})`,
        ]
      : []),
  ];
  return checks.length === 0 ? sql`false` : sql.join(checks, ' or ');
}

/** The file's first rows as the report's samples: in file order, so line = position + 1. */
async function samples(tx: Queryable, plan: ImportPlan, limit: number): Promise<SampleRow[]> {
  // As the staged import shows them: a number as its numeric with no trailing zeros.
  const fields = plan.fields.map((f) => {
    const c = sql`t.${sql.id(plan.column(f.name))}`;
    return sql`${f.type === 'number' ? sql`trim_scale(${c}::numeric)` : c} as ${sql.id(f.name)}`;
  });
  const rows = await tx.query<Row>(
    sql`select ${sql.join(fields)} from ${sql.id(plan.spec.table)} t order by t.ctid limit ${limit}`,
  );
  return rows.map((values, i) => ({ line: i + 2, key: String(values[plan.key.name]), values }));
}

export interface FirstLoad {
  staged: Staged;
  samples: SampleRow[];
  /** Every key loaded, for `afterMerge`. */
  keys: () => Promise<string[]>;
}

/**
 * Loads the file into the empty table inside `tx` and records its history batch; undefined when the
 * load is not for this path or the file has anything wrong, in which case the caller must roll
 * `tx` back (COPY may have written rows, or failed the transaction).
 */
export async function loadFirst(
  tx: Queryable,
  plan: ImportPlan,
  file: string,
  options: StageOptions & { actor: string; importId: number; samples: number },
): Promise<FirstLoad | undefined> {
  // A first load holds the table alone; the writes it waits for would otherwise make it not first.
  await tx.query(sql`select pg_advisory_xact_lock(hashtext(${`imports:${plan.dataset.id}`})),
    pg_advisory_xact_lock(hashtext(${`record_versions:${plan.dataset.id}`}))`);
  await tx.query(sql`lock table ${sql.id(plan.spec.table)} in share row exclusive mode`);
  const decimals = await tableReady(tx, plan);
  if (!decimals) return undefined;
  const csv = await openCsvForCopy(plan, file, options, decimals);
  if (!csv) return undefined;
  try {
    if (csv.fieldOf.some((f) => f === null) || csv.positions.some((p) => p < 0)) return undefined;
    const columns = csv.fieldOf.map((f) => plan.column(f as string));
    const copied = await csv.copyInto(tx, plan.spec.table, columns);
    if (copied === undefined) return undefined;
    let check: { wrong: boolean } | undefined;
    try {
      [check] = await tx.query<{ wrong: boolean }>(sql`select ${wrongRows(plan)} as wrong`);
    } catch (error) {
      // A rule that fails on a row (a cast, a division): the staged import's to say.
      if (isDataError(error)) return undefined;
      throw error;
    }
    if (check?.wrong !== false) return undefined;
    await options.onProgress(copied, copied);
    await recordFirstLoad(tx, plan.dataset, plan.spec.table, options.actor, options.importId);
    return {
      staged: copiedStaged(csv, plan, copied),
      samples: await samples(tx, plan, options.samples),
      keys: async () =>
        (
          await tx.query<{ key: string }>(
            sql`select ${sql.id(plan.column(plan.key.name))}::text as key from ${sql.id(plan.spec.table)} order by ctid`,
          )
        ).map((r) => r.key),
    };
  } finally {
    await csv.close();
  }
}
