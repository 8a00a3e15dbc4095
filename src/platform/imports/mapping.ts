import type { DatasetField } from '../module.ts';
import type { ProblemText } from './types.ts';

/** Headers compare without case, spaces, `_`, `-` or `.`: "Name (EN)", "name_en" and "NAME EN" match. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('mn')
    .replace(/[\s_\-.]+/g, '')
    .trim();
}

export interface Mapping {
  /** For each header in file order, the field it fills, or null (ignored). */
  fields: (string | null)[];
  /** Headers that matched nothing and were not mapped: the mapping step must place them. */
  unmapped: string[];
  problems: { column?: string; message: ProblemText }[];
}

/**
 * Which field each header fills: `explicit` (`Header=field`, empty field to ignore) first, then
 * the field's name or its title in either language. A header naming a field the file may not supply
 * (a download's `updated_at`) is ignored, so a download can be imported back.
 */
export function mapHeaders(
  headers: readonly string[],
  fields: readonly DatasetField[],
  importable: readonly string[],
  explicit: Readonly<Record<string, string>> = {},
): Mapping {
  const byName = new Map<string, string>();
  for (const f of fields)
    for (const name of [f.name, f.title.mn, f.title.en]) byName.set(normaliseHeader(name), f.name);
  const explicitByHeader = new Map(Object.entries(explicit).map(([h, f]) => [normaliseHeader(h), f]));
  const problems: Mapping['problems'] = [];
  const unmapped: string[] = [];
  const used = new Map<string, string>();
  const mapped = headers.map((header) => {
    const key = normaliseHeader(header);
    const chosen = explicitByHeader.get(key);
    let field: string | null;
    if (chosen !== undefined) {
      if (chosen === '') return null;
      if (!importable.includes(chosen)) {
        problems.push({
          column: header,
          message: {
            mn: `"${header}" баганыг "${chosen}" талбарт оноосон ч ийм талбар импортлогдохгүй.`,
            en: `Column "${header}" is mapped to "${chosen}", which is not a field this dataset imports.`,
          },
        });
        return null;
      }
      field = chosen;
    } else {
      if (key === '') return null;
      const found = byName.get(key);
      if (found === undefined) {
        unmapped.push(header);
        return null;
      }
      if (!importable.includes(found)) return null;
      field = found;
    }
    const earlier = used.get(field);
    if (earlier !== undefined) {
      problems.push({
        column: header,
        message: {
          mn: `"${header}", "${earlier}" хоёр багана хоёулаа "${field}" талбарыг бөглөж байна.`,
          en: `Columns "${earlier}" and "${header}" both fill field "${field}".`,
        },
      });
      return null;
    }
    used.set(field, header);
    return field;
  });
  return { fields: mapped, unmapped, problems };
}

/** `--map "Header=field"` options as a record; a value without `=` is a usage mistake, named. */
export function parseMapOptions(values: readonly string[]): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0) return value;
    out[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return out;
}
