/**
 * Compiling a contracting process's releases into its current state, by the OCDS 1.1 merging
 * rules: releases in date order; a field's newest value wins; `null` removes a field; objects
 * merge field by field; arrays of objects that all carry an `id` merge item by item on that id;
 * any other array (and the schema's `wholeListMerge` arrays) is replaced whole; the release's own
 * `id`, `date` and `tag` are not merged (`omitWhenMerged`).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Arrays the schema marks `wholeListMerge`: replaced whole even though their items have ids. */
const WHOLE_LIST = new Set(['additionalIdentifiers', 'additionalClassifications']);
const OMITTED = new Set(['id', 'date', 'tag']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeable(items: Json[]): items is JsonObject[] {
  return items.length > 0 && items.every((i) => isObject(i) && i.id !== undefined && i.id !== null);
}

function mergeValue(key: string, current: Json | undefined, next: Json): Json | undefined {
  if (next === null) return undefined;
  if (isObject(next)) {
    return mergeObject(isObject(current) ? current : {}, next, false);
  }
  if (Array.isArray(next)) {
    if (WHOLE_LIST.has(key) || !mergeable(next)) return clone(next);
    const out: JsonObject[] = Array.isArray(current) && mergeable(current) ? current.map((i) => i) : [];
    const at = new Map(out.map((item, i) => [String(item.id), i]));
    for (const item of next) {
      const id = String(item.id);
      const found = at.get(id);
      if (found === undefined) {
        at.set(id, out.length);
        out.push(mergeObject({}, item, false));
      } else {
        out[found] = mergeObject(out[found]!, item, false);
      }
    }
    return out;
  }
  return next;
}

function mergeObject(current: JsonObject, next: JsonObject, top: boolean): JsonObject {
  const out: JsonObject = { ...current };
  for (const key in next) {
    if (top && OMITTED.has(key)) continue;
    const merged = mergeValue(key, out[key], next[key]!);
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  return out;
}

function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** Releases in the order the rules merge them: by date, ties kept in the order given. */
export function inDateOrder<T extends { date?: Json }>(releases: readonly T[]): T[] {
  return releases
    .map((r, i) => ({ r, i, t: Date.parse(String(r.date)) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

/** Adds one release (newer than everything in `compiled`) to a compiled release. */
export function mergeRelease(compiled: JsonObject | undefined, release: JsonObject): JsonObject {
  const base = compiled ? { ...compiled } : {};
  const merged = mergeObject(base, release, true);
  const ocid = String(release.ocid);
  const date = String(release.date);
  // The compiled release is a release of its own: an id, the date of its newest release, tag compiled.
  return { ...merged, ocid, id: `${ocid}-${date}`, date, tag: ['compiled'] };
}

/** The compiled release of a process from all its releases. */
export function compileReleases(releases: readonly JsonObject[]): JsonObject {
  let compiled: JsonObject | undefined;
  for (const release of inDateOrder(releases)) compiled = mergeRelease(compiled, release);
  if (!compiled) throw new Error('a record needs at least one release');
  return compiled;
}
