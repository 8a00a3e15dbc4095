import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStandardJson, standard } from '../../../test/conformance/standards.ts';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadProcurementDemo } from './demo.ts';
import { importOcdsFile } from './import/run.ts';
import {
  awardStatuses,
  closedCodelists,
  contractStatuses,
  currencies,
  initiationTypes,
  methods,
  milestoneStatuses,
  procurementCategories,
  releaseTags,
  tenderStatuses,
} from './ocds/codelists.ts';
import type { Json, JsonObject } from './ocds/merge.ts';
import { RELEASE_SCHEMA_URI, releaseValidator } from './ocds/standard.ts';
import { apiPages, exampleReleasePackage } from './test-support.ts';

/**
 * Conformance with the official OCDS 1.1 files beside the repository (`npm run test:conformance`):
 * every package the API and the bulk files produce is valid against the official release-package
 * and record-package schemas; our releases use only the official codelists' codes; the official
 * fictional example and the Jalisco (Mexico) releases import through the product and come back out
 * equivalent; and the project's own encoding (`ocds/schema.ts`) gives the official release schema's
 * verdict on generated releases, valid and broken.
 */
const sample = (p: string) => standard('samples', p);
const read = (p: string) => JSON.parse(fs.readFileSync(sample(p), 'utf8'));
const actor = systemActor('test');

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
const official = officialValidators();
const { releasePackage, recordPackage } = official;
const problemsOf = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5));

/** The codes of one official codelist (its `Code` column; no code holds a comma or a quote). */
function officialCodes(file: string): Set<string> {
  const [header, ...lines] = fs
    .readFileSync(standard('ocds', 'codelists', file), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean);
  const column = header!.split(',').indexOf('Code');
  return new Set(lines.map((line) => line.split(',')[column]!.replace(/^"|"$/g, '')));
}

const { app, ctx } = await createTestApp();
await loadProcurementDemo(ctx);
const fictional = 'fictional-example-1.1/ocds-213czf-000-00001.json';
const mexicoReleases = fs.readdirSync(sample('mexico-jalisco-real/releases')).sort();
const officialSamples = [fictional, ...mexicoReleases.map((f) => `mexico-jalisco-real/releases/${f}`)];
const sampleReports = new Map<string, Awaited<ReturnType<typeof importOcdsFile>>>();
for (const file of officialSamples)
  sampleReports.set(file, await importOcdsFile(ctx, sample(file), { actor }));

/** For comparing compiled releases from other compilers: nulls as absent, no id, date or tag. */
function normalise(value: Json): Json {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = normalise(v);
    return out;
  }
  return value;
}
const state = (compiled: JsonObject) => {
  const { id: _id, date: _date, tag: _tag, ...rest } = compiled;
  return normalise(rest);
};

/** Every value of a field the schema ties to a codelist, with the codelist's file name. */
function* coded(
  schema: JsonObject,
  definitions: JsonObject,
  value: Json,
  at: string,
): Generator<[string, string, string]> {
  let s = schema;
  if (typeof s.$ref === 'string') s = definitions[s.$ref.split('/').pop()!] as JsonObject;
  if (typeof s.codelist === 'string' && value !== null && value !== undefined) {
    for (const v of Array.isArray(value) ? value : [value]) yield [at, s.codelist, String(v)];
    return;
  }
  if (Array.isArray(value) && s.items) {
    for (const [i, item] of value.entries())
      yield* coded(s.items as JsonObject, definitions, item, `${at}[${i}]`);
  } else if (value && typeof value === 'object' && !Array.isArray(value) && s.properties) {
    for (const [k, v] of Object.entries(value)) {
      const p = (s.properties as JsonObject)[k] as JsonObject | undefined;
      if (p) yield* coded(p, definitions, v, `${at}.${k}`);
    }
  }
}

describe('the official samples import through the product', () => {
  it('the fictional example and every Jalisco release are published whole', () => {
    for (const file of officialSamples)
      expect(sampleReports.get(file), file).toMatchObject({ committed: true, problems: [] });
    expect(sampleReports.get(fictional)).toMatchObject({ added: 6 });
  });
});

