import { versionData, writeVersionBatches } from '../datasets/version-batches.ts';
import type { Queryable, Row } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { ImportPlan } from './plan.ts';
import type { ImportProblem, ImportReference, SampleRow } from './types.ts';
import { sqlType } from './values.ts';

/**
 * The SQL of an import, set-based so a million rows are a handful of statements: the staging table
 * the file's rows are copied into, the checks that need every row (duplicate keys, references), the
 * diff against the table (added / changed / unchanged), the merge, and the versions of the change
 * history. `s` is the staging table, `t` the dataset's table, `x` the diff.
 */
export interface StagingTables {
  rows: string;
  diff: string;
}

export function stagingTables(importId: number): StagingTables {
  return { rows: `import_rows_${importId}`, diff: `import_diff_${importId}` };
}

const id = sql.id;

export async function createStaging(db: Queryable, plan: ImportPlan, tables: StagingTables): Promise<void> {
  await dropStaging(db, tables);
  const cols = plan.fields.map((f) => `${f.name} ${sqlType(f)}`).join(', ');
  // Unlogged: staging is scratch work; a crash loses it and the dataset is untouched.
  // `line_ok`: every cell of the line was right (the fast path stages only such lines), so the
  // whole-row rules judge it.
  await db.exec(
    `create unlogged table ${tables.rows} (line integer not null, line_ok boolean not null default true, ${cols})`,
  );
}

export async function dropStaging(db: Queryable, tables: StagingTables): Promise<void> {
  // `_raw` is the fast path's table of text columns (fast.ts), when an import died inside it.
  await db.exec(
    `drop table if exists ${tables.rows}; drop table if exists ${tables.rows}_raw; drop table if exists ${tables.diff}`,
  );
}

/** Keys that appear on more than one line: each later line is a problem naming the first. */
export async function duplicateKeys(
  db: Queryable,
  plan: ImportPlan,
  tables: StagingTables,
  header: string,
  limit: number,
): Promise<{ problems: ImportProblem[]; count: number }> {
  const k = id(plan.key.name);
  const rows = await db.query<{ key: string; lines: number[]; total: number }>(sql`
    select ${k}::text as key, array_agg(line order by line) as lines, sum(count(*) - 1) over () as total
    from ${id(tables.rows)} where ${k} is not null
    group by ${k} having count(*) > 1 order by min(line) limit ${limit}`);
  const problems = rows.flatMap((r) =>
    r.lines.slice(1).map((line) => ({
      line: Number(line),
      column: header,
      message: {
        mn: `"${r.key}" түлхүүр давхардсан: ${r.lines[0]}-р мөрөнд бас байна`,
        en: `Duplicate key "${r.key}": it is also on line ${r.lines[0]}`,
      },
    })),
  );
  return { problems, count: Number(rows[0]?.total ?? 0) };
}

/** A row `r` of the referenced table matching the value of `field` and of its `with` fields, read by `of`. */
export function referenceMatch(
  ref: ImportReference,
  field: string,
  of: (field: string) => SqlQuery,
): SqlQuery {
  return sql.join(
    [
      sql`r.${id(ref.column)} = ${of(field)}`,
      ...Object.entries(ref.with ?? {}).map(([other, column]) => sql`r.${id(column)} = ${of(other)}`),
    ],
    ' and ',
  );
}

/** The value of `field` and every `with` field present: a reference to check. */
export function referenceFilled(
  ref: ImportReference,
  field: string,
  of: (field: string) => SqlQuery,
): SqlQuery {
  return sql.join(
    [field, ...Object.keys(ref.with ?? {})].map((f) => sql`${of(f)} is not null`),
    ' and ',
  );
}

