import type { Locale } from '../../../platform/i18n/index.ts';
import {
  type AggregateFunction,
  type AggregateRequest,
  aggregateRefs,
  attributeRefs,
  type Cube,
  type Cut,
  type Ordering,
} from './model.ts';

/**
 * Reads babbage's query grammar (babbage/schema/parser.ebnf) against a cube: `cut` as `ref:value`
 * joined with `|` (a value set joined with `;`; values typed: `YYYY-MM-DD` a date, digits an
 * integer, `"…"` or a bare word a string, nothing a null), `drilldown` refs joined with `|`,
 * `aggregates` refs joined with `|`, `order` as `ref[:asc|desc]` joined with `,`, `fields` refs
 * joined with `,`, `page` from 1 (0 and below read as 1), `pagesize` up to 10,000.
 */

/** An error of the query, told as babbage tells it: `{status: "error", message}` with this status. */
export class CubeError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
const bad = (message: string) => new CubeError(400, message);

export const PAGE_SIZE = 100;
export const PAGE_MAX = 10_000;
const FUNCTIONS: readonly AggregateFunction[] = ['sum', 'count', 'avg', 'min', 'max'];

/** Splits on `separator` outside double quotes (a quote inside a string is escaped as `\"`). */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '\\' && i + 1 < text.length) {
      current += c + text[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (quoted) throw bad(`an unclosed quote in "${text}"`);
  parts.push(current);
  return parts;
}

type Value = { type: 'string' | 'integer' | 'date' | 'null'; value: string | number | null };

function readValue(text: string): Value {
  const t = text.trim();
  if (t === '') return { type: 'null', value: null };
  if (t.startsWith('"')) {
    if (!t.endsWith('"') || t.length < 2) throw bad(`the string ${t} is not closed by a quote`);
    return { type: 'string', value: t.slice(1, -1).replace(/\\(.)/g, '$1') };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const d = new Date(`${t}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) throw bad(`${t} is not a date`);
    return { type: 'date', value: t };
  }
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    if (!Number.isSafeInteger(n)) throw bad(`${t} is too large an integer`);
    return { type: 'integer', value: n };
  }
  return { type: 'string', value: t };
}

/** A dimension or attribute ref of the cube: `{dimension, attribute}`, or a 400. */
export function resolveAttribute(cube: Cube, ref: string): { dimension: string; attribute: string } {
  const [dimension = '', attribute, ...rest] = ref.trim().split('.');
  const d = Object.hasOwn(cube.dimensions, dimension) ? cube.dimensions[dimension] : undefined;
  if (!d || rest.length > 0) throw bad(`${ref} is not a dimension or attribute of ${cube.name}`);
  if (attribute === undefined) return { dimension, attribute: d.keyAttribute };
  if (!Object.hasOwn(d.attributes, attribute)) throw bad(`${ref} is not an attribute of ${cube.name}`);
  return { dimension, attribute };
}

export function parseCuts(cube: Cube, text: string | undefined): Cut[] {
  if (!text?.trim()) return [];
  return split(text, '|').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 1) throw bad(`the cut "${part}" is not of the form ref:value`);
    const ref = part.slice(0, colon).trim();
    const { dimension, attribute } = resolveAttribute(cube, ref);
    const type = cube.dimensions[dimension]!.attributes[attribute]!.type;
    const values = split(part.slice(colon + 1), ';').map((v) => {
      const read = readValue(v);
      const fits =
        read.type === 'null' ||
        read.type === type ||
        (type === 'number' && read.type === 'integer') ||
        (type === 'boolean' && read.type === 'string' && (read.value === 'true' || read.value === 'false'));
      if (!fits)
        throw bad(
          `the cut ${ref} takes a value of type ${type}, not ${read.type} (${v.trim()}${type === 'string' && read.type !== 'string' ? `; write "${v.trim()}"` : ''})`,
        );
      return read.value;
    });
    return { dimension, attribute, ref: `${dimension}.${attribute}`, values };
  });
}

/** Drill-down refs, each dimension expanded to all its attributes (key first), without repeats. */
export function parseDrilldown(cube: Cube, text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const refs: string[] = [];
  for (const part of text.split('|')) {
    const ref = part.trim();
    if (!ref) continue;
    const { dimension, attribute } = resolveAttribute(cube, ref);
    const expanded = ref.includes('.') ? [`${dimension}.${attribute}`] : attributeRefs(cube, dimension);
    for (const r of expanded) if (!refs.includes(r)) refs.push(r);
  }
  return refs;
}

export function parseAggregates(cube: Cube, text: string | undefined): string[] {
  if (!text?.trim()) return aggregateRefs(cube);
  const refs: string[] = [];
  for (const part of text.split('|')) {
    const ref = part.trim();
    if (!ref) continue;
    if (ref !== '_count') {
      const [measure = '', fn, ...rest] = ref.split('.');
      const m = Object.hasOwn(cube.measures, measure) ? cube.measures[measure] : undefined;
      if (!m || rest.length > 0) throw bad(`${ref} is not an aggregate of ${cube.name}`);
      const f = (fn ?? 'sum') as AggregateFunction;
      if (!FUNCTIONS.includes(f) || !m.aggregates.includes(f))
        throw bad(`${measure} of ${cube.name} has no aggregate ${fn} (it has ${m.aggregates.join(', ')})`);
      if (!refs.includes(`${measure}.${f}`)) refs.push(`${measure}.${f}`);
    } else if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

/** `ref[:asc|desc]` joined with `,`: attribute and dimension refs must be among `selected`. */
export function parseOrder(
  cube: Cube,
  text: string | undefined,
  selected: readonly string[],
  aggregates: readonly string[] = [],
): Ordering[] {
  if (!text?.trim()) return [];
  return text
    .split(',')
    .filter((p) => p.trim())
    .map((part) => {
      const [refText = '', dir = 'asc', ...rest] = part.trim().split(':');
      const direction = dir.trim().toLowerCase();
      if (rest.length > 0 || (direction !== 'asc' && direction !== 'desc'))
        throw bad(`the order "${part}" is not ref, ref:asc or ref:desc`);
      let ref = refText.trim();
      if (!aggregates.includes(ref)) {
        const { dimension, attribute } = resolveAttribute(cube, ref);
        ref = `${dimension}.${attribute}`;
        if (!selected.includes(ref))
          throw bad(
            `the order ${refText} is not among the selected attributes (${selected.join(', ') || 'none'})`,
          );
      }
      return { ref, direction: direction as 'asc' | 'desc' };
    });
}

/** `page` from 1 (0 and below are page 1) and `pagesize` (default 100, at most 10,000). */
export function parsePaging(page: unknown, pageSize: unknown): { page: number; pageSize: number } {
  const int = (v: unknown, name: string, fallback: number) => {
    if (v === undefined || v === '') return fallback;
    const t = String(v).trim();
    if (!/^-?\d+$/.test(t)) throw bad(`${name} must be an integer, not "${t}"`);
    return Number(t);
  };
  return {
    page: Math.max(1, int(page, 'page', 1)),
    pageSize: Math.min(PAGE_MAX, Math.max(1, int(pageSize, 'pagesize', PAGE_SIZE))),
  };
}

/** A whole aggregate request from the query string. */
export function parseAggregateRequest(
  cube: Cube,
  query: Record<string, unknown>,
  locale: Locale,
): AggregateRequest {
  const text = (name: string) => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw bad(`${name} must be given once`);
    return v;
  };
  const drilldown = parseDrilldown(cube, text('drilldown'));
  const aggregates = parseAggregates(cube, text('aggregates'));
  return {
    drilldown,
    cuts: parseCuts(cube, text('cut')),
    aggregates,
    order: parseOrder(cube, text('order'), drilldown, aggregates),
    ...parsePaging(text('page'), text('pagesize')),
    locale,
  };
}
