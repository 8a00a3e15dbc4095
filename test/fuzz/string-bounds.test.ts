import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.ts';

/**
 * Every text a route reads has a maximum length in its schema: the query string, path parameters,
 * headers and body of every registered route (pages, CKAN and Open311 included), walked through
 * objects, arrays, unions and records. A string without maxLength (and not bounded by an enum,
 * a const or a format that bounds it) fails here, naming the route and the field.
 */
const { app } = await createTestApp();

interface Schema {
  type?: string | string[];
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

/** An anchored pattern without an unbounded repetition (`*`, `+`, `{n,}`) bounds the length too. */
function boundedPattern(pattern: string | undefined): boolean {
  if (!pattern?.startsWith('^') || !pattern.endsWith('$')) return false;
  return !/[*+]|\{\d+,\}/.test(pattern.replace(/\\./g, ''));
}

/** Formats whose values have a bounded length by their definition. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'uuid']);

function unbounded(schema: Schema | undefined, path: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const found: string[] = [];
  const types = [schema.type ?? []].flat();
  if (
    types.includes('string') &&
    schema.maxLength === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    !BOUNDED_FORMATS.has(schema.format ?? '') &&
    !boundedPattern(schema.pattern)
  )
    found.push(path);
  for (const [name, sub] of Object.entries(schema.properties ?? {}))
    found.push(...unbounded(sub, `${path}.${name}`));
  for (const sub of Object.values(schema.patternProperties ?? {})) found.push(...unbounded(sub, `${path}.*`));
  if (typeof schema.additionalProperties === 'object')
    found.push(...unbounded(schema.additionalProperties, `${path}.*`));
  for (const sub of [schema.items ?? []].flat()) found.push(...unbounded(sub, `${path}[]`));
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    found.push(...unbounded(sub, path));
  return [...new Set(found)];
}

describe('request schemas', () => {
  it('give every string of every route a maxLength', () => {
    const missing: string[] = [];
    for (const route of app.shilen.routes) {
      const schema = route.schema as Record<string, Schema | undefined> | undefined;
      for (const [part, name] of [
        ['params', 'params'],
        ['querystring', 'query'],
        ['body', 'body'],
        ['headers', 'header'],
      ] as const)
        for (const field of unbounded(schema?.[part], name))
          missing.push(`${route.method} ${route.url} ${field}`);
    }
    expect(missing).toEqual([]);
  });
});