/** What a reference not found says: the declaration's template filled, or the value, table and `with` values. */
function unknownReference(
  plan: ImportPlan,
  ref: ImportReference,
  value: string,
  others: string[],
): ImportProblem['message'] {
  const withs = Object.keys(ref.with ?? {});
  if (ref.message) {
    const values: Record<string, string> = { value };
    withs.forEach((f, i) => {
      values[f] = others[i] ?? '';
    });
    const fill = (text: string) => text.replace(/\{([^}]*)\}/g, (all, name: string) => values[name] ?? all);
    return { mn: fill(ref.message.mn), en: fill(ref.message.en) };
  }
  const words = `${ref.table.replaceAll('_', ' ')} ${ref.column.replaceAll('_', ' ')}`;
  if (withs.length === 0)
    return { mn: `"${value}" гэсэн утга бүртгэлд алга`, en: `"${value}" is not a known ${words}` };
  const title = (f: string) => plan.fields.find((x) => x.name === f)?.title ?? { mn: f, en: f };
  const pairs = (locale: 'mn' | 'en', and: string) =>
    withs.map((f, i) => `${title(f)[locale]} "${others[i] ?? ''}"`).join(and);
  return {
    mn: `"${value}" гэсэн утга ${pairs('mn', ', ')}-тай хослолоор бүртгэлд алга`,
    en: `"${value}" is not a known ${words} for ${pairs('en', ' and ')}`,
  };
}

/**
 * Values that must exist in another table, with their `with` fields (or, for a lookup into the
 * dataset's own table, in the file).
 */
export async function missingReferences(
  db: Queryable,
  plan: ImportPlan,
  tables: StagingTables,
  headers: ReadonlyMap<string, string>,
  limit: number,
): Promise<{ problems: ImportProblem[]; count: number }> {
  const problems: ImportProblem[] = [];
  let count = 0;
  const staged = (f: string) => sql`s.${id(f)}`;
  for (const field of plan.fields) {
    const ref = plan.rules(field.name).references;
    const header = headers.get(field.name);
    if (!ref || header === undefined) continue;
    const f = id(field.name);
    const withs = Object.keys(ref.with ?? {});
    let inFile = sql.empty;
    if (ref.table === plan.spec.table) {
      // The file's own rows: the field written to each referenced column (else, for the value, the key).
      const fieldOf = (column: string) =>
        plan.fields.find((x) => plan.column(x.name) === column)?.name ??
        (column === ref.column ? plan.key.name : undefined);
      const pairs = [
        [field.name, fieldOf(ref.column)],
        ...withs.map((w) => [w, fieldOf(ref.with?.[w] ?? '')]),
      ];
      if (pairs.every(([, mine]) => mine !== undefined))
        inFile = sql`and not exists (select 1 from ${id(tables.rows)} s2 where ${sql.join(
          pairs.map(([theirs, mine]) => sql`s2.${id(mine as string)} = s.${id(theirs as string)}`),
          ' and ',
        )})`;
    }
    const others =
      withs.length > 0 ? sql`array[${sql.join(withs.map((w) => sql`s.${id(w)}::text`))}]` : sql`'{}'::text[]`;
    const rows = await db.query<{ line: number; value: string; others: string[]; total: number }>(sql`
      select line, ${f}::text as value, ${others} as others, count(*) over () as total from ${id(tables.rows)} s
      where ${referenceFilled(ref, field.name, staged)}
        and not exists (select 1 from ${id(ref.table)} r where ${referenceMatch(ref, field.name, staged)}) ${inFile}
      order by line limit ${limit}`);
    count += Number(rows[0]?.total ?? 0);
    for (const r of rows)
      problems.push({
        line: Number(r.line),
        column: header,
        message: unknownReference(plan, ref, r.value, r.others),
      });
  }
  return { problems, count };
}

/**
 * Staged lines that break a rule of the dataset (`DatasetImport.rules`), the lines whose cells were
 * all right (`line_ok`); a rule's NULL holds.
 */
export async function brokenRules(
  db: Queryable,
  plan: ImportPlan,
  tables: StagingTables,
  headers: ReadonlyMap<string, string>,
  limit: number,
): Promise<{ problems: ImportProblem[]; count: number }> {
  const rules = plan.spec.rules ?? [];
  if (rules.length === 0) return { problems: [], count: 0 };
  // One pass over the staged rows for all the rules: each line paired with the rules it breaks.
  const found = await db.query<{ line: number; rule: number; total: number }>(sql`
    select line, rule, total from (
      select s.line, b.rule, count(*) over (partition by b.rule) as total,
        row_number() over (partition by b.rule order by s.line) as nth
      from ${id(tables.rows)} s cross join lateral (values ${sql.join(
        rules.map((rule, i) => sql`(${i}, (${rule.holds}) is false)`),
      )}) b (rule, broken)
      where s.line_ok and b.broken) x
    where nth <= ${limit} order by rule, line`);
  const problems: ImportProblem[] = [];
  const totals = new Map<number, number>();
  for (const r of found) {
    const rule = rules[Number(r.rule)] as (typeof rules)[number];
    totals.set(Number(r.rule), Number(r.total));
    problems.push({
      line: Number(r.line),
      column: headers.get(rule.field) ?? rule.field,
      message: rule.message,
    });
  }
  return { problems, count: [...totals.values()].reduce((a, b) => a + b, 0) };
}

