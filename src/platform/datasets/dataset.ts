import type { DatasetDeclaration, DatasetField, ShilenModule } from '../module.ts';
import type { LicenceId, UpdateFrequency } from './vocabularies.ts';

/** A declaration with its defaults filled in: what the machinery and the catalogue work from. */
export interface Dataset extends DatasetDeclaration {
  /** The module that declares it. */
  module: string;
  key: readonly string[];
  licence: LicenceId;
  frequency: UpdateFrequency;
  keywords: { mn: readonly string[]; en: readonly string[] };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELD = /^[a-z_][a-z0-9_]*$/;

/** Checks a declaration and fills its defaults; a mistake in it fails at start-up, naming it. */
export function resolveDataset(declaration: DatasetDeclaration, module: string): Dataset {
  const where = `dataset ${declaration.id} (module ${module})`;
  if (!ID.test(declaration.id)) throw new Error(`${where}: the id must be kebab-case`);
  if (declaration.fields.length === 0) throw new Error(`${where}: declares no fields`);
  const names = new Set<string>();
  for (const field of declaration.fields) {
    if (!FIELD.test(field.name)) throw new Error(`${where}: field "${field.name}" is not snake_case`);
    if (names.has(field.name)) throw new Error(`${where}: field "${field.name}" is declared twice`);
    names.add(field.name);
  }
  const key = datasetKey(declaration);
  for (const k of key) if (!names.has(k)) throw new Error(`${where}: key field "${k}" is not a field`);
  if (declaration.themes.length === 0) throw new Error(`${where}: name at least one theme`);
  if (declaration.chart && !names.has(declaration.chart.field))
    throw new Error(`${where}: chart field "${declaration.chart.field}" is not a field`);
  const filterNames = new Set<string>();
  for (const filter of declaration.filters ?? []) {
    if (!/^[a-z][a-z0-9_]*$/.test(filter.name) || ['bom', 'lang', 'format'].includes(filter.name))
      throw new Error(`${where}: "${filter.name}" cannot be a filter name`);
    if (filterNames.has(filter.name)) throw new Error(`${where}: filter "${filter.name}" is declared twice`);
    filterNames.add(filter.name);
  }
  return {
    ...declaration,
    module,
    key,
    licence: declaration.licence ?? 'CC-BY-4.0',
    frequency: declaration.frequency ?? 'irregular',
    keywords: declaration.keywords ?? { mn: [], en: [] },
  };
}

/** Every dataset the modules declare, in module order; an id declared twice is an error. */
export function datasetsOf(modules: readonly ShilenModule[]): Dataset[] {
  const byId = new Map<string, Dataset>();
  for (const module of modules) {
    for (const declaration of module.datasets ?? []) {
      const known = byId.get(declaration.id);
      if (known)
        throw new Error(
          `dataset ${declaration.id} is declared twice (by ${known.module} and ${module.name})`,
        );
      byId.set(declaration.id, resolveDataset(declaration, module.name));
    }
  }
  return [...byId.values()];
}

/** The fields that identify a row: the declared key, or the first field. */
export function datasetKey(dataset: Pick<DatasetDeclaration, 'key' | 'fields'>): readonly string[] {
  return dataset.key ?? [(dataset.fields[0] as DatasetField).name];
}

/** The key of a row as record_versions stores it: the value itself, or a JSON array for a composite key. */
export function recordKey(
  dataset: Pick<DatasetDeclaration, 'key' | 'fields'>,
  row: Record<string, unknown>,
): string {
  const values = datasetKey(dataset).map((k) => row[k]);
  if (values.length === 1) return String(values[0]);
  return JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)));
}
