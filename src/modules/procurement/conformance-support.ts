import fs from 'node:fs';
import type { ValidateFunction } from 'ajv';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { readStandardJson, standard } from '../../../test/conformance/standards.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { RELEASE_SCHEMA_URI, releaseValidator } from './ocds/standard.ts';

/**
 * What the OCDS conformance tests share (`ocds-*.conformance.test.ts`, `npm run test:conformance`):
 * the official OCDS 1.1 files beside the repository, their schemas compiled as the standard's own
 * tools do, and the verdicts of the project's own encoding beside the official one.
 */
export const sample = (p: string) => standard('samples', p);
export const read = (p: string) => JSON.parse(fs.readFileSync(sample(p), 'utf8'));
export const actor = systemActor('test');

/** The official schemas, compiled with ajv-draft-04 as the standard's own tools do. */
function officialValidators() {
  const ajv = new draft04.default({ allErrors: true, strict: false, validateFormats: true });
  formats.default(ajv);
  for (const keyword of [
    'codelist',
    'openCodelist',
    'omitWhenMerged',
    'wholeListMerge',
    'versionId',
    'deprecated',
  ])
    ajv.addKeyword({ keyword, schemaType: ['string', 'boolean', 'object', 'null'] });
  for (const file of [
    'release-schema.json',
    'release-package-schema.json',
    'versioned-release-validation-schema.json',
    'record-package-schema.json',
  ])
    ajv.addSchema(readStandardJson('ocds', file));
  const get = (uri: string) => ajv.getSchema(uri) as ValidateFunction;
  return {
    release: get(RELEASE_SCHEMA_URI),
    releasePackage: get(RELEASE_SCHEMA_URI.replace('release-schema', 'release-package-schema')),
    recordPackage: get(RELEASE_SCHEMA_URI.replace('release-schema', 'record-package-schema')),
  };
}
export const official = officialValidators();
export const { releasePackage, recordPackage } = official;
export const problemsOf = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5));

/** The codes of one official codelist (its `Code` column; no code holds a comma or a quote). */
export function officialCodes(file: string): Set<string> {
  const [header, ...lines] = fs
    .readFileSync(standard('ocds', 'codelists', file), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean);
  const column = header!.split(',').indexOf('Code');
  return new Set(lines.map((line) => line.split(',')[column]!.replace(/^"|"$/g, '')));
}

const own = releaseValidator();
/** The own encoding's verdict on a release beside the official schema's. */
export const verdicts = (release: unknown) => ({ own: own(release), official: official.release(release) });
