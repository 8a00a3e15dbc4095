import type { Dataset } from '../datasets/dataset.ts';
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
  for (const [name, column] of Object.entries(columns)) {
    if (!names.includes(name)) throw new Error(`${where}: columns names "${name}", not an imported field`);
    for (const id of [
      column.column,
      column.references?.table,
      column.references?.column,
      column.references?.lookup,
    ])
      if (id !== undefined && !IDENT.test(id)) throw new Error(`${where}: "${id}" is not a SQL identifier`);
  }
  for (const id of [spec.table, ...Object.keys(spec.touch ?? {})])
    if (!IDENT.test(id)) throw new Error(`${where}: "${id}" is not a SQL identifier`);
  return {
    dataset,
    spec,
    fields: [key, ...fields.filter((f) => f !== key)],
    key,
    column: (field) => columns[field]?.column ?? field,
    rules: (field) => columns[field] ?? {},
  };
}
