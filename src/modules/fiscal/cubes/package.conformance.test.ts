import draft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { readStandardJson } from '../../../../test/conformance/standards.ts';
import { baseModules, createTestApp, createTestContext } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions, organizationId } from '../test-support.ts';
import { fiscalDataPackageValidator } from './fdp-profile.ts';
import { allCubes } from './registry.ts';

/**
 * The Fiscal Data Packages and the babbage models the product serves, against the official files
 * beside the repository (`npm run test:conformance`): the FDP 1.0-rc1 profile with the definitions
 * of its dictionary, and babbage's model schema. The project's own encoding of the profile
 * (`fdp-profile.ts`) gives the official verdict on the packages and on packages broken field by field.
 */
const official = new draft04.default({ allErrors: true, strict: false, validateFormats: false });
official.addSchema(readStandardJson('fiscal', 'dictionary.json'), 'schemas/dictionary.json');
const profile = official.compile(readStandardJson('fiscal', 'fiscal-data-package.profile.json'));
const babbage = new draft04.default({ allErrors: true, strict: false, validateFormats: false }).compile(
  readStandardJson('fiscal', 'babbage-model.schema.json'),
);
const own = fiscalDataPackageValidator();

const modules = [...baseModules, legalEntitiesModule, fiscalModule];
const ctx = await createTestContext(modules);
const { app } = await createTestApp({ modules, ctx });
await buildTransactions(ctx, [
  { amount: 9_000_000, aimag: '21' },
  { payee: 'individual', amount: 6_000_000 },
]);
await buildBudgetLine(ctx.db, { executed: 500_000_000, unit: '1101' });
await ctx.db.query(sql`insert into fiscal_fund_flows (ref, fund_code, organization_id, fiscal_year, flowed_on, direction, amount_mnt, purpose)
  values ('f-1', 'health-insurance', ${await organizationId(ctx.db, 'ministry-of-health')}, 2025, '2025-02-01', 'collection', 300, 'premiums')`);

const json = async (url: string) => (await app.inject({ method: 'GET', url })).json();
const packages = await Promise.all(allCubes().map((c) => json(`/api/3/info/${c.name}/package`)));
const problems = (v: { errors?: unknown[] | null }) => JSON.stringify(v.errors?.slice(0, 5));

describe('the Fiscal Data Package of every cube', () => {
  it('is valid against the official profile', () => {
    for (const pkg of packages) expect(profile(pkg), `${pkg.name}: ${problems(profile)}`).toBe(true);
  });

  it('spells every field as the profile does', () => {
    const dictionary = readStandardJson<{
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    }>('fiscal', 'dictionary.json').definitions;
    const known = (definition: string) => new Set(Object.keys(dictionary[definition]?.properties ?? {}));
    for (const pkg of packages) {
      for (const m of Object.values(pkg.model.measures) as Record<string, unknown>[])
        for (const key of Object.keys(m))
          expect([...known('fiscalMeasure'), 'title'], `${pkg.name} measure`).toContain(key);
      for (const d of Object.values(pkg.model.dimensions) as { attributes: Record<string, object> }[]) {
        for (const key of Object.keys(d))
          expect([...known('fiscalDimension'), 'title'], `${pkg.name} dimension`).toContain(key);
        for (const a of Object.values(d.attributes))
          for (const key of Object.keys(a))
            expect(['source', 'resource', 'constant', 'parent', 'labelfor']).toContain(key);
      }
    }
    expect(packages.map((p) => p.granularity)).toEqual([
      'transactional',
      'aggregated',
      'transactional',
      'aggregated',
    ]);
  });

  it('gets the official verdict from the project’s own encoding, for packages broken field by field', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a package broken on purpose, field by field
    const breakings: ((p: Record<string, any>) => void)[] = [
      (p) => {
        p.granularity = 'transaction';
      },
      (p) => {
        delete p.model.measures[Object.keys(p.model.measures)[0]!].currency;
      },
      (p) => {
        p.model.measures[Object.keys(p.model.measures)[0]!].phase = 'revised';
      },
      (p) => {
        p.model.measures[Object.keys(p.model.measures)[0]!].currency = 'mnt';
      },
      (p) => {
        p.model.dimensions.administrative.dimensionType = 'organisation';
      },
      (p) => {
        p.model.dimensions.administrative.classificationType = 'programme';
      },
      (p) => {
        delete p.model.dimensions.administrative.primaryKey;
      },
      (p) => {
        delete p.model.dimensions.administrative.attributes.code.source;
      },
      (p) => {
        p.fiscalPeriod = { end: '2025-12-31' };
      },
      (p) => {
        p.name = 'Fiscal Transactions';
      },
      (p) => {
        p.profile = 'fiscal-data-package';
      },
      (p) => {
        p.resources = [];
      },
      (p) => {
        delete p.resources[0].schema;
      },
    ];
    for (const pkg of packages) expect(own(pkg), pkg.name).toBe(true);
    for (const [i, breakIt] of breakings.entries()) {
      const broken = structuredClone(packages[0]);
      breakIt(broken);
      expect(profile(broken), `breaking ${i}: official`).toBe(false);
      expect(own(broken), `breaking ${i}: own`).toBe(false);
    }
  });
});

describe('the babbage model of every cube', () => {
  it('is valid against babbage’s model schema', async () => {
    for (const cube of allCubes()) {
      const { model } = await json(`/api/3/cubes/${cube.name}/model?lang=en`);
      expect(babbage(model), `${cube.name}: ${problems(babbage)}`).toBe(true);
    }
  });
});