describe('OCDS out: valid against the official schemas', () => {
  it('every release package of the API, page by page through links.next, is valid', async () => {
    let releases = 0;
    let packages = 0;
    for await (const body of apiPages(app, '/api/v1/procurement/releases?limit=500')) {
      expect(releasePackage(body), problemsOf(releasePackage)).toBe(true);
      releases += (body.releases as unknown[]).length;
      packages++;
    }
    expect(packages).toBeGreaterThan(2);
    const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from procurement_releases`);
    expect(releases).toBe(row!.n);
  });

  it('every record package of the API is valid, and so is each single record', async () => {
    let records = 0;
    for await (const body of apiPages(app, '/api/v1/procurement/records?limit=300')) {
      expect(recordPackage(body), problemsOf(recordPackage)).toBe(true);
      records += (body.records as unknown[]).length;
    }
    expect(records).toBeGreaterThan(800);
    for (const ocid of ['ocds-213czf-000-00001', 'ocds-mn0001-2025-00001', 'ocds-mn0001-2025-90001']) {
      const res = await app.inject({ url: `/api/v1/procurement/records/${ocid}` });
      expect(res.statusCode).toBe(200);
      expect(recordPackage(res.json()), problemsOf(recordPackage)).toBe(true);
    }
  });

  it('the bulk file of a year is one valid release package', async () => {
    const res = await app.inject({ url: '/procurement/ocds/releases-2025.json' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(releasePackage(body), problemsOf(releasePackage)).toBe(true);
    expect(body.releases.length).toBeGreaterThan(2000);
  });

  it('a produced package made invalid is refused by the official schema (the check can fail)', async () => {
    const res = await app.inject({ url: '/api/v1/procurement/releases?ocid=ocds-mn0001-2025-00001' });
    const produced = res.json() as JsonObject;
    expect(releasePackage(produced), problemsOf(releasePackage)).toBe(true);
    const breakages: ((p: JsonObject) => void)[] = [
      (p) => {
        delete (p.releases as JsonObject[])[0]!.ocid;
      },
      (p) => {
        ((p.releases as JsonObject[])[0]!.tender as JsonObject).procurementMethod = 'auction';
      },
      (p) => {
        (p.releases as JsonObject[])[0]!.date = 'yesterday';
      },
      (p) => {
        p.releases = [];
      },
    ];
    for (const breakIt of breakages) {
      const broken = structuredClone(produced);
      breakIt(broken);
      expect(releasePackage(broken)).toBe(false);
    }
  });

  it('our own releases use only the official codelists’ codes, open ones included', async () => {
    const schema = readStandardJson<JsonObject>('ocds', 'release-schema.json');
    const lists = new Map<string, Set<string>>();
    const bad: string[] = [];
    let checked = 0;
    for await (const body of apiPages(app, '/api/v1/procurement/releases?limit=1000')) {
      for (const r of body.releases as JsonObject[]) {
        if (!String(r.ocid).startsWith('ocds-mn0001-')) continue;
        for (const [at, list, value] of coded(schema, schema.definitions as JsonObject, r, r.id as string)) {
          if (!lists.has(list)) lists.set(list, officialCodes(list));
          checked++;
          if (!lists.get(list)!.has(value)) bad.push(`${at}: ${value} (${list})`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(10000);
    expect([...lists.keys()]).toEqual(
      expect.arrayContaining([
        'method.csv',
        'releaseTag.csv',
        'currency.csv',
        'documentType.csv',
        'partyRole.csv',
      ]),
    );
  });
});

describe('the real sample data comes back out equivalent', () => {
  it('the fictional example: its releases unchanged, its compiled record exactly the official one', async () => {
    const given = read(fictional).releases as JsonObject[];
    const out = (await app.inject({ url: '/api/v1/procurement/releases?ocid=ocds-213czf-000-00001' })).json();
    expect(out.releases).toHaveLength(given.length);
    for (const r of given) expect(out.releases.find((x: JsonObject) => x.id === r.id)).toEqual(r);
    const record = (await app.inject({ url: '/api/v1/procurement/records/ocds-213czf-000-00001' })).json();
    expect(record.records[0].compiledRelease).toEqual(
      read('fictional-example-1.1/record/ocds-213czf-000-00001.json').records[0].compiledRelease,
    );
  });

  it('Jalisco (Mexico): releases unchanged, compiled records equal to the publisher’s', async () => {
    for (const id of ['0001', '0007']) {
      const ocid = `ocds-xs1qbl-SFIN-03-${id}-00-2017`;
      const out = (await app.inject({ url: `/api/v1/procurement/releases?ocid=${ocid}` })).json();
      const files = mexicoReleases.filter((f) => f.startsWith(ocid));
      expect(out.releases).toHaveLength(files.length);
      for (const f of files) {
        const given = read(`mexico-jalisco-real/releases/${f}`).releases[0];
        expect(
          isDeepStrictEqual(
            out.releases.find((x: JsonObject) => x.id === given.id),
            given,
          ),
        ).toBe(true);
      }
      const record = (await app.inject({ url: `/api/v1/procurement/records/${ocid}` })).json();
      const theirs = read(`mexico-jalisco-real/records/${ocid}.json`).records[0].compiledRelease;
      expect(state(record.records[0].compiledRelease)).toEqual(state(theirs));
    }
  });

  it('record packages (releases only linked) import as their compiled state and come back out the same', async () => {
    const other = await createTestContext();
    const files = [
      'fictional-example-1.1/record/ocds-213czf-000-00001.json',
      'mexico-jalisco-real/records/ocds-xs1qbl-SFIN-03-0001-00-2017.json',
      'mexico-jalisco-real/records/ocds-xs1qbl-SFIN-03-0007-00-2017.json',
    ];
    const { app: otherApp } = await createTestApp({ ctx: other });
    for (const file of files) {
      const report = await importOcdsFile(other, sample(file), { actor });
      expect(report).toMatchObject({ committed: true, added: 1, problems: [] });
      const given = read(file).records[0];
      const out = (await otherApp.inject({ url: `/api/v1/procurement/records/${given.ocid}` })).json();
      expect(recordPackage(out), problemsOf(recordPackage)).toBe(true);
      expect(state(out.records[0].compiledRelease)).toEqual(state(given.compiledRelease));
      // Again: nothing changes.
      expect(await importOcdsFile(other, sample(file), { actor })).toMatchObject({ added: 0, unchanged: 1 });
    }
  });

  it('the release package the tests write (exampleReleasePackage) is valid against the official schema', () => {
    expect(releasePackage(exampleReleasePackage()), problemsOf(releasePackage)).toBe(true);
  });
});

describe('the own encoding agrees with the official release schema', () => {
  it('encodes exactly the closed codelists, each with the official codes', () => {
    const schema = readStandardJson<JsonObject>('ocds', 'release-schema.json');
    const closed = new Set<string>();
    const open = new Set<string>();
    const walk = (node: Json) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (typeof node.codelist === 'string') (node.openCodelist ? open : closed).add(node.codelist);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(new Set(Object.keys(closedCodelists))).toEqual(closed);
    for (const list of closed) expect(new Set(closedCodelists[list]), list).toEqual(officialCodes(list));
    for (const list of open) expect(closedCodelists[list], list).toBeUndefined();
  });

  const own = releaseValidator();
  const verdicts = (release: unknown) => ({ own: own(release), official: official.release(release) });

  // Valid releases, built from the fields of the standard.
  const dateTime = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());
  const id = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.nat());
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constant(null));
  const nullable = <T>(codes: readonly T[]) => fc.constantFrom<T | null>(...codes, null);
  const value = fc.record(
    {
      amount: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
      currency: nullable([...currencies]),
    },
    { requiredKeys: [] },
  );
  const period = fc.record(
    { startDate: dateTime, endDate: dateTime, maxExtentDate: dateTime, durationInDays: fc.integer() },
    { requiredKeys: [] },
  );
  const orgRef = fc.record({ id, name: fc.string({ minLength: 1, maxLength: 10 }) }, { requiredKeys: [] });
  const item = fc.record(
    {
      id,
      description: text,
      description_mn: text,
      quantity: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
      classification: fc.record(
        { scheme: fc.constantFrom('CPV', 'UNSPSC', 'own'), id, uri: fc.webUrl() },
        { requiredKeys: [] },
      ),
      unit: fc.record({ scheme: text, id: text, name: text, value }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id'] },
  );
  const items = (minLength: number) =>
    fc.uniqueArray(item, { minLength, maxLength: 3, selector: (i) => i.id });
  const document = fc.record(
    {
      id,
      documentType: text,
      url: fc.webUrl(),
      datePublished: dateTime,
      title: text,
      title_en: text,
      language: text,
    },
    { requiredKeys: ['id'] },
  );
  const documents = fc.uniqueArray(document, { maxLength: 2, selector: (d) => d.id });
  const milestone = fc.record(
    {
      id,
      title: text,
      type: text,
      dueDate: dateTime,
      dateMet: dateTime,
      status: nullable(milestoneStatuses),
    },
    { requiredKeys: ['id'] },
  );
  const milestones = fc.uniqueArray(milestone, { maxLength: 2, selector: (m) => m.id });
  const tender = fc.record(
    {
      id,
      title: text,
      title_mn: text,
      status: nullable(tenderStatuses),
      procuringEntity: orgRef,
      items: items(0),
      value,
      minValue: value,
      procurementMethod: nullable(methods),
      mainProcurementCategory: nullable(procurementCategories),
      additionalProcurementCategories: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
      awardCriteria: text,
      submissionMethod: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
      tenderPeriod: period,
      hasEnquiries: fc.oneof(fc.boolean(), fc.constant(null)),
      numberOfTenderers: fc.oneof(fc.nat(), fc.constant(null)),
      tenderers: fc.uniqueArray(orgRef, { maxLength: 3, selector: (o) => JSON.stringify(o) }),
      documents,
      milestones,
      amendments: fc.array(
        fc.record({ id: text, date: dateTime, rationale: text, releaseID: text }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['id'] },
  );
  const award = fc.record(
    {
      id,
      status: nullable(awardStatuses),
      date: dateTime,
      value,
      suppliers: fc.uniqueArray(orgRef, { maxLength: 2, selector: (o) => JSON.stringify(o) }),
      items: items(1),
      documents,
    },
    { requiredKeys: ['id'] },
  );
  const transaction = fc.record(
    { id, source: fc.webUrl(), date: dateTime, value, payer: orgRef, payee: orgRef, uri: fc.webUrl() },
    { requiredKeys: ['id'] },
  );
  const contract = fc.record(
    {
      id,
      awardID: id,
      status: nullable(contractStatuses),
      period,
      value,
      items: items(1),
      dateSigned: dateTime,
      documents,
      implementation: fc.record(
        {
          transactions: fc.uniqueArray(transaction, { maxLength: 2, selector: (t) => t.id }),
          milestones,
          documents,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['id', 'awardID'] },
  );
  const party = fc.record(
    {
      id: fc.string({ maxLength: 8 }),
      name: text,
      name_en: text,
      roles: fc.array(fc.constantFrom('buyer', 'supplier', 'tenderer', 'payer', 'payee', 'ownRole'), {
        maxLength: 3,
      }),
      identifier: fc.record(
        { scheme: text, id: fc.oneof(id, fc.constant(null)), legalName: text },
        { requiredKeys: [] },
      ),
      address: fc.record({ locality: text, countryName: text }, { requiredKeys: [] }),
      contactPoint: fc.record({ name: text, email: text, url: fc.webUrl() }, { requiredKeys: [] }),
      details: fc.oneof(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
        fc.constant(null),
      ),
    },
    { requiredKeys: [] },
  );
  const validRelease = fc.record(
    {
      ocid: fc.string({ minLength: 1, maxLength: 20 }),
      id: fc.string({ minLength: 1, maxLength: 20 }),
      date: dateTime,
      tag: fc.uniqueArray(fc.constantFrom(...releaseTags), { minLength: 1, maxLength: 3 }),
      initiationType: fc.constantFrom(...initiationTypes),
      language: text,
      parties: fc.uniqueArray(party, { maxLength: 3, selector: (p) => JSON.stringify(p) }),
      buyer: orgRef,
      planning: fc.record(
        {
          rationale: text,
          budget: fc.record(
            { id: fc.oneof(id, fc.constant(null)), amount: value, uri: fc.webUrl() },
            { requiredKeys: [] },
          ),
          documents,
          milestones,
        },
        { requiredKeys: [] },
      ),
      tender,
      awards: fc.uniqueArray(award, { maxLength: 2, selector: (a) => a.id }),
      contracts: fc.uniqueArray(contract, { maxLength: 2, selector: (c) => c.id }),
      relatedProcesses: fc.uniqueArray(
        fc.record(
          {
            id: fc.string({ maxLength: 5 }),
            relationship: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
            scheme: text,
            identifier: text,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2, selector: (r) => JSON.stringify(r) },
      ),
    },
    { requiredKeys: ['ocid', 'id', 'date', 'tag', 'initiationType'] },
  );

  // As a release arrives: parsed from JSON (fast-check's records have no prototype).
  const parsedRelease = validRelease.map((r) => JSON.parse(JSON.stringify(r)) as JsonObject);

  it('both find every generated release valid', () => {
    fc.assert(
      fc.property(parsedRelease, (release) => {
        expect(verdicts(release)).toEqual({ own: true, official: true });
      }),
      { numRuns: 500 },
    );
  });

  /** Every place in a release: the path of keys and indexes that leads to it. */
  function places(value: Json, at: (string | number)[] = []): (string | number)[][] {
    const out = [at];
    if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...places(v, [...at, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) out.push(...places(v, [...at, k]));
    return out;
  }

  const oddValues: Json[] = [
    'yesterday',
    '2025-02-30T10:00:00Z',
    '2025-01-01',
    '2025-01-01T10:00:00',
    '2025-01-01 10:00:00Z',
    'auction',
    'ZZZ',
    'mnt',
    '',
    'not a uri',
    'relative/path',
    'https://example.mn/x',
    '300000000',
    -1,
    1.5,
    0,
    true,
    null,
    [],
    {},
    [null],
  ];
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('replace' as const),
      value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 2 })),
    }),
    fc.constant({ kind: 'delete' as const }),
    fc.record({
      kind: fc.constant('add' as const),
      key: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          'title_en',
          'name_mn',
          'description_x-private',
          'title_',
          'rationale_en-GB',
          'legalName_123',
          'amount',
          'id',
        ),
      ),
      value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 1 })),
    }),
    fc.constant({ kind: 'duplicate' as const }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  /** The release with one place changed: replaced, removed, given an extra member, an entry repeated. */
  function mutate(release: JsonObject, pick: number, m: Mutation): JsonObject {
    const copy = structuredClone(release) as JsonObject;
    const all = places(copy);
    const at = all[pick % all.length]!;
    const parentPath = at.slice(0, -1);
    const key = at.at(-1);
    let parent: Json = copy;
    for (const step of parentPath) parent = (parent as Record<string | number, Json>)[step]!;
    const target: Json = key === undefined ? copy : (parent as Record<string | number, Json>)[key]!;
    if (m.kind === 'replace' && key !== undefined)
      (parent as Record<string | number, Json>)[key] = m.value as Json;
    else if (m.kind === 'delete' && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as JsonObject)[key];
    } else if (m.kind === 'add' && target && typeof target === 'object' && !Array.isArray(target))
      (target as JsonObject)[m.key] = m.value as Json;
    else if (m.kind === 'duplicate' && Array.isArray(target) && target.length > 0)
      target.push(structuredClone(target[0]!));
    return JSON.parse(JSON.stringify(copy)) as JsonObject;
  }

  it('both give the same verdict on releases broken in every way (types, required members, codes, dates, extra fields)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(parsedRelease, fc.nat(), mutation, (release, pick, m) => {
        const broken = mutate(release, pick, m);
        const v = verdicts(broken);
        seen[v.official ? 'valid' : 'invalid']++;
        expect(v, JSON.stringify({ errors: official.release.errors?.slice(0, 2), broken })).toEqual({
          own: v.official,
          official: v.official,
        });
      }),
      { numRuns: 3000 },
    );
    // Both outcomes happen, so the agreement is not one-sided.
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it('both refuse an unknown code in each closed codelist, and accept any code in open ones', () => {
    const base: JsonObject = {
      ocid: 'ocds-x-1',
      id: '1',
      date: '2025-01-01T00:00:00Z',
      tag: ['tender'],
      initiationType: 'tender',
      tender: { id: 't', value: { amount: 1, currency: 'MNT' } },
      awards: [{ id: 'a', items: [{ id: '1' }] }],
      contracts: [{ id: 'c', awardID: 'a', implementation: { milestones: [{ id: 'm' }] } }],
      parties: [{ id: 'p', roles: ['buyer'] }],
      relatedProcesses: [{ id: 'r' }],
    };
    const at = (release: JsonObject, place: string, code: Json) => {
      const copy = structuredClone(release);
      const steps = place.split('.');
      let node = copy as Record<string, Json>;
      for (const s of steps.slice(0, -1)) node = node[s] as Record<string, Json>;
      node[steps.at(-1)!] = code;
      return copy;
    };
    const closedPlaces = [
      'tag',
      'initiationType',
      'tender.status',
      'tender.procurementMethod',
      'tender.mainProcurementCategory',
      'tender.value.currency',
      'awards.0.status',
      'contracts.0.status',
      'contracts.0.implementation.milestones.0.status',
    ];
    for (const place of closedPlaces) {
      const r = at(base, place, place === 'tag' ? ['bogus'] : 'bogus');
      expect(verdicts(r), place).toEqual({ own: false, official: false });
    }
    const openPlaces = [
      'tender.awardCriteria',
      'tender.submissionMethod',
      'tender.additionalProcurementCategories',
      'parties.0.roles',
      'relatedProcesses.0.relationship',
      'relatedProcesses.0.scheme',
      'awards.0.items.0.classification',
    ];
    for (const place of openPlaces) {
      const code =
        place.endsWith('Method') ||
        place.endsWith('Categories') ||
        place.endsWith('roles') ||
        place.endsWith('relationship')
          ? ['bogus']
          : place.endsWith('classification')
            ? { scheme: 'bogus' }
            : 'bogus';
      expect(verdicts(at(base, place, code)), place).toEqual({ own: true, official: true });
    }
  });
});