/** The column's new value from the staged row: the value itself, or what it looks up. */
function newValue(plan: ImportPlan, field: string): SqlQuery {
  const ref = plan.rules(field).references;
  if (ref?.lookup)
    return sql`(select r.${id(ref.lookup)} from ${id(ref.table)} r where ${referenceMatch(ref, field, (f) => sql`s.${id(f)}`)})`;
  return sql`s.${id(field)}`;
}

/** Whether the staged row `s` differs from the table's row `t` in any imported column. */
function differs(plan: ImportPlan): SqlQuery {
  const tests = plan.fields
    .filter((f) => f !== plan.key)
    .map((f) => {
      const col = id(plan.column(f.name));
      const ref = plan.rules(f.name).references;
      if (ref?.lookup) {
        // A value naming a row not in the table yet (added by this file) changes the column too.
        const looked = newValue(plan, f.name);
        return sql`(s.${id(f.name)} is not null and ${looked} is null) or t.${col} is distinct from ${looked}`;
      }
      return sql`t.${col} is distinct from s.${id(f.name)}`;
    });
  return tests.length > 0
    ? sql.join(
        tests.map((q) => sql`(${q})`),
        ' or ',
      )
    : sql`false`;
}

/** The diff table: each staged line with `added`, `changed` or `unchanged` against the table now. */
export async function computeDiff(db: Queryable, plan: ImportPlan, tables: StagingTables): Promise<void> {
  const keyCol = id(plan.column(plan.key.name));
  await db.query(sql`drop table if exists ${id(tables.diff)}`);
  await db.query(sql`create unlogged table ${id(tables.diff)} as
    select s.line, s.${id(plan.key.name)} as key,
      case when t.${keyCol} is null then 'added' when ${differs(plan)} then 'changed' else 'unchanged' end as status
    from ${id(tables.rows)} s left join ${id(plan.spec.table)} t on t.${keyCol} = s.${id(plan.key.name)}`);
}

export async function diffCounts(
  db: Queryable,
  tables: StagingTables,
): Promise<{ added: number; changed: number; unchanged: number }> {
  const rows = await db.query<{ status: string; n: number }>(
    sql`select status, count(*) as n from ${id(tables.diff)} group by status`,
  );
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { added: of('added'), changed: of('changed'), unchanged: of('unchanged') };
}

/** Some added and changed rows as the file has them, and for a change the row as it is now. */
export async function diffSamples(
  db: Queryable,
  plan: ImportPlan,
  tables: StagingTables,
  limit: number,
): Promise<{ added: SampleRow[]; changed: SampleRow[] }> {
  const fields = plan.fields.map((f) => sql`s.${id(f.name)}`);
  // The first lines of the status first, then their rows: joining every line of a large file to
  // keep twenty cost most of a second.
  const pick = async (status: string) =>
    db.query<Row & { line: number }>(sql`select s.line, ${sql.join(fields)}
      from (select line from ${id(tables.diff)} where status = ${status} order by line limit ${limit}) x
      join ${id(tables.rows)} s on s.line = x.line order by s.line`);
  const toSample = (r: Row & { line: number }): SampleRow => {
    const { line, ...values } = r;
    return { line: Number(line), key: String(values[plan.key.name]), values };
  };
  const added = (await pick('added')).map(toSample);
  const changed = (await pick('changed')).map(toSample);
  if (changed.length > 0) {
    const keys = changed.map((c) => c.key);
    const current = await db.query<Row>(sql`select ${sql.join(plan.fields.map((f) => sql`d.${id(f.name)}`))}
      from (${plan.dataset.source}) d where d.${id(plan.key.name)}::text = any(${keys})`);
    const byKey = new Map(current.map((r) => [String(r[plan.key.name]), r]));
    for (const c of changed) c.before = byKey.get(c.key);
  }
  return { added, changed };
}

