import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the official files of the standards are: SHILEN_STANDARDS_DIR, or `../shared/standards`
 * beside the repository. Only the conformance tests (`*.conformance.test.ts`, run by
 * `npm run test:conformance`) read them; the product and `npm test` never do.
 */
export function standardsDir(): string {
  return process.env.SHILEN_STANDARDS_DIR || path.resolve(import.meta.dirname, '../../../shared/standards');
}

/** The full path of one official file, e.g. `standard('ocds', 'release-schema.json')`. */
export function standard(...parts: string[]): string {
  return path.join(standardsDir(), ...parts);
}

/** One official JSON file, parsed. */
export function readStandardJson<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(standard(...parts), 'utf8')) as T;
}

/** Where the seed documents are: SHILEN_SEEDS_DIR, or `../shared/seeds` beside the repository. */
export function seedsDir(): string {
  return process.env.SHILEN_SEEDS_DIR || path.resolve(import.meta.dirname, '../../../shared/seeds');
}
