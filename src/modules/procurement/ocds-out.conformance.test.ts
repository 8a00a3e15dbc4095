import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readStandardJson } from '../../../test/conformance/standards.ts';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import {
  actor,
  officialCodes,
  problemsOf,
  read,
  recordPackage,
  releasePackage,
  sample,
} from './conformance-support.ts';
import { loadProcurementDemo } from './demo.ts';
import { importOcdsFile } from './import/run.ts';
import type { Json, JsonObject } from './ocds/merge.ts';
import { apiPages, everyReleasePackage, exampleReleasePackage } from './test-support.ts';

/**
 * Conformance of what the product publishes with the official OCDS 1.1 files beside the repository
 * (`npm run test:conformance`): every package the API and the bulk files produce is valid against
 * the official release-package and record-package schemas; our releases use only the official
 * codelists' codes; the official fictional example and the Jalisco (Mexico) releases import
 * through the product and come back out equivalent.
 */
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
    const seen = await everyReleasePackage(app, ctx.db, (body) =>
      expect(releasePackage(body), problemsOf(releasePackage)).toBe(true),
    );
    expect(seen.packages).toBeGreaterThan(2);
    expect(seen.releases).toBe(seen.stored);
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
