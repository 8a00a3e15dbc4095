import type { ValidateFunction } from 'ajv';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStandardJson } from '../../../../test/conformance/standards.ts';
import { createTestApp } from '../../../../test/helpers.ts';
import { projectPackage } from './oc4ids.ts';
import { CURRENCIES, checkOc4idsPackage } from './oc4ids-schema.ts';
import { buildStandardsFixture, type StandardsFixture } from './test-support.ts';

/**
 * The register's OC4IDS packages against the official OC4IDS 0.9 schemas
 * (`../shared/standards/oc4ids/`, compiled with ajv-draft-04 as the standard's tools do), and the
 * own encoding (`oc4ids-schema.ts`) giving the official verdict on them and on packages broken on
 * purpose, field by field.
 */
type Json = Record<string, unknown>;

function officialPackage(): ValidateFunction {
  const ajv = new draft04.default({ allErrors: true, strict: false, validateFormats: true });
  formats.default(ajv);
  for (const keyword of ['codelist', 'openCodelist', 'versionId'])
    ajv.addKeyword({ keyword, schemaType: ['string', 'boolean', 'object', 'null'] });
  ajv.addSchema(readStandardJson('oc4ids', 'project-schema.json'));
  const schema = readStandardJson('oc4ids', 'project-package-schema.json');
  return ajv.compile(schema);
}
const official = officialPackage();
const officialErrors = () => JSON.stringify(official.errors?.slice(0, 5));

const { app, ctx } = await createTestApp();
let fixture: StandardsFixture;
let airport: Json;
let road: Json;
let bulk: Json;

beforeAll(async () => {
  fixture = await buildStandardsFixture(ctx.db, ctx.country);
  const options = { pack: ctx.country.projects, publicUrl: ctx.config.publicUrl };
  airport = (await projectPackage(ctx.db, fixture.projects.airport, options)) as Json;
  road = (await projectPackage(ctx.db, fixture.projects.road, options)) as Json;
  const response = await app.inject({ method: 'GET', url: '/projects/oc4ids.json' });
  expect(response.statusCode).toBe(200);
  bulk = response.json();
});

describe('the OC4IDS packages validate against the official schema', () => {
  it('a project with loans, a grant, reports, places, documents and a procurement process', () => {
    expect(official(airport), officialErrors()).toBe(true);
    const project = (airport.projects as Json[])[0] as Json;
    expect((project.budget as Json).finance).toHaveLength(3);
    expect(project.metrics).toHaveLength(2);
  });

  it('a project with nothing but its title and stage', () => {
    expect(official(road), officialErrors()).toBe(true);
  });

  it('the bulk package of every project', () => {
    expect(official(bulk), officialErrors()).toBe(true);
    expect((bulk.projects as Json[]).map((p) => p.id)).toEqual([
      `${ctx.country.projects.identifiers.oc4idsPrefix}-${fixture.projects.airport}`,
      `${ctx.country.projects.identifiers.oc4idsPrefix}-${fixture.projects.road}`,
    ]);
  });
});

describe('the own encoding gives the official verdict', () => {
  it('on the packages the register serves', () => {
    for (const document of [airport, road, bulk]) {
      expect(checkOc4idsPackage(document)).toBeNull();
      expect(official(document)).toBe(true);
    }
  });

  it('uses only currencies the official codelist holds', () => {
    const schema = readStandardJson<{
      definitions: { Value: { properties: { currency: { enum: string[] } } } };
    }>('oc4ids', 'project-schema.json');
    const codes = new Set(schema.definitions.Value.properties.currency.enum);
    expect(CURRENCIES.filter((c) => !codes.has(c))).toEqual([]);
  });

  /** A copy of the airport's package with one thing broken in its project. */
  const broken = (change: (project: Json, document: Json) => void): Json => {
    const document = structuredClone(airport);
    change((document.projects as Json[])[0] as Json, document);
    return document;
  };
  const finance = (p: Json) => ((p.budget as Json).finance as Json[])[0] as Json;
  const cases: [string, (project: Json, document: Json) => void][] = [
    ['a project without an id', (p) => delete p.id],
    ['a status outside projectStatus', (p) => (p.status = 'underway')],
    ['a type outside projectType', (p) => (p.type = 'building')],
    ['an empty title', (p) => (p.title = '')],
    ['an empty list of sectors', (p) => (p.sector = [])],
    ['a finance type outside financingArrangementType', (p) => (finance(p).type = 'mortgage')],
    ['a financing party type outside its codelist', (p) => (finance(p).financingPartyType = 'bank')],
    ['a finance without an id', (p) => delete finance(p).id],
    ['an empty list of finance', (p) => ((p.budget as Json).finance = [])],
    ['a currency outside the codelist', (p) => (finance(p).value = { amount: 1, currency: 'XYZ' })],
    ['an amount given as text', (p) => (finance(p).value = { amount: '1', currency: 'USD' })],
    ['a margin given as text', (p) => (finance(p).interestRate = { margin: '0.2%' })],
    ['a period with a date only', (p) => (finance(p).period = { startDate: '2008-05-01' })],
    [
      'a geometry outside geometryType',
      (p) => (((p.locations as Json[])[0] as Json).geometry = { type: 'Circle' }),
    ],
    [
      'a milestone status outside its codelist',
      (p) => (((p.milestones as Json[])[0] as Json).status = 'done'),
    ],
    ['a document URL that is not a URI', (p) => (((p.documents as Json[])[0] as Json).url = 'not a uri')],
    [
      'an observation without an id',
      (p) => delete (((p.metrics as Json[])[0] as Json).observations as Json[])[0]?.id,
    ],
    ['the same party twice', (p) => (p.parties = [...(p.parties as Json[]), (p.parties as Json[])[0]])],
    ['a package without projects', (_p, d) => (d.projects = [])],
    ['a version with a patch number', (_p, d) => (d.version = '0.9.5')],
    ['a published date without a time', (_p, d) => (d.publishedDate = '2026-12-01')],
    ['a package without a publisher', (_p, d) => delete d.publisher],
  ];
  it.each(cases)('refuses %s', (_name, change) => {
    const document = broken(change);
    expect(official(document)).toBe(false);
    expect(checkOc4idsPackage(document)).not.toBeNull();
  });
});
