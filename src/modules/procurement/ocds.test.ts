import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadProcurementDemo } from './demo.ts';
import { importOcdsFile } from './import/run.ts';
import type { Json, JsonObject } from './ocds/merge.ts';
import { codelist, standardDir, validators } from './ocds/standard.ts';

/**
 * Conformance: every package the API and the bulk files produce is valid against the official
 * OCDS 1.1 release-package and record-package schemas (ajv-draft-04), and our own releases use
 * the official codelists; the real sample data imports and comes back out equivalent.
 */
const samples = path.resolve(standardDir(), '../samples');
const sample = (p: string) => path.join(samples, p);
const read = (p: string) => JSON.parse(fs.readFileSync(sample(p), 'utf8'));
const actor = systemActor('test');

const { app, ctx } = await createTestApp();
await loadProcurementDemo(ctx);
const fictional = 'fictional-example-1.1/ocds-213czf-000-00001.json';
const mexicoReleases = fs.readdirSync(sample('mexico-jalisco-real/releases')).sort();
for (const file of [fictional, ...mexicoReleases.map((f) => `mexico-jalisco-real/releases/${f}`)]) {
  const report = await importOcdsFile(ctx, sample(file), { actor });
  if (!report.committed) throw new Error(`${file}: ${JSON.stringify(report.problems.slice(0, 3))}`);
}

const { releasePackage, recordPackage } = validators();
const problemsOf = (v: typeof releasePackage) => JSON.stringify(v.errors?.slice(0, 5));

async function* pages(url: string): AsyncGenerator<JsonObject> {
  for (let next: string | undefined = url; next; ) {
    const res = await app.inject({ url: next.replace('http://shilen.test', '') });
    expect(res.statusCode).toBe(200);
    const body = res.json() as JsonObject;
    yield body;
    next = (body.links as { next?: string } | undefined)?.next;
  }
}

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

describe('OCDS conformance', () => {
  it('every release package of the API, page by page through links.next, is valid', async () => {
    let releases = 0;
    let packages = 0;
    for await (const body of pages('/api/v1/procurement/releases?limit=500')) {
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
    for await (const body of pages('/api/v1/procurement/records?limit=300')) {
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

  it('the bulk file of a year is one valid release package, streamed', async () => {
    const res = await app.inject({ url: '/procurement/ocds/releases-2025.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('releases-2025.json');
    const body = res.json();
    expect(releasePackage(body), problemsOf(releasePackage)).toBe(true);
    expect(body.releases.length).toBeGreaterThan(2000);
    for (const r of body.releases) expect(r.date.startsWith('2025')).toBe(true);
    // No package can be empty (the schemas want at least one release or record): 404 instead.
    expect((await app.inject({ url: '/procurement/ocds/releases-1999.json' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/procurement/releases?year=1999' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/procurement/records?after=99999999' })).statusCode).toBe(404);
  });

  it('our own releases use only the official codelists’ codes, open ones included', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(standardDir(), 'release-schema.json'), 'utf8'));
    const lists = new Map<string, Set<string>>();
    const bad: string[] = [];
    let checked = 0;
    for await (const body of pages('/api/v1/procurement/releases?limit=1000')) {
      for (const r of body.releases as JsonObject[]) {
        if (!String(r.ocid).startsWith('ocds-mn0001-')) continue;
        for (const [at, list, value] of coded(schema, schema.definitions, r, r.id as string)) {
          if (!lists.has(list)) lists.set(list, codelist(list));
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
});
