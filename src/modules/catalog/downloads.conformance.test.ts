import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readStandardJson } from '../../../test/conformance/standards.ts';
import { createTestApp } from '../../../test/helpers.ts';
import { modules } from '../../modules/index.ts';
import { datasetsOf } from '../../platform/datasets/dataset.ts';
import { declaredDatasetIds } from './test-support.ts';

// Every dataset's `datapackage.json`, in both languages, against the official Frictionless v1 and
// v2 profiles: Data Package, Data Resource and Table Schema.
const { app } = await createTestApp();
const VERSIONS = ['1.0', '2.0'] as const;

type Profiles = Record<'datapackage' | 'dataresource' | 'tableschema', ValidateFunction>;
const profiles = Object.fromEntries(
  VERSIONS.map((version) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    // A CommonJS module: its default export is under `default` as TypeScript sees it.
    formats.default(ajv);
    // The profiles mark long texts with `format: textarea`, a hint for forms, not a constraint.
    ajv.addFormat('textarea', true);
    const compile = (name: string) =>
      ajv.compile(readStandardJson('frictionless', `profiles-${version}`, `${name}.json`));
    return [
      version,
      {
        datapackage: compile('datapackage'),
        dataresource: compile('dataresource'),
        tableschema: compile('tableschema'),
      },
    ];
  }),
) as Record<(typeof VERSIONS)[number], Profiles>;

/** The problems the profiles of one version find in a descriptor, named by profile and place. */
function problems(version: (typeof VERSIONS)[number], descriptor: { resources?: Record<string, unknown>[] }) {
  const found: string[] = [];
  const check = (profile: keyof Profiles, value: unknown, where: string) => {
    const valid = profiles[version][profile];
    if (!valid(value))
      for (const e of valid.errors ?? []) found.push(`${profile} ${where}${e.instancePath} ${e.keyword}`);
  };
  check('datapackage', descriptor, '');
  for (const [i, resource] of (descriptor.resources ?? []).entries()) {
    check('dataresource', resource, `/resources/${i}`);
    check('tableschema', resource.schema, `/resources/${i}/schema`);
  }
  return found;
}

const ids = await declaredDatasetIds(app);

describe('Frictionless Data Package', () => {
  it('is asked of every dataset the modules declare', () => {
    expect([...ids].sort()).toEqual(
      datasetsOf(modules)
        .map((d) => d.id)
        .sort(),
    );
    expect(ids.length).toBeGreaterThan(1);
  });

  it.each(ids.flatMap((id) => ['en', 'mn'].map((lang) => [id, lang])))(
    'describes %s (?lang=%s) as a valid Data Package v1 and v2 with a valid Table Schema per resource',
    async (id, lang) => {
      const res = await app.inject({ url: `/datasets/${id}/datapackage.json?lang=${lang}` });
      expect(res.statusCode).toBe(200);
      const descriptor = res.json();
      expect(descriptor.resources.length).toBeGreaterThan(0);
      for (const version of VERSIONS) expect(problems(version, descriptor), version).toEqual([]);
    },
  );

  it('refuses a descriptor without resources, a resource without a path and a schema without fields', async () => {
    const descriptor = (await app.inject({ url: `/datasets/${ids[0]}/datapackage.json` })).json();
    for (const version of VERSIONS) {
      const broken = structuredClone(descriptor);
      delete broken.resources[0].path;
      delete broken.resources[1].schema.fields;
      broken.resources[2].schema.fields[0].type = 'text';
      expect(problems(version, broken), version).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^dataresource \/resources\/0 /),
          expect.stringMatching(/^tableschema \/resources\/1\/schema required$/),
          expect.stringMatching(/^tableschema \/resources\/2\/schema\/fields\/0/),
        ]),
      );
      delete broken.resources;
      expect(problems(version, broken), version).toContain('datapackage  required');
    }
  });
});
