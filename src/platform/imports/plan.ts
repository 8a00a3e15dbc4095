import type { Dataset } from '../datasets/dataset.ts';
import { SqlQuery } from '../db/sql.ts';
import type { DatasetField } from '../module.ts';
import type { DatasetImport, ImportColumn } from './types.ts';

/** An importable dataset with its import settings resolved: what the runner and the SQL work from. */
export interface ImportPlan {
  dataset: Dataset;
  spec: DatasetImport;
  /** The fields a file may supply, key first. */
  fields: readonly DatasetField[];
  key: DatasetField;
  column(field: string): string;
  rules(field: string): ImportColumn;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** The staging table's columns besides the fields (merge.ts): a row's line and whether its cells were right. */
export const RESERVED = ['line', 'line_ok'];

/** Checks a dataset's `import` section and resolves it; a mistake fails at start-up, naming it. */
export function importPlan(dataset: Dataset): ImportPlan | undefined {
  const spec = dataset.import;
  if (!spec) return undefined;
  const where = `dataset ${dataset.id} (module ${dataset.module}): import`;
  if (dataset.key.length !== 1) throw new Error(`${where}: an importable dataset needs a key of one field`);
  const keyName = dataset.key[0] as string;
  const names = spec.fields ?? dataset.fields.map((f) => f.name);
  const fields = names.map((name) => {
    const field = dataset.fields.find((f) => f.name === name);
    if (!field) throw new Error(`${where}: "${name}" is not a field`);
    return field;
  });
  const key = fields.find((f) => f.name === keyName);
  if (!key) throw new Error(`${where}: the key "${keyName}" must be one of the imported fields`);
  const columns = spec.columns ?? {};
  const identifier = (id: string | undefined) => {
    if (id !== undefined && !IDENT.test(id)) throw new Error(`${where}: "${id}" is not a SQL identifier`);
  };
  for (const [name, column] of Object.entries(columns)) {
    if (!names.includes(name)) throw new Error(`${where}: columns names "${name}", not an imported field`);
    const ref = column.references;
    for (const id of [column.column, ref?.table, ref?.column, ref?.lookup, ...Object.values(ref?.with ?? {})])
      identifier(id);
    for (const other of Object.keys(ref?.with ?? {}))
      if (!names.includes(other) || other === name)
        throw new Error(
          `${where}: the reference of "${name}" is with "${other}", not another imported field`,
        );
    const placeholders = [...`${ref?.message?.mn ?? ''} ${ref?.message?.en ?? ''}`.matchAll(/\{([^}]*)\}/g)];
    for (const [, placeholder] of placeholders)
      if (placeholder !== 'value' && !Object.hasOwn(ref?.with ?? {}, placeholder as string))
        throw new Error(
          `${where}: the reference message of "${name}" names {${placeholder}}, not {value} or a with field`,
        );
    if (column.pattern?.sql !== undefined && column.pattern.sql === '')
      throw new Error(`${where}: the pattern of "${name}" has an empty sql form`);
  }
  for (const [i, rule] of (spec.rules ?? []).entries()) {
    if (!names.includes(rule.field))
      throw new Error(`${where}: rule ${i + 1} names "${rule.field}", not an imported field`);
    if (!(rule.holds instanceof SqlQuery))
      throw new Error(`${where}: rule ${i + 1} holds no sql\`…\` condition`);
  }
  for (const name of RESERVED)
    if (names.includes(name))
      throw new Error(`${where}: "${name}" is the staging table's own column, not a field name`);
  for (const id of [spec.table, ...Object.keys(spec.touch ?? {})]) identifier(id);
  return {
    dataset,
    spec,
    fields: [key, ...fields.filter((f) => f !== key)],
    key,
    column: (field) => columns[field]?.column ?? field,
    rules: (field) => columns[field] ?? {},
  };
}
