import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';

/**
 * The official OCDS 1.1 schemas and codelists, read from the standard's own files (never copied
 * into this repository): SHILEN_OCDS_DIR, or `../shared/standards/ocds` beside the repository.
 */
export const OCDS_VERSION = '1.1';
export const RELEASE_SCHEMA_URI = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
/** The bids extension (R018, R030, R035, R036 need bids), declared in every package we publish. */
export const BIDS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';
/** Values of the bids extension's closed bidStatus codelist. */
export const bidStatuses = ['invited', 'pending', 'valid', 'disqualified', 'withdrawn'] as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export function standardDir(): string {
  return process.env.SHILEN_OCDS_DIR || path.resolve(repoRoot, '../shared/standards/ocds');
}

export class StandardMissing extends Error {
  override name = 'StandardMissing';
}

function readJson(file: string): Record<string, unknown> {
  const full = path.join(standardDir(), file);
  if (!fs.existsSync(full)) {
    throw new StandardMissing(
      `the OCDS 1.1 schema file ${full} is missing; set SHILEN_OCDS_DIR to the folder of the official schema`,
    );
  }
  return JSON.parse(fs.readFileSync(full, 'utf8'));
}

/** The codes of one official codelist (its `Code` column). */
export function codelist(name: string): Set<string> {
  const file = path.join(standardDir(), 'codelists', name);
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const header = splitCsvLine(lines[0] ?? '');
  const column = header.indexOf('Code');
  return new Set(lines.slice(1).map((line) => splitCsvLine(line)[column] ?? ''));
}

/** One CSV line's cells (the codelists quote cells that hold commas). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

export interface Validators {
  release: ValidateFunction;
  releasePackage: ValidateFunction;
  recordPackage: ValidateFunction;
}

let cached: Validators | undefined;

/** Compiled validators of the three official schemas (draft 04), made once per process. */
export function validators(): Validators {
  if (cached) return cached;
  const ajv = new draft04.default({ allErrors: true, strict: false, validateFormats: true, verbose: true });
  formats.default(ajv);
  // The schema's own annotations (merge rules, codelist names) are not validation keywords.
  for (const keyword of [
    'codelist',
    'openCodelist',
    'omitWhenMerged',
    'wholeListMerge',
    'versionId',
    'deprecated',
  ])
    ajv.addKeyword({ keyword, schemaType: ['string', 'boolean', 'object', 'null'] });
  const release = readJson('release-schema.json');
  ajv.addSchema(release);
  ajv.addSchema(readJson('release-package-schema.json'));
  ajv.addSchema(readJson('versioned-release-validation-schema.json'));
  ajv.addSchema(readJson('record-package-schema.json'));
  cached = {
    release: ajv.getSchema(RELEASE_SCHEMA_URI)!,
    releasePackage: ajv.getSchema(
      'https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json',
    )!,
    recordPackage: ajv.getSchema(
      'https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json',
    )!,
  };
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
