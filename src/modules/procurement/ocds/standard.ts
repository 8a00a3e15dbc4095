import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { releaseSchema } from './schema.ts';

/**
 * OCDS 1.1 as the product checks it: the project's own encoding of the release schema
 * (`schema.ts`, written from the published standard), compiled once. The official files are never
 * read here; the `ocds-*.conformance.test.ts` files compare this encoding with them
 * (docs/decisions/0006-own-encodings-of-standards.md).
 */
export const OCDS_VERSION = '1.1';
export const RELEASE_SCHEMA_URI = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
/** The bids extension (R018, R030, R035, R036 need bids), declared in every package we publish. */
export const BIDS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';
/** Values of the bids extension's closed bidStatus codelist. */
export const bidStatuses = ['invited', 'pending', 'valid', 'disqualified', 'withdrawn'] as const;

let cached: ValidateFunction | undefined;

/** The validator of one release (types, required members, formats, closed codelists), made once. */
export function releaseValidator(): ValidateFunction {
  if (cached) return cached;
  // verbose: the errors carry the value and the schema, which `describeErrors` words them from.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true });
  formats.default(ajv, ['date-time', 'uri']);
  // The name of a field's codelist is an annotation, not a validation keyword.
  ajv.addKeyword({ keyword: 'codelist', schemaType: 'string' });
  cached = ajv.compile(releaseSchema);
  return cached;
}

/** `/tender/value/amount` → `tender.value.amount`, `/awards/0` → `awards[0]`. */
export function jsonPath(prefix: string, pointer: string): string {
  let out = prefix;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(key) ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

/** One plain sentence per schema error, naming the place in the file. */
export function describeErrors(prefix: string, errors: readonly ErrorObject[] | null | undefined) {
  const out: { where: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    let where = jsonPath(prefix, e.instancePath);
    let message: string;
    if (e.keyword === 'enum') {
      const schema = e.parentSchema as { codelist?: string } | undefined;
      message = `unknown code ${JSON.stringify(e.data)}${schema?.codelist ? ` (not in the ${schema.codelist} codelist)` : ''}`;
    } else if (e.keyword === 'type' && typeof e.data === 'string' && /amount$/i.test(e.instancePath)) {
      message = `the amount ${JSON.stringify(e.data)} is text; give it as a number`;
    } else if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      where = jsonPath(prefix, `${e.instancePath}/${missing}`);
      message = 'is required';
    } else if (e.keyword === 'type') {
      message = `must be ${(e.params as { type: string | string[] }).type}`.replace(/,/g, ' or ');
    } else {
      message = e.message ?? e.keyword;
    }
    const key = `${where}: ${message}`;
    // A union of types reports the same field twice; say it once.
    if (seen.has(key) || e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    seen.add(key);
    out.push({ where, message });
  }
  return out;
}