/** Applies the diff: changed rows updated, new rows inserted, lookups into the file's own rows resolved. */
export async function mergeDiff(tx: Queryable, plan: ImportPlan, tables: StagingTables): Promise<void> {
  const table = id(plan.spec.table);
  const keyCol = id(plan.column(plan.key.name));
  const touch = Object.entries(plan.spec.touch ?? {});
  const others = plan.fields.filter((f) => f !== plan.key);
  const sets = [
    ...others.map((f) => sql`${id(plan.column(f.name))} = ${newValue(plan, f.name)}`),
    ...touch.map(([col, value]) => sql`${id(col)} = ${value}`),
  ];
  if (sets.length > 0)
    await tx.query(sql`update ${table} t set ${sql.join(sets)}
      from ${id(tables.diff)} x join ${id(tables.rows)} s on s.line = x.line
      where x.status = 'changed' and t.${keyCol} = s.${id(plan.key.name)}`);
  const columns = [...plan.fields.map((f) => plan.column(f.name)), ...touch.map(([col]) => col)].map(
    (col) => sql`${id(col)}`,
  );
  const values = [...plan.fields.map((f) => newValue(plan, f.name)), ...touch.map(([, value]) => value)];
  await tx.query(sql`insert into ${table} (${sql.join(columns)})
    select ${sql.join(values)} from ${id(tables.diff)} x join ${id(tables.rows)} s on s.line = x.line
    where x.status = 'added'`);
  for (const f of others) {
    const ref = plan.rules(f.name).references;
    if (!ref?.lookup || ref.table !== plan.spec.table) continue;
    const col = id(plan.column(f.name));
    await tx.query(sql`update ${table} t set ${col} = r.${id(ref.lookup)}
      from ${id(tables.diff)} x join ${id(tables.rows)} s on s.line = x.line
      join ${table} r on ${referenceMatch(ref, f.name, (x) => sql`s.${id(x)}`)}
      where x.status <> 'unchanged' and t.${keyCol} = s.${id(plan.key.name)} and t.${col} is distinct from r.${id(ref.lookup)}`);
  }
}

/**
 * The change history of an import in one statement: a version of every added or changed record
 * (as the dataset's source shows it now) that differs from its latest version.
 */
export async function recordImportVersions(
  tx: Queryable,
  plan: ImportPlan,
  tables: StagingTables,
  actor: string,
): Promise<number> {
  const dataset = plan.dataset;
  await tx.query(sql`select pg_advisory_xact_lock(hashtext(${`record_versions:${dataset.id}`}))`);
  await writeVersionBatches(tx, dataset.id);
  const key = id(plan.key.name);
  // A dataset with no history yet (its first load) has no latest versions to compare with: the
  // look-up per record is skipped, which is most of the cost of a large first import.
  const [history] = await tx.query<{ some: boolean }>(
    sql`select exists (select 1 from record_versions where dataset = ${dataset.id}) as some`,
  );
  const current = sql`select d.${key}::text as key, ${versionData(dataset)} as data
      from (${dataset.source}) d join ${id(tables.diff)} x on x.key = d.${key}
      where x.status <> 'unchanged'`;
  const [row] = await tx.query<{ n: number }>(
    history?.some
      ? sql`
    with current as (${current}),
    inserted as (
      insert into record_versions (dataset, record_key, version, operation, data, changed_by)
      select ${dataset.id}, c.key, coalesce(l.version, 0) + 1,
        case when l.operation is null or l.operation = 'delete' then 'insert' else 'update' end, c.data, ${actor}
      from current c left join lateral (
        select v.version, v.operation, v.data from record_versions v
        where v.dataset = ${dataset.id} and v.record_key = c.key order by v.version desc limit 1) l on true
      where l.version is null or l.operation = 'delete' or l.data is distinct from c.data
      order by c.key
      returning 1)
    select count(*) as n from inserted`
      : sql`
    with inserted as (
      insert into record_versions (dataset, record_key, version, operation, data, changed_by)
      select ${dataset.id}, c.key, 1, 'insert', c.data, ${actor} from (${current}) c
      -- In key order, so the (dataset, record_key, version) index grows at its end.
      order by c.key
      returning 1)
    select count(*) as n from inserted`,
  );
  return Number(row?.n ?? 0);
}

/** The keys the import added or changed. */
export async function touchedKeys(db: Queryable, tables: StagingTables): Promise<string[]> {
  const rows = await db.query<{ key: string }>(
    sql`select key::text as key from ${id(tables.diff)} where status <> 'unchanged' order by line`,
  );
  return rows.map((r) => r.key);
}
